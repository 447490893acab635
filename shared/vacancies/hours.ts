import { allowanceInputSchema, hoursInputSchema } from "../allowances.ts";
import { endpoint } from "../endpoint.ts";
import { allowanceWarningSchema, hoursEntrySchema, hoursReportQuerySchema } from "../vacancies.ts";
import { idParamSchema } from "../validation.ts";
import { z } from "../zod.ts";
import { applicationParamsSchema } from "./applications.ts";

const tags = ["vacatures"];
const statusAnswer = z.object({ id: z.uuid(), status: z.string() });

/** Hours written and approved, allowances paid, the hours report (server/features/vacancies/hours). */
export const vacancyHoursEndpoints = {
  mine: endpoint({
    method: "GET",
    path: "/api/me/applications/:id/hours",
    tags,
    summary: "Mijn uren bij een plaatsing",
    permission: "volunteers.self",
    processing: "volunteers.self",
    processingNotLogged: "self",
    params: idParamSchema,
    response: z.array(hoursEntrySchema),
  }),
  logMine: endpoint({
    method: "POST",
    path: "/api/me/applications/:id/hours",
    tags,
    summary: "Uren schrijven bij mijn plaatsing",
    permission: "volunteers.self",
    processing: "volunteers.self",
    params: idParamSchema,
    body: hoursInputSchema,
    response: statusAnswer,
    status: 201,
  }),
  ofVacancy: endpoint({
    method: "GET",
    path: "/api/vacancies/:id/hours",
    tags,
    summary: "Geschreven uren bij een vacature",
    permission: "volunteers.read",
    processing: "volunteers.manage",
    params: idParamSchema,
    response: z.array(hoursEntrySchema),
  }),
  logFor: endpoint({
    method: "POST",
    path: "/api/vacancies/:id/applications/:applicationId/hours",
    tags,
    summary: "Uren schrijven voor een vrijwilliger",
    permission: "vacancies.manage",
    processing: "volunteers.manage",
    params: applicationParamsSchema,
    body: hoursInputSchema,
    response: statusAnswer,
    status: 201,
  }),
  decide: endpoint({
    method: "POST",
    path: "/api/vacancies/:id/hours/:entryId/decision",
    tags,
    summary: "Uren goedkeuren of afwijzen",
    permission: "vacancies.manage",
    processing: "volunteers.manage",
    params: idParamSchema.extend({ entryId: z.uuid({ message: "Ongeldige id." }) }),
    body: z.object({ approve: z.boolean({ message: "Kies goedkeuren of afwijzen." }) }),
    response: statusAnswer,
  }),
  checkAllowance: endpoint({
    method: "POST",
    path: "/api/vacancies/:id/applications/:applicationId/allowances/check",
    tags,
    summary: "Controleren of een vergoeding binnen de grenzen blijft (alle organisaties samen)",
    permission: "vacancies.manage",
    processing: "volunteers.manage",
    params: applicationParamsSchema,
    body: allowanceInputSchema,
    response: z.object({
      warnings: z.array(allowanceWarningSchema),
      paidThisMonth: z.number(),
      paidThisYear: z.number(),
    }),
  }),
  payAllowance: endpoint({
    method: "POST",
    path: "/api/vacancies/:id/applications/:applicationId/allowances",
    tags,
    summary: "Vergoeding vastleggen; boven een grens alleen na bevestiging",
    permission: "vacancies.manage",
    processing: "volunteers.manage",
    params: applicationParamsSchema,
    body: allowanceInputSchema,
    response: z.object({ id: z.uuid(), warnings: z.array(allowanceWarningSchema) }),
    status: 201,
  }),
  /** JSON rows ({ key, hours, entries }) or a CSV/XLSX file, by `format`. */
  report: endpoint({
    method: "GET",
    path: "/api/vacancies/reports/hours",
    tags,
    summary: "Goedgekeurde uren per vrijwilliger, organisatie, vacature, wijk of maand (JSON, CSV, XLSX)",
    permission: "vacancies.read",
    processing: "volunteers.manage",
    personalData: true,
    query: hoursReportQuerySchema,
  }),
};
