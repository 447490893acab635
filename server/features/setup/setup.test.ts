import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.ts";
import { type Database, openPglite } from "../../db/client.ts";
import { authAccount, authUser, membership, tenant } from "../../db/schema.ts";
import { DEMO_PASSWORD } from "../../db/seed.ts";
import { AppError } from "../../platform/errors.ts";
import { as, signIn, testApp, testConfig } from "../../test/harness.ts";
import { createFirstAdmin, prepareData } from "./service.ts";

const production = { NODE_ENV: "production", AUTH_SECRET: "p".repeat(32), MAIL: "log-only" } as const;

/**
 * `npm start` on a brand-new database. A fresh in-memory PGlite, because the shared test database is
 * never empty; what matters here is the start logic, not the database kind (production-start.test.ts
 * starts the real process).
 */
async function emptyDatabase() {
  const database = await openPglite("memory://");
  await database.migrate();
  return database;
}

async function start(database: Database, overrides: Parameters<typeof testConfig>[0]) {
  const config = testConfig(overrides);
  const lines: { line: string; level: string }[] = [];
  const result = await prepareData(database.db, config, (line, level) => lines.push({ line, level }));
  const { app } = await buildApp({ database, config, logger: false });
  const demo = (await app.inject({ method: "GET", url: "/api/demo" })).json();
  await app.close();
  const [tenants] = await database.db.select({ value: count() }).from(tenant);
  const [users] = await database.db.select({ value: count() }).from(authUser);
  return { result, lines, demo, tenants: tenants!.value, users: users!.value };
}

// Each case migrates (and may seed) a fresh database: slow on a busy machine.
describe("first start", { timeout: 120_000 }, () => {
  it("in production creates only the schema, shows no demo accounts and says how to make a beheerder; SEED_DEMO=true loads the demo with a loud warning", async () => {
    const database = await emptyDatabase();
    const first = await start(database, { ...production, SEED_DEMO: undefined });
    expect(first.result).toEqual({ seeded: false, needsAdmin: true });
    expect(first.tenants).toBe(0);
    expect(first.users).toBe(0);
    expect(first.demo).toEqual({ demo: false, password: null, accounts: [] });
    expect(first.lines).toEqual([
      { line: expect.stringContaining("npm run create-admin -- --email"), level: "info" },
    ]);

    // The database is still empty: asked for explicitly, the demo is loaded.
    const demo = await start(database, { ...production, SEED_DEMO: "true" });
    expect(demo.result).toEqual({ seeded: true, needsAdmin: false });
    expect(demo.tenants).toBe(1);
    expect(demo.demo).toMatchObject({ demo: true, password: DEMO_PASSWORD });
    expect(demo.demo.accounts.length).toBeGreaterThan(0);
    expect(demo.lines[0]).toEqual({
      line: expect.stringMatching(/^LET OP: SEED_DEMO=true in productie/),
      level: "warn",
    });
    await database.close();
  });

  it("in development (npm start without NODE_ENV) keeps loading the demo, without a warning", async () => {
    const database = await emptyDatabase();
    const dev = await start(database, { NODE_ENV: "development", SEED_DEMO: undefined });
    expect(dev.result).toEqual({ seeded: true, needsAdmin: false });
    expect(dev.demo).toMatchObject({ demo: true, password: DEMO_PASSWORD });
    expect(dev.lines.filter((l) => l.level === "warn")).toEqual([]);
    await database.close();
  });
});

