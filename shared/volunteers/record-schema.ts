import { amsterdamDay } from "../dates.ts";
import { motiveScoresSchema } from "../motives.ts";
import { personal } from "../personal-data.ts";
import { emailSchema, isoDateSchema, optional, phoneSchema, postcodeSchema } from "../validation.ts";
import { z } from "../zod.ts";
import { termCode } from "./settings-schema.ts";
import { birthDateSchema, personName } from "./signup-schema.ts";
import {
  availabilitySlots,
  commitmentPatterns,
  personalGoals,
  screeningFilters,
  volunteerStatuses,
} from "./statuses.ts";

/** Volunteers: the profile, screening (VOG, training), check-ins and the list. */

// --- Profile ---

export const volunteerProfileInputSchema = z.object({
  givenName: personName("voornaam"),
  familyName: personName("achternaam"),
  email: optional(emailSchema),
  phone: optional(phoneSchema),
  street: optional(z.string().trim().max(200)),
  houseNumber: optional(
    z
      .string()
      .trim()
      .regex(/^[0-9]{1,5}[ -]?[A-Za-z0-9]{0,6}$/, { message: "Vul een huisnummer in, zoals 12 of 12A." }),
  ),
  postcode: optional(postcodeSchema),
  city: optional(z.string().trim().max(100)),
  birthDate: optional(birthDateSchema),
  languages: z.array(termCode).max(30).default([]),
  skills: z.array(termCode).max(50).default([]),
  interests: z.array(termCode).max(50).default([]),
  availability: z
    .array(z.enum(availabilitySlots, { message: "Onbekend dagdeel." }))
    .max(21)
    .default([]),
  hoursPerWeek: optional(
    z.coerce
      .number({ message: "Vul een aantal uren in." })
      .int({ message: "Vul hele uren in." })
      .min(0, { message: "Vul 0 of meer uren in." })
      .max(60, { message: "Maximaal 60 uur per week." }),
  ),
  preferredDistrictIds: z.array(z.uuid()).max(100).default([]),
  maxTravelKm: optional(
    z.coerce
      .number({ message: "Vul een afstand in." })
      .int({ message: "Vul hele kilometers in." })
      .min(0, { message: "Vul 0 of meer kilometer in." })
      .max(200, { message: "Maximaal 200 km." }),
  ),
  commitment: optional(z.enum(commitmentPatterns, { message: "Kies hoe vaak u wilt helpen." })),
  goals: z.array(z.enum(personalGoals)).max(10).default([]),
  emergencyName: optional(z.string().trim().max(100)),
  emergencyPhone: optional(phoneSchema),
  motivation: z.string().trim().max(2000, { message: "Maximaal 2000 tekens." }).default(""),
});
export type VolunteerProfileInput = z.input<typeof volunteerProfileInputSchema>;

export const riskLevels = ["none", "attention", "high"] as const;
export const riskReasonSchema = z.object({ code: z.string(), message: z.string(), weight: z.number() });
export const riskSchema = z.object({ level: z.enum(riskLevels), reasons: z.array(riskReasonSchema) });
export type Risk = z.infer<typeof riskSchema>;

export const volunteerListItemSchema = z.object({
  id: z.uuid(),
  name: personal(z.string()),
  email: personal(z.string().nullable()),
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  status: z.enum(volunteerStatuses),
  signedUpAt: z.string(),
  daysWaiting: z.number().int(),
  needsContact: z.boolean(),
  channel: z.string().nullable(),
  motiveType: z.string().nullable(),
  neighbourhoodName: z.string().nullable(),
  skills: z.array(z.string()),
  assisted: z.boolean(),
});
export type VolunteerListItem = z.infer<typeof volunteerListItemSchema>;

export const vogRecordSchema = z.object({
  id: z.uuid(),
  requestedOn: z.string().nullable(),
  receivedOn: z.string().nullable(),
  issuedOn: z.string().nullable(),
  profileCodes: z.array(z.string()),
  renewalDue: z.string().nullable(),
  note: personal(z.string()),
});
export type VogRecord = z.infer<typeof vogRecordSchema>;

export const vogProfileCodes = [
  "11",
  "12",
  "13",
  "21",
  "22",
  "31",
  "41",
  "45",
  "51",
  "55",
  "62",
  "71",
] as const;
export const vogInputSchema = z
  .object({
    requestedOn: optional(isoDateSchema),
    receivedOn: optional(isoDateSchema),
    issuedOn: optional(isoDateSchema),
    profileCodes: z
      .array(z.enum(vogProfileCodes, { message: "Onbekend screeningsprofiel." }))
      .max(12)
      .default([]),
    note: z.string().trim().max(500).default(""),
  })
  .refine((v) => v.requestedOn || v.receivedOn || v.issuedOn, {
    message: "Vul minstens een datum in.",
    path: ["requestedOn"],
  })
  .refine((v) => !v.receivedOn || !v.issuedOn || v.issuedOn <= v.receivedOn, {
    message: "De afgiftedatum ligt na de ontvangstdatum.",
    path: ["issuedOn"],
  })
  .refine((v) => !v.requestedOn || !v.receivedOn || v.requestedOn <= v.receivedOn, {
    message: "De ontvangstdatum ligt voor de aanvraagdatum.",
    path: ["receivedOn"],
  });

export const trainingRecordSchema = z.object({
  id: z.uuid(),
  training: z.string(),
  completedOn: z.string(),
  expiresOn: z.string().nullable(),
  certificate: z.string(),
});
export const trainingInputSchema = z
  .object({
    training: termCode,
    completedOn: isoDateSchema,
    expiresOn: optional(isoDateSchema),
    certificate: z.string().trim().max(200).default(""),
  })
  .refine((t) => !t.expiresOn || t.expiresOn > t.completedOn, {
    message: "De verloopdatum ligt voor de behaaldatum.",
    path: ["expiresOn"],
  });

