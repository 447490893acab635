// Who works where: the tables every request needs before any feature runs — tenants, organisations,
// better-auth's users, sessions and accounts, memberships (role per tenant and organisation) and the SSO
// providers. They live in the platform so that sign-in, the policy hook and the session do not depend on
// features; the features re-export them (tenancy: tenant, organisations: organisation, accounts: the rest).
import { sql } from "drizzle-orm";
import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { OrganisationType } from "../../shared/organisations.ts";
import type { Role } from "../../shared/roles.ts";
import type { StoredTenantSettings, TenantTheme } from "../../shared/tenancy.ts";

export const tenant = pgTable("tenant", {
  id: uuid().primaryKey().defaultRandom(),
  /** CBS gemeentecode, e.g. GM0999. A region uses the code of its central municipality. */
  code: text().notNull().unique(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  theme: jsonb().$type<TenantTheme>().notNull().default(sql`'{}'::jsonb`),
  settings: jsonb().$type<StoredTenantSettings>().notNull().default(sql`'{}'::jsonb`),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const organisation = pgTable(
  "organisation",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    name: text().notNull(),
    type: text().$type<OrganisationType>().notNull(),
    description: text().notNull().default(""),
    email: text(),
    phone: text(),
    website: text(),
    street: text(),
    postcode: text(),
    city: text(),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organisation_tenant_name").on(t.tenantId, t.name)],
);

export const authUser = pgTable("auth_user", {
  id: text().primaryKey(),
  name: text().notNull(),
  email: text().notNull().unique(),
  emailVerified: boolean().notNull().default(false),
  image: text(),
  twoFactorEnabled: boolean().default(false),
  locale: text().notNull().default("nl"),
  /** Periodic reminder mails (renewals, "is your offering still right?"); off at /meldingen. */
  reminderMails: boolean().notNull().default(true),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const authSession = pgTable(
  "auth_session",
  {
    id: text().primaryKey(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    token: text().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ipAddress: text(),
    userAgent: text(),
    userId: text()
      .notNull()
      .references(() => authUser.id, { onDelete: "cascade" }),
    /** The membership (tenant + organisation + role) the user works in during this session. */
    activeMembershipId: text(),
  },
  (t) => [index("auth_session_user").on(t.userId)],
);

export const authAccount = pgTable(
  "auth_account",
  {
    id: text().primaryKey(),
    accountId: text().notNull(),
    providerId: text().notNull(),
    userId: text()
      .notNull()
      .references(() => authUser.id, { onDelete: "cascade" }),
    accessToken: text(),
    refreshToken: text(),
    idToken: text(),
    accessTokenExpiresAt: timestamp({ withTimezone: true }),
    refreshTokenExpiresAt: timestamp({ withTimezone: true }),
    scope: text(),
    password: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("auth_account_user").on(t.userId)],
);

export const authVerification = pgTable(
  "auth_verification",
  {
    id: text().primaryKey(),
    identifier: text().notNull(),
    value: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("auth_verification_identifier").on(t.identifier)],
);

export const authTwoFactor = pgTable(
  "auth_two_factor",
  {
    id: text().primaryKey(),
    secret: text().notNull(),
    backupCodes: text().notNull(),
    userId: text()
      .notNull()
      .references(() => authUser.id, { onDelete: "cascade" }),
    verified: boolean().default(true),
    failedVerificationCount: integer().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
  },
  (t) => [index("auth_two_factor_user").on(t.userId), index("auth_two_factor_secret").on(t.secret)],
);

export const authRateLimit = pgTable("auth_rate_limit", {
  id: text().primaryKey(),
  key: text().notNull().unique(),
  count: integer().notNull(),
  lastRequest: bigint({ mode: "number" }).notNull(),
});

/** What a user may do where: one role in one tenant, optionally for one organisation. */
export const membership = pgTable(
  "membership",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    userId: text()
      .notNull()
      .references(() => authUser.id, { onDelete: "cascade" }),
    organisationId: uuid().references(() => organisation.id, { onDelete: "cascade" }),
    role: text().$type<Role>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("membership_user").on(t.userId), index("membership_tenant").on(t.tenantId)],
);

/**
 * The identity providers of better-auth's SSO plugin (model "ssoProvider", field names as the plugin
 * expects them). Inzet writes these rows itself from the tenant's SSO settings (see tenantSso); the
 * plugin reads them when someone signs in. `oidcConfig` is JSON text and holds the client secret.
 */
export const ssoProvider = pgTable("sso_provider", {
  id: text().primaryKey(),
  issuer: text().notNull(),
  oidcConfig: text(),
  samlConfig: text(),
  userId: text().references(() => authUser.id, { onDelete: "set null" }),
  providerId: text().notNull().unique(),
  organizationId: text(),
  /** Comma-separated e-mail domains. */
  domain: text().notNull(),
});
