import { endpoint } from "../endpoint.ts";
import { motiveAnswersSchema } from "../motives.ts";
import { pageOf, pageQuerySchema } from "../paging.ts";
import { idParamSchema } from "../validation.ts";
import {
  checkInInputSchema,
  expiringItemSchema,
  statusInputSchema,
  trainingInputSchema,
  vogInputSchema,
  volunteerListItemSchema,
  volunteerListQuerySchema,
  volunteerProfileInputSchema,
  volunteerSchema,
} from "../volunteers.ts";
import { z } from "../zod.ts";

export const vogParamsSchema = idParamSchema.extend({ vogId: z.uuid({ message: "Ongeldige id." }) });
export const trainingParamsSchema = idParamSchema.extend({
  trainingId: z.uuid({ message: "Ongeldige id." }),
});
export const volunteerPageQuerySchema = pageQuerySchema.extend(volunteerListQuerySchema.shape);
export const volunteerExportQuerySchema = volunteerPageQuerySchema
  .omit({ page: true, pageSize: true })
  .extend({ format: z.enum(["csv", "xlsx"]).default("csv") });
export type ExpiringItem = z.infer<typeof expiringItemSchema>;

const tags = ["vrijwilligers"];
const read = { permission: "volunteers.read", processing: "volunteers.manage" } as const;
const manage = { permission: "volunteers.manage", processing: "volunteers.manage" } as const;

/** What a coordinator does with the volunteers in their scope: /api/volunteers… */
export const manageEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/volunteers",
    tags,
    summary: "Vrijwilligers zoeken en filteren",
    ...read,
    query: volunteerPageQuerySchema,
    response: pageOf(volunteerListItemSchema),
  }),
  export: endpoint({
    method: "GET",
    path: "/api/volunteers/export",
    tags,
    summary: "Gefilterde lijst als CSV of XLSX (wordt gelogd)",
    permission: "volunteers.read",
    processing: "volunteers.export",
    personalData: true,
    query: volunteerExportQuerySchema,
  }),
  expiring: endpoint({
    method: "GET",
    path: "/api/volunteers/expiring",
    tags,
    summary: "VOG's en certificaten die binnenkort verlopen",
    ...read,
    response: z.array(expiringItemSchema),
  }),
  get: endpoint({
    method: "GET",
    path: "/api/volunteers/:id",
    tags,
    summary: "Eén vrijwilliger",
    ...read,
    params: idParamSchema,
    response: volunteerSchema,
  }),
  photo: endpoint({
    method: "GET",
    path: "/api/volunteers/:id/photo",
    tags,
    summary: "Foto van een vrijwilliger",
    ...read,
    personalData: true,
    params: idParamSchema,
  }),
  update: endpoint({
    method: "PUT",
    path: "/api/volunteers/:id",
    tags,
    summary: "Profiel wijzigen",
    ...manage,
    params: idParamSchema,
    body: volunteerProfileInputSchema,
    response: volunteerSchema,
  }),
  changeStatus: endpoint({
    method: "POST",
    path: "/api/volunteers/:id/status",
    tags,
    summary: "Status wijzigen (kennismaking, actief, pauze, gestopt)",
    ...manage,
    params: idParamSchema,
    body: statusInputSchema,
    response: volunteerSchema,
  }),
  recordMotives: endpoint({
    method: "POST",
    path: "/api/volunteers/:id/motives",
    tags,
    summary: "Vragenlijst drijfveren invullen samen met de vrijwilliger",
    ...manage,
    params: idParamSchema,
    body: motiveAnswersSchema,
    response: volunteerSchema,
  }),
  addVog: endpoint({
    method: "POST",
    path: "/api/volunteers/:id/vogs",
    tags,
    summary: "VOG vastleggen",
    ...manage,
    params: idParamSchema,
    body: vogInputSchema,
    response: volunteerSchema,
  }),
  updateVog: endpoint({
    method: "PUT",
    path: "/api/volunteers/:id/vogs/:vogId",
    tags,
    summary: "VOG bijwerken (bijvoorbeeld ontvangen)",
    ...manage,
    params: vogParamsSchema,
    body: vogInputSchema,
    response: volunteerSchema,
  }),
  addTraining: endpoint({
    method: "POST",
    path: "/api/volunteers/:id/trainings",
    tags,
    summary: "Training of certificaat vastleggen",
    ...manage,
    params: idParamSchema,
    body: trainingInputSchema,
    response: volunteerSchema,
  }),
  deleteTraining: endpoint({
    method: "DELETE",
    path: "/api/volunteers/:id/trainings/:trainingId",
    tags,
    summary: "Training verwijderen",
    ...manage,
    params: trainingParamsSchema,
    response: volunteerSchema,
  }),
  addCheckIn: endpoint({
    method: "POST",
    path: "/api/volunteers/:id/check-ins",
    tags,
    summary: "Bindingsgesprek vastleggen",
    ...manage,
    params: idParamSchema,
    body: checkInInputSchema,
    response: volunteerSchema,
  }),
  erase: endpoint({
    method: "POST",
    path: "/api/volunteers/:id/erase",
    tags,
    summary: "Persoonsgegevens wissen (alleen anonieme aantallen blijven)",
    permission: "volunteers.erase",
    processing: "volunteers.erasure",
    params: idParamSchema,
    response: z.object({ erased: z.boolean() }),
  }),
};
