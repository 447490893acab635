import type { FastifyPluginAsync } from "fastify";
import { vacancyMatchingEndpoints as endpoints } from "../../../../shared/vacancies/matching.ts";
import { vacancyBatchEndpoints as batch } from "../../../../shared/vacancy-batch.ts";
import type { Db } from "../../../db/client.ts";
import type { Config } from "../../../platform/config.ts";
import { register } from "../../../platform/endpoint.ts";
import type { Mailer } from "../../../platform/mail.ts";
import { batchProposal } from "../../vacancy-batch/service.ts";
import * as service from "./service.ts";

/** Candidates for a vacancy and invitations, one by one or as a batch. */
export const matchingRoutes: FastifyPluginAsync<{ db: Db; config: Config; mailer: Mailer }> = async (
  app,
  { db, config, mailer },
) => {
  register(app, endpoints.candidates, ({ actor, params }) => service.candidatesFor(db, actor, params.id));
  register(app, endpoints.invite, ({ actor, params, body }) =>
    service.inviteCandidate(db, mailer, actor, params.id, body.volunteerId, config.publicUrl),
  );
  // The batch proposal is computed in the vacancy-batch feature; its invitations are made here.
  register(app, batch.proposal, ({ actor, body }) => batchProposal(db, actor, body));
  register(app, batch.invite, ({ actor, body }) =>
    service.batchInvite(db, mailer, actor, body.pairs, config.publicUrl),
  );
};

/** The vacancies that fit a volunteer best. */
export const volunteerMatchRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.mine, ({ actor }) => service.vacanciesFor(db, actor, null));
  register(app, endpoints.forVolunteer, ({ actor, params }) => service.vacanciesFor(db, actor, params.id));
};
