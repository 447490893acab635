import type { FastifyPluginAsync } from "fastify";
import { vacancySearchEndpoints as endpoints } from "../../../../shared/vacancies/search.ts";
import type { Db } from "../../../db/client.ts";
import type { Config } from "../../../platform/config.ts";
import { register } from "../../../platform/endpoint.ts";
import type { Mailer } from "../../../platform/mail.ts";
import * as service from "./service.ts";

export const searchRoutes: FastifyPluginAsync<{ db: Db; config: Config; mailer: Mailer }> = async (
  app,
  { db, config, mailer },
) => {
  register(app, endpoints.search, ({ query }) => service.searchPublic(db, query));
  register(app, endpoints.filters, ({ query }) => service.getPublicFilters(db, query.slug));
  register(app, endpoints.get, ({ params, query }) => service.getPublic(db, query.slug, params.id));
  register(app, endpoints.react, async ({ params, query, body, request }) => {
    await service.reactAnonymously(
      db,
      mailer,
      { slug: query.slug, traceId: String(request.id), publicUrl: config.publicUrl },
      params.id,
      body,
    );
    return { status: "check_email" as const };
  });
};
