import { endpoint } from "../endpoint.ts";
import {
  assistedSignupSchema,
  confirmSignupResultSchema,
  confirmSignupSchema,
  signupInputSchema,
  volunteerSchema,
} from "../volunteers.ts";
import { z } from "../zod.ts";

/** Which tenant's public page: its slug (left out on a single-tenant installation). */
export const slugQuerySchema = z.object({ slug: z.string().max(100).optional() });

export const signupOptionsSchema = z.object({
  tenant: z.object({ slug: z.string(), name: z.string() }),
  organisations: z.array(z.object({ id: z.uuid(), name: z.string() })),
  channels: z.array(z.object({ code: z.string(), label: z.string() })),
});
export type SignupOptions = z.infer<typeof signupOptionsSchema>;

const tags = ["vrijwilligers"];
export const signupEndpoints = {
  options: endpoint({
    method: "GET",
    path: "/api/public/volunteer-signup",
    tags,
    summary: "Keuzes voor het openbare aanmeldformulier (organisaties, kanalen)",
    permission: "public",
    query: slugQuerySchema,
    response: signupOptionsSchema,
  }),
  submit: endpoint({
    method: "POST",
    path: "/api/public/volunteer-signups",
    tags,
    summary: "Aanmelden als vrijwilliger (zonder account); stuurt een bevestigingsmail",
    permission: "public",
    query: slugQuerySchema,
    body: signupInputSchema,
    response: z.object({ status: z.literal("check_email") }),
    status: 202,
  }),
  confirm: endpoint({
    method: "POST",
    path: "/api/public/volunteer-signups/confirm",
    tags,
    summary: "Aanmelding bevestigen met de link uit de e-mail",
    permission: "public",
    body: confirmSignupSchema,
    response: confirmSignupResultSchema,
  }),
  createAssisted: endpoint({
    method: "POST",
    path: "/api/volunteers",
    tags,
    summary: "Aanmelding invoeren voor iemand die persoonlijk langskwam",
    permission: "volunteers.manage",
    processing: "volunteers.manage",
    body: assistedSignupSchema,
    response: volunteerSchema,
    status: 201,
  }),
};
