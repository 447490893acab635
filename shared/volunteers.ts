import { amsterdamDay } from "./dates.ts";
import { defaultMotiveTypes, motiveScoresSchema, motiveTypeSchema } from "./motives.ts";
import { patchSchema } from "./patch.ts";
import { personal } from "./personal-data.ts";
import { emailSchema, optional, phoneSchema, postcodeSchema } from "./validation.ts";
import { z } from "./zod.ts";

// --- Status flow: aangemeld → kennismaking gepland → actief → pauze → gestopt ---

export const volunteerStatuses = ["signedUp", "intakePlanned", "active", "paused", "stopped"] as const;
export type VolunteerStatus = (typeof volunteerStatuses)[number];

/** Which status may follow which. Stopped volunteers can come back (as active or as a new sign-up). */
export const statusTransitions: Record<VolunteerStatus, VolunteerStatus[]> = {
  signedUp: ["intakePlanned", "active", "stopped"],
  intakePlanned: ["signedUp", "active", "stopped"],
  active: ["paused", "stopped"],
  paused: ["active", "stopped"],
  stopped: ["signedUp", "active"],
};

// --- Weekly availability: day × part of day, stored as a 21-bit mask ---

export const weekDays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export const dayParts = ["morning", "afternoon", "evening"] as const;
/** Times of a day part when work has no set time of its own (calendar, reminders). */
export const dayPartTimes: Record<(typeof dayParts)[number], [string, string]> = {
  morning: ["09:00", "12:00"],
  afternoon: ["13:00", "17:00"],
  evening: ["19:00", "21:00"],
};
export const availabilitySlots = weekDays.flatMap((day) => dayParts.map((part) => `${day}-${part}` as const));
export type AvailabilitySlot = (typeof availabilitySlots)[number];

export function slotsToMask(slots: readonly string[]): number {
  return slots.reduce((mask, slot) => mask | (1 << availabilitySlots.indexOf(slot as AvailabilitySlot)), 0);
}
export function maskToSlots(mask: number): AvailabilitySlot[] {
  return availabilitySlots.filter((_, index) => (mask & (1 << index)) !== 0);
}

export const commitmentPatterns = ["regular", "occasional", "oneOff"] as const;
export const personalGoals = [
  "workExperience",
  "reference",
  "socialContact",
  "learning",
  "structure",
  "useSkills",
  "giveBack",
] as const;

// --- Tenant-managed settings: taxonomies, intervals, motive types and guidance ---

const code = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,40}$/, { message: "Een code heeft kleine letters, cijfers of streepjes." });
export const termSchema = z.object({
  code,
  label: z.string().trim().min(1, { message: "Vul een naam in." }).max(100),
});
export type Term = z.infer<typeof termSchema>;
const termList = z
  .array(termSchema)
  .max(300)
  .refine((terms) => new Set(terms.map((t) => t.code)).size === terms.length, {
    message: "Elke code mag maar één keer voorkomen.",
  });

export const volunteerSettingsSchema = z.object({
  signupStaleDays: z.number().int().min(1).max(90).default(7),
  vogRenewalYears: z.number().int().min(1).max(10).default(3),
  checkInIntervalMonths: z.number().int().min(1).max(24).default(3),
  expiryWarningDays: z.number().int().min(7).max(365).default(60),
  inactivityWeeks: z.number().int().min(1).max(52).default(6),
  skills: termList.default([]),
  interests: termList.default([]),
  languages: termList.default([]),
  trainings: termList.default([]),
  channels: termList.default([]),
  stopReasons: termList.default([]),
  /** How much each part counts in matching volunteers and vacancies (relative weights). */
  matchWeights: z
    .object({
      skills: z.number().int().min(0).max(100),
      motives: z.number().int().min(0).max(100),
      availability: z.number().int().min(0).max(100),
      location: z.number().int().min(0).max(100),
      goals: z.number().int().min(0).max(100),
    })
    .refine((w) => w.skills + w.motives + w.availability + w.location + w.goals > 0, {
      message: "Minstens één gewicht moet groter dan 0 zijn.",
    })
    .default({ skills: 30, motives: 25, availability: 20, location: 15, goals: 10 }),
  motiveTypes: z
    .array(motiveTypeSchema)
    .min(1, { message: "Er moet minstens één type vrijwilliger zijn." })
    .max(30)
    .refine((types) => new Set(types.map((t) => t.code)).size === types.length, {
      message: "Elke code mag maar één keer voorkomen.",
    })
    .default(defaultMotiveTypes),
});
export type VolunteerSettings = z.infer<typeof volunteerSettingsSchema>;
/** The body of PUT /api/volunteer-settings: a partial update, a list left out keeps its entries. */
export const volunteerSettingsPatchSchema = patchSchema(volunteerSettingsSchema);
export type VolunteerSettingsPatch = z.infer<typeof volunteerSettingsPatchSchema>;

