import type { FastifyPluginAsync } from "fastify";
import { ssoEndpoints as endpoints } from "../../../shared/sso.ts";
import type { Db } from "../../db/client.ts";
import type { Config } from "../../platform/config.ts";
import { register } from "../../platform/endpoint.ts";
import * as service from "./service.ts";

export const ssoRoutes: FastifyPluginAsync<{ db: Db; config: Config }> = async (app, { db, config }) => {
  register(app, endpoints.publicSso, ({ query }) => service.getPublicSso(db, query.slug));
  register(app, endpoints.settings, async ({ actor }) => {
    const [settings, target] = await Promise.all([
      service.getSettings(db, actor, config.publicUrl),
      service.getRedirectUri(db, actor, config.publicUrl),
    ]);
    return { settings, ...target };
  });
  register(app, endpoints.save, ({ actor, body }) => service.saveSettings(db, actor, config.publicUrl, body));
};
