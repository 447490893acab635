import type { FastifyPluginAsync } from "fastify";
import { organisationEndpoints as endpoints } from "../../../shared/organisations.ts";
import type { Db } from "../../db/client.ts";
import { register } from "../../platform/endpoint.ts";
import * as service from "./service.ts";

export const organisationsRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.list, ({ actor, query }) => service.listOrganisations(db, actor, query));
  register(app, endpoints.get, ({ actor, params }) => service.getOrganisation(db, actor, params.id));
  register(app, endpoints.create, ({ actor, body }) => service.createOrganisation(db, actor, body));
  register(app, endpoints.update, ({ actor, params, body }) =>
    service.updateOrganisation(db, actor, params.id, body),
  );
};
