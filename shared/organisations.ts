import { endpoint } from "./endpoint.ts";
import { organisationTypes } from "./organisation-types.ts";
import { pageOf, pageQuerySchema } from "./paging.ts";
import { emailSchema, idParamSchema, optional, phoneSchema, postcodeSchema } from "./validation.ts";
import { z } from "./zod.ts";

export { organisationTypes };
export type OrganisationType = (typeof organisationTypes)[number];

export const organisationInputSchema = z.object({
  name: z.string().trim().min(2, { message: "Vul een naam in van minstens 2 tekens." }).max(200),
  type: z.enum(organisationTypes, { message: "Kies een soort organisatie." }),
  description: z.string().trim().max(2000, { message: "Maximaal 2000 tekens." }).default(""),
  email: optional(emailSchema),
  phone: optional(phoneSchema),
  website: optional(z.url({ message: "Vul een geldige website in, zoals https://voorbeeld.nl." })),
  street: optional(z.string().trim().max(200)),
  postcode: optional(postcodeSchema),
  city: optional(z.string().trim().max(100)),
  active: z.boolean().default(true),
  districtIds: z.array(z.uuid()).max(500).default([]),
});
export type OrganisationInput = z.input<typeof organisationInputSchema>;

export const organisationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  type: z.enum(organisationTypes),
  description: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  street: z.string().nullable(),
  postcode: z.string().nullable(),
  city: z.string().nullable(),
  active: z.boolean(),
  districtIds: z.array(z.uuid()),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationListQuerySchema = z.object({
  type: z.enum(organisationTypes).optional(),
  districtId: z.uuid().optional(),
});

const tags = ["organisaties"];
export const organisationEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/organisations",
    tags,
    summary: "Organisaties zoeken (met paginering)",
    permission: "organisations.read",
    query: pageQuerySchema.extend(organisationListQuerySchema.shape),
    response: pageOf(organisationSchema),
  }),
  get: endpoint({
    method: "GET",
    path: "/api/organisations/:id",
    tags,
    summary: "Eén organisatie",
    permission: "organisations.read",
    params: idParamSchema,
    response: organisationSchema,
  }),
  create: endpoint({
    method: "POST",
    path: "/api/organisations",
    tags,
    summary: "Organisatie toevoegen",
    permission: "organisations.manage",
    body: organisationInputSchema,
    response: organisationSchema,
    status: 201,
  }),
  update: endpoint({
    method: "PUT",
    path: "/api/organisations/:id",
    tags,
    summary: "Organisatie wijzigen",
    permission: "organisations.manage",
    params: idParamSchema,
    body: organisationInputSchema,
    response: organisationSchema,
  }),
};
