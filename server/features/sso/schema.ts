import { boolean, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { Role } from "../../../shared/roles.ts";
import type { SsoFallback, SsoRule } from "../../../shared/sso.ts";
import { tenant } from "../../platform/identity-schema.ts";

export { ssoProvider } from "../../platform/identity-schema.ts";

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
