import type { Me, UserListItem, userCreateSchema } from "../../../shared/accounts.ts";
import type { Page, PageQuery } from "../../../shared/paging.ts";
import { can, type Permission, permissions, type Role } from "../../../shared/roles.ts";
import type { z } from "../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../db/client.ts";
import type { Actor, SessionUser } from "../../platform/actor.ts";
import { AppError, conflict, notFound, validationFailed } from "../../platform/errors.ts";
import { logProcessing } from "../../platform/processing-log.ts";
import { findMembershipsOfUser, pickActiveMembership } from "../../platform/session.ts";
import * as queries from "./queries.ts";

export const DEMO_PASSWORD = "Inzet-demo-2026";

// --- Sign-in lockout ---

export type LockoutRules = { maxFailures: number; lockMinutes: number };

/**
 * Temporary lockout per email address. Every attempt is counted *before* the password is checked, in
 * one atomic statement, so parallel attempts cannot all pass a stale count: at most `maxFailures`
 * passwords are checked before the lock. A right password clears the count; an attempt that checked
 * no password is taken back.
 */
export async function beginSignInAttempt(db: DbOrTx, email: string, rules: LockoutRules, now = new Date()) {
  const { failures, lockedUntil } = await queries.countSignInAttempt(db, email, rules, now);
  if (failures > rules.maxFailures && lockedUntil && lockedUntil > now) {
    const minutes = Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000);
    throw new AppError(
      429,
      "account_locked",
      `Te vaak een verkeerd wachtwoord. Dit account is tijdelijk geblokkeerd. Probeer het over ${minutes} minuten opnieuw, of stel een nieuw wachtwoord in.`,
    );
  }
}

/** After better-auth answered: 200 clears the count, 401 (wrong password) keeps it, anything else takes it back. */
export async function endSignInAttempt(db: DbOrTx, email: string, status: number, rules: LockoutRules) {
  if (status === 200) return queries.clearSignInFailures(db, email);
  if (status !== 401) return queries.uncountSignInAttempt(db, email, rules.maxFailures);
}

// --- The signed-in user ---

export async function getMe(db: DbOrTx, user: SessionUser): Promise<Me> {
  const memberships = await findMembershipsOfUser(db, user.userId);
  const active = pickActiveMembership(memberships, user.activeMembershipId);
  const personIds = active ? await queries.findPersonIdsOfUser(db, active.tenantId, user.userId) : [];
  const strip = ({ twoFactorRequired: _, ...m }: (typeof memberships)[number]) => m;
  const preferences = await queries.findUserPreferences(db, user.userId);
  return {
    user: {
      id: user.userId,
      name: user.name,
      email: user.email,
      twoFactorEnabled: user.twoFactorEnabled,
      ...preferences,
    },
    personId: personIds[0] ?? null,
    memberships: memberships.map(strip),
    activeMembership: active ? strip(active) : null,
    permissions: active ? permissions.filter((p: Permission) => can(active.role, p)) : [],
    twoFactorRequired: Boolean(active?.twoFactorRequired),
  };
}

export async function switchMembership(
  db: DbOrTx,
  user: SessionUser & { sessionId: string },
  membershipId: string,
) {
  const memberships = await findMembershipsOfUser(db, user.userId);
  if (!memberships.some((m) => m.id === membershipId)) throw notFound();
  await queries.setActiveMembership(db, user.sessionId, membershipId);
  return getMe(db, { ...user, activeMembershipId: membershipId });
}

export async function setLocale(db: DbOrTx, user: SessionUser, locale: "nl" | "en") {
  await queries.setLocale(db, user.userId, locale);
}

export async function setMailPreferences(db: DbOrTx, user: SessionUser, input: { reminderMails: boolean }) {
  await queries.setReminderMails(db, user.userId, input.reminderMails);
}

// --- Users of a tenant (beheer) ---

function toListItem(
  row: NonNullable<Awaited<ReturnType<typeof queries.findUserInTenant>>>,
  memberships: Awaited<ReturnType<typeof queries.findMembershipsInTenant>>,
): UserListItem {
  return {
    userId: row.userId,
    personId: row.personId,
    name: `${row.givenName} ${row.familyName}`,
    email: row.email,
    twoFactorEnabled: Boolean(row.twoFactorEnabled),
    memberships: memberships
      .filter((m) => m.userId === row.userId)
      .map(({ userId: _, ...m }) => ({ ...m, role: m.role as Role })),
  };
}

