import { endpoint } from "./endpoint.ts";
import { countSchema, rateSchema } from "./small-counts.ts";
import { idParamSchema, isoDateSchema, optional } from "./validation.ts";
import { z } from "./zod.ts";

const code = z
  .string()
  .trim()
  .regex(/^[a-z0-9-]{1,40}$/, { message: "Onbekende code." });

export const campaignInputSchema = z
  .object({
    name: z.string().trim().min(2, { message: "Vul een naam in van minstens 2 tekens." }).max(200),
    organisationId: optional(z.uuid({ message: "Kies een organisatie." })),
    goal: z.string().trim().max(2000, { message: "Maximaal 2000 tekens." }).default(""),
    targetSignups: optional(z.coerce.number().int().min(1, { message: "Vul 1 of meer in." }).max(100_000)),
    startsOn: isoDateSchema,
    endsOn: optional(isoDateSchema),
    channels: z.array(code).min(1, { message: "Kies minstens één kanaal." }).max(30),
  })
  .refine((c) => !c.endsOn || c.endsOn >= c.startsOn, {
    message: "De einddatum ligt voor de startdatum.",
    path: ["endsOn"],
  });

export const campaignSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  goal: z.string(),
  targetSignups: z.number().nullable(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  channels: z.array(z.string()),
  signups: z.number().int(),
});
export type Campaign = z.infer<typeof campaignSchema>;

/** One count as shown: the number, or hidden (small, or else a small one would be derivable). */
const count = countSchema;
export const funnelRowSchema = z.object({
  channel: z.string(),
  signedUp: count,
  intake: count,
  active: count,
  activeAfter3Months: count,
  activeAfter6Months: count,
});
export const funnelSchema = z.object({
  campaign: campaignSchema,
  rows: z.array(funnelRowSchema),
  total: funnelRowSchema,
});
export type FunnelRow = z.infer<typeof funnelRowSchema>;

export const dropoutQuerySchema = z
  .object({ from: optional(isoDateSchema), to: optional(isoDateSchema) })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: "De einddatum ligt voor de begindatum.",
    path: ["to"],
  });
export const dropoutGroupSchema = z.object({
  key: z.string(),
  label: z.string(),
  volunteers: count,
  stopped: count,
  /** Stopped ÷ volunteers in the group, 0–1, from the exact counts; hidden when either count is. */
  rate: rateSchema,
});
export const dropoutReportSchema = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  suppressedBelow: z.number().int(),
  byOrganisation: z.array(dropoutGroupSchema),
  byReason: z.array(dropoutGroupSchema),
  byMotiveType: z.array(dropoutGroupSchema),
  byChannel: z.array(dropoutGroupSchema),
  /** Everyone in the report (the sum of each grouping except the stop reasons, which sum to `stopped`). */
  total: dropoutGroupSchema,
});
export type DropoutReport = z.infer<typeof dropoutReportSchema>;

export const actionLevels = ["approach", "conditions"] as const;
export const actionStatuses = ["open", "inProgress", "done"] as const;
export const actionInputSchema = z.object({
  level: z.enum(actionLevels, { message: "Kies het niveau." }),
  organisationId: optional(z.uuid({ message: "Kies een organisatie." })),
  motiveType: optional(code),
  title: z.string().trim().min(3, { message: "Beschrijf de actie in minstens 3 tekens." }).max(200),
  description: z.string().trim().max(2000).default(""),
  owner: z.string().trim().min(2, { message: "Vul in wie de actie uitvoert." }).max(100),
  dueOn: optional(isoDateSchema),
  status: z.enum(actionStatuses, { message: "Kies een status." }).default("open"),
});
export const actionSchema = z.object({
  id: z.uuid(),
  level: z.enum(actionLevels),
  organisationId: z.uuid().nullable(),
  organisationName: z.string().nullable(),
  motiveType: z.string().nullable(),
  title: z.string(),
  description: z.string(),
  owner: z.string(),
  dueOn: z.string().nullable(),
  status: z.enum(actionStatuses),
  overdue: z.boolean(),
});
export type Action = z.infer<typeof actionSchema>;

export const openCampaignSchema = z.object({ id: z.uuid(), name: z.string(), channels: z.array(z.string()) });

const tags = ["werving"];
export const recruitmentEndpoints = {
  openCampaigns: endpoint({
    method: "GET",
    path: "/api/public/recruitment-campaigns",
    tags,
    summary: "Lopende wervingscampagnes (voor het aanmeldformulier)",
    permission: "public",
    query: z.object({ slug: z.string().max(100).optional() }),
    response: z.array(openCampaignSchema),
  }),
  campaigns: endpoint({
    method: "GET",
    path: "/api/recruitment/campaigns",
    tags,
    summary: "Wervingscampagnes",
    permission: "recruitment.read",
    response: z.array(campaignSchema),
  }),
  createCampaign: endpoint({
    method: "POST",
    path: "/api/recruitment/campaigns",
    tags,
    summary: "Campagne toevoegen",
    permission: "recruitment.manage",
    body: campaignInputSchema,
    response: campaignSchema,
    status: 201,
  }),
  campaign: endpoint({
    method: "GET",
    path: "/api/recruitment/campaigns/:id",
    tags,
    summary: "Eén wervingscampagne",
    permission: "recruitment.read",
    params: idParamSchema,
    response: campaignSchema,
  }),
  updateCampaign: endpoint({
    method: "PUT",
    path: "/api/recruitment/campaigns/:id",
    tags,
    summary: "Campagne wijzigen",
    permission: "recruitment.manage",
    params: idParamSchema,
    body: campaignInputSchema,
    response: campaignSchema,
  }),
  funnel: endpoint({
    method: "GET",
    path: "/api/recruitment/campaigns/:id/funnel",
    tags,
    summary: "Trechter per kanaal: aangemeld → kennismaking → actief → na 3 en 6 maanden",
    permission: "recruitment.read",
    params: idParamSchema,
    response: funnelSchema,
  }),
  dropout: endpoint({
    method: "GET",
    path: "/api/recruitment/dropout",
    tags,
    summary: "Uitval per organisatie, reden, type en kanaal",
    permission: "volunteers.report",
    query: dropoutQuerySchema,
    response: dropoutReportSchema,
  }),
  actions: endpoint({
    method: "GET",
    path: "/api/recruitment/actions",
    tags,
    summary: "Actieplan werving en binding",
    permission: "recruitment.read",
    query: z.object({ organisationId: z.uuid().optional() }),
    response: z.array(actionSchema),
  }),
  createAction: endpoint({
    method: "POST",
    path: "/api/recruitment/actions",
    tags,
    summary: "Actie toevoegen",
    permission: "recruitment.manage",
    body: actionInputSchema,
    response: actionSchema,
    status: 201,
  }),
  updateAction: endpoint({
    method: "PUT",
    path: "/api/recruitment/actions/:id",
    tags,
    summary: "Actie wijzigen",
    permission: "recruitment.manage",
    params: idParamSchema,
    body: actionInputSchema,
    response: actionSchema,
  }),
  deleteAction: endpoint({
    method: "DELETE",
    path: "/api/recruitment/actions/:id",
    tags,
    summary: "Actie verwijderen",
    permission: "recruitment.manage",
    personalData: false,
    params: idParamSchema,
    status: 204,
  }),
};
