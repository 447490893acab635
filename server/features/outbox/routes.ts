import type { FastifyPluginAsync } from "fastify";
import { outboxEndpoints as endpoints } from "../../../shared/outbox.ts";
import type { Db } from "../../db/client.ts";
import { register } from "../../platform/endpoint.ts";
import * as service from "./service.ts";

export const outboxRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.list, ({ actor, query }) => service.listOutbox(db, actor, query));
};
