import { endpoint } from "./endpoint.ts";
import { hsdsServiceSchema } from "./hsds.ts";
import { pageOf } from "./paging.ts";
import { personal } from "./personal-data.ts";
import { can, type PolicyActor } from "./roles.ts";
import { countSchema } from "./small-counts.ts";
import { emailSchema, idParamSchema, optional, phoneSchema } from "./validation.ts";
import { z } from "./zod.ts";

/**
 * The partner network (Solidariteitspact): which organisations signed the pact, and the directory of
 * what they offer residents (ADR 0020). Referrals between members are in shared/referrals.ts.
 */
export const howToRefer = ["inzet", "phone", "walkIn"] as const;
export type HowToRefer = (typeof howToRefer)[number];
export const offeringStatuses = ["active", "inactive"] as const;
export type OfferingStatus = (typeof offeringStatuses)[number];
export const DEFAULT_REVIEW_MONTHS = 6;

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: `Hoogstens ${max} tekens.` })
    .default("");

export const offeringInputSchema = z.object({
  organisationId: z.uuid({ message: "Kies de organisatie." }),
  name: z.string().trim().min(3, { message: "Vul een naam in van minstens 3 tekens." }).max(200),
  description: text(2000),
  forWhom: text(1000),
  conditions: text(1000),
  howToRefer: z
    .array(z.enum(howToRefer, { message: "Kies een manier van doorverwijzen." }))
    .min(1, { message: "Kies minstens één manier van doorverwijzen." })
    .max(3),
  districtIds: z
    .array(z.uuid({ message: "Kies een wijk uit de lijst." }))
    .max(500)
    .default([]),
  languages: z
    .array(z.string().regex(/^[a-z]{2}$/, { message: "Gebruik een taalcode van 2 letters, zoals nl." }))
    .max(30)
    .default(["nl"]),
  openingHours: text(500),
  phone: optional(phoneSchema),
  email: optional(emailSchema),
  website: optional(z.url({ message: "Vul een geldige website in, zoals https://voorbeeld.nl." })),
  referralNotes: text(2000),
  status: z.enum(offeringStatuses).default("active"),
});
export type OfferingInput = z.output<typeof offeringInputSchema>;

export const offeringSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  name: z.string(),
  description: z.string(),
  forWhom: z.string(),
  conditions: z.string(),
  howToRefer: z.array(z.enum(howToRefer)),
  districtIds: z.array(z.uuid()),
  languages: z.array(z.string()),
  openingHours: z.string(),
  phone: z.string(),
  email: z.string(),
  website: z.string(),
  referralNotes: z.string(),
  status: z.enum(offeringStatuses),
  lastCheckedAt: z.string(),
  /** Not checked for the werkgebied's review period (default 6 months). */
  stale: z.boolean(),
  can: z.object({ edit: z.boolean() }),
});
export type Offering = z.infer<typeof offeringSchema>;

/** What the public directory shows: no internal notes, no stale flag. */
export const publicOfferingSchema = offeringSchema.omit({ referralNotes: true, stale: true, can: true });
export type PublicOffering = z.infer<typeof publicOfferingSchema>;

export const offeringQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  districtId: z.uuid().optional(),
  organisationId: z.uuid().optional(),
  stale: z.enum(["true"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export const publicDirectoryQuerySchema = z.object({
  slug: z.string().max(100).optional(),
  q: z.string().trim().max(200).optional(),
  districtId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});

export const pactMemberInputSchema = z.object({
  organisationId: z.uuid({ message: "Kies de organisatie." }),
  signedOn: z.iso.date({ message: "Vul de datum van ondertekenen in." }),
  endedOn: optional(z.iso.date({ message: "Vul een geldige datum in." })),
  contactName: text(200),
  contactEmail: optional(emailSchema),
  contactPhone: optional(phoneSchema),
  serviceLevelDays: z.coerce
    .number({ message: "Vul een aantal werkdagen in." })
    .int({ message: "Vul een heel aantal werkdagen in." })
    .min(1, { message: "Minstens 1 werkdag." })
    .max(60, { message: "Hoogstens 60 werkdagen." })
    .default(5),
});
export type PactMemberInput = z.output<typeof pactMemberInputSchema>;

export const pactMemberSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  organisationType: z.string(),
  signedOn: z.string(),
  endedOn: z.string().nullable(),
  contactName: personal(z.string()),
  contactEmail: personal(z.string()),
  contactPhone: personal(z.string()),
  serviceLevelDays: z.number().int(),
  active: z.boolean(),
});
export type PactMember = z.infer<typeof pactMemberSchema>;

export const networkSettingsSchema = z.object({
  reviewMonths: z.coerce
    .number({ message: "Vul een aantal maanden in." })
    .int({ message: "Vul een heel aantal maanden in." })
    .min(1, { message: "Minstens 1 maand." })
    .max(24, { message: "Hoogstens 24 maanden." }),
});

