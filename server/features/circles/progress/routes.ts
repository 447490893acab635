import type { FastifyPluginAsync } from "fastify";
import { progressEndpoints as endpoints } from "../../../../shared/circles/progress.ts";
import type { Db } from "../../../db/client.ts";
import { register } from "../../../platform/endpoint.ts";
import * as service from "./service.ts";

export const progressRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.participant, ({ actor, params }) => service.getParticipant(db, actor, params.id));
  register(app, endpoints.addGoal, ({ actor, params, body }) => service.addGoal(db, actor, params.id, body));
  register(app, endpoints.updateGoal, ({ actor, params, body }) =>
    service.updateGoal(db, actor, params.id, params.goalId, body),
  );
  register(app, endpoints.saveEvaluation, ({ actor, params, body }) =>
    service.saveEvaluation(db, actor, params.id, body),
  );
  register(app, endpoints.evaluationSummary, ({ actor, params }) =>
    service.evaluationSummary(db, actor, params.id),
  );
};
