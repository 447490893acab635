import { motiveFunctions } from "./motives.ts";
import { personal } from "./personal-data.ts";
import { vacancyStatuses } from "./vacancy-statuses.ts";
import { optional, postcodeSchema } from "./validation.ts";
import { availabilitySlots, personalGoals, vogProfileCodes } from "./volunteers.ts";
import { z } from "./zod.ts";

export { vacancyStatuses };

export const locationTypes = ["address", "district", "remote"] as const;
export const scheduleTypes = ["oneOff", "recurring", "flexible"] as const;
export const languageLevels = ["none", "basic", "good"] as const;

const isoDate = z.iso.date({ message: "Vul een geldige datum in, zoals 2026-01-31." });
const time = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { message: "Vul een tijd in, zoals 09:30." });
const code = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,40}$/, { message: "Onbekende code." });

/** A vacancy as a coordinator enters it; cross-field rules give field-level Dutch messages. */
export const vacancyInputSchema = z
  .object({
    organisationId: optional(z.uuid({ message: "Kies een organisatie." })),
    title: z.string().trim().min(5, { message: "Vul een titel in van minstens 5 tekens." }).max(120),
    description: z
      .string()
      .trim()
      .min(20, { message: "Beschrijf het werk in minstens 20 tekens." })
      .max(5000),
    tasks: z.string().trim().max(3000).default(""),
    locationType: z.enum(locationTypes, { message: "Kies waar het werk is." }),
    street: optional(z.string().trim().max(200)),
    postcode: optional(postcodeSchema),
    city: optional(z.string().trim().max(100)),
    districtId: optional(z.uuid({ message: "Kies een wijk." })),
    scheduleType: z.enum(scheduleTypes, { message: "Kies wanneer het werk is." }),
    date: optional(isoDate),
    startTime: optional(time),
    endTime: optional(time),
    slots: z
      .array(z.enum(availabilitySlots, { message: "Onbekend dagdeel." }))
      .max(21)
      .default([]),
    startsOn: optional(isoDate),
    endsOn: optional(isoDate),
    hoursPerWeek: optional(
      z.coerce
        .number({ message: "Vul een aantal uren in." })
        .min(0, { message: "Vul 0 of meer uren in." })
        .max(40, { message: "Maximaal 40 uur per week." }),
    ),
    places: z.coerce
      .number({ message: "Vul het aantal plekken in." })
      .int({ message: "Vul een heel aantal in." })
      .min(1, { message: "Er is minstens 1 plek." })
      .max(500, { message: "Maximaal 500 plekken." }),
    skills: z.array(code).max(30).default([]),
    theme: optional(code),
    requiredTrainings: z.array(code).max(20).default([]),
    vogProfiles: z
      .array(z.enum(vogProfileCodes, { message: "Onbekend screeningsprofiel." }))
      .max(12)
      .default([]),
    motives: z.array(z.enum(motiveFunctions)).max(6).default([]),
    goals: z.array(z.enum(personalGoals)).max(7).default([]),
    accessible: z.boolean().default(false),
    languageLevel: z.enum(languageLevels).default("none"),
    suitableForBenefits: z.boolean().default(false),
    publishFrom: optional(isoDate),
    publishUntil: optional(isoDate),
    status: z.enum(vacancyStatuses, { message: "Kies een status." }).default("draft"),
  })
  .superRefine((v, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    if (v.locationType === "address" && !v.postcode) issue("postcode", "Vul de postcode van de plek in.");
    if (v.locationType === "district" && !v.districtId) issue("districtId", "Kies de wijk.");
    if (v.scheduleType === "oneOff" && !v.date) issue("date", "Vul de datum in.");
    if (v.scheduleType === "recurring" && v.slots.length === 0) issue("slots", "Kies minstens één dagdeel.");
    if (v.startTime && v.endTime && v.endTime <= v.startTime)
      issue("endTime", "De eindtijd ligt voor de begintijd.");
    if (v.startsOn && v.endsOn && v.endsOn < v.startsOn)
      issue("endsOn", "De einddatum ligt voor de startdatum.");
    if (v.publishFrom && v.publishUntil && v.publishUntil < v.publishFrom) {
      issue("publishUntil", "Het einde van de publicatie ligt voor het begin.");
    }
  });
export type VacancyInput = z.input<typeof vacancyInputSchema>;

export const vacancySchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  title: z.string(),
  description: z.string(),
  tasks: z.string(),
  locationType: z.enum(locationTypes),
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  districtId: z.uuid().nullable(),
  districtName: z.string().nullable(),
  /** Where the address's postcode lies, when the tenant's postcode table has coordinates. */
  point: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  scheduleType: z.enum(scheduleTypes),
  date: z.string().nullable(),
  startTime: z.string().nullable(),
  endTime: z.string().nullable(),
  slots: z.array(z.enum(availabilitySlots)),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  hoursPerWeek: z.number().nullable(),
  places: z.number().int(),
  placed: z.number().int(),
  skills: z.array(z.string()),
  theme: z.string().nullable(),
  requiredTrainings: z.array(z.string()),
  vogProfiles: z.array(z.string()),
  motives: z.array(z.enum(motiveFunctions)),
  goals: z.array(z.enum(personalGoals)),
  accessible: z.boolean(),
  languageLevel: z.enum(languageLevels),
  suitableForBenefits: z.boolean(),
  publishFrom: z.string().nullable(),
  publishUntil: z.string().nullable(),
  status: z.enum(vacancyStatuses),
});
export type Vacancy = z.infer<typeof vacancySchema>;

