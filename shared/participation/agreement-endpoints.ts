import { endpoint } from "../endpoint.ts";
import { idParamSchema } from "../validation.ts";
import { z } from "../zod.ts";
import {
  agreementInputSchema,
  agreementSchema,
  decisionSchema,
  hoursReportSchema,
  statusChangeSchema,
  submitSchema,
} from "./agreements.ts";

const tags = ["participatie"];
const letterParams = z.object({
  id: z.uuid({ message: "Ongeldige id." }),
  letterId: z.uuid({ message: "Ongeldige id." }),
});

/** The klantmanager's side of agreements: always within their caseload (404 outside it). */
export const agreementEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/participation/clients/:id/agreements",
    tags,
    summary: "Afspraken van een klant, met uren en brieven",
    permission: "participation.caseload",
    processing: "participation",
    params: idParamSchema,
    response: z.object({ items: z.array(agreementSchema) }),
  }),
  create: endpoint({
    method: "POST",
    path: "/api/participation/clients/:id/agreements",
    tags,
    summary: "Een afspraak voorstellen namens de klant (gemarkeerd als geholpen)",
    permission: "participation.caseload",
    processing: "participation",
    params: idParamSchema,
    body: agreementInputSchema,
    response: agreementSchema,
    status: 201,
  }),
  submit: endpoint({
    method: "POST",
    path: "/api/participation/agreements/:id/submit",
    tags,
    summary: "Toestemming vragen of melden, volgens de regels van de gemeente",
    permission: "participation.caseload",
    processing: "participation",
    params: idParamSchema,
    body: submitSchema,
    response: agreementSchema,
  }),
  decide: endpoint({
    method: "POST",
    path: "/api/participation/agreements/:id/decision",
    tags,
    summary: "Besluit op een verzoek om toestemming, met de verdringingstoets en een besluitbrief",
    permission: "participation.caseload",
    processing: "participation",
    params: idParamSchema,
    body: decisionSchema,
    response: agreementSchema,
  }),
  status: endpoint({
    method: "POST",
    path: "/api/participation/agreements/:id/status",
    tags,
    summary: "Afspraak starten, evalueren of beëindigen (beëindigen maakt een brief)",
    permission: "participation.caseload",
    processing: "participation",
    params: idParamSchema,
    body: statusChangeSchema,
    response: agreementSchema,
  }),
  hours: endpoint({
    method: "POST",
    path: "/api/participation/agreements/:id/hours",
    tags,
    summary: "Uren van een week doorgeven",
    permission: "participation.caseload",
    processing: "participation",
    params: idParamSchema,
    body: hoursReportSchema,
    response: agreementSchema,
  }),
  letter: endpoint({
    method: "GET",
    path: "/api/participation/agreements/:id/letters/:letterId",
    tags,
    summary: "Een besluitbrief als PDF",
    permission: "participation.caseload",
    processing: "participation",
    personalData: true,
    params: letterParams,
  }),
};
