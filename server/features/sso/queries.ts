import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Role } from "../../../shared/roles.ts";
import type { DbOrTx } from "../../db/client.ts";
import { authUser, membership, person } from "../accounts/schema.ts";
import { organisation } from "../organisations/schema.ts";
import { tenant } from "../tenancy/schema.ts";
import { ssoProvider, tenantSso } from "./schema.ts";

export async function findSettings(db: DbOrTx, tenantId: string) {
  const [row] = await db
    .select({ sso: tenantSso, provider: ssoProvider })
    .from(tenantSso)
    .innerJoin(ssoProvider, eq(ssoProvider.providerId, tenantSso.providerId))
    .where(eq(tenantSso.tenantId, tenantId));
  return row ?? null;
}

export async function findByProviderId(db: DbOrTx, providerId: string) {
  const [row] = await db
    .select({ sso: tenantSso, provider: ssoProvider, tenantSlug: tenant.slug })
    .from(tenantSso)
    .innerJoin(ssoProvider, eq(ssoProvider.providerId, tenantSso.providerId))
    .innerJoin(tenant, eq(tenant.id, tenantSso.tenantId))
    .where(eq(tenantSso.providerId, providerId));
  return row ?? null;
}

export async function findEnabledByTenantSlug(db: DbOrTx, slug: string | undefined) {
  const [row] = await db
    .select({ providerId: tenantSso.providerId })
    .from(tenantSso)
    .innerJoin(tenant, eq(tenant.id, tenantSso.tenantId))
    .where(and(eq(tenantSso.enabled, true), slug ? eq(tenant.slug, slug) : sql`true`))
    .orderBy(tenant.createdAt)
    .limit(1);
  return row ?? null;
}

export async function saveProvider(db: DbOrTx, values: typeof ssoProvider.$inferInsert) {
  const { id: _id, ...changes } = values;
  await db
    .insert(ssoProvider)
    .values(values)
    .onConflictDoUpdate({ target: ssoProvider.providerId, set: changes });
}

export async function saveTenantSso(db: DbOrTx, values: typeof tenantSso.$inferInsert) {
  const { tenantId: _tenantId, ...changes } = values;
  await db
    .insert(tenantSso)
    .values(values)
    .onConflictDoUpdate({ target: tenantSso.tenantId, set: { ...changes, updatedAt: new Date() } });
}

/** The issuers of tenants with SSO switched on (their origins are trusted for the server-side fetches). */
export async function listEnabledIssuers(db: DbOrTx) {
  const rows = await db
    .select({ issuer: ssoProvider.issuer })
    .from(ssoProvider)
    .innerJoin(tenantSso, eq(tenantSso.providerId, ssoProvider.providerId))
    .where(eq(tenantSso.enabled, true));
  return rows.map((row) => row.issuer);
}

export async function organisationsInTenant(db: DbOrTx, tenantId: string, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: organisation.id })
    .from(organisation)
    .where(and(eq(organisation.tenantId, tenantId), inArray(organisation.id, ids)));
  return rows.map((row) => row.id);
}

export async function findActiveMemberships(db: DbOrTx, tenantId: string, userId: string) {
  return db
    .select({ id: membership.id, role: membership.role, organisationId: membership.organisationId })
    .from(membership)
    .where(and(eq(membership.tenantId, tenantId), eq(membership.userId, userId), isNull(membership.endedAt)));
}

export async function insertMemberships(
  db: DbOrTx,
  rows: { tenantId: string; userId: string; role: Role; organisationId: string | null }[],
) {
  if (rows.length > 0) await db.insert(membership).values(rows);
}

export async function endMemberships(db: DbOrTx, tenantId: string, ids: string[]) {
  if (ids.length === 0) return;
  await db
    .update(membership)
    .set({ endedAt: new Date() })
    .where(and(eq(membership.tenantId, tenantId), inArray(membership.id, ids), isNull(membership.endedAt)));
}

export async function findPersonId(db: DbOrTx, tenantId: string, userId: string) {
  const [row] = await db
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.tenantId, tenantId), eq(person.userId, userId)));
  return row?.id ?? null;
}

export async function insertPerson(db: DbOrTx, values: typeof person.$inferInsert) {
  const [row] = await db.insert(person).values(values).returning({ id: person.id });
  return row!.id;
}

/**
 * Whether the user with this e-mail address has a current role for which their tenant switched
 * password sign-in off (only tenants whose SSO is on count).
 */
export async function passwordSignInDisabledFor(db: DbOrTx, email: string) {
  const [row] = await db
    .select({ userId: authUser.id })
    .from(authUser)
    .innerJoin(membership, and(eq(membership.userId, authUser.id), isNull(membership.endedAt)))
    .innerJoin(
      tenantSso,
      and(
        eq(tenantSso.tenantId, membership.tenantId),
        eq(tenantSso.enabled, true),
        sql`${tenantSso.passwordSignInDisabledRoles} @> jsonb_build_array(${membership.role})`,
      ),
    )
    .where(eq(authUser.email, email))
    .limit(1);
  return Boolean(row);
}
