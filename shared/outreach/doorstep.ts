import { personal } from "../personal-data.ts";
import { referralInputSchema } from "../referrals.ts";
import { isoDateSchema, optional } from "../validation.ts";
import { z } from "../zod.ts";
import { code } from "./campaigns.ts";

/** Achter de Voordeur: walk lists, shifts, action plans and the visit at the door. */

export const walkListSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  kind: z.enum(["first", "followUp"]),
  name: z.string(),
  doors: z.number().int(),
  routeMetres: z.number().int(),
  addresses: z.array(
    z.object({
      id: z.uuid(),
      line: personal(z.string()),
      postcode: z.string(),
      lat: z.number(),
      lon: z.number(),
      walkOrder: z.number().int(),
    }),
  ),
});
export type WalkList = z.infer<typeof walkListSchema>;

export const cutInputSchema = z.object({
  targetSize: optional(
    z.coerce
      .number({ message: "Vul een aantal deuren in." })
      .int()
      .min(5, { message: "Kies 5 tot 200 deuren." })
      .max(200, { message: "Kies 5 tot 200 deuren." }),
  ),
});

export const letterInputSchema = z.object({
  letterDate: z.iso.date({ message: "Vul de datum van de brief in, zoals 2026-01-31." }),
  /** Only addresses that were not sent a letter yet, or all addresses to visit. */
  which: z.enum(["unsent", "all"]).default("unsent"),
});

export const followUpInputSchema = z.object({
  /** Follow-ups due on or before this day go on the new lists (default: two weeks from today). */
  dueBy: optional(z.iso.date({ message: "Vul een datum in, zoals 2026-01-31." })),
  targetSize: optional(
    z.coerce
      .number()
      .int()
      .min(5, { message: "Kies 5 tot 200 deuren." })
      .max(200, { message: "Kies 5 tot 200 deuren." }),
  ),
});

export const moveInputSchema = z.object({
  walkListId: z.uuid({ message: "Kies een looplijst." }),
});

const time = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { message: "Vul een tijd in, zoals 14:30." });

/** A shift: date, time, walk list, and who walks it (volunteers and professionals who come along). */
export const shiftInputSchema = z
  .object({
    walkListId: z.uuid({ message: "Kies een looplijst." }),
    date: isoDateSchema,
    startTime: time,
    endTime: time,
    volunteerIds: z
      .array(z.uuid())
      .max(10, { message: "Hoogstens 10 vrijwilligers per dienst." })
      .default([]),
    professionalUserIds: z.array(z.string().min(1).max(100)).max(5).default([]),
  })
  .refine((s) => s.endTime > s.startTime, {
    message: "De eindtijd ligt voor de begintijd.",
    path: ["endTime"],
  })
  .refine((s) => s.volunteerIds.length + s.professionalUserIds.length >= 2, {
    message: "Een dienst heeft minstens twee mensen: nooit alleen langs de deuren.",
    path: ["volunteerIds"],
  });
export type ShiftInput = z.output<typeof shiftInputSchema>;

export const shiftMemberSchema = z.object({
  volunteerId: z.uuid().nullable(),
  userId: z.string().nullable(),
  name: personal(z.string()),
  professional: z.boolean(),
  /** This member is the signed-in volunteer (in their own list). */
  self: z.boolean(),
  checkedInAt: z.string().nullable(),
  checkedOutAt: z.string().nullable(),
});

