import { endpoint } from "../endpoint.ts";
import { personal } from "../personal-data.ts";
import { idParamSchema } from "../validation.ts";
import { z } from "../zod.ts";
import { agreementInputSchema, agreementSchema, hoursReportSchema } from "./agreements.ts";
import { activityTypes, allowanceNoteSchema, procedures, regimes } from "./rules.ts";

/** "Mijn participatie": what the client sees and does themselves (B1 Dutch, phone-first). */
export const ownParticipationSchema = z.object({
  client: z
    .object({
      givenName: personal(z.string()),
      caseworkerName: z.string(),
      exempt: z.boolean(),
      exemptUntil: z.string().nullable(),
      allowance: allowanceNoteSchema,
    })
    .nullable(),
  rules: z
    .object({
      regime: z.enum(regimes),
      procedure: z.enum(procedures),
      maxHoursPerWeek: z.number().int(),
      countingActivities: z.array(z.enum(activityTypes)),
    })
    .nullable(),
  agreements: z.array(agreementSchema),
});

const tags = ["participatie"];
export const ownEndpoints = {
  get: endpoint({
    method: "GET",
    path: "/api/participation/me",
    tags,
    summary: "Mijn participatie: mijn afspraken, de regels en wat een vergoeding voor mij betekent",
    permission: "participation.self",
    processing: "participation.self",
    processingNotLogged: "self",
    response: ownParticipationSchema,
  }),
  propose: endpoint({
    method: "POST",
    path: "/api/participation/me/agreements",
    tags,
    summary: "Zelf een activiteit voorstellen",
    permission: "participation.self",
    processing: "participation.self",
    body: agreementInputSchema,
    response: agreementSchema,
    status: 201,
  }),
  submit: endpoint({
    method: "POST",
    path: "/api/participation/me/agreements/:id/submit",
    tags,
    summary: "Mijn voorstel insturen: toestemming vragen of melden",
    permission: "participation.self",
    processing: "participation.self",
    params: idParamSchema,
    response: agreementSchema,
  }),
  letter: endpoint({
    method: "GET",
    path: "/api/participation/me/agreements/:id/letters/:letterId",
    tags,
    summary: "Een brief over mijn afspraak als PDF",
    permission: "participation.self",
    processing: "participation.self",
    personalData: true,
    params: z.object({
      id: z.uuid({ message: "Ongeldige id." }),
      letterId: z.uuid({ message: "Ongeldige id." }),
    }),
  }),
  hours: endpoint({
    method: "POST",
    path: "/api/participation/me/agreements/:id/hours",
    tags,
    summary: "Mijn uren van een week doorgeven",
    permission: "participation.self",
    processing: "participation.self",
    params: idParamSchema,
    body: hoursReportSchema,
    response: agreementSchema,
  }),
};
