import { Readable } from "node:stream";
import type { FastifyPluginAsync } from "fastify";
import { privacyEndpoints as endpoints } from "../../../shared/privacy.ts";
import type { Db } from "../../db/client.ts";
import { register } from "../../platform/endpoint.ts";
import { actorOf } from "../../platform/policy.ts";
import * as service from "./service.ts";

export const privacyRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.search, ({ actor, query }) => service.searchProcessingLog(db, actor, query));

  register(app, endpoints.export, ({ actor, query, reply }) =>
    reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="verwerkingslog.csv"`)
      .send(Readable.from(service.exportProcessingLogCsv(db, actor, query))),
  );

  register(app, endpoints.logboek, ({ actor, query, reply }) => {
    const { format, subject, from, to } = query;
    const name = ["verwerkingslog", subject, from, to]
      .filter(Boolean)
      .join("-")
      .replace(/[^A-Za-z0-9-]/g, "");
    return reply
      .type(format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8")
      .header("content-disposition", `attachment; filename="${name}.${format}"`)
      .send(Readable.from(service.exportLogboek(db, actor, query)));
  });

  register(app, endpoints.activities, () => service.listActivities());

  register(app, endpoints.mine, ({ request, query }) =>
    service.listMyProcessing(db, actorOf(request), query),
  );
};
