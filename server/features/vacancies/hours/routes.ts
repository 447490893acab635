import type { FastifyPluginAsync } from "fastify";
import { vacancyHoursEndpoints as endpoints } from "../../../../shared/vacancies/hours.ts";
import type { Db } from "../../../db/client.ts";
import { register } from "../../../platform/endpoint.ts";
import { sendTable } from "../../../platform/table-export.ts";
import * as service from "./service.ts";

export const hoursRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.mine, ({ actor, params }) => service.listOwnHours(db, actor, params.id));
  register(app, endpoints.logMine, ({ actor, params, body }) =>
    service.logOwnHours(db, actor, params.id, body),
  );
  register(app, endpoints.ofVacancy, ({ actor, params }) => service.listVacancyHours(db, actor, params.id));
  register(app, endpoints.logFor, ({ actor, params, body }) =>
    service.logHoursFor(db, actor, params.id, params.applicationId, body),
  );
  register(app, endpoints.decide, ({ actor, params, body }) =>
    service.decideHours(db, actor, params.id, params.entryId, body.approve),
  );
  register(app, endpoints.checkAllowance, ({ actor, params, body }) =>
    service.checkAllowanceFor(db, actor, params.id, params.applicationId, body),
  );
  register(app, endpoints.payAllowance, ({ actor, params, body }) =>
    service.payAllowance(db, actor, params.id, params.applicationId, body),
  );
  register(app, endpoints.report, async ({ actor, query: { format, ...query }, reply }) => {
    if (format === "json") return service.hoursReport(db, actor, query);
    const file = await service.hoursReportFile(db, actor, query, format);
    return sendTable(reply, file, format, `uren-per-${query.groupBy}`);
  });
};
