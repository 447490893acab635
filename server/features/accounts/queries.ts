import { and, asc, count, eq, ilike, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Role } from "../../../shared/roles.ts";
import type { DbOrTx } from "../../db/client.ts";
import { escapeLike } from "../../db/sql.ts";
import { organisation } from "../organisations/schema.ts";
import { tenant } from "../tenancy/schema.ts";
import { authSession, authUser, membership, person, signInFailure } from "./schema.ts";

export type UserFilter = { q?: string; role?: Role; organisationId?: string };

function userWhere(db: DbOrTx, tenantId: string, filter: UserFilter): SQL | undefined {
  const escaped = filter.q ? escapeLike(filter.q) : undefined;
  const memberFilter =
    filter.role || filter.organisationId
      ? and(
          eq(membership.tenantId, tenantId),
          isNull(membership.endedAt),
          filter.role ? eq(membership.role, filter.role) : undefined,
          filter.organisationId ? eq(membership.organisationId, filter.organisationId) : undefined,
        )
      : and(eq(membership.tenantId, tenantId), isNull(membership.endedAt));
  return and(
    eq(person.tenantId, tenantId),
    inArray(person.userId, db.select({ userId: membership.userId }).from(membership).where(memberFilter)),
    escaped
      ? or(
          ilike(sql`${person.givenName} || ' ' || ${person.familyName}`, `%${escaped}%`),
          ilike(person.email, `%${escaped}%`),
        )
      : undefined,
  );
}

export async function listUsers(
  db: DbOrTx,
  tenantId: string,
  filter: UserFilter,
  page: { page: number; pageSize: number },
) {
  const where = userWhere(db, tenantId, filter);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        personId: person.id,
        userId: authUser.id,
        givenName: person.givenName,
        familyName: person.familyName,
        email: authUser.email,
        twoFactorEnabled: authUser.twoFactorEnabled,
      })
      .from(person)
      .innerJoin(authUser, eq(authUser.id, person.userId))
      .where(where)
      .orderBy(asc(person.familyName), asc(person.givenName), asc(person.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ value: count() }).from(person).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export async function findMembershipsInTenant(db: DbOrTx, tenantId: string, userIds: string[]) {
  if (userIds.length === 0) return [];
  return db
    .select({
      id: membership.id,
      userId: membership.userId,
      tenantId: membership.tenantId,
      tenantName: tenant.name,
      organisationId: membership.organisationId,
      organisationName: organisation.name,
      role: membership.role,
    })
    .from(membership)
    .innerJoin(tenant, eq(tenant.id, membership.tenantId))
    .leftJoin(organisation, eq(organisation.id, membership.organisationId))
    .where(
      and(eq(membership.tenantId, tenantId), isNull(membership.endedAt), inArray(membership.userId, userIds)),
    )
    .orderBy(asc(membership.createdAt));
}

/** A user as seen from a tenant: only if they have (had) a person record there. */
export async function findUserInTenant(db: DbOrTx, tenantId: string, userId: string) {
  const [row] = await db
    .select({
      personId: person.id,
      userId: authUser.id,
      givenName: person.givenName,
      familyName: person.familyName,
      email: authUser.email,
      twoFactorEnabled: authUser.twoFactorEnabled,
    })
    .from(person)
    .innerJoin(authUser, eq(authUser.id, person.userId))
    .where(and(eq(person.tenantId, tenantId), eq(person.userId, userId)));
  return row ?? null;
}

export async function findUserByEmail(db: DbOrTx, email: string) {
  const [row] = await db.select().from(authUser).where(eq(authUser.email, email));
  return row ?? null;
}

export async function findPersonIdsOfUser(db: DbOrTx, tenantId: string, userId: string) {
  const rows = await db
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.tenantId, tenantId), eq(person.userId, userId)));
  return rows.map((row) => row.id);
}

export async function insertUser(db: DbOrTx, values: typeof authUser.$inferInsert) {
  const [row] = await db.insert(authUser).values(values).returning();
  return row!;
}

export async function insertPerson(db: DbOrTx, values: typeof person.$inferInsert) {
  const [row] = await db.insert(person).values(values).returning();
  return row!;
}

export async function insertMembership(db: DbOrTx, values: typeof membership.$inferInsert) {
  const [row] = await db.insert(membership).values(values).returning();
  return row!;
}

export async function endMembership(db: DbOrTx, tenantId: string, userId: string, membershipId: string) {
  const [row] = await db
    .update(membership)
    .set({ endedAt: new Date() })
    .where(
      and(
        eq(membership.tenantId, tenantId),
        eq(membership.userId, userId),
        eq(membership.id, membershipId),
        isNull(membership.endedAt),
      ),
    )
    .returning();
  return row ?? null;
}

