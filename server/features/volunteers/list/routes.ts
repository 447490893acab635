import type { FastifyInstance } from "fastify";
import { manageEndpoints as endpoints } from "../../../../shared/volunteers/manage.ts";
import { register } from "../../../platform/endpoint.ts";
import { sendTable } from "../../../platform/table-export.ts";
import type { VolunteerRouteOptions } from "../routes.ts";
import * as service from "./service.ts";

export function listRoutes(app: FastifyInstance, { db }: VolunteerRouteOptions) {
  register(app, endpoints.list, ({ actor, query }) => service.listVolunteers(db, actor, query));
  register(app, endpoints.export, async ({ actor, query: { format, ...query }, reply }) => {
    const file = await service.exportVolunteers(db, actor, query, format);
    return sendTable(reply, file, format, "vrijwilligers");
  });
}
