import type { FastifyInstance } from "fastify";
import { addressEndpoints as endpoints } from "../../../../shared/outreach/endpoints.ts";
import type { Db } from "../../../db/client.ts";
import { register } from "../../../platform/endpoint.ts";
import * as service from "./service.ts";

export function addressRoutes(app: FastifyInstance, db: Db) {
  register(app, endpoints.import, ({ actor, params, body }) =>
    service.importAddresses(db, actor, params.id, body.csv),
  );
  register(app, endpoints.list, ({ actor, params, query }) =>
    service.listAddresses(db, actor, params.id, query),
  );
  register(app, endpoints.exclusion, ({ actor, params, body }) =>
    service.setExclusion(db, actor, params.id, body),
  );
}
