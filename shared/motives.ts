import { z } from "./zod.ts";

/**
 * Drijfveren: the six functions of the Volunteer Functions Inventory (Clary & Snyder 1998).
 * The questionnaire items below are written for Inzet (not the VFI's own items): three per function,
 * plain Dutch (B1), answered on a 7-point scale from "helemaal niet waar" (1) to "helemaal waar" (7).
 */
export const motiveFunctions = [
  "values",
  "understanding",
  "social",
  "career",
  "protective",
  "enhancement",
] as const;
export type MotiveFunction = (typeof motiveFunctions)[number];

export const motiveItems: { id: string; fn: MotiveFunction; nl: string; en: string }[] = [
  {
    id: "v1",
    fn: "values",
    nl: "Ik vind het belangrijk om mensen te helpen.",
    en: "I think it is important to help people.",
  },
  {
    id: "v2",
    fn: "values",
    nl: "Ik wil iets doen voor mensen die het moeilijk hebben.",
    en: "I want to do something for people who are having a hard time.",
  },
  {
    id: "v3",
    fn: "values",
    nl: "Ik voel me betrokken bij mijn buurt of stad.",
    en: "I feel involved in my neighbourhood or town.",
  },
  {
    id: "u1",
    fn: "understanding",
    nl: "Ik wil nieuwe dingen leren door vrijwilligerswerk.",
    en: "I want to learn new things through volunteering.",
  },
  {
    id: "u2",
    fn: "understanding",
    nl: "Ik wil mensen en hun leven beter leren kennen.",
    en: "I want to get to know people and their lives better.",
  },
  {
    id: "u3",
    fn: "understanding",
    nl: "Ik wil ontdekken waar ik goed in ben.",
    en: "I want to find out what I am good at.",
  },
  {
    id: "s1",
    fn: "social",
    nl: "Mensen om mij heen doen ook vrijwilligerswerk.",
    en: "People around me volunteer too.",
  },
  { id: "s2", fn: "social", nl: "Ik wil nieuwe mensen ontmoeten.", en: "I want to meet new people." },
  {
    id: "s3",
    fn: "social",
    nl: "Ik vind het fijn om samen met anderen iets te doen.",
    en: "I like doing things together with others.",
  },
  {
    id: "c1",
    fn: "career",
    nl: "Vrijwilligerswerk helpt mij om werk te vinden.",
    en: "Volunteering helps me find a job.",
  },
  {
    id: "c2",
    fn: "career",
    nl: "Ik wil werkervaring opdoen en iets op mijn cv zetten.",
    en: "I want work experience and something for my CV.",
  },
  {
    id: "c3",
    fn: "career",
    nl: "Ik wil contacten opdoen die goed zijn voor mijn werk.",
    en: "I want contacts that are good for my work.",
  },
  {
    id: "p1",
    fn: "protective",
    nl: "Door vrijwilligerswerk denk ik minder aan mijn eigen zorgen.",
    en: "Volunteering helps me think less about my own worries.",
  },
  {
    id: "p2",
    fn: "protective",
    nl: "Vrijwilligerswerk geeft mijn week structuur.",
    en: "Volunteering gives my week structure.",
  },
  {
    id: "p3",
    fn: "protective",
    nl: "Ik voel me minder alleen als ik vrijwilligerswerk doe.",
    en: "I feel less alone when I volunteer.",
  },
  {
    id: "e1",
    fn: "enhancement",
    nl: "Ik voel me nuttig als ik vrijwilligerswerk doe.",
    en: "I feel useful when I volunteer.",
  },
  {
    id: "e2",
    fn: "enhancement",
    nl: "Ik wil mijn kennis en ervaring delen.",
    en: "I want to share my knowledge and experience.",
  },
  {
    id: "e3",
    fn: "enhancement",
    nl: "Vrijwilligerswerk geeft mij meer zelfvertrouwen.",
    en: "Volunteering gives me more self-confidence.",
  },
];

const answer = z
  .number({ message: "Kies een antwoord van 1 tot 7." })
  .int({ message: "Kies een antwoord van 1 tot 7." })
  .min(1, { message: "Kies een antwoord van 1 tot 7." })
  .max(7, { message: "Kies een antwoord van 1 tot 7." });

/** All items must be answered; unknown items are refused. */
export const motiveAnswersSchema = z.strictObject(
  Object.fromEntries(motiveItems.map((item) => [item.id, answer])) as Record<string, typeof answer>,
  { message: "Beantwoord alle vragen." },
);
export type MotiveAnswers = Record<string, number>;

export const motiveScoresSchema = z.object(
  Object.fromEntries(motiveFunctions.map((fn) => [fn, z.number()])) as Record<MotiveFunction, z.ZodNumber>,
);
export type MotiveScores = Record<MotiveFunction, number>;

/** The mean answer per function, rounded to one decimal (1.0–7.0). */
export function scoreMotives(answers: MotiveAnswers): MotiveScores {
  const scores = {} as MotiveScores;
  for (const fn of motiveFunctions) {
    const items = motiveItems.filter((item) => item.fn === fn);
    const sum = items.reduce((total, item) => total + (answers[item.id] ?? 0), 0);
    scores[fn] = Math.round((sum / items.length) * 10) / 10;
  }
  return scores;
}

const guidanceText = z.string().trim().max(2000, { message: "Maximaal 2000 tekens." });

