import type { FastifyPluginAsync } from "fastify";
import { tenancyEndpoints as endpoints } from "../../../shared/tenancy.ts";
import type { Db } from "../../db/client.ts";
import { register } from "../../platform/endpoint.ts";
import * as service from "./service.ts";

export const tenancyRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.publicTenant, ({ query }) => service.getPublicTenant(db, query.slug));
  register(app, endpoints.themeCss, async ({ query, reply }) => {
    // ?v= (the theme version) only makes the address change with the theme; /api answers are no-store.
    return reply.type("text/css; charset=utf-8").send(await service.themeCss(db, query.slug));
  });
  register(app, endpoints.saveThemeTokens, ({ actor, body }) =>
    service.saveThemeTokens(db, actor, body.source),
  );
  register(app, endpoints.get, ({ actor }) => service.getTenant(db, actor));
  register(app, endpoints.update, ({ actor, body }) => service.updateTenantSettings(db, actor, body));
  register(app, endpoints.districts, ({ actor }) => service.listDistricts(db, actor));
  register(app, endpoints.importDistricts, ({ actor, body }) => service.importDistricts(db, actor, body.csv));
  register(app, endpoints.importPostcodes, ({ actor, body }) => service.importPostcodes(db, actor, body.csv));
  register(app, endpoints.postcodeCount, async ({ actor }) => ({
    postcodes: await service.countPostcodes(db, actor),
  }));
};
