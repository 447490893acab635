import type { FastifyInstance } from "fastify";
import { manageEndpoints as endpoints } from "../../../../shared/volunteers/manage.ts";
import { register } from "../../../platform/endpoint.ts";
import type { VolunteerRouteOptions } from "../routes.ts";
import * as service from "./service.ts";

export function screeningRoutes(app: FastifyInstance, { db }: VolunteerRouteOptions) {
  register(app, endpoints.expiring, ({ actor }) => service.listExpiring(db, actor));
  register(app, endpoints.addVog, ({ actor, params, body }) => service.addVog(db, actor, params.id, body));
  register(app, endpoints.updateVog, ({ actor, params, body }) =>
    service.updateVog(db, actor, params.id, params.vogId, body),
  );
  register(app, endpoints.addTraining, ({ actor, params, body }) =>
    service.addTraining(db, actor, params.id, body),
  );
  register(app, endpoints.deleteTraining, ({ actor, params }) =>
    service.deleteTraining(db, actor, params.id, params.trainingId),
  );
}
