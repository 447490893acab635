import { Readable } from "node:stream";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { pageOf, pageQuerySchema } from "../../../shared/paging.ts";
import {
  logboekExportQuerySchema,
  processingActivitySchema,
  processingLogEntrySchema,
  processingLogQuerySchema,
} from "../../../shared/privacy.ts";
import { z } from "../../../shared/zod.ts";
import type { Db } from "../../db/client.ts";
import { actorOf } from "../../platform/policy.ts";
import * as service from "./service.ts";

export const privacyRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    "/api/processing-log",
    {
      config: { permission: "processingLog.read", processing: "privacy.processingLog" },
      schema: {
        tags: ["privacy"],
        summary: "Verwerkingslog doorzoeken",
        querystring: pageQuerySchema.extend(processingLogQuerySchema.shape),
        response: { 200: pageOf(processingLogEntrySchema) },
      },
    },
    (request) => service.searchProcessingLog(db, actorOf(request), request.query),
  );

  app.get(
    "/api/processing-log/export",
    {
      config: { permission: "processingLog.read", processing: "privacy.processingLog", personalData: true },
      schema: {
        tags: ["privacy"],
        summary: "Verwerkingslog exporteren (CSV)",
        querystring: processingLogQuerySchema.extend({ q: pageQuerySchema.shape.q }),
      },
    },
    (request, reply) =>
      reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="verwerkingslog.csv"`)
        .send(Readable.from(service.exportProcessingLogCsv(db, actorOf(request), request.query))),
  );

  app.get(
    "/api/processing-log/logboek",
    {
      config: { permission: "processingLog.read", processing: "privacy.processingLog", personalData: true },
      schema: {
        tags: ["privacy"],
        summary:
          "Verwerkingslog van een persoon of periode, in de velden van de Logboek Dataverwerkingen (JSON of CSV)",
        querystring: logboekExportQuerySchema,
      },
    },
    (request, reply) => {
      const { format, subject, from, to } = request.query;
      const name = ["verwerkingslog", subject, from, to]
        .filter(Boolean)
        .join("-")
        .replace(/[^A-Za-z0-9-]/g, "");
      return reply
        .type(format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8")
        .header("content-disposition", `attachment; filename="${name}.${format}"`)
        .send(Readable.from(service.exportLogboek(db, actorOf(request), request.query)));
    },
  );

  app.get(
    "/api/processing-activities",
    {
      config: { permission: "authenticated" },
      schema: {
        tags: ["privacy"],
        summary: "Register van verwerkingsactiviteiten",
        response: { 200: z.array(processingActivitySchema) },
      },
    },
    () => service.listActivities(),
  );

  app.get(
    "/api/me/processing-log",
    {
      config: { permission: "authenticated", processing: "accounts.self", processingNotLogged: "self" },
      schema: {
        tags: ["privacy"],
        summary: "Wie verwerkte mijn gegevens?",
        querystring: pageQuerySchema,
        response: { 200: pageOf(processingLogEntrySchema) },
      },
    },
    (request) => service.listMyProcessing(db, actorOf(request), request.query),
  );
};
