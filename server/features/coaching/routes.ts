import type { FastifyPluginAsync } from "fastify";
import { coachingEndpoints as endpoints } from "../../../shared/coaching.ts";
import type { Db } from "../../db/client.ts";
import { register } from "../../platform/endpoint.ts";
import * as service from "./service.ts";

export const coachingRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.list, ({ actor, query }) => service.listTrajectories(db, actor, query));
  register(app, endpoints.create, ({ actor, body }) => service.createTrajectory(db, actor, body));
  register(app, endpoints.get, ({ actor, params }) => service.getTrajectory(db, actor, params.id));
  register(app, endpoints.addMeeting, ({ actor, params, body }) =>
    service.addMeeting(db, actor, params.id, body),
  );
  register(app, endpoints.escalate, ({ actor, params, body }) =>
    service.escalate(db, actor, params.id, body),
  );
  register(app, endpoints.escalationOutcome, ({ actor, params, body }) =>
    service.setEscalationOutcome(db, actor, params.id, body),
  );
  register(app, endpoints.extend, ({ actor, params, body }) =>
    service.extend(db, actor, params.id, body.maxEndOn),
  );
  register(app, endpoints.end, ({ actor, params, body }) =>
    service.endTrajectory(db, actor, params.id, body),
  );
};
