import { attachmentSchema, fileInputSchema } from "../attachments.ts";
import { endpoint } from "../endpoint.ts";
import { idParamSchema } from "../validation.ts";
import { z } from "../zod.ts";
import { funnelStages } from "./mind-map.ts";
import { trajectoryIdParams } from "./trajectories.ts";

/** Step 1 of the wijkaanpak: meetings with residents and the ideas board of the wijk. */

const day = z.iso.date({ message: "Gebruik een datum als 2026-01-31." });

export const meetingInputSchema = z.object({
  heldOn: day,
  place: z
    .string()
    .trim()
    .min(2, { message: "Vul de plek in." })
    .max(200, { message: "Hoogstens 200 tekens." }),
  organisationId: z.uuid({ message: "Kies wie de bijeenkomst organiseerde." }),
  residentCount: z.coerce
    .number({ message: "Vul een aantal in." })
    .int({ message: "Vul een heel getal in." })
    .min(0, { message: "Het aantal kan niet negatief zijn." })
    .max(10_000, { message: "Dat zijn wel heel veel bewoners. Klopt het aantal?" }),
  notes: z.string().trim().max(5000, { message: "Hoogstens 5000 tekens." }).default(""),
});
export type MeetingInput = z.output<typeof meetingInputSchema>;

/** Photos of flip-overs and the like, or a report: checked by their first bytes, not by the name. */
export const meetingFileTypes = ["image/png", "image/jpeg", "application/pdf"] as const;
export const MAX_ATTACHMENT_BYTES = 600_000;
export const attachmentInputSchema = fileInputSchema(meetingFileTypes, MAX_ATTACHMENT_BYTES);

