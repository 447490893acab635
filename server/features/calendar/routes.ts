import type { FastifyPluginAsync } from "fastify";
import { calendarEndpoints as endpoints } from "../../../shared/calendar.ts";
import type { Db } from "../../db/client.ts";
import { register } from "../../platform/endpoint.ts";
import * as service from "./service.ts";

export const calendarRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.feed, async ({ params, reply }) => {
    const feed = await service.calendarFeed(db, params.file.replace(/\.ics$/, ""));
    return reply.type("text/calendar; charset=utf-8").header("cache-control", "private, no-store").send(feed);
  });
};
