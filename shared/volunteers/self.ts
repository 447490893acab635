import { endpoint } from "../endpoint.ts";
import { motiveAnswersSchema } from "../motives.ts";
import { photoInputSchema, volunteerProfileInputSchema, volunteerSchema } from "../volunteers.ts";
import { z } from "../zod.ts";

export const photoResultSchema = z.object({ hasPhoto: z.boolean() });

const tags = ["vrijwilligers"];
const self = { permission: "volunteers.self", processing: "volunteers.self" } as const;

/** What a volunteer does with their own record: /api/me/volunteer… */
export const selfEndpoints = {
  get: endpoint({
    method: "GET",
    path: "/api/me/volunteer",
    tags,
    summary: "Mijn vrijwilligersprofiel",
    ...self,
    processingNotLogged: "self",
    response: volunteerSchema,
  }),
  update: endpoint({
    method: "PUT",
    path: "/api/me/volunteer",
    tags,
    summary: "Mijn profiel wijzigen",
    ...self,
    body: volunteerProfileInputSchema,
    response: volunteerSchema,
  }),
  recordMotives: endpoint({
    method: "POST",
    path: "/api/me/volunteer/motives",
    tags,
    summary: "Vragenlijst drijfveren invullen",
    ...self,
    body: motiveAnswersSchema,
    response: volunteerSchema,
  }),
  export: endpoint({
    method: "GET",
    path: "/api/me/volunteer/export",
    tags,
    summary: "Al mijn gegevens downloaden (JSON of leesbare HTML)",
    ...self,
    personalData: true,
    processingNotLogged: "self",
    query: z.object({ format: z.enum(["json", "html"]).default("json") }),
  }),
  savePhoto: endpoint({
    method: "PUT",
    path: "/api/me/volunteer/photo",
    tags,
    summary: "Mijn foto plaatsen (JPG, PNG of WebP, maximaal 1 MB)",
    ...self,
    bodyLimit: 2 * 1024 * 1024,
    body: photoInputSchema,
    response: photoResultSchema,
  }),
  deletePhoto: endpoint({
    method: "DELETE",
    path: "/api/me/volunteer/photo",
    tags,
    summary: "Mijn foto verwijderen",
    ...self,
    response: photoResultSchema,
  }),
  photo: endpoint({
    method: "GET",
    path: "/api/me/volunteer/photo",
    tags,
    summary: "Mijn foto",
    ...self,
    personalData: true,
    processingNotLogged: "self",
  }),
  calendarUrl: endpoint({
    method: "GET",
    path: "/api/me/volunteer/calendar",
    tags,
    summary: "Mijn privé-agendalink (iCalendar)",
    permission: "volunteers.self",
    response: z.object({ url: z.string().nullable() }),
  }),
  renewCalendarUrl: endpoint({
    method: "POST",
    path: "/api/me/volunteer/calendar",
    tags,
    summary: "Nieuwe privé-agendalink maken (de oude werkt dan niet meer)",
    permission: "volunteers.self",
    response: z.object({ url: z.string() }),
  }),
  requestErasure: endpoint({
    method: "POST",
    path: "/api/me/volunteer/erasure-request",
    tags,
    summary: "Vragen om mijn gegevens te wissen",
    ...self,
    response: z.object({ requested: z.boolean() }),
  }),
};
