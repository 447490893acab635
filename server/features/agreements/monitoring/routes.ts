import type { FastifyPluginAsync } from "fastify";
import { monitoringEndpoints as endpoints } from "../../../../shared/agreements/monitoring.ts";
import type { Db } from "../../../db/client.ts";
import { register } from "../../../platform/endpoint.ts";
import { sendTable } from "../../../platform/table-export.ts";
import { councilReport } from "../council-report/service.ts";
import * as indicatorValues from "../indicator-values/service.ts";
import * as service from "./service.ts";

export const monitoringRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.councilReport, async ({ actor, query, reply }) => {
    const file = await councilReport(db, actor, query);
    if (query.format !== "pdf") return sendTable(reply, file, query.format, "raadsrapportage-wijkaanpak");
    return reply
      .type("application/pdf")
      .header("content-disposition", 'attachment; filename="raadsrapportage-wijkaanpak.pdf"')
      .send(file);
  });
  register(app, endpoints.agreement, ({ actor, params, query }) =>
    service.monitorAgreement(db, actor, params.id, query),
  );
  register(app, endpoints.recordValue, ({ actor, params, body }) =>
    indicatorValues.recordIndicatorValue(db, actor, params.id, body),
  );
  register(app, endpoints.values, ({ actor, params }) =>
    indicatorValues.indicatorValueHistory(db, actor, params.id),
  );
  register(app, endpoints.guard, ({ actor, params }) =>
    service.trajectoryGuard(db, actor, params.trajectoryId),
  );
  register(app, endpoints.settings, ({ actor }) => service.getGuardSettings(db, actor.tenantId));
  register(app, endpoints.saveSettings, ({ actor, body }) => service.saveGuardSettings(db, actor, body));
  register(app, endpoints.tasks, ({ actor }) => service.listTasks(db, actor));
  register(app, endpoints.markTask, ({ actor, params, body }) =>
    service.markTask(db, actor, params.id, body.professionalOnly),
  );
};
