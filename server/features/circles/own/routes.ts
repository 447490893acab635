import type { FastifyPluginAsync } from "fastify";
import { ownGoalEndpoints as endpoints } from "../../../../shared/circles/own.ts";
import type { Db } from "../../../db/client.ts";
import { register } from "../../../platform/endpoint.ts";
import { exportOwnCircleData } from "../privacy/service.ts";
import * as service from "./service.ts";

export const ownRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.list, ({ actor }) => service.listOwn(db, actor));
  register(app, endpoints.export, async ({ actor, reply }) =>
    reply
      .header("content-disposition", 'attachment; filename="mijn-kringen.json"')
      .send(await exportOwnCircleData(db, actor)),
  );
  register(app, endpoints.addGoal, ({ actor, params, body }) =>
    service.addOwnGoal(db, actor, params.id, body),
  );
  register(app, endpoints.updateGoal, ({ actor, params, body }) =>
    service.updateOwnGoal(db, actor, params.id, params.goalId, body),
  );
};