export async function listUsers(
  db: DbOrTx,
  actor: Actor,
  query: PageQuery & { role?: Role; organisationId?: string },
): Promise<Page<UserListItem>> {
  const { rows, total } = await queries.listUsers(db, actor.tenantId, query, query);
  const memberships = await queries.findMembershipsInTenant(
    db,
    actor.tenantId,
    rows.map((row) => row.userId),
  );
  await logProcessing(db, actor, {
    activity: "accounts.manage",
    action: "read",
    subjectType: "person",
    subjectIds: rows.map((row) => row.personId),
  });
  return {
    items: rows.map((row) => toListItem(row, memberships)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getUser(db: DbOrTx, actor: Actor, userId: string): Promise<UserListItem> {
  const row = await queries.findUserInTenant(db, actor.tenantId, userId);
  if (!row) throw notFound();
  const memberships = await queries.findMembershipsInTenant(db, actor.tenantId, [userId]);
  await logProcessing(db, actor, {
    activity: "accounts.manage",
    action: "read",
    subjectType: "person",
    subjectIds: [row.personId],
  });
  return toListItem(row, memberships);
}

async function checkOrganisation(db: DbOrTx, actor: Actor, organisationId: string | null) {
  if (organisationId && !(await queries.organisationInTenant(db, actor.tenantId, organisationId))) {
    throw validationFailed([
      { path: "organisationId", code: "unknown_organisation", message: "Deze organisatie bestaat niet." },
    ]);
  }
}

/**
 * Makes an account (or reuses one of another tenant), the person record and the first membership in
 * one transaction. The user then sets a password through the 7-day link of the welcome mail `sendWelcome` sends.
 */
export async function createUser(
  db: Db,
  actor: Actor,
  input: z.output<typeof userCreateSchema>,
  sendWelcome: (email: string) => Promise<void>,
): Promise<UserListItem> {
  const created = await db.transaction(async (tx) => {
    await checkOrganisation(tx, actor, input.organisationId);
    // An account of another tenant gets a role here, with the same answer as a new one: the
    // beheerder learns nothing about other tenants. Only a person already in this tenant is a conflict.
    const existing = await queries.findUserByEmail(tx, input.email);
    if (existing && (await queries.findPersonOfUser(tx, actor.tenantId, existing.id))) {
      throw conflict("email_taken", "Er is al een account met dit e-mailadres.");
    }
    const user =
      existing ??
      (await queries.insertUser(tx, {
        id: crypto.randomUUID(),
        name: `${input.givenName} ${input.familyName}`,
        email: input.email,
        emailVerified: true,
      }));
    const personRow = await queries.insertPerson(tx, {
      tenantId: actor.tenantId,
      userId: user.id,
      givenName: input.givenName,
      familyName: input.familyName,
      email: input.email,
    });
    await queries.insertMembership(tx, {
      tenantId: actor.tenantId,
      userId: user.id,
      organisationId: input.organisationId,
      role: input.role,
    });
    await logProcessing(tx, actor, {
      activity: "accounts.manage",
      action: "create",
      subjectType: "person",
      subjectIds: [personRow.id],
    });
    return user;
  });
  await sendWelcome(created.email);
  return getUser(db, actor, created.id);
}

export async function addMembership(
  db: Db,
  actor: Actor,
  userId: string,
  input: { role: Role; organisationId: string | null },
) {
  await db.transaction(async (tx) => {
    const row = await queries.findUserInTenant(tx, actor.tenantId, userId);
    if (!row) throw notFound();
    await checkOrganisation(tx, actor, input.organisationId);
    await queries.insertMembership(tx, { tenantId: actor.tenantId, userId, ...input });
    await logProcessing(tx, actor, {
      activity: "accounts.manage",
      action: "update",
      subjectType: "person",
      subjectIds: [row.personId],
    });
  });
  return getUser(db, actor, userId);
}

export async function endMembership(db: Db, actor: Actor, userId: string, membershipId: string) {
  await db.transaction(async (tx) => {
    const row = await queries.findUserInTenant(tx, actor.tenantId, userId);
    if (!row) throw notFound();
    if (membershipId === actor.membershipId) {
      throw new AppError(409, "own_membership", "U kunt uw eigen rol niet beëindigen.");
    }
    const ended = await queries.endMembership(tx, actor.tenantId, userId, membershipId);
    if (!ended) throw notFound();
    await logProcessing(tx, actor, {
      activity: "accounts.manage",
      action: "update",
      subjectType: "person",
      subjectIds: [row.personId],
    });
  });
  return getUser(db, actor, userId);
}

export async function listDemoAccounts(db: DbOrTx, tenantId: string) {
  return (await queries.findDemoAccounts(db, tenantId)).map((row) => ({ ...row, role: row.role as Role }));
}

/** The person records of a user in a tenant (public for other features, e.g. privacy). */
export function findPersonIdsOfUser(db: DbOrTx, tenantId: string, userId: string) {
  return queries.findPersonIdsOfUser(db, tenantId, userId);
}

/**
 * Gives a person an account with a role in the tenant (for other features, e.g. a confirmed volunteer
 * sign-up). Reuses an existing account with the same email; adds the role only if it is missing.
 * Returns the user id and whether a new account was made (which then needs a password link).
 */
export async function ensureAccountWithRole(
  db: DbOrTx,
  input: { tenantId: string; email: string; name: string; role: Role; organisationId: string | null },
): Promise<{ userId: string; created: boolean }> {
  const existing = await queries.findUserByEmail(db, input.email);
  const userId =
    existing?.id ??
    (
      await queries.insertUser(db, {
        id: crypto.randomUUID(),
        name: input.name,
        email: input.email,
        emailVerified: true,
      })
    ).id;
  const memberships = await queries.findMembershipsInTenant(db, input.tenantId, [userId]);
  if (!memberships.some((m) => m.role === input.role)) {
    await queries.insertMembership(db, {
      tenantId: input.tenantId,
      userId,
      organisationId: input.organisationId,
      role: input.role,
    });
  }
  return { userId, created: !existing };
}

/** Ends a user's roles in a tenant; deletes the account when it has no role left anywhere (erasure). */
export async function removeAccountFromTenant(db: DbOrTx, tenantId: string, userId: string) {
  await queries.endAllMemberships(db, tenantId, userId);
  if (!(await queries.hasAnyMembership(db, userId))) await queries.deleteUser(db, userId);
}

/** The person record of a user in a tenant, if any (for other features). */
export function findPersonOfUser(db: DbOrTx, tenantId: string, userId: string) {
  return queries.findPersonOfUser(db, tenantId, userId);
}