export const meetingSchema = z.object({
  id: z.uuid(),
  heldOn: z.string(),
  place: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  residentCount: z.number(),
  notes: z.string(),
  attachments: z.array(attachmentSchema),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const ideaKinds = ["need", "idea"] as const;

import { type IdeaStatus, ideaStatuses } from "./idea-statuses.ts";

export { type IdeaStatus, ideaStatuses };
export const ideaFlags = ["personalData", "reported"] as const;
/** A published post with this many reports is hidden until a moderator decides. */
export const REPORTS_TO_HIDE = 3;

export const ideaInputSchema = z.object({
  kind: z.enum(ideaKinds, { message: "Kies: een behoefte of een idee." }),
  title: z
    .string()
    .trim()
    .min(3, { message: "Schrijf een korte titel (minstens 3 tekens)." })
    .max(120, { message: "Hoogstens 120 tekens." }),
  body: z.string().trim().max(2000, { message: "Hoogstens 2000 tekens." }).default(""),
});
export type IdeaInput = z.output<typeof ideaInputSchema>;

export const supportInputSchema = z.object({
  /** A random key the browser keeps, so one browser supports an idea once. */
  supporterKey: z.uuid({ message: "Ongeldige sleutel." }),
});
export const reportInputSchema = z.object({
  reason: z.string().trim().max(500, { message: "Hoogstens 500 tekens." }).default(""),
});
export const moderationInputSchema = z.object({
  decision: z.enum(["publish", "hide"], { message: "Kies: tonen of verbergen." }),
});

/** What happened to an idea in the funnel, for the resident who posted it. */
const outcomeSchema = z
  .object({ stage: z.enum(funnelStages), reason: z.string(), solution: z.string() })
  .nullable();

export const ideaSchema = z.object({
  id: z.uuid(),
  kind: z.enum(ideaKinds),
  title: z.string(),
  body: z.string(),
  authorKind: z.enum(["resident", "professional"]),
  status: z.enum(ideaStatuses),
  flags: z.array(z.enum(ideaFlags)),
  reports: z.number(),
  supportCount: z.number(),
  createdAt: z.string(),
  nodeId: z.uuid().nullable(),
  outcome: outcomeSchema,
});
export type Idea = z.infer<typeof ideaSchema>;

export const publicIdeaSchema = ideaSchema.pick({
  id: true,
  kind: true,
  title: true,
  body: true,
  authorKind: true,
  supportCount: true,
  createdAt: true,
  outcome: true,
});

export const ideaQuerySchema = z.object({
  status: z.enum(ideaStatuses).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});

const emailLike = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
const phoneLike = /(?:\+31|0031|\b0)[\s-]?(?:\d[\s-]?){8,9}\b/;
const addressLike =
  /\b[1-9]\d{3}\s?[a-z]{2}\b[\s,]+\d+|\b[a-z]{3,}(?:straat|laan|weg|plein|hof|gracht|singel|dijk)\s+\d+/i;

/** Hints that a post holds personal data (an e-mail address, a phone number, an address). */
export function personalDataHints(text: string): string[] {
  const hints: string[] = [];
  if (emailLike.test(text)) hints.push("email");
  if (phoneLike.test(text)) hints.push("phone");
  if (addressLike.test(text)) hints.push("address");
  return hints;
}

export const publicTrajectorySchema = z.object({
  id: z.uuid(),
  districtName: z.string(),
  goal: z.string(),
});
export const publicSlugQuery = z.object({ slug: z.string().max(100).optional() });

const tags = ["wijkaanpak"];
export const dialogueEndpoints = {
  meetings: endpoint({
    method: "GET",
    path: "/api/agreements/trajectories/:trajectoryId/meetings",
    tags,
    summary: "Bijeenkomsten met bewoners in de wijk",
    permission: "agreements.read",
    params: trajectoryIdParams,
    response: z.object({ items: z.array(meetingSchema) }),
  }),
  addMeeting: endpoint({
    method: "POST",
    path: "/api/agreements/trajectories/:trajectoryId/meetings",
    tags,
    summary: "Een bijeenkomst vastleggen",
    permission: "dialogue.manage",
    params: trajectoryIdParams,
    body: meetingInputSchema,
    response: meetingSchema,
    status: 201,
  }),
  addAttachment: endpoint({
    method: "POST",
    path: "/api/agreements/meetings/:id/attachments",
    tags,
    summary: "Een foto van een flip-over of een verslag bij een bijeenkomst",
    permission: "dialogue.manage",
    params: idParamSchema,
    body: attachmentInputSchema,
    response: meetingSchema,
    status: 201,
  }),
  attachment: endpoint({
    method: "GET",
    path: "/api/agreements/attachments/:id",
    tags,
    summary: "Een bijlage van een bijeenkomst",
    permission: "agreements.read",
    personalData: false,
    params: idParamSchema,
  }),
  ideas: endpoint({
    method: "GET",
    path: "/api/agreements/trajectories/:trajectoryId/ideas",
    tags,
    summary: "Ideeën en behoeften van de wijk, met de wachtrij voor moderatie",
    permission: "dialogue.manage",
    params: trajectoryIdParams,
    query: ideaQuerySchema,
    response: z.object({
      items: z.array(ideaSchema),
      total: z.number(),
      page: z.number(),
      pageSize: z.number(),
    }),
  }),
  addIdea: endpoint({
    method: "POST",
    path: "/api/agreements/trajectories/:trajectoryId/ideas",
    tags,
    summary: "Een behoefte of idee plaatsen als professional (direct zichtbaar)",
    permission: "dialogue.manage",
    params: trajectoryIdParams,
    body: ideaInputSchema,
    response: ideaSchema,
    status: 201,
  }),
  moderate: endpoint({
    method: "POST",
    path: "/api/agreements/ideas/:id/moderate",
    tags,
    summary: "Een bericht tonen of verbergen",
    permission: "dialogue.manage",
    params: idParamSchema,
    body: moderationInputSchema,
    response: ideaSchema,
  }),
  publicTrajectories: endpoint({
    method: "GET",
    path: "/api/public/wijkaanpak",
    tags,
    summary: "Wijken waar bewoners ideeën kunnen delen",
    permission: "public",
    query: publicSlugQuery,
    response: z.object({ tenantName: z.string(), items: z.array(publicTrajectorySchema) }),
  }),
  publicIdeas: endpoint({
    method: "GET",
    path: "/api/public/wijkaanpak/:id/ideas",
    tags,
    summary: "Het ideeënbord van een wijk (zonder namen)",
    permission: "public",
    params: idParamSchema,
    response: z.object({ trajectory: publicTrajectorySchema, items: z.array(publicIdeaSchema) }),
  }),
  publicPost: endpoint({
    method: "POST",
    path: "/api/public/wijkaanpak/:id/ideas",
    tags,
    summary: "Een behoefte of idee delen als bewoner (eerst bekeken door een medewerker)",
    permission: "public",
    params: idParamSchema,
    body: ideaInputSchema,
    response: z.object({ id: z.uuid(), status: z.enum(ideaStatuses), hints: z.array(z.string()) }),
    status: 201,
  }),
  publicSupport: endpoint({
    method: "POST",
    path: "/api/public/ideas/:id/support",
    tags,
    summary: "Een idee steunen",
    permission: "public",
    params: idParamSchema,
    body: supportInputSchema,
    response: z.object({ supportCount: z.number() }),
  }),
  publicReport: endpoint({
    method: "POST",
    path: "/api/public/ideas/:id/report",
    tags,
    summary: "Een bericht melden (bijvoorbeeld omdat er gegevens van iemand in staan)",
    permission: "public",
    personalData: false,
    params: idParamSchema,
    body: reportInputSchema,
    status: 204,
  }),
};
