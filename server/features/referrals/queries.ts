import { and, count, desc, eq, isNull, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client.ts";
import { authUser, membership } from "../accounts/schema.ts";
import { organisation } from "../organisations/schema.ts";
import { referral, referralStatusChange } from "./schema.ts";

/** Whose referrals: those an organisation received or sent (see policy.ts); both null: all (system jobs). */
export type ReferralScope = {
  tenantId: string;
  partnerOrganisationId: string | null;
  fromOrganisationId: string | null;
};

const partner = alias(organisation, "partner");
const from = alias(organisation, "from_organisation");

const scopeWhere = (scope: ReferralScope) =>
  and(
    eq(referral.tenantId, scope.tenantId),
    scope.partnerOrganisationId || scope.fromOrganisationId
      ? or(
          scope.partnerOrganisationId
            ? eq(referral.partnerOrganisationId, scope.partnerOrganisationId)
            : undefined,
          scope.fromOrganisationId ? eq(referral.fromOrganisationId, scope.fromOrganisationId) : undefined,
        )
      : undefined,
  );

function select(db: DbOrTx) {
  return db
    .select({ referral, partnerName: partner.name, fromName: from.name })
    .from(referral)
    .innerJoin(partner, eq(partner.id, referral.partnerOrganisationId))
    .innerJoin(from, eq(from.id, referral.fromOrganisationId));
}

export async function listReferrals(
  db: DbOrTx,
  scope: ReferralScope,
  filter: { status?: string; overdueBefore?: Date },
  page: { page: number; pageSize: number },
) {
  const where: SQL | undefined = and(
    scopeWhere(scope),
    filter.status ? eq(referral.status, filter.status as "sent") : undefined,
    filter.overdueBefore
      ? and(
          eq(referral.status, "sent"),
          sql`${referral.createdAt} < ${filter.overdueBefore.toISOString()}::timestamptz`,
        )
      : undefined,
  );
  const [rows, [total]] = await Promise.all([
    select(db)
      .where(where)
      .orderBy(desc(referral.urgency), desc(referral.createdAt))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ value: count() }).from(referral).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export async function findReferral(db: DbOrTx, scope: ReferralScope, id: string) {
  const [row] = await select(db).where(and(scopeWhere(scope), eq(referral.id, id)));
  return row ?? null;
}

export async function insertReferral(db: DbOrTx, values: typeof referral.$inferInsert) {
  const [row] = await db.insert(referral).values(values).returning({ id: referral.id });
  await db.insert(referralStatusChange).values({
    referralId: row!.id,
    status: "sent",
    changedByUserId: values.createdByUserId ?? null,
  });
  return row!;
}

export async function setStatus(
  db: DbOrTx,
  id: string,
  values: { status: typeof referral.$inferSelect.status; note: string; userId: string },
) {
  await db
    .update(referral)
    .set({ status: values.status, statusNote: values.note, statusChangedAt: new Date() })
    .where(eq(referral.id, id));
  await db
    .insert(referralStatusChange)
    .values({ referralId: id, status: values.status, note: values.note, changedByUserId: values.userId });
}

export async function markVolunteerAsked(db: DbOrTx, id: string) {
  await db.update(referral).set({ volunteerAskedAt: new Date() }).where(eq(referral.id, id));
}

export async function userContact(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ id: authUser.id, name: authUser.name, email: authUser.email })
    .from(authUser)
    .where(eq(authUser.id, userId));
  return row ?? null;
}

/** The people of a partner organisation who handle referrals (partner role, membership not ended). */
export function partnerRecipients(db: DbOrTx, tenantId: string, organisationId: string) {
  return db
    .selectDistinct({ id: authUser.id, name: authUser.name, email: authUser.email })
    .from(membership)
    .innerJoin(authUser, eq(authUser.id, membership.userId))
    .where(
      and(
        eq(membership.tenantId, tenantId),
        eq(membership.organisationId, organisationId),
        eq(membership.role, "partner"),
        isNull(membership.endedAt),
      ),
    );
}
