import type { FastifyInstance } from "fastify";
import { monitorEndpoints as endpoints } from "../../../../shared/outreach/endpoints.ts";
import type { Db } from "../../../db/client.ts";
import { register } from "../../../platform/endpoint.ts";
import { sendTable } from "../../../platform/table-export.ts";
import * as service from "./service.ts";

export function monitorRoutes(app: FastifyInstance, db: Db) {
  register(app, endpoints.get, ({ actor, params }) => service.monitorCampaign(db, actor, params.id));
  register(app, endpoints.export, async ({ actor, params, query, reply }) => {
    const file = await service.exportMonitor(db, actor, params.id, query.format);
    return sendTable(reply, file, query.format, "monitor");
  });
}
