import type { FastifyPluginAsync } from "fastify";
import { networkEndpoints as endpoints } from "../../../shared/network.ts";
import type { Db } from "../../db/client.ts";
import { register } from "../../platform/endpoint.ts";
import * as hsds from "./hsds/service.ts";
import * as service from "./service.ts";

/** The directory and the pact (the referral matrix is registered by referrals, which holds the data). */
export const networkRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.offerings, ({ actor, query }) => service.listOfferings(db, actor, query));
  register(app, endpoints.createOffering, ({ actor, body }) => service.createOffering(db, actor, body));
  register(app, endpoints.updateOffering, ({ actor, params, body }) =>
    service.updateOffering(db, actor, params.id, body),
  );
  register(app, endpoints.checkOffering, ({ actor, params }) => service.checkOffering(db, actor, params.id));
  register(app, endpoints.publicDirectory, ({ query }) => service.publicDirectory(db, query));
  register(app, endpoints.members, ({ actor }) => service.listMembers(db, actor));
  register(app, endpoints.saveMember, ({ actor, body }) => service.saveMember(db, actor, body));
  register(app, endpoints.settings, ({ actor }) => service.getSettings(db, actor));
  register(app, endpoints.saveSettings, ({ actor, body }) => service.saveSettings(db, actor, body));
  register(app, endpoints.hsdsExport, ({ actor }) => hsds.exportHsds(db, actor));
  register(app, endpoints.hsdsImport, ({ actor, body }) => hsds.importHsds(db, actor, body));
};
