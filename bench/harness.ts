// What every benchmark starts with: a database (a fresh PGlite directory, or BENCH_DATABASE_URL), the demo
// tenant with two-step sign-in off, the real app with production settings and no mail, and a signed-in
// beheerder. Each benchmark then seeds what it measures and times requests through the full HTTP stack.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../server/app.ts";
import { type Database, openPglite, openPostgres } from "../server/db/client.ts";
import { district, organisation, tenant } from "../server/db/schema.ts";
import { seedDemo } from "../server/db/seed.ts";
import { configSchema, toConfig } from "../server/platform/config.ts";

export const DEMO_ADMIN = { email: "beheerder@demo.inzet.nl", password: "Inzet-demo-2026" };

/** A fresh PGlite directory named after the benchmark, or the PostgreSQL server in BENCH_DATABASE_URL. */
export async function openBenchDatabase(name: string, connections = 4): Promise<Database> {
  const database = process.env.BENCH_DATABASE_URL
    ? await openPostgres(process.env.BENCH_DATABASE_URL, connections)
    : await openPglite(mkdtempSync(join(tmpdir(), `inzet-bench-${name}-`)));
  await database.migrate();
  return database;
}

/** A new demo tenant (unique code and slug), with two-step sign-in off so the bench can sign in. */
export async function seedBenchTenant(database: Database) {
  const { db } = database;
  const { tenantId } = await seedDemo(db, {
    code: `GM${String(Date.now()).slice(-4)}`,
    slug: `bench-${Date.now()}`,
  });
  await allowSignInWithoutSecondStep(database, tenantId);
  const organisationIds = (
    await db.select({ id: organisation.id }).from(organisation).where(eq(organisation.tenantId, tenantId))
  ).map((o) => o.id);
  const districtIds = (
    await db.select({ id: district.id }).from(district).where(eq(district.tenantId, tenantId))
  ).map((d) => d.id);
  return { tenantId, organisationIds, districtIds };
}

export async function allowSignInWithoutSecondStep(database: Database, tenantId: string) {
  await database.db
    .update(tenant)
    .set({ settings: { twoFactorRequiredRoles: [] } })
    .where(eq(tenant.id, tenantId));
}

/** The app as in production (no mail sent, limits out of the way), listening on `port` if given. */
export async function startBenchApp(database: Database, { port }: { port?: number } = {}) {
  const config = toConfig(
    configSchema.parse({
      NODE_ENV: "production",
      MAIL: "log-only", // benchmarks send no mail
      AUTH_SECRET: "b".repeat(32),
      ...(port && { PORT: String(port) }),
      PUBLIC_URL: port ? `http://127.0.0.1:${port}` : "http://127.0.0.1",
      LOG_LEVEL: "silent",
      RATE_LIMIT_PER_MINUTE: "100000",
      PUBLIC_WRITE_LIMIT_PER_IP: "100000",
      PUBLIC_WRITE_LIMIT_PER_ADDRESS: "100000",
    }),
  );
  const { app } = await buildApp({ database, config, logger: false });
  if (port) await app.listen({ port, host: "127.0.0.1" });
  else await app.ready();
  const cookie = await signIn(app);
  /** One request as the signed-in beheerder; throws on anything but 2xx. */
  const call = async (method: "GET" | "POST" | "PUT" | "DELETE", url: string, payload?: object) => {
    const response = await app.inject({ method, url, payload, headers: { cookie } });
    if (response.statusCode >= 300)
      throw new Error(`${method} ${url}: ${response.statusCode} ${response.body.slice(0, 500)}`);
    return response;
  };
  return { app, cookie, call };
}

async function signIn(app: FastifyInstance, account = DEMO_ADMIN) {
  const response = await app.inject({ method: "POST", url: "/api/auth/sign-in/email", payload: account });
  if (response.statusCode !== 200) throw new Error(`sign-in: ${response.statusCode} ${response.body}`);
  return [response.headers["set-cookie"]]
    .flat()
    .map((c) => String(c).split(";")[0])
    .join("; ");
}

/**
 * GET as another demo account (same password as the beheerder); throws on anything but 200. For what the
 * beheerder may not see, such as a partner's incoming referrals or the client council's research.
 */
export async function signedInAs(app: FastifyInstance, email: string) {
  const cookie = await signIn(app, { email, password: DEMO_ADMIN.password });
  return async (url: string, method: "GET" | "POST" = "GET", payload?: object) => {
    const response = await app.inject({ method, url, payload, headers: { cookie } });
    if (response.statusCode >= 300)
      throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response;
  };
}

/** The q-quantile of measured times (0.5 = median, 0.95 = p95). */
export function quantile(times: number[], q: number) {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
}

/** Runs `run` `rounds` times after `warmUp` unmeasured runs; returns the measured times in ms. */
export async function timeRuns(rounds: number, run: () => Promise<unknown>, warmUp = 3) {
  const times: number[] = [];
  for (let i = 0; i < rounds + warmUp; i++) {
    const started = performance.now();
    await run();
    if (i >= warmUp) times.push(performance.now() - started);
  }
  return times;
}
