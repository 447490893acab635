import { endpoint } from "./endpoint.ts";
import { personal } from "./personal-data.ts";
import { z } from "./zod.ts";

/** The most vacancies one batch proposal considers. */
export const MAX_BATCH_VACANCIES = 1000;

export const batchProposalInputSchema = z.object({
  vacancyIds: z
    .array(z.uuid())
    .max(MAX_BATCH_VACANCIES, { message: "Maximaal 1.000 vacatures per voorstel." })
    .optional(),
  maxPerVolunteer: z.coerce
    .number()
    .int()
    .min(1, { message: "Minstens 1." })
    .max(5, { message: "Maximaal 5." })
    .default(1),
});

export const batchProposalSchema = z.object({
  total: z.number(),
  vacancies: z.number().int(),
  candidates: z.number().int(),
  pairs: z.array(
    z.object({
      volunteerId: z.uuid(),
      vacancyId: z.uuid(),
      score: z.number(),
      volunteerName: personal(z.string()),
      vacancyTitle: z.string(),
    }),
  ),
});

const tags = ["vacatures"];

/** Spreading candidates over open places in one go (server/features/vacancy-batch). */
export const vacancyBatchEndpoints = {
  proposal: endpoint({
    method: "POST",
    path: "/api/vacancies/batch/proposal",
    tags,
    summary: "Voorstel: kandidaten over open plekken verdelen met de hoogste totale score (exact)",
    permission: "vacancies.manage",
    processing: "volunteers.manage",
    body: batchProposalInputSchema,
    response: batchProposalSchema,
  }),
  invite: endpoint({
    method: "POST",
    path: "/api/vacancies/batch/invitations",
    tags,
    summary: "Het (aangepaste) voorstel bevestigen: alle uitnodigingen in één keer",
    permission: "vacancies.manage",
    processing: "volunteers.manage",
    body: z.object({
      pairs: z
        .array(z.object({ vacancyId: z.uuid(), volunteerId: z.uuid() }))
        .min(1, { message: "Kies minstens één koppeling." })
        .max(1000),
    }),
    response: z.object({ invited: z.number().int() }),
  }),
};
