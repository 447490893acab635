import { defaultMotiveTypes, motiveTypeSchema } from "../motives.ts";
import { patchSchema } from "../patch.ts";
import { z } from "../zod.ts";

/** Volunteers: the lists and settings each tenant manages. */

// --- Tenant-managed settings: taxonomies, intervals, motive types and guidance ---

/** A code in one of the tenant's lists. */
export const termCode = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,40}$/, { message: "Een code heeft kleine letters, cijfers of streepjes." });
export const termSchema = z.object({
  code: termCode,
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
