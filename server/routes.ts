// Every feature's routes, in one list: a new feature adds one line here (and nothing in buildApp).
import { sql } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { z } from "../shared/zod.ts";
import type { Database, Db } from "./db/client.ts";
import { accountsRoutes } from "./features/accounts/routes.ts";
import { agreementsRoutes } from "./features/agreements/routes.ts";
import { calendarRoutes } from "./features/calendar/routes.ts";
import { circlesRoutes } from "./features/circles/routes.ts";
import { coachingRoutes } from "./features/coaching/routes.ts";
import { conferenceRoutes } from "./features/conferences/routes.ts";
import { learningRoutes } from "./features/learning/routes.ts";
import { networkRoutes } from "./features/network/routes.ts";
import { organisationsRoutes } from "./features/organisations/routes.ts";
import { outboxRoutes } from "./features/outbox/routes.ts";
import { outreachRoutes } from "./features/outreach/routes.ts";
import { participationRoutes } from "./features/participation/routes.ts";
import { privacyRoutes } from "./features/privacy/routes.ts";
import { recruitmentRoutes } from "./features/recruitment/routes.ts";
import { referralRoutes } from "./features/referrals/routes.ts";
import { ssoRoutes } from "./features/sso/routes.ts";
import { tenancyRoutes } from "./features/tenancy/routes.ts";
import { vacanciesRoutes } from "./features/vacancies/routes.ts";
import { applyFromSignup } from "./features/vacancies/service.ts";
import { volunteersRoutes } from "./features/volunteers/routes.ts";
import type { Auth } from "./platform/auth.ts";
import type { Config } from "./platform/config.ts";
import { DATABASE_RETRY_AFTER_SECONDS } from "./platform/errors.ts";
import type { Mailer } from "./platform/mail.ts";

export type FeatureDeps = { db: Db; auth: Auth; config: Config; mailer: Mailer };

export async function registerFeatureRoutes(app: FastifyInstance, deps: FeatureDeps) {
  const { db, auth, config, mailer } = deps;
  await app.register(tenancyRoutes, { db });
  await app.register(organisationsRoutes, { db });
  await app.register(accountsRoutes, { db, auth, config, mailer });
  await app.register(privacyRoutes, { db });
  await app.register(outboxRoutes, { db });
  await app.register(volunteersRoutes, { db, auth, config, mailer, onSignupConfirmed: applyFromSignup });
  await app.register(vacanciesRoutes, { db, config, mailer });
  await app.register(recruitmentRoutes, { db });
  await app.register(outreachRoutes, { db, mailer });
  await app.register(referralRoutes, { db, mailer });
  await app.register(calendarRoutes, { db });
  await app.register(ssoRoutes, { db, config });
  await app.register(learningRoutes, deps);
  await app.register(circlesRoutes, deps);
  await app.register(coachingRoutes, deps);
  await app.register(participationRoutes, deps);
  await app.register(conferenceRoutes, deps);
  await app.register(networkRoutes, deps);
  await app.register(agreementsRoutes, deps);
}

/** GET /api/health: is the server up, and does the database answer? */
export function registerHealth(app: FastifyInstance, database: Database) {
  const { db } = database;
  app.get(
    "/api/health",
    {
      config: { permission: "public" },
      schema: {
        tags: ["beheer"],
        summary: "Werkt de server en de database?",
        response: {
          200: z.object({ status: z.literal("ok"), database: z.string() }),
          503: z.object({ status: z.literal("error"), database: z.string() }),
        },
      },
    },
    async (_request, reply) => {
      try {
        await db.execute(sql`select 1`);
        return { status: "ok" as const, database: database.kind };
      } catch {
        return reply
          .status(503)
          .header("retry-after", String(DATABASE_RETRY_AFTER_SECONDS))
          .send({ status: "error" as const, database: database.kind });
      }
    },
  );
}