export async function organisationInTenant(db: DbOrTx, tenantId: string, organisationId: string) {
  const [row] = await db
    .select({ id: organisation.id })
    .from(organisation)
    .where(and(eq(organisation.tenantId, tenantId), eq(organisation.id, organisationId)));
  return Boolean(row);
}

export async function setActiveMembership(db: DbOrTx, sessionId: string, membershipId: string) {
  await db.update(authSession).set({ activeMembershipId: membershipId }).where(eq(authSession.id, sessionId));
}

export async function setLocale(db: DbOrTx, userId: string, locale: string) {
  await db.update(authUser).set({ locale, updatedAt: new Date() }).where(eq(authUser.id, userId));
}

export async function findUserPreferences(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ locale: authUser.locale, reminderMails: authUser.reminderMails })
    .from(authUser)
    .where(eq(authUser.id, userId));
  return { locale: row?.locale ?? "nl", reminderMails: row?.reminderMails ?? true };
}

export async function setReminderMails(db: DbOrTx, userId: string, reminderMails: boolean) {
  await db.update(authUser).set({ reminderMails, updatedAt: new Date() }).where(eq(authUser.id, userId));
}

/**
 * Counts one sign-in attempt for an address in a single statement (no read-then-write race): a fresh
 * count after the window or an expired lock, otherwise one more; the attempt that reaches
 * `maxFailures` sets the lock. Returns the count including this attempt and the lock.
 */
export async function countSignInAttempt(
  db: DbOrTx,
  email: string,
  rules: { maxFailures: number; lockMinutes: number },
  now: Date,
) {
  const lockUntil = new Date(now.getTime() + rules.lockMinutes * 60_000);
  const windowStart = new Date(now.getTime() - rules.lockMinutes * 60_000);
  const t = signInFailure;
  const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
  const fresh = sql`((${t.lockedUntil} is not null and ${t.lockedUntil} <= ${at(now)}) or ${t.lastFailureAt} < ${at(windowStart)})`;
  const locked = sql`(${t.lockedUntil} is not null and ${t.lockedUntil} > ${at(now)})`;
  const [row] = await db
    .insert(t)
    .values({
      email,
      failures: 1,
      lastFailureAt: now,
      lockedUntil: rules.maxFailures <= 1 ? lockUntil : null,
    })
    .onConflictDoUpdate({
      target: t.email,
      set: {
        failures: sql`case when ${locked} then ${t.failures} + 1 when ${fresh} then 1 else ${t.failures} + 1 end`,
        lockedUntil: sql`case
          when ${locked} then ${t.lockedUntil}
          when ${fresh} then (case when 1 >= ${rules.maxFailures}::int then ${at(lockUntil)} else null end)
          when ${t.failures} + 1 >= ${rules.maxFailures}::int then ${at(lockUntil)}
          else null end`,
        lastFailureAt: now,
      },
    })
    .returning({ failures: t.failures, lockedUntil: t.lockedUntil });
  return row!;
}

/** Takes back an attempt that checked no password (e.g. refused before better-auth looked). */
export async function uncountSignInAttempt(db: DbOrTx, email: string, maxFailures: number) {
  const t = signInFailure;
  await db
    .update(t)
    .set({
      failures: sql`greatest(${t.failures} - 1, 0)`,
      lockedUntil: sql`case when ${t.failures} - 1 < ${maxFailures}::int then null else ${t.lockedUntil} end`,
    })
    .where(eq(t.email, email));
}

export async function clearSignInFailures(db: DbOrTx, email: string) {
  await db.delete(signInFailure).where(eq(signInFailure.email, email));
}

export async function findDemoAccounts(db: DbOrTx, tenantId: string) {
  return db
    .select({ email: authUser.email, name: authUser.name, role: membership.role })
    .from(membership)
    .innerJoin(authUser, eq(authUser.id, membership.userId))
    .where(
      and(
        eq(membership.tenantId, tenantId),
        isNull(membership.endedAt),
        ilike(authUser.email, "%@demo.inzet.nl"),
      ),
    )
    .orderBy(asc(membership.createdAt));
}

export async function endAllMemberships(db: DbOrTx, tenantId: string, userId: string) {
  await db
    .update(membership)
    .set({ endedAt: new Date() })
    .where(and(eq(membership.tenantId, tenantId), eq(membership.userId, userId), isNull(membership.endedAt)));
}

export async function hasAnyMembership(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ id: membership.id })
    .from(membership)
    .where(and(eq(membership.userId, userId), isNull(membership.endedAt)))
    .limit(1);
  return Boolean(row);
}

export async function deleteUser(db: DbOrTx, userId: string) {
  await db.delete(authUser).where(eq(authUser.id, userId));
}

export async function findPersonOfUser(db: DbOrTx, tenantId: string, userId: string) {
  const [row] = await db
    .select()
    .from(person)
    .where(and(eq(person.tenantId, tenantId), eq(person.userId, userId)));
  return row ?? null;
}
