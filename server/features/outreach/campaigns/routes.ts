import type { FastifyInstance } from "fastify";
import { campaignEndpoints as endpoints } from "../../../../shared/outreach/endpoints.ts";
import type { Db } from "../../../db/client.ts";
import { register } from "../../../platform/endpoint.ts";
import * as service from "./service.ts";

export function campaignRoutes(app: FastifyInstance, db: Db) {
  register(app, endpoints.list, ({ actor }) => service.listCampaigns(db, actor));
  register(app, endpoints.create, ({ actor, body }) => service.createCampaign(db, actor, body));
  register(app, endpoints.professionals, ({ actor }) => service.listProfessionals(db, actor));
  register(app, endpoints.get, ({ actor, params }) => service.getCampaign(db, actor, params.id));
  register(app, endpoints.update, ({ actor, params, body }) =>
    service.updateCampaign(db, actor, params.id, body),
  );
}
