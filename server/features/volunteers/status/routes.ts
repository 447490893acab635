import type { FastifyInstance } from "fastify";
import { manageEndpoints as endpoints } from "../../../../shared/volunteers/manage.ts";
import { register } from "../../../platform/endpoint.ts";
import type { VolunteerRouteOptions } from "../routes.ts";
import * as service from "./service.ts";

export function statusRoutes(app: FastifyInstance, { db }: VolunteerRouteOptions) {
  register(app, endpoints.changeStatus, ({ actor, params, body }) =>
    service.changeStatus(db, actor, params.id, body),
  );
}
