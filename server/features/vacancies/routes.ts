import type { FastifyPluginAsync } from "fastify";
import type { Db } from "../../db/client.ts";
import type { Config } from "../../platform/config.ts";
import type { Mailer } from "../../platform/mail.ts";
import { applicationRoutes, ownApplicationRoutes } from "./applications/routes.ts";
import { hoursRoutes } from "./hours/routes.ts";
import { manageRoutes } from "./manage/routes.ts";
import { matchingRoutes, volunteerMatchRoutes } from "./matching/routes.ts";
import { searchRoutes } from "./search/routes.ts";

/**
 * The vacancy endpoints, declared in shared/vacancies/… (ADR 0017), per sub-concern. In this order:
 * the OpenAPI document and the processing-log route walk (whose samples build on each other: an
 * invitation before its answer, a placement before its hours) follow it.
 */
export const vacanciesRoutes: FastifyPluginAsync<{ db: Db; config: Config; mailer: Mailer }> = async (
  app,
  { db, config, mailer },
) => {
  await searchRoutes(app, { db, config, mailer });
  await ownApplicationRoutes(app, { db });
  await manageRoutes(app, { db });
  await matchingRoutes(app, { db, config, mailer });
  await applicationRoutes(app, { db, mailer });
  await hoursRoutes(app, { db });
  await volunteerMatchRoutes(app, { db });
};