export const shiftSchema = z.object({
  id: z.uuid(),
  campaignId: z.uuid(),
  campaignName: z.string(),
  walkListId: z.uuid().nullable(),
  walkListNumber: z.number().int().nullable(),
  /** "Looplijst 3" or "Nazorglijst 1". */
  walkListName: z.string().nullable(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  members: z.array(shiftMemberSchema),
});
export type Shift = z.infer<typeof shiftSchema>;

/** A volunteer who may walk a shift of this campaign (training and VOG valid), and whether it would be their first. */
export const eligibleVolunteerSchema = z.object({
  volunteerId: z.uuid(),
  name: personal(z.string()),
  experienced: z.boolean(),
});

/** Who does an action of a plan van aanpak. */
export const planActors = ["household", "volunteer", "professional", "partner"] as const;

/** The plan van aanpak made with a household: goals, and actions with who and when. */
export const actionPlanSchema = z.object({
  goals: z.string().trim().min(3, { message: "Schrijf op wat het huishouden wil bereiken." }).max(1000),
  actions: z
    .array(
      z.object({
        what: z.string().trim().min(2, { message: "Schrijf op wat er moet gebeuren." }).max(300),
        who: z.enum(planActors, { message: "Kies wie het doet." }),
        when: optional(z.iso.date({ message: "Vul een datum in, zoals 2026-01-31." })),
      }),
    )
    .min(1, { message: "Schrijf minstens één actie op." })
    .max(10),
});
export type ActionPlan = z.output<typeof actionPlanSchema>;
/** The same plan as stored and sent back (no input transforms, so responses can be encoded). */
const actionPlanOutputSchema = z.object({
  goals: z.string(),
  actions: z.array(z.object({ what: z.string(), who: z.enum(planActors), when: z.string().optional() })),
});

/** What happened at a door. */
export const visitOutcomes = ["notHome", "noInterest", "conversation", "comeBack", "movedOrEmpty"] as const;
export const signalLevels = ["none", "some", "serious"] as const;

/**
 * One visit at a door, recorded on the doorstep (offline too): the id is made on the phone, so sending
 * it twice never stores it twice. Without consent nothing personal is stored: no signals, no note.
 */
export const visitInputSchema = z
  .object({
    shiftId: z.uuid({ message: "Kies een dienst." }),
    addressId: z.uuid({ message: "Kies een adres." }),
    visitedAt: z.iso.datetime({ offset: true, message: "Ongeldig tijdstip." }),
    outcome: z.enum(visitOutcomes, { message: "Kies wat er gebeurde." }),
    consent: z.boolean().default(false),
    signals: z.record(code, z.enum(signalLevels)).default({}),
    note: z.string().trim().max(500, { message: "Houd de notitie kort: hoogstens 500 tekens." }).default(""),
    incentiveGiven: z.boolean().default(false),
    /** A referral to a partner, made on the doorstep with the household's consent. */
    referral: referralInputSchema.optional(),
    plan: actionPlanSchema.optional(),
  })
  .refine((v) => v.consent || (Object.values(v.signals).every((s) => s === "none") && v.note === ""), {
    message: "Zonder toestemming slaan we niets persoonlijks op: laat signalen en notitie leeg.",
    path: ["consent"],
  })
  .refine(
    (v) =>
      v.outcome === "conversation" || (Object.values(v.signals).every((s) => s === "none") && v.note === ""),
    {
      message: "Signalen en een notitie horen bij een gesprek.",
      path: ["outcome"],
    },
  )
  .refine((v) => !v.referral || (v.outcome === "conversation" && v.consent), {
    message: "Doorverwijzen kan alleen na een gesprek, met toestemming.",
    path: ["referral"],
  })
  .refine((v) => !v.plan || (v.outcome === "conversation" && v.consent), {
    message: "Een plan van aanpak maakt u na een gesprek, met toestemming.",
    path: ["plan"],
  });
export type VisitInput = z.output<typeof visitInputSchema>;

export const visitSchema = z.object({
  id: z.uuid(),
  shiftId: z.uuid().nullable(),
  addressId: z.uuid(),
  addressLine: personal(z.string()),
  visitedAt: z.string(),
  outcome: z.enum(visitOutcomes),
  consent: z.boolean(),
  /** Null when the viewer may not see health and finance details (they only see that a visit took place). */
  signals: personal(z.record(z.string(), z.enum(signalLevels)).nullable()),
  note: personal(z.string().nullable()),
  incentiveGiven: z.boolean(),
  kind: z.enum(["first", "followUp"]),
  /** Null when the viewer may not see it (like signals). */
  plan: personal(actionPlanOutputSchema.nullable()),
  recordedBy: z.string(),
});
export type Visit = z.infer<typeof visitSchema>;

/** A shift's walk list for the doorstep screen: the doors in walking order, with what was recorded. */
export const doorstepSchema = z.object({
  shift: shiftSchema,
  topics: z.array(z.object({ code: z.string(), label: z.string() })),
  incentive: z.string(),
  /** Organisations a household can be referred to (kept on the phone for offline use). */
  partners: z.array(z.object({ id: z.uuid(), name: z.string() })),
  addresses: z.array(
    z.object({ id: z.uuid(), line: personal(z.string()), postcode: z.string(), walkOrder: z.number().int() }),
  ),
  visits: z.array(visitSchema),
});
export type Doorstep = z.infer<typeof doorstepSchema>;
