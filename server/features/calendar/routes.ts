import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "../../../shared/zod.ts";
import type { Db } from "../../db/client.ts";
import * as service from "./service.ts";

export const calendarRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/api/public/calendar/:file",
    {
      config: {
        permission: "public",
        processing: "volunteers.self",
        personalData: true,
        processingNotLogged: "self",
      },
      schema: {
        tags: ["agenda"],
        summary: "Privé-agenda van een vrijwilliger (iCalendar, Europe/Amsterdam); de link is het geheim",
        params: z.object({ file: z.string().max(100) }),
      },
    },
    async (request, reply) => {
      const feed = await service.calendarFeed(db, request.params.file.replace(/\.ics$/, ""));
      return reply
        .type("text/calendar; charset=utf-8")
        .header("cache-control", "private, no-store")
        .send(feed);
    },
  );
};
