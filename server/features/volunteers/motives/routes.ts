import type { FastifyInstance } from "fastify";
import { manageEndpoints } from "../../../../shared/volunteers/manage.ts";
import { selfEndpoints } from "../../../../shared/volunteers/self.ts";
import { register } from "../../../platform/endpoint.ts";
import type { VolunteerRouteOptions } from "../routes.ts";
import * as service from "./service.ts";

export function motiveRoutes(app: FastifyInstance, { db }: VolunteerRouteOptions) {
  register(app, selfEndpoints.recordMotives, ({ actor, body }) => service.recordOwnMotives(db, actor, body));
  register(app, manageEndpoints.recordMotives, ({ actor, params, body }) =>
    service.recordMotives(db, actor, params.id, body),
  );
}
