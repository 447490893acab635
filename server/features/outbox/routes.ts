import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { mailViewSchema } from "../../../shared/outbox.ts";
import { pageOf, pageQuerySchema } from "../../../shared/paging.ts";
import type { Db } from "../../db/client.ts";
import { actorOf } from "../../platform/policy.ts";
import * as service from "./service.ts";

export const outboxRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/api/outbox",
    {
      config: { permission: "outbox.read", processing: "outbox.read" },
      schema: {
        tags: ["beheer"],
        summary: "Verzonden e-mail, zonder links met een geheim (wachtwoord, bevestiging)",
        querystring: pageQuerySchema,
        response: { 200: pageOf(mailViewSchema) },
      },
    },
    (request) => service.listOutbox(db, actorOf(request), request.query),
  );
};
