import type { FastifyPluginAsync } from "fastify";
import { recruitmentEndpoints as endpoints } from "../../../shared/recruitment.ts";
import type { Db } from "../../db/client.ts";
import { register } from "../../platform/endpoint.ts";
import { getPublicTenant } from "../tenancy/service.ts";
import * as service from "./service.ts";

export const recruitmentRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.openCampaigns, async ({ query }) =>
    service.listOpenCampaigns(db, (await getPublicTenant(db, query.slug)).id),
  );
  register(app, endpoints.campaigns, ({ actor }) => service.listCampaigns(db, actor));
  register(app, endpoints.createCampaign, ({ actor, body }) => service.createCampaign(db, actor, body));
  register(app, endpoints.campaign, ({ actor, params }) => service.getCampaign(db, actor, params.id));
  register(app, endpoints.updateCampaign, ({ actor, params, body }) =>
    service.updateCampaign(db, actor, params.id, body),
  );
  register(app, endpoints.funnel, ({ actor, params }) => service.getFunnel(db, actor, params.id));
  register(app, endpoints.dropout, ({ actor, query }) => service.getDropoutReport(db, actor, query));
  register(app, endpoints.actions, ({ actor, query }) =>
    service.listActions(db, actor, query.organisationId),
  );
  register(app, endpoints.createAction, ({ actor, body }) => service.createAction(db, actor, body));
  register(app, endpoints.updateAction, ({ actor, params, body }) =>
    service.updateAction(db, actor, params.id, body),
  );
  register(app, endpoints.deleteAction, async ({ actor, params }) => {
    await service.deleteAction(db, actor, params.id);
    return undefined;
  });
};
