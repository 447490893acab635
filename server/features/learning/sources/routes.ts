import type { FastifyPluginAsync } from "fastify";
import { researchEndpoints as endpoints } from "../../../../shared/learning/research-endpoints.ts";
import type { Db } from "../../../db/client.ts";
import { register } from "../../../platform/endpoint.ts";
import * as service from "./service.ts";

export const sourceRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.sources, ({ actor, params }) => service.listSources(db, actor, params.id));
  register(app, endpoints.addSource, ({ actor, params, body }) =>
    service.addSource(db, actor, params.id, body),
  );
};
