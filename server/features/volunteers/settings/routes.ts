import type { FastifyInstance } from "fastify";
import { settingsEndpoints as endpoints } from "../../../../shared/volunteers/settings.ts";
import { defaultVolunteerSettings } from "../../../../shared/volunteers.ts";
import { register } from "../../../platform/endpoint.ts";
import type { VolunteerRouteOptions } from "../routes.ts";
import * as service from "./service.ts";

export function settingsRoutes(app: FastifyInstance, { db }: VolunteerRouteOptions) {
  register(app, endpoints.get, ({ actor }) =>
    actor ? service.getSettings(db, actor.tenantId) : defaultVolunteerSettings,
  );
  register(app, endpoints.update, ({ actor, body }) => service.updateSettings(db, actor, body));
}
