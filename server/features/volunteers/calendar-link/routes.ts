import type { FastifyInstance } from "fastify";
import { selfEndpoints as endpoints } from "../../../../shared/volunteers/self.ts";
import { register } from "../../../platform/endpoint.ts";
import type { VolunteerRouteOptions } from "../routes.ts";
import * as service from "./service.ts";

export function calendarLinkRoutes(app: FastifyInstance, { db, config }: VolunteerRouteOptions) {
  register(app, endpoints.calendarUrl, ({ actor }) => service.getOwnCalendarUrl(db, actor, config.publicUrl));
  register(app, endpoints.renewCalendarUrl, ({ actor }) =>
    service.renewOwnCalendarUrl(db, actor, config.publicUrl),
  );
}
