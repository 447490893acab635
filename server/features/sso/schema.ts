import { boolean, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { Role } from "../../../shared/roles.ts";
import type { SsoFallback, SsoRule } from "../../../shared/sso.ts";
import { authUser } from "../accounts/schema.ts";
import { tenant } from "../tenancy/schema.ts";

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

/** Inzet's side of a tenant's single sign-on: how claims become roles, and where passwords are off. */
export const tenantSso = pgTable("tenant_sso", {
  tenantId: uuid()
    .primaryKey()
    .references(() => tenant.id, { onDelete: "cascade" }),
  /** The better-auth provider id (ssoProvider.providerId), also the last part of the redirect URI. */
  providerId: text().notNull().unique(),
  enabled: boolean().notNull().default(true),
  claim: text().notNull().default("groups"),
  scopes: text().notNull().default("openid email profile"),
  rules: jsonb().$type<SsoRule[]>().notNull().default([]),
  fallback: text().$type<SsoFallback>().notNull().default("refuse"),
  passwordSignInDisabledRoles: jsonb().$type<Role[]>().notNull().default([]),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