describe("npm run create-admin", () => {
  let ctx: Awaited<ReturnType<typeof testApp>>;
  const config = testConfig();
  beforeAll(async () => {
    ctx = await testApp();
  });
  afterAll(() => ctx.app.close());

  const post = (url: string, payload: object) => ctx.app.inject({ method: "POST", url, payload });

  async function freeCode() {
    const taken = new Set((await ctx.db.select({ code: tenant.code }).from(tenant)).map((t) => t.code));
    for (;;) {
      const code = `GM${String(Math.floor(Math.random() * 10000)).padStart(4, "0")}`;
      if (!taken.has(code)) return code;
    }
  }
  const tokenOf = (link: string) => new URL(link).searchParams.get("token")!;
  const unique = () => crypto.randomUUID().slice(0, 8);

  it("creates the municipality and a beheerder whose set-password link works exactly once", async () => {
    const email = `Beheer-${unique()}@Gemeente.nl`;
    const name = `Gemeente Nieuw ${unique()}`;
    const now = new Date();
    const made = await createFirstAdmin(ctx.db, config, { email, tenant: name, code: await freeCode() }, now);
    expect(made).toMatchObject({
      email: email.toLowerCase(),
      tenant: { name, created: true },
      userCreated: true,
    });
    expect(made.expiresAt.getTime() - now.getTime()).toBe(24 * 3600_000);
    expect(made.link).toMatch(/^http:\/\/inzet\.test\/wachtwoord-herstellen\?token=[\w-]{40,}$/);

    // No password exists until the beheerder chooses one.
    const [user] = await ctx.db.select().from(authUser).where(eq(authUser.email, email.toLowerCase()));
    expect(await ctx.db.select().from(authAccount).where(eq(authAccount.userId, user!.id))).toEqual([]);
    expect(
      await ctx.db.select({ role: membership.role }).from(membership).where(eq(membership.userId, user!.id)),
    ).toEqual([{ role: "admin" }]);

    const token = tokenOf(made.link);
    expect(
      (await post("/api/auth/reset-password", { token, newPassword: "Eerste-beheerder-2026" })).statusCode,
    ).toBe(200);
    const again = await post("/api/auth/reset-password", { token, newPassword: "Tweede-poging-2026" });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe("invalid_token");

    const cookie = await signIn(ctx.app, email, "Eerste-beheerder-2026");
    const me = (await as(ctx.app, cookie)({ method: "GET", url: "/api/me" })).json();
    // The tenant's default requires two-step sign-in for the beheerder: set up before any beheer.
    expect(me).toMatchObject({
      activeMembership: { role: "admin", tenantName: name },
      twoFactorRequired: true,
    });
    expect((await as(ctx.app, cookie)({ method: "GET", url: "/api/users" })).json().error.code).toBe(
      "two_factor_required",
    );

    // The same address again: refused, in Dutch.
    await expect(createFirstAdmin(ctx.db, config, { email, tenant: name })).rejects.toMatchObject({
      code: "already_admin",
      message: `${email.toLowerCase()} is al beheerder van ${name}.`,
    });
    // A second beheerder for the existing municipality needs no code.
    const second = await createFirstAdmin(ctx.db, config, {
      email: `twee-${unique()}@gemeente.nl`,
      tenant: name.toUpperCase(),
    });
    expect(second.tenant).toMatchObject({ name, created: false });
  });

  it("gives a link that stops working after 24 hours", async () => {
    const dayAndHourAgo = new Date(Date.now() - 25 * 3600_000);
    const made = await createFirstAdmin(
      ctx.db,
      config,
      { email: `laat-${unique()}@gemeente.nl`, tenant: `Gemeente Laat ${unique()}`, code: await freeCode() },
      dayAndHourAgo,
    );
    const late = await post("/api/auth/reset-password", {
      token: tokenOf(made.link),
      newPassword: "Te-laat-gekozen-2026",
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.code).toBe("invalid_token");
  });

  it("checks its input and answers in Dutch", async () => {
    const error = await createFirstAdmin(ctx.db, config, {
      email: "geen-adres",
      tenant: "",
      code: "0344",
    }).catch((e: AppError) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: "email",
          message: "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.",
        }),
        expect.objectContaining({ path: "tenant", message: expect.stringContaining("--tenant") }),
        expect.objectContaining({ path: "code", message: "Een gemeentecode is GM en 4 cijfers." }),
      ]),
    );
    const name = `Gemeente Zonder Code ${unique()}`;
    await expect(
      createFirstAdmin(ctx.db, config, { email: `a-${unique()}@b.nl`, tenant: name }),
    ).rejects.toThrowError(/bestaat nog niet\. Geef de CBS-gemeentecode mee/);
    expect(await ctx.db.select().from(tenant).where(eq(tenant.name, name))).toEqual([]);
  });
});
