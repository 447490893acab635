import type { FieldError } from "../errors.ts";
import { personal } from "../personal-data.ts";
import { can, type PolicyActor } from "../roles.ts";
import { optional } from "../validation.ts";
import { z } from "../zod.ts";
import { activityTypes, procedures, regimes, standardChecklist } from "./rules.ts";

/**
 * A participation agreement (afspraak) and its statuses (ADR 0018): voorstel → toestemming gevraagd →
 * toegestaan / geweigerd, or → gemeld; then actief → geëvalueerd → beëindigd.
 */
export const agreementStatuses = [
  "proposal",
  "permissionRequested",
  "permitted",
  "refused",
  "notified",
  "active",
  "evaluated",
  "ended",
] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];

/** Where the next step can go (submitting and deciding have their own endpoints). */
export const agreementTransitions: Record<AgreementStatus, AgreementStatus[]> = {
  proposal: ["permissionRequested", "notified"],
  permissionRequested: ["permitted", "refused"],
  permitted: ["active", "ended"],
  refused: [],
  notified: ["active", "ended"],
  active: ["evaluated", "ended"],
  evaluated: ["active", "ended"],
  ended: [],
};

/** Statuses in which a client counts as having an activity (for the worklist and the report). */
export const activeStatuses: AgreementStatus[] = [
  "permissionRequested",
  "permitted",
  "notified",
  "active",
  "evaluated",
];

export const foundBy = ["client", "caseworker", "volunteerShop"] as const;
export const goalKinds = ["development", "network", "jobChances", "contribution", "other"] as const;
export const refusalCategories = [
  "displacement",
  "notCounting",
  "tooManyHours",
  "obligations",
  "other",
] as const;
export const deliveries = ["mail", "post"] as const;
export const letterKinds = ["permission", "refusal", "acknowledgement", "end"] as const;
export type LetterKind = (typeof letterKinds)[number];

