import type { FastifyPluginAsync } from "fastify";
import { reportEndpoints as endpoints } from "../../../../shared/learning/reports.ts";
import type { Db } from "../../../db/client.ts";
import { register } from "../../../platform/endpoint.ts";
import * as service from "./service.ts";

/** The research report: drafted, signed off and published by the council; answered by the municipality. */
export const reportRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.list, ({ actor }) => service.listReports(db, actor));
  register(app, endpoints.get, ({ actor, params }) => service.getReport(db, actor, params.id));
  register(app, endpoints.create, ({ actor, body }) => service.createReport(db, actor, body));
  register(app, endpoints.update, ({ actor, params, body }) =>
    service.updateReport(db, actor, params.id, body),
  );
  register(app, endpoints.signOff, ({ actor, params }) => service.signOffReport(db, actor, params.id));
  register(app, endpoints.reopen, ({ actor, params, body }) =>
    service.reopenReport(db, actor, params.id, body.reason),
  );
  register(app, endpoints.pdf, async ({ actor, params, reply }) =>
    reply
      .type("application/pdf")
      .header("content-disposition", `attachment; filename="rapport-${params.id.slice(0, 8)}.pdf"`)
      .send(await service.reportPdf(db, actor, params.id)),
  );
  register(app, endpoints.publish, ({ actor, params }) => service.publishReport(db, actor, params.id));
  register(app, endpoints.respond, ({ actor, params, body }) => service.respond(db, actor, params.id, body));
};
