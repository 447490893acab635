import type { FastifyInstance } from "fastify";
import { manageEndpoints } from "../../../../shared/volunteers/manage.ts";
import { selfEndpoints } from "../../../../shared/volunteers/self.ts";
import { register } from "../../../platform/endpoint.ts";
import type { VolunteerRouteOptions } from "../routes.ts";
import * as service from "./service.ts";

export function recordRoutes(app: FastifyInstance, { db }: VolunteerRouteOptions) {
  register(app, selfEndpoints.get, ({ actor }) => service.getOwnVolunteer(db, actor));
  register(app, manageEndpoints.get, ({ actor, params }) => service.getVolunteer(db, actor, params.id));
}
