import type { FastifyPluginAsync } from "fastify";
import { trajectoryEndpoints as endpoints } from "../../../shared/learning/trajectories.ts";
import type { Db } from "../../db/client.ts";
import { register } from "../../platform/endpoint.ts";
import { coursePlanRoutes } from "./course-plan/routes.ts";
import { courseRoutes } from "./courses/routes.ts";
import { reportRoutes } from "./reports/routes.ts";
import { researchRoutes } from "./research/routes.ts";
import * as service from "./service.ts";
import { sourceRoutes } from "./sources/routes.ts";

export const learningRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.list, ({ actor, query }) => service.listTrajectories(db, actor, query));
  register(app, endpoints.library, ({ actor, query }) => service.listLibrary(db, actor, query));
  register(app, endpoints.get, ({ actor, params }) => service.getTrajectory(db, actor, params.id));
  register(app, endpoints.create, ({ actor, body }) => service.createTrajectory(db, actor, body));
  register(app, endpoints.update, ({ actor, params, body }) =>
    service.updateTrajectory(db, actor, params.id, body),
  );
  register(app, endpoints.share, ({ actor, params, body }) =>
    service.shareTrajectory(db, actor, params.id, body.shared),
  );
  await app.register(researchRoutes, { db });
  await app.register(sourceRoutes, { db });
  await app.register(reportRoutes, { db });
  await app.register(courseRoutes, { db });
  await app.register(coursePlanRoutes, { db });
};
