import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import { sql } from "drizzle-orm";
import Fastify, { type FastifyServerOptions } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "../shared/zod.ts";
import type { Database } from "./db/client.ts";
import { accountsRoutes } from "./features/accounts/routes.ts";
import { agreementsRoutes } from "./features/agreements/routes.ts";
import { calendarRoutes } from "./features/calendar/routes.ts";
import { organisationsRoutes } from "./features/organisations/routes.ts";
import { outboxRoutes } from "./features/outbox/routes.ts";
import { outreachRoutes } from "./features/outreach/routes.ts";
import { privacyRoutes } from "./features/privacy/routes.ts";
import { recruitmentRoutes } from "./features/recruitment/routes.ts";
import { referralRoutes } from "./features/referrals/routes.ts";
import { ssoRoutes } from "./features/sso/routes.ts";
import { tenancyRoutes } from "./features/tenancy/routes.ts";
import { vacanciesRoutes } from "./features/vacancies/routes.ts";
import { applyFromSignup } from "./features/vacancies/service.ts";
import { volunteersRoutes } from "./features/volunteers/routes.ts";
import { appJobs } from "./jobs.ts";
import { createAuth } from "./platform/auth.ts";
import type { Config } from "./platform/config.ts";
import { isApiRequest, registerEdge, registerTextGuard } from "./platform/edge.ts";
import { DATABASE_RETRY_AFTER_SECONDS, errorBody, registerErrorHandler } from "./platform/errors.ts";
import { startJobs } from "./platform/jobs.ts";
import { type Mailer, mailerFromConfig } from "./platform/mail.ts";
import { openApiOptions } from "./platform/openapi.ts";
import { registerPolicy } from "./platform/policy.ts";
import { registerProcessingLog } from "./platform/processing-log.ts";
import { type PublicWriteLimit, registerPublicWriteLimits } from "./platform/rate-limit.ts";
import { registerCompression, registerWebAssets } from "./platform/web-assets.ts";

const builtWebRoot = resolve(fileURLToPath(new URL(".", import.meta.url)), "../dist/web");

export type AppOptions = {
  /** Start the periodic jobs (only the real server; tests call the job functions directly). */
  jobs?: boolean;
  database: Database;
  config: Config;
  mailer?: Mailer;
  logger?: FastifyServerOptions["logger"];
  /** The built web app (default dist/web); tests pass a small folder of their own. */
  webRoot?: string;
};

/** Builds the whole application; `main.ts` listens on it, tests inject into it. */
export async function buildApp({
  database,
  config,
  mailer: givenMailer,
  logger,
  jobs = false,
  webRoot = builtWebRoot,
}: AppOptions) {
  const { db } = database;
  const mailer = givenMailer ?? mailerFromConfig(db, config);
  const auth = createAuth({ db, config, mailer });

  const app = Fastify({
    logger: logger ?? { level: config.LOG_LEVEL },
    genReqId: (request) => {
      // W3C traceparent: 00-<32 hex trace id>-<16 hex span>-<flags>
      const traceparent = request.headers.traceparent;
      const match =
        typeof traceparent === "string"
          ? /^00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/.exec(traceparent)
          : null;
      return match?.[1] ?? crypto.randomUUID().replaceAll("-", "");
    },
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);

  /** Every registered route, for 405 answers and for the route tests. */
  const routes: RegisteredRoute[] = [];
  app.addHook("onRoute", (route) => {
    const pattern = new RegExp(`^${route.url.replace(/:[^/]+/g, "[^/]+").replace(/\*/g, ".*")}/?$`);
    for (const method of [route.method].flat()) {
      // config is read when used: the policy hook may still complete it (e.g. for /api/docs).
      routes.push({
        method: String(method),
        url: route.url,
        pattern,
        get config() {
          return route.config ?? {};
        },
      });
    }
  });

  registerEdge(app, config);
  await registerCompression(app);

  await app.register(fastifySwagger, openApiOptions(config));
  registerPolicy(app, { auth, db, secret: config.authSecret });
  registerProcessingLog(app, { db, strict: config.NODE_ENV !== "production" });
  registerTextGuard(app);
  await registerPublicWriteLimits(app, { db, config });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });

  app.get("/api/openapi.json", { config: { permission: "public" }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

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

  await app.register(tenancyRoutes, { db });
  await app.register(organisationsRoutes, { db });
  await app.register(accountsRoutes, { db, auth, config });
  await app.register(privacyRoutes, { db });
  await app.register(outboxRoutes, { db });
  await app.register(volunteersRoutes, { db, auth, config, mailer, onSignupConfirmed: applyFromSignup });
  await app.register(vacanciesRoutes, { db, config, mailer });
  await app.register(recruitmentRoutes, { db });
  await app.register(outreachRoutes, { db, mailer });
  await app.register(referralRoutes, { db, mailer });
  await app.register(calendarRoutes, { db });
  await app.register(ssoRoutes, { db, config });
  await app.register(agreementsRoutes, { db });
  const hasWeb = await registerWebAssets(app, webRoot);

  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split("?")[0]!;
    if (isApiRequest(request)) {
      const other = routes.some(
        (route) =>
          route.url.startsWith("/api") &&
          route.method !== "HEAD" &&
          route.method !== request.method &&
          route.pattern.test(path),
      );
      const status = other ? 405 : 404;
      return reply.status(status).send(errorBody(status, String(request.id)));
    }
    if (request.method !== "GET" && request.method !== "HEAD")
      return reply.status(404).send(errorBody(404, String(request.id)));
    if (!hasWeb) {
      return reply
        .type("text/plain; charset=utf-8")
        .status(503)
        .send("De web-app is nog niet gebouwd: npm run build:web");
    }
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });

  if (jobs) startJobs(app, db, appJobs(db, mailer));

  app.addHook("onClose", async () => {
    await auth.$context.catch(() => undefined);
  });

  return { app, auth, mailer, routes };
}

export type RegisteredRoute = {
  method: string;
  url: string;
  pattern: RegExp;
  config: {
    permission?: string;
    processing?: string;
    processingNotLogged?: string;
    personalData?: boolean;
    publicWriteLimit?: PublicWriteLimit;
  };
};

export type App = Awaited<ReturnType<typeof buildApp>>["app"];
