import { endpoint } from "../endpoint.ts";
import { pageOf } from "../paging.ts";
import { personal } from "../personal-data.ts";
import { importRowErrorSchema } from "../tenancy.ts";
import { emailSchema, idParamSchema, optional, phoneSchema } from "../validation.ts";
import { z } from "../zod.ts";
import { allowanceNoteSchema, regimes } from "./rules.ts";

/**
 * A benefit recipient in a klantmanager's caseload (ADR 0018). Minimal: name and contact on the
 * tenant's person record, the W&I client number (never a BSN), date of birth for the age-27 allowance
 * rule, the exemption as a fact with an end date (never why), the klantmanager and the language.
 */
export const clientLanguages = ["nl", "en"] as const;
export type ClientLanguage = (typeof clientLanguages)[number];

const isoDate = z.iso.date({ message: "Vul een geldige datum in, zoals 1990-05-31." });
const name = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { message: `Vul de ${what} in.` })
    .max(100, { message: "Hoogstens 100 tekens." });

/** The municipality's own client number: letters, digits, dashes; a 9-digit number could be a BSN. */
export const clientNumberSchema = z
  .string()
  .trim()
  .min(1, { message: "Vul het klantnummer in." })
  .max(30, { message: "Hoogstens 30 tekens." })
  .regex(/^[A-Za-z0-9-]+$/, { message: "Alleen letters, cijfers en streepjes." })
  .refine((value) => !/^[0-9]{9}$/.test(value), {
    message: "Dit lijkt een BSN. Gebruik het klantnummer van Werk en Inkomen.",
  });

const birthDateSchema = isoDate.refine((d) => d >= "1900-01-01" && d <= "2015-12-31", {
  message: "Deze geboortedatum klopt niet.",
});

export const clientInputSchema = z
  .object({
    clientNumber: clientNumberSchema,
    givenName: name("voornaam"),
    familyName: name("achternaam"),
    email: optional(emailSchema),
    phone: optional(phoneSchema),
    birthDate: birthDateSchema,
    /** Leave out to take the client into your own caseload. */
    caseworkerEmail: optional(emailSchema),
    exempt: z.boolean().default(false),
    exemptUntil: optional(isoDate),
    language: z.enum(clientLanguages).default("nl"),
  })
  .refine((c) => !c.exempt || c.exemptUntil, {
    message: "Vul in tot wanneer de ontheffing geldt.",
    path: ["exemptUntil"],
  });
export type ClientInput = z.output<typeof clientInputSchema>;

export const clientExemptionSchema = z
  .object({ exempt: z.boolean(), exemptUntil: optional(isoDate) })
  .refine((c) => !c.exempt || c.exemptUntil, {
    message: "Vul in tot wanneer de ontheffing geldt.",
    path: ["exemptUntil"],
  });

export const clientSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  clientNumber: personal(z.string()),
  givenName: personal(z.string()),
  familyName: personal(z.string()),
  email: personal(z.string().nullable()),
  phone: personal(z.string().nullable()),
  birthDate: personal(z.string()),
  caseworkerName: z.string(),
  caseworkerUserId: z.string(),
  exempt: z.boolean(),
  exemptUntil: z.string().nullable(),
  language: z.enum(clientLanguages),
  /** The regime in force today (the tenant's rule), null before any rule. */
  regime: z.enum(regimes).nullable(),
  allowance: allowanceNoteSchema,
  /** The person is also known as a volunteer (one person, linked). */
  isVolunteer: z.boolean(),
  agreementCount: z.number().int(),
  activeAgreement: z.boolean(),
  createdAt: z.string(),
});
export type Client = z.infer<typeof clientSchema>;

export const clientQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  /** Without an agreement in a status that counts (none, or only proposals/refused/ended). */
  withoutActivity: z.enum(["true"]).optional(),
  exempt: z.enum(["true", "false"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

/** One CSV row of a caseload import (headers in Dutch). */
export const clientCsvRowSchema = z.object({
  klantnummer: clientNumberSchema,
  voornaam: name("voornaam"),
  achternaam: name("achternaam"),
  email: optional(emailSchema),
  telefoon: optional(phoneSchema),
  geboortedatum: birthDateSchema,
  klantmanager: emailSchema,
  /** Optional column: the client's language for letters (nl or en, any case); empty keeps it as it is. */
  taal: z
    .preprocess(
      (v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v),
      z.enum(clientLanguages, { message: "Vul nl of en in, of laat het leeg." }).optional(),
    )
    .optional(),
});

export const clientImportSchema = z.object({
  csv: z
    .string()
    .min(1, { message: "Het bestand is leeg." })
    .max(5_000_000, { message: "Het bestand is te groot (maximaal 5 MB)." }),
  dryRun: z.boolean().default(true),
});
export const clientImportResultSchema = z.object({
  dryRun: z.boolean(),
  rows: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  errors: z.array(importRowErrorSchema),
});

/** A client without an activity for longer than the tenant's N weeks: offer the vrijwilligerswinkel or a voortraject. */
export const worklistItemSchema = z.object({
  clientId: z.uuid(),
  clientNumber: personal(z.string()),
  name: personal(z.string()),
  since: z.string(),
  weeks: z.number().int(),
});

const tags = ["participatie"];
export const clientEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/participation/clients",
    tags,
    summary: "Mijn klanten (een teamleider: die van het team), met filters",
    permission: "participation.caseload",
    processing: "participation",
    query: clientQuerySchema,
    response: pageOf(clientSchema),
  }),
  get: endpoint({
    method: "GET",
    path: "/api/participation/clients/:id",
    tags,
    summary: "Eén klant uit mijn caseload",
    permission: "participation.caseload",
    processing: "participation",
    params: idParamSchema,
    response: clientSchema,
  }),
  create: endpoint({
    method: "POST",
    path: "/api/participation/clients",
    tags,
    summary: "Een klant met de hand toevoegen",
    permission: "participation.caseload",
    processing: "participation",
    body: clientInputSchema,
    response: clientSchema,
    status: 201,
  }),
  setExemption: endpoint({
    method: "PUT",
    path: "/api/participation/clients/:id/exemption",
    tags,
    summary: "Ontheffing vastleggen: alleen dat er een is en tot wanneer, nooit waarom",
    permission: "participation.caseload",
    processing: "participation",
    params: idParamSchema,
    body: clientExemptionSchema,
    response: clientSchema,
  }),
  import: endpoint({
    method: "POST",
    path: "/api/participation/clients/import",
    tags,
    summary: "Caseload inlezen uit CSV (eerst proefdraaien, met fouten per regel)",
    permission: "participation.import",
    processing: "participation",
    body: clientImportSchema,
    response: clientImportResultSchema,
  }),
  worklist: endpoint({
    method: "GET",
    path: "/api/participation/worklist",
    tags,
    summary: "Klanten die na N weken nog geen activiteit hebben",
    permission: "participation.caseload",
    processing: "participation",
    response: z.object({ items: z.array(worklistItemSchema), weeks: z.number().int() }),
  }),
};
