import { endpoint } from "../endpoint.ts";
import { idParamSchema } from "../validation.ts";
import { vogProfileCodes } from "../volunteers.ts";
import { z } from "../zod.ts";

/**
 * Programmes of circles (kringen): a Budgetkring, a peer group ("werkzoekende helpt werkzoekende"),
 * intervision for coaches, or a type of the tenant's own. A programme holds the curriculum; a circle is
 * one season of it (shared/circles/circles.ts). ADR 0019.
 */
export const programmeKinds = ["budgetkring", "peerGroup", "intervision", "other"] as const;
export type ProgrammeKind = (typeof programmeKinds)[number];

/** The Budgetkring curriculum (Maastricht): one theme per meeting, with a short guide for the leader. */
export const budgetkringCurriculum = [
  {
    theme: "Kennismaken en je doelen",
    guide: "Iedereen vertelt kort waarom hij komt. Schrijf per persoon één doel op, in eigen woorden.",
  },
  {
    theme: "Inkomsten en uitgaven op een rij",
    guide: "Maak samen een overzicht van een gewone maand. Gebruik echte bedragen als iemand dat wil.",
  },
  {
    theme: "Een begroting maken",
    guide: "Oefen met potjes of een kasboek. Laat zien hoe je vaste lasten eerst zet.",
  },
  {
    theme: "Slim boodschappen doen",
    guide: "Vergelijk prijzen, huismerken en aanbiedingen. Neem folders of kassabonnen mee.",
  },
  {
    theme: "Energie besparen",
    guide: "Meterstanden lezen, de jaarafrekening begrijpen, kleine besparingen in huis.",
  },
  {
    theme: "Goedkoop huishouden",
    guide: "Tips uit de groep: koken met restjes, tweedehands, ruilen en repareren.",
  },
  {
    theme: "Post en brieven",
    guide: "Oefen met echte (lege) brieven: wat moet ik doen, wanneer, en wie kan helpen?",
  },
  {
    theme: "Schulden en betalingsachterstanden",
    guide: "Wat gebeurt er bij een aanmaning? Waar kun je terecht? Geen schaamte, wel een plan.",
  },
  {
    theme: "Toeslagen en regelingen",
    guide: "Welke toeslagen en gemeentelijke regelingen bestaan er? Hoe vraag je ze aan?",
  },
  {
    theme: "Voor jezelf opkomen",
    guide: "Oefen een telefoongesprek met een schuldeiser of instantie. Wat zeg je, wat vraag je?",
  },
  {
    theme: "Verzekeringen en abonnementen",
    guide: "Welke heb je nodig, welke niet? Samen opzeggen oefenen.",
  },
  { theme: "Sparen voor later", guide: "Een buffer opbouwen, ook met kleine bedragen." },
  {
    theme: "Verleidingen en kopen op afbetaling",
    guide: "Reclame, kopen op krediet en 'achteraf betalen': hoe herken je de valkuilen?",
  },
  { theme: "Geld en kinderen", guide: "Zakgeld, verjaardagen, school: hoe praat je met kinderen over geld?" },
  {
    theme: "Terugkijken op je doelen",
    guide: "Wat is gelukt? Wat wil je nog? Wie wil de volgende keer zelf een kring leiden?",
  },
  { theme: "Afsluiting", guide: "Samen afsluiten en de evaluatie invullen. Hoe houd je contact?" },
] as const;

export const DEFAULT_SESSION_COUNT = 16;
export const DEFAULT_TARGET_SIZE = 7;

const text = (min: number, max: number, what: string) =>
  z
    .string({ message: `Vul ${what} in.` })
    .trim()
    .min(min, { message: min > 1 ? `Vul ${what} in (minstens ${min} tekens).` : `Vul ${what} in.` })
    .max(max, { message: `Hoogstens ${max} tekens.` });

