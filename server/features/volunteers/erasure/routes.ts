import type { FastifyInstance } from "fastify";
import { manageEndpoints } from "../../../../shared/volunteers/manage.ts";
import { selfEndpoints } from "../../../../shared/volunteers/self.ts";
import { register } from "../../../platform/endpoint.ts";
import type { VolunteerRouteOptions } from "../routes.ts";
import * as service from "./service.ts";

export function erasureRoutes(app: FastifyInstance, { db }: VolunteerRouteOptions) {
  register(app, selfEndpoints.export, async ({ actor, query, reply }) => {
    const data = await service.exportOwnData(db, actor);
    if (query.format === "html") {
      return reply
        .type("text/html; charset=utf-8")
        .header("content-disposition", 'attachment; filename="mijn-gegevens.html"')
        .send(service.renderOwnDataHtml(data));
    }
    return reply.header("content-disposition", 'attachment; filename="mijn-gegevens.json"').send(data);
  });
  register(app, selfEndpoints.requestErasure, ({ actor }) => service.requestErasure(db, actor));
  register(app, manageEndpoints.erase, ({ actor, params }) => service.eraseVolunteer(db, actor, params.id));
}
