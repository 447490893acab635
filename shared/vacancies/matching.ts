import { endpoint } from "../endpoint.ts";
import { vacancyCandidatesSchema, vacancyMatchSchema } from "../vacancies.ts";
import { idParamSchema } from "../validation.ts";
import { z } from "../zod.ts";

const tags = ["vacatures"];

/** Candidates for a vacancy, invitations, and vacancies for a volunteer (server/features/vacancies/matching). */
export const vacancyMatchingEndpoints = {
  candidates: endpoint({
    method: "GET",
    path: "/api/vacancies/:id/candidates",
    tags,
    summary: "Beste kandidaten voor een vacature, met uitleg per onderdeel en wat ontbreekt",
    permission: "vacancies.manage",
    processing: "volunteers.manage",
    params: idParamSchema,
    response: vacancyCandidatesSchema,
  }),
  invite: endpoint({
    method: "POST",
    path: "/api/vacancies/:id/invitations",
    tags,
    summary: "Kandidaat uitnodigen (de vrijwilliger krijgt een e-mail)",
    permission: "vacancies.manage",
    processing: "volunteers.manage",
    params: idParamSchema,
    body: z.object({ volunteerId: z.uuid({ message: "Kies een vrijwilliger." }) }),
    response: z.object({ applicationId: z.uuid(), status: z.string() }),
    status: 201,
  }),
  mine: endpoint({
    method: "GET",
    path: "/api/me/vacancy-matches",
    tags,
    summary: "Vacatures die het best bij mij passen, met uitleg",
    permission: "volunteers.self",
    response: z.array(vacancyMatchSchema),
  }),
  forVolunteer: endpoint({
    method: "GET",
    path: "/api/volunteers/:id/vacancy-matches",
    tags,
    summary: "Vacatures die het best bij een vrijwilliger passen, met uitleg",
    permission: "volunteers.read",
    processing: "volunteers.manage",
    params: idParamSchema,
    response: z.array(vacancyMatchSchema),
  }),
};
