import type { FastifyPluginAsync } from "fastify";
import { circleMonitorEndpoints as endpoints } from "../../../../shared/circles/monitor.ts";
import type { Db } from "../../../db/client.ts";
import { register } from "../../../platform/endpoint.ts";
import { exportTable, sendTable } from "../../../platform/table-export.ts";
import * as service from "./service.ts";

export const monitorRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.monitor, ({ actor, query }) => service.circleMonitor(db, actor, query));
  register(app, endpoints.export, async ({ actor, query, reply }) => {
    const monitor = await service.circleMonitor(db, actor, query);
    const file = await exportTable(service.monitorRows(monitor), query.format, "Kringen en coaching");
    return sendTable(reply, file, query.format, "kringen-en-coaching");
  });
};
