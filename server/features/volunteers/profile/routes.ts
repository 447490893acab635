import type { FastifyInstance } from "fastify";
import { manageEndpoints } from "../../../../shared/volunteers/manage.ts";
import { selfEndpoints } from "../../../../shared/volunteers/self.ts";
import { register } from "../../../platform/endpoint.ts";
import type { VolunteerRouteOptions } from "../routes.ts";
import * as service from "./service.ts";

export function profileRoutes(app: FastifyInstance, { db }: VolunteerRouteOptions) {
  register(app, selfEndpoints.update, ({ actor, body }) => service.updateOwnProfile(db, actor, body));
  register(app, manageEndpoints.update, ({ actor, params, body }) =>
    service.updateProfile(db, actor, params.id, body),
  );
}