export const curriculumItemSchema = z.object({
  theme: text(2, 100, "een thema"),
  guide: z.string().trim().max(2000, { message: "Hoogstens 2000 tekens." }).default(""),
});

export const programmeInputSchema = z
  .object({
    name: text(2, 100, "een naam"),
    kind: z.enum(programmeKinds, { message: "Kies een soort kring." }),
    /** The organisation that runs it; a coordinator's own organisation when left out. */
    organisationId: z.uuid({ message: "Kies een organisatie." }).optional(),
    curriculum: z
      .array(curriculumItemSchema)
      .min(1, { message: "Zet minstens één thema in het programma." })
      .max(52, { message: "Hoogstens 52 thema's." }),
    sessionCount: z
      .number({ message: "Vul een aantal bijeenkomsten in." })
      .int()
      .min(1, { message: "Minstens 1 bijeenkomst." })
      .max(52, { message: "Hoogstens 52 bijeenkomsten." })
      .default(DEFAULT_SESSION_COUNT),
    targetSize: z
      .number({ message: "Vul een groepsgrootte in." })
      .int()
      .min(2, { message: "Een kring heeft minstens 2 deelnemers." })
      .max(30, { message: "Hoogstens 30 deelnemers." })
      .default(DEFAULT_TARGET_SIZE),
    maxSize: z
      .number({ message: "Vul een maximum in." })
      .int()
      .min(2, { message: "Een kring heeft minstens 2 deelnemers." })
      .max(30, { message: "Hoogstens 30 deelnemers." })
      .default(9),
    /** Training codes of the volunteer settings every leader needs on every session date. */
    requiredTrainings: z.array(z.string().max(40)).max(10).default([]),
    vogProfiles: z
      .array(z.enum(vogProfileCodes, { message: "Onbekend screeningsprofiel." }))
      .max(10)
      .default([]),
  })
  .refine((p) => p.maxSize >= p.targetSize, {
    message: "Het maximum is kleiner dan de gewenste groepsgrootte.",
    path: ["maxSize"],
  });
export type ProgrammeInput = z.output<typeof programmeInputSchema>;

export const programmeSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(programmeKinds),
  organisationId: z.uuid(),
  organisationName: z.string(),
  curriculum: z.array(z.object({ theme: z.string(), guide: z.string() })),
  sessionCount: z.number(),
  targetSize: z.number(),
  maxSize: z.number(),
  requiredTrainings: z.array(z.string()),
  vogProfiles: z.array(z.string()),
  circleCount: z.number(),
});
export type Programme = z.infer<typeof programmeSchema>;

/** What a new programme of a kind starts with (the form fills these in; all can be changed). */
export function programmeDefaults(kind: ProgrammeKind) {
  return {
    curriculum: kind === "budgetkring" ? budgetkringCurriculum.map((c) => ({ ...c })) : [],
    sessionCount: kind === "intervision" ? 8 : DEFAULT_SESSION_COUNT,
    targetSize: DEFAULT_TARGET_SIZE,
    maxSize: 9,
  };
}

const tags = ["kringen"];
export const programmeEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/circle-programmes",
    tags,
    summary: "Programma's van kringen (Budgetkring, lotgenotengroep) van mijn organisatie",
    permission: "circles.read",
    response: z.object({ items: z.array(programmeSchema) }),
  }),
  create: endpoint({
    method: "POST",
    path: "/api/circle-programmes",
    tags,
    summary: "Een programma met thema's, groepsgrootte en eisen aan begeleiders maken",
    permission: "circles.manage",
    body: programmeInputSchema,
    response: programmeSchema,
    status: 201,
  }),
  update: endpoint({
    method: "PUT",
    path: "/api/circle-programmes/:id",
    tags,
    summary: "Een programma wijzigen (bestaande bijeenkomsten blijven zoals ze zijn)",
    permission: "circles.manage",
    params: idParamSchema,
    body: programmeInputSchema,
    response: programmeSchema,
  }),
};
