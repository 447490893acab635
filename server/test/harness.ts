import { eq } from "drizzle-orm";
import type { FastifyInstance, InjectOptions } from "fastify";
import { authenticator } from "otplib";
import type { Role } from "../../shared/roles.ts";
import type { StoredTenantSettings, TenantSettings } from "../../shared/tenancy.ts";
import { buildApp } from "../app.ts";
import { type Database, openPglite, openPostgres } from "../db/client.ts";
import { authAccount, authUser, district, membership, organisation, person, tenant } from "../db/schema.ts";
import { hashPassword } from "../platform/auth.ts";
import { type Config, configSchema, toConfig } from "../platform/config.ts";
import { createMailer, type Mailer, type OutgoingMail } from "../platform/mail.ts";
import { checkedMailbox } from "./mime.ts";

/** Which database the tests run on: PGlite by default, PostgreSQL when INZET_TEST_DB=postgres. */
export const testDbKind = process.env.INZET_TEST_DB === "postgres" ? "postgres" : "pglite";

let shared: Promise<Database> | undefined;

/** One database per test worker (vitest runs files of a worker in one module graph). */
export function testDatabase(): Promise<Database> {
  shared ??= (async () => {
    let database: Database;
    if (testDbKind === "postgres") {
      const url = process.env.TEST_DATABASE_URL;
      if (!url) throw new Error("INZET_TEST_DB=postgres needs TEST_DATABASE_URL");
      database = await openPostgres(url, 4);
    } else {
      database = await openPglite("memory://");
    }
    await database.migrate();
    return database;
  })();
  return shared;
}

export const TEST_ORIGIN = "http://inzet.test";

export function testConfig(overrides: Partial<Record<keyof typeof configSchema.shape, string>> = {}): Config {
  return toConfig(
    configSchema.parse({
      NODE_ENV: "test",
      PUBLIC_URL: TEST_ORIGIN,
      LOG_LEVEL: "silent",
      RATE_LIMIT_PER_MINUTE: "10000",
      PUBLIC_WRITE_LIMIT_PER_IP: "10000",
      PUBLIC_WRITE_LIMIT_PER_ADDRESS: "10000",
      SEED_DEMO: "false",
      ...overrides,
    }),
  );
}

/**
 * The app on the test database. Unless a mailer is given, mail goes the configured way (the outbox)
 * and `mailbox` receives each message as the recipient would, links included: the stored copy has
 * its secret links removed, so tests follow links from here.
 */
export async function testApp(options: { config?: Config; mailer?: Mailer; webRoot?: string } = {}) {
  const database = await testDatabase();
  const config = options.config ?? testConfig();
  const { mailbox, receive } = checkedMailbox();
  const mailer =
    options.mailer ??
    createMailer({
      db: database.db,
      from: config.MAIL_FROM,
      smtpUrl: config.SMTP_URL,
      mode: config.mail,
      publicUrl: config.publicUrl,
      copyTo: receive,
    });
  const built = await buildApp({ database, config, mailer, logger: false, webRoot: options.webRoot });
  await built.app.ready();
  return { ...built, db: database.db, database, mailbox };
}

/** The last message to an address as the recipient got it (with its links). */
export function lastMailTo(mailbox: OutgoingMail[], to: string) {
  const mail = mailbox.filter((m) => m.to === to).at(-1);
  if (!mail) throw new Error(`no mail to ${to}`);
  return mail;
}

let counter = 0;
const unique = () => `${process.pid}-${Date.now().toString(36)}-${++counter}`;

export async function createTenant(
  settings: Partial<TenantSettings> = { twoFactorRequiredRoles: [] },
  database?: Database,
) {
  const db = (database ?? (await testDatabase())).db;
  for (let attempt = 0; ; attempt++) {
    const code = `GM${String(Math.floor(Math.random() * 10000)).padStart(4, "0")}`;
    try {
      const [row] = await db
        .insert(tenant)
        .values({
          code,
          slug: `t-${unique()}`,
          name: `Gemeente Test ${unique()}`,
          settings: settings as TenantSettings,
        })
        .returning();
      return row!;
    } catch (error) {
      if (attempt > 10) throw error;
    }
  }
}

