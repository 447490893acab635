import { and, count, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { authUser, authVerification, membership, person } from "../accounts/schema.ts";
import { tenant } from "../tenancy/schema.ts";

export async function countActiveAdmins(db: DbOrTx) {
  const [row] = await db
    .select({ value: count() })
    .from(membership)
    .where(and(eq(membership.role, "admin"), isNull(membership.endedAt)));
  return row?.value ?? 0;
}

export async function findTenantByName(db: DbOrTx, name: string) {
  const [row] = await db.select().from(tenant).where(sql`lower(${tenant.name}) = lower(${name})`);
  return row;
}

export async function findTenantBy(db: DbOrTx, column: "code" | "slug", value: string) {
  const [row] = await db.select().from(tenant).where(eq(tenant[column], value));
  return row;
}

export async function insertTenant(db: DbOrTx, values: typeof tenant.$inferInsert) {
  const [row] = await db.insert(tenant).values(values).returning();
  return row!;
}

export async function findUserByEmail(db: DbOrTx, email: string) {
  const [row] = await db.select().from(authUser).where(eq(authUser.email, email));
  return row;
}

export async function insertUser(db: DbOrTx, values: typeof authUser.$inferInsert) {
  const [row] = await db.insert(authUser).values(values).returning();
  return row!;
}

export async function isActiveAdmin(db: DbOrTx, tenantId: string, userId: string) {
  const [row] = await db
    .select({ id: membership.id })
    .from(membership)
    .where(
      and(
        eq(membership.tenantId, tenantId),
        eq(membership.userId, userId),
        eq(membership.role, "admin"),
        isNull(membership.endedAt),
      ),
    );
  return row !== undefined;
}

export async function insertMembership(db: DbOrTx, values: typeof membership.$inferInsert) {
  await db.insert(membership).values(values);
}

/** The person record of the user in the tenant; made when missing. */
export async function ensurePerson(db: DbOrTx, values: typeof person.$inferInsert & { userId: string }) {
  const [existing] = await db
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.tenantId, values.tenantId), eq(person.userId, values.userId)));
  if (existing) return existing.id;
  const [row] = await db.insert(person).values(values).returning({ id: person.id });
  return row!.id;
}

/**
 * A password link as better-auth's own reset flow makes it (`reset-password:<token>` → user id), with
 * our own lifetime; POST /api/auth/reset-password consumes it, so it works once.
 */
export async function insertPasswordToken(db: DbOrTx, userId: string, token: string, expiresAt: Date) {
  await db.insert(authVerification).values({
    id: crypto.randomUUID(),
    identifier: `reset-password:${token}`,
    value: userId,
    expiresAt,
  });
}