const rating = z.coerce
  .number({ message: "Kies een score van 1 tot 5." })
  .int({ message: "Kies een score van 1 tot 5." })
  .min(1, { message: "Kies een score van 1 tot 5." })
  .max(5, { message: "Kies een score van 1 tot 5." });
export const checkInFactors = [
  "satisfaction",
  "roleClarity",
  "support",
  "coordinatorRelation",
  "workload",
] as const;
export const checkInInputSchema = z.object({
  heldOn: isoDateSchema.refine((d) => d <= amsterdamDay(), {
    message: "Een gesprek kan niet in de toekomst zijn gehouden.",
  }),
  satisfaction: rating,
  roleClarity: rating,
  support: rating,
  coordinatorRelation: rating,
  /** 1 = far too little, 3 = right, 5 = far too much. */
  workload: rating,
  wishToChange: z.boolean().default(false),
  note: z.string().trim().max(2000).default(""),
});
export const checkInSchema = z.object({
  id: z.uuid(),
  heldOn: z.string(),
  satisfaction: z.number(),
  roleClarity: z.number(),
  support: z.number(),
  coordinatorRelation: z.number(),
  workload: z.number(),
  wishToChange: z.boolean(),
  note: personal(z.string()),
  byName: z.string().nullable(),
});
export type CheckIn = z.infer<typeof checkInSchema>;

export const statusChangeSchema = z.object({
  from: z.enum(volunteerStatuses).nullable(),
  to: z.enum(volunteerStatuses),
  on: z.string(),
  at: z.string(),
  byName: z.string().nullable(),
  reason: personal(z.string().nullable()),
  note: personal(z.string()),
});
export const statusInputSchema = z
  .object({
    status: z.enum(volunteerStatuses, { message: "Kies een status." }),
    on: isoDateSchema,
    reason: optional(termCode),
    note: z.string().trim().max(1000).default(""),
  })
  .refine((s) => s.status !== "stopped" || s.reason, {
    message: "Kies een reden van stoppen.",
    path: ["reason"],
  });

export const motiveResultSchema = z.object({
  id: z.uuid(),
  takenAt: z.string(),
  scores: motiveScoresSchema,
  typeCode: z.string().nullable(),
  assisted: z.boolean(),
});
export type MotiveResult = z.infer<typeof motiveResultSchema>;

export const volunteerSchema = volunteerListItemSchema.extend({
  personId: z.uuid(),
  givenName: personal(z.string()),
  familyName: personal(z.string()),
  phone: personal(z.string().nullable()),
  street: personal(z.string().nullable()),
  houseNumber: personal(z.string().nullable()),
  postcode: personal(z.string().nullable()),
  city: personal(z.string().nullable()),
  neighbourhoodId: z.uuid().nullable(),
  birthDate: personal(z.string().nullable()),
  age: z.number().int().nullable(),
  languages: z.array(z.string()),
  interests: z.array(z.string()),
  availability: z.array(z.enum(availabilitySlots)),
  hoursPerWeek: z.number().nullable(),
  preferredDistrictIds: z.array(z.uuid()),
  maxTravelKm: z.number().nullable(),
  commitment: z.enum(commitmentPatterns).nullable(),
  goals: z.array(z.enum(personalGoals)),
  emergencyName: personal(z.string().nullable()),
  emergencyPhone: personal(z.string().nullable()),
  motivation: personal(z.string()),
  campaignId: z.uuid().nullable(),
  activeSince: z.string().nullable(),
  stoppedOn: z.string().nullable(),
  stopReason: personal(z.string().nullable()),
  nextCheckInOn: z.string().nullable(),
  hasAccount: z.boolean(),
  hasPhoto: z.boolean(),
  erasureRequestedAt: z.string().nullable(),
  motives: z.array(motiveResultSchema),
  vogs: z.array(vogRecordSchema),
  trainings: z.array(trainingRecordSchema),
  checkIns: z.array(checkInSchema),
  statusHistory: z.array(statusChangeSchema),
  risk: riskSchema,
});
export type Volunteer = z.infer<typeof volunteerSchema>;

export const volunteerListQuerySchema = z.object({
  status: z.enum(volunteerStatuses).optional(),
  organisationId: z.uuid().optional(),
  skill: termCode.optional(),
  districtId: z.uuid().optional(),
  motiveType: termCode.optional(),
  available: z.enum(availabilitySlots).optional(),
  screening: z.enum(screeningFilters).optional(),
  channel: termCode.optional(),
  campaignId: z.uuid().optional(),
  needsContact: z.enum(["true", "false"]).optional(),
  sort: z.enum(["name", "signedUpAt", "-signedUpAt", "status"]).default("name"),
});
export type VolunteerListQuery = z.infer<typeof volunteerListQuerySchema>;

export const expiringItemSchema = z.object({
  volunteerId: z.uuid(),
  volunteerName: personal(z.string()),
  kind: z.enum(["vog", "training"]),
  label: z.string(),
  dueOn: z.string(),
  daysLeft: z.number().int(),
});

export const PHOTO_MAX_BYTES = 1024 * 1024;
const photoTypes = ["image/jpeg", "image/png", "image/webp"] as const;
/** A photo as a data URL (what a browser's FileReader gives). The bytes are checked on the server too. */
export const photoInputSchema = z.object({
  dataUrl: z
    .string()
    .max(Math.ceil((PHOTO_MAX_BYTES * 4) / 3) + 100, { message: "De foto is te groot (maximaal 1 MB)." })
    .regex(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/]+=*$/, {
      message: "Kies een foto als JPG, PNG of WebP.",
    }),
});
export type PhotoType = (typeof photoTypes)[number];