export async function createDistrict(tenantId: string, code: string, name = "Testwijk") {
  const db = (await testDatabase()).db;
  const [row] = await db.insert(district).values({ tenantId, code, name }).returning();
  return row!;
}

export async function createOrganisation(
  tenantId: string,
  values: Partial<typeof organisation.$inferInsert> = {},
) {
  const db = (await testDatabase()).db;
  const [row] = await db
    .insert(organisation)
    .values({ tenantId, name: `Organisatie ${unique()}`, type: "welfare", ...values })
    .returning();
  return row!;
}

export const TEST_PASSWORD = "Test-wachtwoord-123";
let passwordHash: Promise<string> | undefined;

/** A user with a person record and one membership in the tenant. */
export async function createUser(
  tenantId: string,
  role: Role,
  {
    organisationId = null,
    email,
    database,
  }: { organisationId?: string | null; email?: string; database?: Database } = {},
) {
  const db = (database ?? (await testDatabase())).db;
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const userId = crypto.randomUUID();
  const address = email ?? `u-${unique()}@test.inzet.nl`;
  await db.insert(authUser).values({ id: userId, name: `Test ${role}`, email: address, emailVerified: true });
  await db.insert(authAccount).values({
    id: crypto.randomUUID(),
    accountId: userId,
    providerId: "credential",
    userId,
    password: await passwordHash,
  });
  const [p] = await db
    .insert(person)
    .values({ tenantId, userId, givenName: "Test", familyName: role, email: address })
    .returning();
  const [m] = await db.insert(membership).values({ tenantId, userId, role, organisationId }).returning();
  return { userId, email: address, password: TEST_PASSWORD, personId: p!.id, membershipId: m!.id };
}

/** Signs in over HTTP and returns the cookie header to send with later requests. */
export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD) {
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/sign-in/email",
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  return cookieHeader(response.headers["set-cookie"]);
}

export function cookieHeader(setCookie: string | string[] | undefined) {
  return [setCookie ?? []]
    .flat()
    .map((cookie) => cookie.split(";")[0]!)
    .filter((cookie) => !cookie.endsWith("="))
    .join("; ");
}

/** Enrols TOTP for a signed-in user and returns the secret. */
export async function enrolTotp(app: FastifyInstance, cookie: string, password = TEST_PASSWORD) {
  const enable = await app.inject({
    method: "POST",
    url: "/api/auth/two-factor/enable",
    headers: { cookie },
    payload: { password },
  });
  if (enable.statusCode !== 200) throw new Error(`enable failed: ${enable.body}`);
  const secret = new URL(enable.json().totpURI).searchParams.get("secret")!;
  const verify = await app.inject({
    method: "POST",
    url: "/api/auth/two-factor/verify-totp",
    headers: { cookie },
    payload: { code: authenticator.generate(secret) },
  });
  if (verify.statusCode !== 200) throw new Error(`verify failed: ${verify.body}`);
  return { secret, cookie: mergeCookies(cookie, cookieHeader(verify.headers["set-cookie"])) };
}

export function mergeCookies(...headers: string[]) {
  const jar = new Map<string, string>();
  for (const header of headers) {
    for (const part of header.split("; ").filter(Boolean)) jar.set(part.split("=")[0]!, part);
  }
  return [...jar.values()].join("; ");
}

/** `app.inject` as a signed-in user. */
export function as(app: FastifyInstance, cookie: string) {
  return (options: InjectOptions) => app.inject({ ...options, headers: { ...options.headers, cookie } });
}

export async function setTenantSettings(tenantId: string, settings: StoredTenantSettings) {
  const db = (await testDatabase()).db;
  await db.update(tenant).set({ settings }).where(eq(tenant.id, tenantId));
}

/** A real 1×1 PNG, for photo uploads. */
export const PNG_BASE64 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
