import { endpoint } from "../endpoint.ts";
import {
  applicationStatusInputSchema,
  ownApplicationSchema,
  vacancyApplicationSchema,
  volunteerApplicationSchema,
} from "../vacancies.ts";
import { idParamSchema } from "../validation.ts";
import { z } from "../zod.ts";

const tags = ["vacatures"];
const statusAnswer = z.object({ id: z.uuid(), status: z.string() });
/** A vacancy and one of its applications. */
export const applicationParamsSchema = idParamSchema.extend({
  applicationId: z.uuid({ message: "Ongeldige id." }),
});

/** Reactions, invitations answered and the path to a placement (server/features/vacancies/applications). */
export const vacancyApplicationEndpoints = {
  mine: endpoint({
    method: "GET",
    path: "/api/me/applications",
    tags,
    summary: "Mijn reacties op vacatures",
    permission: "volunteers.self",
    response: z.array(ownApplicationSchema),
  }),
  react: endpoint({
    method: "POST",
    path: "/api/me/applications",
    tags,
    summary: "Reageren op een vacature (ingelogd)",
    permission: "volunteers.self",
    processing: "volunteers.self",
    body: z.object({
      vacancyId: z.uuid({ message: "Kies een vacature." }),
      message: z.string().trim().max(2000).default(""),
    }),
    response: statusAnswer,
    status: 201,
  }),
  answer: endpoint({
    method: "POST",
    path: "/api/me/applications/:id/answer",
    tags,
    summary: "Een uitnodiging aannemen of afwijzen",
    permission: "volunteers.self",
    processing: "volunteers.self",
    params: idParamSchema,
    body: z.object({ accept: z.boolean({ message: "Kies ja of nee." }) }),
    response: statusAnswer,
  }),
  ofVacancy: endpoint({
    method: "GET",
    path: "/api/vacancies/:id/applications",
    tags,
    summary: "Reacties en plaatsingen van een vacature",
    // Names of volunteers: the same permission as the volunteer list (not the policy officer).
    permission: "volunteers.read",
    processing: "volunteers.manage",
    params: idParamSchema,
    response: z.array(vacancyApplicationSchema),
  }),
  ofVolunteer: endpoint({
    method: "GET",
    path: "/api/volunteers/:id/applications",
    tags,
    summary: "Reacties en plaatsingen van een vrijwilliger, nieuwste eerst",
    permission: "volunteers.read",
    processing: "volunteers.manage",
    params: idParamSchema,
    response: z.array(volunteerApplicationSchema),
  }),
  changeStatus: endpoint({
    method: "POST",
    path: "/api/vacancies/:id/applications/:applicationId/status",
    tags,
    summary:
      "Volgende stap: kennismaking, proefperiode, geplaatst, afgerond of gestopt (de vrijwilliger krijgt een e-mail)",
    permission: "vacancies.manage",
    processing: "volunteers.manage",
    params: applicationParamsSchema,
    body: applicationStatusInputSchema,
    response: statusAnswer,
  }),
};
