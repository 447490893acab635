import type { FastifyInstance } from "fastify";
import { manageEndpoints as endpoints } from "../../../../shared/volunteers/manage.ts";
import { register } from "../../../platform/endpoint.ts";
import type { VolunteerRouteOptions } from "../routes.ts";
import * as service from "./service.ts";

export function checkInRoutes(app: FastifyInstance, { db }: VolunteerRouteOptions) {
  register(app, endpoints.addCheckIn, ({ actor, params, body }) =>
    service.addCheckIn(db, actor, params.id, body),
  );
}
