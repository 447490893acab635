import type { FastifyInstance } from "fastify";
import { manageEndpoints } from "../../../../shared/volunteers/manage.ts";
import { selfEndpoints } from "../../../../shared/volunteers/self.ts";
import { register } from "../../../platform/endpoint.ts";
import type { VolunteerRouteOptions } from "../routes.ts";
import * as service from "./service.ts";

export function photoRoutes(app: FastifyInstance, { db }: VolunteerRouteOptions) {
  register(app, selfEndpoints.savePhoto, ({ actor, body }) => service.saveOwnPhoto(db, actor, body.dataUrl));
  register(app, selfEndpoints.deletePhoto, ({ actor }) => service.deleteOwnPhoto(db, actor));
  register(app, selfEndpoints.photo, async ({ actor, reply }) => {
    const photo = await service.getOwnPhoto(db, actor);
    return reply.type(photo.contentType).header("cache-control", "private, no-store").send(photo.bytes);
  });
  register(app, manageEndpoints.photo, async ({ actor, params, reply }) => {
    const photo = await service.getPhoto(db, actor, params.id);
    return reply.type(photo.contentType).header("cache-control", "private, no-store").send(photo.bytes);
  });
}
