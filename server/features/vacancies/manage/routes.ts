import type { FastifyPluginAsync } from "fastify";
import { vacancyManageEndpoints as endpoints } from "../../../../shared/vacancies/manage.ts";
import type { Db } from "../../../db/client.ts";
import { register } from "../../../platform/endpoint.ts";
import * as service from "./service.ts";

export const manageRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  register(app, endpoints.list, ({ actor, query }) => service.listVacancies(db, actor, query));
  register(app, endpoints.create, ({ actor, body }) => service.createVacancy(db, actor, body));
  register(app, endpoints.get, ({ actor, params }) => service.getVacancy(db, actor, params.id));
  register(app, endpoints.update, ({ actor, params, body }) =>
    service.updateVacancy(db, actor, params.id, body),
  );
};