/** What the public sees: no internal notes or counts beyond whether places are left. */
export const publicVacancySchema = vacancySchema
  .omit({ status: true, placed: true })
  .extend({ full: z.boolean() });
export type PublicVacancy = z.infer<typeof publicVacancySchema>;

export const vacancyListQuerySchema = z.object({
  status: z.enum(vacancyStatuses).optional(),
  organisationId: z.uuid().optional(),
});

export const publicSearchQuerySchema = z.object({
  slug: z.string().max(100).optional(),
  q: z.string().trim().max(100).optional(),
  districtId: z.uuid().optional(),
  slot: z.enum(availabilitySlots).optional(),
  schedule: z.enum(["oneOff", "regular"]).optional(),
  theme: code.optional(),
  remote: z.enum(["true"]).optional(),
  /** Near a postcode: within `km` (default 5) of it. */
  near: optional(postcodeSchema),
  km: optional(z.coerce.number().int().min(1, "Kies minstens 1 km.").max(50, "Kies hoogstens 50 km.")),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});

export const applicationStatuses = [
  "invited",
  "responded",
  "intake",
  "trial",
  "placed",
  "finished",
  "stopped",
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** Gereageerd → kennismaking → proefperiode → geplaatst → afgerond/gestopt (an invitation is answered by the volunteer). */
export const applicationTransitions: Record<ApplicationStatus, ApplicationStatus[]> = {
  invited: ["stopped"],
  responded: ["intake", "placed", "stopped"],
  intake: ["trial", "placed", "stopped"],
  trial: ["placed", "stopped"],
  placed: ["finished", "stopped"],
  finished: [],
  stopped: [],
};

export const applicationStatusInputSchema = z.object({
  status: z.enum(applicationStatuses, { message: "Kies een stap." }),
  note: z.string().trim().max(1000).default(""),
});

export const vacancyApplicationSchema = z.object({
  id: z.uuid(),
  volunteerId: z.uuid(),
  name: personal(z.string()),
  status: z.enum(applicationStatuses),
  message: personal(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});

// --- Answers of the vacancy endpoints (declared in shared/vacancies/…) ---

const codeLabel = z.object({ code: z.string(), label: z.string() });

/** The choices for the public search form. */
export const vacancyFiltersSchema = z.object({
  tenant: z.object({ slug: z.string(), name: z.string() }),
  districts: z.array(z.object({ id: z.uuid(), name: z.string() })),
  themes: z.array(codeLabel),
  channels: z.array(codeLabel),
});

/** A volunteer's own reaction to a vacancy. */
export const ownApplicationSchema = z.object({
  id: z.uuid(),
  vacancyId: z.uuid(),
  title: z.string(),
  organisationName: z.string(),
  status: z.string(),
  createdAt: z.string(),
});

/** A volunteer's reactions and placements, for the coordinator's volunteer page. */
export const volunteerApplicationSchema = z.object({
  id: z.uuid(),
  vacancyId: z.uuid(),
  title: z.string(),
  organisationName: z.string(),
  status: z.enum(applicationStatuses),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type VolunteerApplication = z.infer<typeof volunteerApplicationSchema>;

/** The parts of a match score (0–1 each), as shared/matching.ts explains them. */
export const matchPointsSchema = z.object({
  skills: z.number(),
  motives: z.number(),
  availability: z.number(),
  location: z.number(),
  goals: z.number(),
});

/** What a volunteer lacks for a vacancy. */
export const matchMissingSchema = z.object({
  skills: z.array(z.string()),
  slots: z.array(z.string()),
  goals: z.array(z.string()),
  motivesUnknown: z.boolean(),
});

export const vacancyCandidatesSchema = z.object({
  full: z.boolean(),
  openPlaces: z.number().int(),
  candidates: z.array(
    z.object({
      volunteerId: z.uuid(),
      name: personal(z.string()),
      status: z.string(),
      score: z.number(),
      points: matchPointsSchema,
      distanceKm: z.number().nullable(),
      missing: matchMissingSchema,
    }),
  ),
});

/** A published vacancy that fits a volunteer, with the parts of the score and what is missing. */
export const vacancyMatchSchema = z.object({
  vacancyId: z.uuid(),
  title: z.string(),
  organisationName: z.string(),
  score: z.number(),
  points: matchPointsSchema,
  distanceKm: z.number().nullable(),
  missing: matchMissingSchema,
});

export const hoursStatuses = ["submitted", "approved", "rejected"] as const;

export const hoursEntrySchema = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  name: personal(z.string()),
  date: z.string(),
  hours: z.number(),
  note: personal(z.string()),
  status: z.enum(hoursStatuses),
});

export const allowanceWarningSchema = z.object({ code: z.string(), message: z.string() });

export const hoursGroups = ["volunteer", "organisation", "vacancy", "district", "month"] as const;

export const hoursReportQuerySchema = z
  .object({
    groupBy: z.enum(hoursGroups, { message: "Kies een indeling." }).default("month"),
    from: isoDate.optional(),
    to: isoDate.optional(),
    format: z.enum(["json", "csv", "xlsx"]).default("json"),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: "De einddatum ligt voor de begindatum.",
    path: ["to"],
  });

/** A row of the hours report as JSON (the same endpoint also answers CSV or XLSX). */
export const hoursReportRowSchema = z.object({ key: z.string(), hours: z.number(), entries: z.number() });
export type HoursReportRow = z.infer<typeof hoursReportRowSchema>;
