import { allowanceLimits } from "../allowances.ts";
import { endpoint } from "../endpoint.ts";
import { z } from "../zod.ts";

/**
 * The participation rules of a municipality, as dated data (ADR 0018): each row holds from its
 * `validFrom` until the next row's. Tegenprestatie (art. 9 lid 1 sub c Participatiewet) until
 * 2026-12-31, maatschappelijke participatie from 2027-01-01 (optionally earlier in 2026).
 */
export const regimes = ["tegenprestatie", "participatie"] as const;
export type Regime = (typeof regimes)[number];

/** Volunteer work by a benefit recipient: prior permission with a decision letter, or notify only. */
export const procedures = ["permission", "notify"] as const;
export type Procedure = (typeof procedures)[number];

export const activityTypes = [
  "volunteerWork",
  "placement",
  "neighbourHelp",
  "informalCare",
  "course",
  "preTrajectory",
] as const;
export type ActivityType = (typeof activityTypes)[number];

/** The verdringing (displacement) check: the standard items; a tenant adds its own. */
export const standardChecklist = [
  { key: "usuallyUnpaid", label: "Dit werk wordt gewoonlijk onbetaald gedaan." },
  { key: "charity", label: "De organisatie is een ANBI of SBBI, of vergelijkbaar." },
  { key: "volunteersOnly", label: "Het werk wordt al minstens een jaar alleen door vrijwilligers gedaan." },
  { key: "noVacancy", label: "Er was het afgelopen jaar geen betaalde vacature voor dit werk." },
] as const;

const isoDate = z.iso.date({ message: "Vul een geldige datum in, zoals 2027-01-01." });
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Hoogstens ${max} tekens.` });

export const letterSenderSchema = z.object({
  name: text(120).min(2, { message: "Vul de afzender in." }),
  street: text(120).default(""),
  postcode: text(10).default(""),
  city: text(80).default(""),
  phone: text(30).default(""),
  email: text(120).default(""),
  signatoryName: text(120).default(""),
  signatoryRole: text(120).default("Klantmanager Werk en Inkomen"),
});
export type LetterSenderSettings = z.output<typeof letterSenderSchema>;

export const ruleInputSchema = z.object({
  validFrom: isoDate,
  regime: z.enum(regimes, { message: "Kies tegenprestatie of maatschappelijke participatie." }),
  procedure: z.enum(procedures, { message: "Kies toestemming vooraf of alleen melden." }),
  maxHoursPerWeek: z.coerce
    .number({ message: "Vul een aantal uren in." })
    .int({ message: "Vul een heel aantal uren in." })
    .min(1, { message: "Minstens 1 uur." })
    .max(40, { message: "Hoogstens 40 uur." }),
  countingActivities: z
    .array(z.enum(activityTypes, { message: "Onbekende soort activiteit." }))
    .min(1, { message: "Kies minstens één soort activiteit die meetelt." }),
  extraChecklist: z
    .array(text(200).min(3, { message: "Minstens 3 tekens." }))
    .max(10)
    .default([]),
  noActivityWeeks: z.coerce
    .number({ message: "Vul een aantal weken in." })
    .int()
    .min(1, { message: "Minstens 1 week." })
    .max(52, { message: "Hoogstens 52 weken." })
    .default(8),
  sender: letterSenderSchema,
});
export type RuleInput = z.output<typeof ruleInputSchema>;

export const ruleSchema = ruleInputSchema.extend({ id: z.uuid(), createdAt: z.string() });
export type Rule = z.infer<typeof ruleSchema>;

export const rulesAnswerSchema = z.object({
  items: z.array(ruleSchema),
  /** The rule in force today (Europe/Amsterdam), or null before the first one. */
  inForce: ruleSchema.nullable(),
});

/** The rule in force on `day`: the one with the latest validFrom on or before it. */
export function ruleInForce<R extends { validFrom: string }>(rules: readonly R[], day: string): R | null {
  let best: R | null = null;
  for (const rule of rules)
    if (rule.validFrom <= day && (!best || rule.validFrom > best.validFrom)) best = rule;
  return best;
}

/** Age in whole years on `day` (both yyyy-mm-dd). */
export function ageOn(birthDate: string, day: string) {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** From this age a fixed volunteer allowance within the tax-free limits is not deducted (art. 31 lid 2 PW). */
export const ALLOWANCE_FREE_AGE = 27;

export const allowanceNoteSchema = z.object({
  age: z.number().int(),
  counted: z.boolean(),
  /** The plain-Dutch explanation for the client and the klantmanager. */
  text: z.string(),
});
export type AllowanceNote = z.infer<typeof allowanceNoteSchema>;

const euro = (n: number) => `€ ${n.toFixed(2).replace(".", ",")}`;

/** What a volunteer allowance means for this client's benefit, from shared/allowances.ts. */
export function allowanceNote(birthDate: string, day: string): AllowanceNote {
  const age = ageOn(birthDate, day);
  const year = Number(day.slice(0, 4));
  const limits =
    allowanceLimits[year] ?? allowanceLimits[Math.max(...Object.keys(allowanceLimits).map(Number))]!;
  const duty = "Geef elke vergoeding door aan uw klantmanager (art. 17 Participatiewet).";
  if (age < ALLOWANCE_FREE_AGE)
    return {
      age,
      counted: true,
      text: `U bent jonger dan ${ALLOWANCE_FREE_AGE}. Krijgt u een vrijwilligersvergoeding? Dan telt die als inkomen en gaat die af van uw uitkering. ${duty}`,
    };
  return {
    age,
    counted: false,
    text: `U bent ${ALLOWANCE_FREE_AGE} of ouder. Een vaste vrijwilligersvergoeding tot ${euro(limits.monthly)} per maand en ${euro(limits.yearly)} per jaar gaat niet af van uw uitkering. Krijgt u meer, dan telt alles mee. ${duty}`,
  };
}

const tags = ["participatie"];
export const ruleEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/participation/rules",
    tags,
    summary: "Regels van de gemeente voor participatie, met de datum waarop ze ingaan",
    permission: "participation.read",
    response: rulesAnswerSchema,
  }),
  create: endpoint({
    method: "POST",
    path: "/api/participation/rules",
    tags,
    summary: "Nieuwe regels vanaf een datum (bijvoorbeeld de overstap naar maatschappelijke participatie)",
    permission: "participation.rules",
    body: ruleInputSchema,
    response: ruleSchema,
    status: 201,
  }),
};