/** A volunteer type with guidance for the professional; tenant-editable (see volunteer settings). */
export const motiveTypeSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[a-z0-9-]{2,40}$/, { message: "Gebruik 2 tot 40 kleine letters, cijfers of streepjes." }),
    name: z.string().trim().min(2, { message: "Vul een naam in." }).max(80),
    description: guidanceText.default(""),
    functions: z.array(z.enum(motiveFunctions)).min(1, { message: "Kies minstens één drijfveer." }),
    minAge: z.number().int().min(0).max(120).nullable().default(null),
    maxAge: z.number().int().min(0).max(120).nullable().default(null),
    approach: guidanceText.default(""),
    offer: guidanceText.default(""),
    dos: guidanceText.default(""),
    donts: guidanceText.default(""),
  })
  .refine((t) => t.minAge === null || t.maxAge === null || t.minAge <= t.maxAge, {
    message: "De minimumleeftijd is hoger dan de maximumleeftijd.",
    path: ["maxAge"],
  });
export type MotiveType = z.infer<typeof motiveTypeSchema>;

export type MotiveMatch = { code: string; name: string; fit: number; because: MotiveFunction[] };

/**
 * Maps scores to a volunteer type: each type's fit is the mean score on its functions; types whose
 * age range excludes the volunteer are skipped (age unknown: age rules are ignored). Highest fit wins;
 * ties go to the type listed first. Explainable: `because` lists the type's functions, strongest first.
 */
export function matchMotiveType(
  scores: MotiveScores,
  types: MotiveType[],
  age: number | null,
): MotiveMatch | null {
  let best: MotiveMatch | null = null;
  for (const type of types) {
    if (age !== null && type.minAge !== null && age < type.minAge) continue;
    if (age !== null && type.maxAge !== null && age > type.maxAge) continue;
    const fit = type.functions.reduce((sum, fn) => sum + scores[fn], 0) / type.functions.length;
    if (!best || fit > best.fit) {
      const because = [...type.functions].sort((a, b) => scores[b] - scores[a]);
      best = { code: type.code, name: type.name, fit: Math.round(fit * 10) / 10, because };
    }
  }
  return best;
}

export const defaultMotiveTypes: MotiveType[] = [
  {
    code: "starter",
    name: "Starter die werkervaring zoekt",
    description: "Net klaar met school of op zoek naar werk. Wil ervaring opdoen en iets laten zien.",
    functions: ["career", "understanding"],
    minAge: null,
    maxAge: 35,
    approach: "Vraag naar zijn of haar doelen voor werk en opleiding. Spreek af wat hij of zij wil leren.",
    offer:
      "Een taak met verantwoordelijkheid, een referentie of getuigschrift, een training met certificaat.",
    dos: "Geef regelmatig feedback. Laat zien wat iemand geleerd heeft. Help met het cv.",
    donts: "Alleen saaie klusjes geven. Verwachten dat iemand jaren blijft: een baan gaat voor.",
  },
  {
    code: "actieve-senior",
    name: "Actieve senior",
    description: "Met pensioen of bijna. Wil meedoen, nuttig zijn en andere mensen ontmoeten.",
    functions: ["social", "values", "protective"],
    minAge: 55,
    maxAge: null,
    approach: "Persoonlijk contact werkt het best: bel of kom langs. Neem de tijd voor een kopje koffie.",
    offer: "Vaste momenten, een eigen groep, waardering en gezelligheid.",
    dos: "Benut levenservaring. Vraag mening en advies. Zorg voor een vast aanspreekpunt.",
    donts: "Te veel digitale systemen opleggen. Roosters vaak veranderen zonder te overleggen.",
  },
  {
    code: "professional",
    name: "Professional die kennis deelt",
    description: "Heeft werk en een vak. Wil die kennis ook inzetten voor de stad.",
    functions: ["enhancement", "values", "understanding"],
    minAge: 25,
    maxAge: null,
    approach: "Vraag gericht naar de expertise. Bied een duidelijk afgebakende klus met een begin en einde.",
    offer: "Flexibele of eenmalige inzet, inhoudelijke uitdaging, zichtbaar resultaat.",
    dos: "Wees zakelijk en duidelijk over tijd. Laat iemand meedenken over aanpak.",
    donts: "Vergaderen zonder doel. Iemand inzetten voor taken die niets met zijn kennis te maken hebben.",
  },
  {
    code: "betrokken-bewoner",
    name: "Betrokken bewoner",
    description: "Wil iets doen voor de buurt en voor mensen die het moeilijk hebben.",
    functions: ["values"],
    minAge: null,
    maxAge: null,
    approach: "Laat zien wat de inzet betekent voor mensen in de eigen buurt.",
    offer: "Werk dicht bij huis, contact met bewoners, verhalen over het resultaat.",
    dos: "Vertel wat er met de inzet bereikt is. Geef ruimte voor eigen ideeën.",
    donts: "De inzet alleen in cijfers uitdrukken.",
  },
  {
    code: "verbinder",
    name: "Sociale verbinder",
    description: "Zoekt contact en wil graag samen met anderen iets doen.",
    functions: ["social", "protective"],
    minAge: null,
    maxAge: null,
    approach: "Nodig uit voor een groepsactiviteit of om samen met een andere vrijwilliger te starten.",
    offer: "Werk in een team of koppel, vaste contacten, gezamenlijke afsluitingen.",
    dos: "Zorg voor een warm welkom en een maatje. Organiseer momenten om elkaar te zien.",
    donts: "Iemand alleen laten werken zonder collega's.",
  },
  {
    code: "groeier",
    name: "Groeier",
    description: "Wil zich ontwikkelen, meer zelfvertrouwen krijgen of weer ritme vinden.",
    functions: ["enhancement", "protective", "understanding"],
    minAge: null,
    maxAge: null,
    approach: "Begin klein en veilig. Spreek samen haalbare stappen af.",
    offer: "Begeleiding, een vaste plek, complimenten en kleine successen.",
    dos: "Vier vooruitgang. Check regelmatig hoe het gaat.",
    donts: "Te snel te veel verantwoordelijkheid geven.",
  },
];
