import { z } from "./zod.ts";

/**
 * The part of Open Referral HSDS 3.0 (Human Services Data Specification) that Inzet writes and reads:
 * services, each with its organization, phones, contacts, languages, service areas, schedules and
 * attributes (service.json's nested objects). Field names and required fields as in the standard's
 * schema files (ADR 0020).
 */
const id = z.string().min(1, { message: "Elk onderdeel heeft een id." }).max(200);
const str = z.string().max(5000);

export const hsdsPhoneSchema = z.object({ id, number: z.string().min(1).max(50), type: str.optional() });
export const hsdsContactSchema = z.object({ id, name: str.optional(), email: str.optional() });
export const hsdsLanguageSchema = z.object({ id, name: str.optional(), code: str.optional() });
export const hsdsServiceAreaSchema = z.object({ id, name: str.optional(), description: str.optional() });
export const hsdsScheduleSchema = z.object({ id, description: str.optional() });
export const hsdsAttributeSchema = z.object({
  id,
  link_type: z.string().min(1).max(200),
  link_id: str.optional(),
  link_entity: str.optional(),
  taxonomy_term_id: str.optional(),
  value: str.optional(),
});

export const hsdsOrganizationSchema = z.object({
  id,
  name: z.string().min(1, { message: "Een organisatie heeft een naam." }).max(200),
  description: z.string().max(5000),
  email: str.optional(),
  website: str.optional(),
  phones: z.array(hsdsPhoneSchema).max(20).optional(),
});
export type HsdsOrganization = z.infer<typeof hsdsOrganizationSchema>;

export const hsdsServiceStatuses = ["active", "inactive", "defunct", "temporarily closed"] as const;

export const hsdsServiceSchema = z.object({
  id,
  organization_id: str.optional(),
  name: z.string().min(1, { message: "Een service heeft een naam." }).max(200),
  description: str.optional(),
  url: str.optional(),
  email: str.optional(),
  status: z.enum(hsdsServiceStatuses, { message: "Onbekende status van een service." }),
  application_process: str.optional(),
  eligibility_description: str.optional(),
  fees_description: str.optional(),
  assured_date: str.optional(),
  alert: str.optional(),
  phones: z.array(hsdsPhoneSchema).max(20).optional(),
  contacts: z.array(hsdsContactSchema).max(20).optional(),
  languages: z.array(hsdsLanguageSchema).max(50).optional(),
  service_areas: z.array(hsdsServiceAreaSchema).max(500).optional(),
  schedules: z.array(hsdsScheduleSchema).max(20).optional(),
  attributes: z.array(hsdsAttributeSchema).max(20).optional(),
  organization: hsdsOrganizationSchema,
});
export type HsdsService = z.infer<typeof hsdsServiceSchema>;

/** Our ways of referring, as HSDS attributes (no HSDS field for them). */
export const HSDS_HOW_TO_REFER = "how_to_refer";