const terms = (entries: [string, string][]) => entries.map(([code, label]) => ({ code, label }));
export const defaultVolunteerSettings: VolunteerSettings = {
  signupStaleDays: 7,
  vogRenewalYears: 3,
  checkInIntervalMonths: 3,
  expiryWarningDays: 60,
  inactivityWeeks: 6,
  matchWeights: { skills: 30, motives: 25, availability: 20, location: 15, goals: 10 },
  skills: terms([
    ["administratie", "Administratie en formulieren"],
    ["taal", "Taalles en taalhulp"],
    ["computer", "Computer en telefoon"],
    ["koken", "Koken"],
    ["vervoer", "Vervoer en rijden"],
    ["klussen", "Klussen en tuin"],
    ["gesprekken", "Gesprekken voeren"],
    ["organiseren", "Activiteiten organiseren"],
  ]),
  interests: terms([
    ["ouderen", "Ouderen"],
    ["jeugd", "Kinderen en jongeren"],
    ["geldzaken", "Geldzaken en schulden"],
    ["buurt", "Buurt en leefbaarheid"],
    ["sport", "Sport en bewegen"],
    ["cultuur", "Kunst en cultuur"],
    ["nieuwkomers", "Nieuwkomers"],
  ]),
  languages: terms([
    ["nl", "Nederlands"],
    ["en", "Engels"],
    ["ar", "Arabisch"],
    ["tr", "Turks"],
    ["pl", "Pools"],
    ["uk", "Oekraïens"],
    ["ti", "Tigrinya"],
    ["pap", "Papiaments"],
  ]),
  trainings: terms([
    ["gesprekstraining", "Gesprekstraining"],
    ["thuisadministratie", "Basistraining Thuisadministratie"],
    ["schuldhulpmaatje", "Training SchuldHulpMaatje"],
    ["ehbo", "EHBO"],
    ["privacy", "Privacy en geheimhouding"],
  ]),
  channels: terms([
    ["persoonlijk", "Persoonlijk gevraagd"],
    ["social-media", "Sociale media"],
    ["huis-aan-huisblad", "Lokale krant"],
    ["vrijwilligerscentrale", "Vrijwilligerscentrale"],
    ["partner", "Doorverwezen door partner"],
    ["website", "Website"],
    ["anders", "Anders of weet ik niet"],
  ]),
  stopReasons: terms([
    ["tijd", "Geen tijd meer"],
    ["werk", "Betaald werk gevonden"],
    ["verhuisd", "Verhuisd"],
    ["gezondheid", "Gezondheid"],
    ["niet-passend", "Werk past niet bij verwachting"],
    ["begeleiding", "Te weinig begeleiding of steun"],
    ["werkdruk", "Te veel werkdruk"],
    ["anders", "Andere reden"],
  ]),
  motiveTypes: defaultMotiveTypes,
};

// --- Sign-up ---

const name = (label: string) =>
  z
    .string()
    .trim()
    .min(1, { message: `Vul uw ${label} in.` })
    .max(100, { message: "Maximaal 100 tekens." });
const isoDate = z.iso.date({ message: "Vul een geldige datum in, zoals 2026-01-31." });

export const birthDateSchema = isoDate.refine(
  (value) => {
    const year = Number(value.slice(0, 4));
    return year >= 1900 && value <= amsterdamDay();
  },
  { message: "Vul een geboortedatum in het verleden in." },
);

/** The public sign-up form (no account needed). */
export const signupInputSchema = z.object({
  givenName: name("voornaam"),
  familyName: name("achternaam"),
  email: emailSchema,
  phone: optional(phoneSchema),
  postcode: optional(postcodeSchema),
  birthDate: optional(birthDateSchema),
  organisationId: optional(z.uuid({ message: "Kies een organisatie." })),
  /** Every sign-up records how the person heard of us (werving per kanaal). */
  channel: z
    .string({ message: "Kies hoe u van ons hoorde." })
    .trim()
    .min(1, { message: "Kies hoe u van ons hoorde." })
    .pipe(code),
  campaignId: optional(z.uuid()),
  motivation: z.string().trim().max(2000, { message: "Maximaal 2000 tekens." }).default(""),
  consent: z.literal(true, { message: "Geef toestemming om uw gegevens te gebruiken voor uw aanmelding." }),
});
export type SignupInput = z.input<typeof signupInputSchema>;

/** A coordinator enters a sign-up for someone who came in person (email optional: assisted access). */
export const assistedSignupSchema = signupInputSchema.omit({ email: true, consent: true }).extend({
  email: optional(emailSchema),
  consent: z.literal(true, { message: "Vraag toestemming en vink dit aan." }),
});

export const confirmSignupSchema = z.object({ token: z.string().min(10).max(200) });
export const confirmSignupResultSchema = z.object({
  merged: z.boolean(),
  tenantName: z.string(),
  passwordMailSent: z.boolean(),
});

// --- Profile ---

export const volunteerProfileInputSchema = z.object({
  givenName: name("voornaam"),
  familyName: name("achternaam"),
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
  languages: z.array(code).max(30).default([]),
  skills: z.array(code).max(50).default([]),
  interests: z.array(code).max(50).default([]),
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
    requestedOn: optional(isoDate),
    receivedOn: optional(isoDate),
    issuedOn: optional(isoDate),
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
    training: code,
    completedOn: isoDate,
    expiresOn: optional(isoDate),
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
  heldOn: isoDate.refine((d) => d <= amsterdamDay(), {
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
    on: isoDate,
    reason: optional(code),
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

export const screeningFilters = ["vogValid", "vogMissing", "expiringSoon"] as const;
export const volunteerListQuerySchema = z.object({
  status: z.enum(volunteerStatuses).optional(),
  organisationId: z.uuid().optional(),
  skill: code.optional(),
  districtId: z.uuid().optional(),
  motiveType: code.optional(),
  available: z.enum(availabilitySlots).optional(),
  screening: z.enum(screeningFilters).optional(),
  channel: code.optional(),
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