const isoDate = z.iso.date({ message: "Vul een geldige datum in, zoals 2027-01-31." });
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Hoogstens ${max} tekens.` });

export const agreementInputSchema = z
  .object({
    activity: z.enum(activityTypes, { message: "Kies wat voor activiteit het is." }),
    foundBy: z.enum(foundBy).default("client"),
    /** An organisation in Inzet, or leave out and name the place (informal help has none). */
    organisationId: optional(z.uuid({ message: "Kies een organisatie uit de lijst." })),
    placeName: text(200).default(""),
    description: text(1000).min(3, { message: "Schrijf kort wat u gaat doen (minstens 3 tekens)." }),
    hoursPerWeek: z.coerce
      .number({ message: "Vul het aantal uren per week in." })
      .gt(0, { message: "Vul meer dan 0 uur in." })
      .max(60, { message: "Hoogstens 60 uur per week." }),
    startDate: isoDate,
    reviewDate: optional(isoDate),
    endDate: optional(isoDate),
    /** In the client's own words. */
    goals: text(1000).default(""),
    goalKinds: z.array(z.enum(goalKinds)).max(goalKinds.length).default([]),
    /** The client tells the organisation that this is a participation agreement. */
    disclosedToOrganisation: z.boolean().default(false),
  })
  .refine((a) => !a.endDate || a.endDate >= a.startDate, {
    message: "De einddatum ligt voor de startdatum.",
    path: ["endDate"],
  })
  .refine((a) => !a.reviewDate || a.reviewDate >= a.startDate, {
    message: "De evaluatiedatum ligt voor de startdatum.",
    path: ["reviewDate"],
  });
export type AgreementInput = z.output<typeof agreementInputSchema>;

export const submitSchema = z.object({
  /** What the caller means to do; asking permission where notifying is the rule is refused. */
  procedure: z.enum(procedures).optional(),
  /** Over the local hour limit: the klantmanager confirms with a reason. */
  overLimitReason: text(500).default(""),
  delivery: z.enum(deliveries).default("mail"),
});

export const decisionSchema = z
  .object({
    decision: z.enum(["granted", "refused"], { message: "Kies toestaan of weigeren." }),
    motivation: text(2000).default(""),
    refusalCategory: z.enum(refusalCategories).optional(),
    /** The verdringing check: every item answered (yes/no). */
    checklist: z.record(z.string().max(40), z.boolean()).default({}),
    delivery: z.enum(deliveries).default("mail"),
  })
  .refine((d) => d.decision !== "refused" || d.motivation.length >= 10, {
    message: "Een weigering moet u motiveren (minstens 10 tekens).",
    path: ["motivation"],
  })
  .refine((d) => d.decision !== "refused" || d.refusalCategory, {
    message: "Kies de reden van de weigering.",
    path: ["refusalCategory"],
  });
export type DecisionInput = z.output<typeof decisionSchema>;

export const statusChangeSchema = z.object({
  status: z.enum(["active", "evaluated", "ended"], { message: "Kies een stap." }),
  note: text(1000).default(""),
  delivery: z.enum(deliveries).default("mail"),
});

export const hoursReportSchema = z.object({
  /** Any day of the week; stored as the Monday. */
  week: isoDate,
  hours: z.coerce
    .number({ message: "Vul een aantal uren in." })
    .min(0, { message: "Niet minder dan 0." })
    .max(80, { message: "Hoogstens 80 uur in een week." }),
});

export const letterSummarySchema = z.object({
  id: z.uuid(),
  kind: z.enum(letterKinds),
  reference: z.string(),
  delivery: z.enum(deliveries),
  createdAt: z.string(),
});

export const agreementSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  activity: z.enum(activityTypes),
  foundBy: z.enum(foundBy),
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  placeName: z.string(),
  description: personal(z.string()),
  hoursPerWeek: z.number(),
  startDate: z.string(),
  reviewDate: z.string().nullable(),
  endDate: z.string().nullable(),
  goals: personal(z.string()),
  goalKinds: z.array(z.enum(goalKinds)),
  disclosedToOrganisation: z.boolean(),
  status: z.enum(agreementStatuses),
  /** Entered by the klantmanager on the client's behalf. */
  assisted: z.boolean(),
  regime: z.enum(regimes).nullable(),
  procedure: z.enum(procedures).nullable(),
  overLimitReason: z.string(),
  checklist: z.record(z.string(), z.boolean()),
  motivation: personal(z.string()),
  refusalCategory: z.enum(refusalCategories).nullable(),
  requestedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  hours: z.object({
    total: z.number(),
    weeks: z.number().int(),
    lastWeek: z.string().nullable(),
    averagePerWeek: z.number().nullable(),
    /** The latest weeks, newest first, with who reported them (client, organisation, klantmanager). */
    recent: z.array(
      z.object({
        week: z.string(),
        hours: z.number(),
        reportedBy: z.enum(["client", "organisation", "caseworker"]),
      }),
    ),
  }),
  letters: z.array(letterSummarySchema),
  can: z.object({
    submit: z.boolean(),
    decide: z.boolean(),
    start: z.boolean(),
    evaluate: z.boolean(),
    end: z.boolean(),
    reportHours: z.boolean(),
  }),
});
export type Agreement = z.infer<typeof agreementSchema>;

/** Who may do what with an agreement: the klantmanager (caseload), or the client for their own proposal and hours. */
export function agreementActions(actor: PolicyActor, agreement: { status: AgreementStatus }) {
  const caseworker = can(actor.role, "participation.caseload");
  const self = can(actor.role, "participation.self");
  const next = agreementTransitions[agreement.status];
  return {
    submit: (caseworker || self) && agreement.status === "proposal",
    decide: caseworker && agreement.status === "permissionRequested",
    start: caseworker && next.includes("active"),
    evaluate: caseworker && next.includes("evaluated"),
    end: caseworker && next.includes("ended"),
    reportHours: (caseworker || self) && (agreement.status === "active" || agreement.status === "evaluated"),
  };
}

/** The checklist keys a decision must answer: the standard items and the tenant's extra ones. */
export function checklistKeys(standard: readonly { key: string }[], extra: readonly string[]) {
  return [...standard.map((item) => item.key), ...extra.map((_, i) => `extra${i + 1}`)];
}

type RuleFacts = {
  procedure: (typeof procedures)[number];
  maxHoursPerWeek: number;
  extraChecklist: string[];
};

/** Why an agreement cannot be submitted under the rule in force (empty: it can). */
export function submitProblems(
  rule: RuleFacts,
  agreement: { hoursPerWeek: number },
  input: { procedure?: (typeof procedures)[number]; overLimitReason: string },
  side: "caseworker" | "self",
): FieldError[] {
  const problems: FieldError[] = [];
  if (input.procedure === "permission" && rule.procedure === "notify")
    problems.push({
      path: "procedure",
      code: "notify_only",
      message: "In deze gemeente is melden genoeg: u hoeft geen toestemming te vragen.",
    });
  if (agreement.hoursPerWeek > rule.maxHoursPerWeek) {
    if (side === "self")
      problems.push({
        path: "hoursPerWeek",
        code: "over_limit",
        message: `Dit is meer dan ${rule.maxHoursPerWeek} uur per week. Bespreek het met uw klantmanager.`,
      });
    else if (input.overLimitReason.length < 5)
      problems.push({
        path: "overLimitReason",
        code: "over_limit_unconfirmed",
        message: `Meer dan ${rule.maxHoursPerWeek} uur per week: bevestig dit met een reden.`,
      });
  }
  return problems;
}

/** Why a decision is not complete: every checklist item answered, and granting only when all are met. */
export function decisionProblems(
  rule: RuleFacts,
  input: { decision: "granted" | "refused"; checklist: Record<string, boolean> },
): FieldError[] {
  const keys = checklistKeys(standardChecklist, rule.extraChecklist);
  const problems: FieldError[] = [];
  for (const key of keys) {
    const answer = input.checklist[key];
    if (answer === undefined)
      problems.push({ path: `checklist.${key}`, code: "required", message: "Beantwoord deze vraag." });
    else if (!answer && input.decision === "granted")
      problems.push({
        path: `checklist.${key}`,
        code: "not_met",
        message: "Dit punt is niet in orde: dan kunt u alleen weigeren, met een motivering.",
      });
  }
  const unknown = Object.keys(input.checklist).filter((k) => !keys.includes(k));
  for (const key of unknown)
    problems.push({
      path: `checklist.${key}`,
      code: "unknown_item",
      message: "Deze vraag hoort niet bij de toets.",
    });
  return problems;
}