/** Referrals between organisations in a period: counts per pair and outcome, small counts hidden. */
export const referralMatrixQuerySchema = z.object({
  from: z.iso.date({ message: "Vul een begindatum in." }),
  to: z.iso.date({ message: "Vul een einddatum in." }),
});
export const referralOutcomes = ["open", "done", "notHelped", "notTakenUp"] as const;
export const referralMatrixSchema = z.object({
  from: z.string(),
  to: z.string(),
  pairs: z.array(
    z.object({
      fromOrganisationId: z.uuid(),
      fromOrganisationName: z.string(),
      toOrganisationId: z.uuid(),
      toOrganisationName: z.string(),
      total: countSchema,
      /** Per outcome, in the order of referralOutcomes. */
      outcomes: z.array(countSchema),
      /** Median working days from sent to received; null when fewer than 5 were picked up. */
      medianPickUpDays: z.number().nullable(),
    }),
  ),
  /**
   * The pairs not listed, summed: beyond the MATRIX_PAIRS largest, and (when small counts are hidden)
   * every pair with fewer than SMALL_COUNT referrals. null when every pair is listed.
   */
  others: z
    .object({
      pairs: z.number().int(),
      total: countSchema,
      outcomes: z.array(countSchema),
      medianPickUpDays: z.number().nullable(),
    })
    .nullable(),
  total: countSchema,
  outcomes: z.array(countSchema),
});
export type ReferralMatrix = z.infer<typeof referralMatrixSchema>;

/** A referral matrix lists at most this many pairs of organisations (the largest); the rest are summed. */
export const MATRIX_PAIRS = 100;

/** Staff of an organisation edit its own offerings; the network manager (municipality) edits all. */
export function canEditOffering(actor: PolicyActor, offering: { organisationId: string }) {
  if (can(actor.role, "network.manage")) return true;
  return (
    can(actor.role, "network.offerings") &&
    actor.organisationId !== null &&
    actor.organisationId === offering.organisationId
  );
}

const tags = ["netwerk"];
export const networkEndpoints = {
  offerings: endpoint({
    method: "GET",
    path: "/api/network/offerings",
    tags,
    summary: "Aanbod van de partners (met interne doorverwijsnotities en 'verouderd')",
    permission: "network.read",
    query: offeringQuerySchema,
    response: pageOf(offeringSchema),
  }),
  createOffering: endpoint({
    method: "POST",
    path: "/api/network/offerings",
    tags,
    summary: "Aanbod toevoegen",
    permission: "network.offerings",
    body: offeringInputSchema,
    response: offeringSchema,
    status: 201,
  }),
  updateOffering: endpoint({
    method: "PUT",
    path: "/api/network/offerings/:id",
    tags,
    summary: "Aanbod wijzigen (geldt ook als gecontroleerd)",
    permission: "network.offerings",
    params: idParamSchema,
    body: offeringInputSchema,
    response: offeringSchema,
  }),
  checkOffering: endpoint({
    method: "POST",
    path: "/api/network/offerings/:id/checked",
    tags,
    summary: "Aanbod is nagekeken en klopt nog",
    permission: "network.offerings",
    params: idParamSchema,
    response: offeringSchema,
  }),
  publicDirectory: endpoint({
    method: "GET",
    path: "/api/public/directory",
    tags,
    summary: "Sociale kaart van het werkgebied (openbaar)",
    permission: "public",
    query: publicDirectoryQuerySchema,
    response: pageOf(publicOfferingSchema),
  }),
  members: endpoint({
    method: "GET",
    path: "/api/network/members",
    tags,
    summary: "Organisaties in het pact, sinds wanneer, met contactpersoon",
    permission: "network.read",
    processing: "network.pact",
    response: z.array(pactMemberSchema),
  }),
  saveMember: endpoint({
    method: "PUT",
    path: "/api/network/members",
    tags,
    summary: "Een organisatie in het pact opnemen of haar gegevens wijzigen",
    permission: "network.manage",
    processing: "network.pact",
    body: pactMemberInputSchema,
    response: pactMemberSchema,
  }),
  settings: endpoint({
    method: "GET",
    path: "/api/network/settings",
    tags,
    summary: "Instellingen van het netwerk",
    permission: "network.read",
    response: networkSettingsSchema,
  }),
  saveSettings: endpoint({
    method: "PUT",
    path: "/api/network/settings",
    tags,
    summary: "Instellingen van het netwerk wijzigen",
    permission: "network.manage",
    body: networkSettingsSchema,
    response: networkSettingsSchema,
  }),
  hsdsExport: endpoint({
    method: "GET",
    path: "/api/network/hsds",
    tags,
    summary: "Het aanbod als Open Referral HSDS 3.0 JSON (services met hun organisatie)",
    permission: "network.read",
    response: z.array(hsdsServiceSchema),
  }),
  hsdsImport: endpoint({
    method: "POST",
    path: "/api/network/hsds",
    tags,
    summary: "Aanbod inlezen uit Open Referral HSDS 3.0 JSON",
    permission: "network.manage",
    body: z.array(hsdsServiceSchema).max(5000, { message: "Hoogstens 5000 services per keer." }),
    response: z.object({ created: z.number().int(), updated: z.number().int() }),
  }),
  referralMatrix: endpoint({
    method: "GET",
    path: "/api/network/referral-matrix",
    tags,
    summary: "Wie verwijst naar wie: aantallen en uitkomsten per periode (kleine aantallen verborgen)",
    permission: "network.figures",
    query: referralMatrixQuerySchema,
    response: referralMatrixSchema,
  }),
};
