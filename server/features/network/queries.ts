import { and, asc, count, eq, gt, ilike, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { authUser, membership } from "../accounts/schema.ts";
import { organisation } from "../organisations/schema.ts";
import { networkSetting, offering, pactMember } from "./schema.ts";

export type OfferingFilter = {
  q?: string;
  districtId?: string;
  organisationId?: string;
  /** Only offerings last checked before this moment. */
  checkedBefore?: Date;
  /** The public directory: active offerings of active organisations in the pact. */
  publicOnly?: { today: string };
};

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A pact member on a day: signed on or before it, not ended. */
export const activeMember = (today: string) =>
  and(
    sql`${pactMember.signedOn} <= ${today}::date`,
    or(isNull(pactMember.endedOn), gt(pactMember.endedOn, today)),
  );

function offeringWhere(tenantId: string, filter: OfferingFilter): SQL | undefined {
  return and(
    eq(offering.tenantId, tenantId),
    filter.organisationId ? eq(offering.organisationId, filter.organisationId) : undefined,
    filter.districtId
      ? sql`(cardinality(${offering.districtIds}) = 0 or ${filter.districtId}::uuid = any(${offering.districtIds}))`
      : undefined,
    filter.q
      ? or(
          ilike(offering.name, like(filter.q)),
          ilike(offering.description, like(filter.q)),
          ilike(offering.forWhom, like(filter.q)),
          ilike(organisation.name, like(filter.q)),
        )
      : undefined,
    filter.checkedBefore
      ? sql`${offering.lastCheckedAt} < ${filter.checkedBefore.toISOString()}::timestamptz`
      : undefined,
    filter.publicOnly
      ? and(
          eq(offering.status, "active"),
          eq(organisation.active, true),
          sql`exists (select 1 from ${pactMember} where ${pactMember.tenantId} = ${offering.tenantId}
            and ${pactMember.organisationId} = ${offering.organisationId}
            and ${pactMember.signedOn} <= ${filter.publicOnly.today}::date
            and (${pactMember.endedOn} is null or ${pactMember.endedOn} > ${filter.publicOnly.today}::date))`,
        )
      : undefined,
  );
}

export async function listOfferings(
  db: DbOrTx,
  tenantId: string,
  filter: OfferingFilter,
  page: { page: number; pageSize: number },
) {
  const where = offeringWhere(tenantId, filter);
  const [rows, [total]] = await Promise.all([
    db
      .select({ offering, organisationName: organisation.name })
      .from(offering)
      .innerJoin(organisation, eq(organisation.id, offering.organisationId))
      .where(where)
      .orderBy(asc(offering.name), asc(offering.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db
      .select({ value: count() })
      .from(offering)
      .innerJoin(organisation, eq(organisation.id, offering.organisationId))
      .where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

/** Every offering of a tenant with its organisation (for the HSDS export). */
export function allOfferings(db: DbOrTx, tenantId: string) {
  return db
    .select({ offering, organisationName: organisation.name })
    .from(offering)
    .innerJoin(organisation, eq(organisation.id, offering.organisationId))
    .where(eq(offering.tenantId, tenantId))
    .orderBy(asc(offering.organisationId), asc(offering.name));
}

export async function findOffering(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select({ offering, organisationName: organisation.name })
    .from(offering)
    .innerJoin(organisation, eq(organisation.id, offering.organisationId))
    .where(and(eq(offering.tenantId, tenantId), eq(offering.id, id)));
  return row ?? null;
}

export async function insertOffering(db: DbOrTx, values: typeof offering.$inferInsert) {
  const [row] = await db.insert(offering).values(values).returning({ id: offering.id });
  return row!.id;
}

export async function updateOffering(
  db: DbOrTx,
  tenantId: string,
  id: string,
  values: Partial<typeof offering.$inferInsert>,
) {
  await db
    .update(offering)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(offering.tenantId, tenantId), eq(offering.id, id)));
}

export function listMembers(db: DbOrTx, tenantId: string) {
  return db
    .select({ member: pactMember, organisationName: organisation.name, organisationType: organisation.type })
    .from(pactMember)
    .innerJoin(organisation, eq(organisation.id, pactMember.organisationId))
    .where(eq(pactMember.tenantId, tenantId))
    .orderBy(asc(organisation.name));
}

export async function upsertMember(db: DbOrTx, values: typeof pactMember.$inferInsert) {
  const { tenantId: _t, organisationId: _o, ...rest } = values;
  const [row] = await db
    .insert(pactMember)
    .values(values)
    .onConflictDoUpdate({
      target: [pactMember.tenantId, pactMember.organisationId],
      set: { ...rest, updatedAt: new Date() },
    })
    .returning({ id: pactMember.id });
  return row!.id;
}

/** The organisations of a list that are active pact members on a day, with their service level. */
export function activeMembers(db: DbOrTx, tenantId: string, organisationIds: string[], today: string) {
  if (organisationIds.length === 0) return Promise.resolve([]);
  return db
    .select({ organisationId: pactMember.organisationId, serviceLevelDays: pactMember.serviceLevelDays })
    .from(pactMember)
    .where(
      and(
        eq(pactMember.tenantId, tenantId),
        inArray(pactMember.organisationId, organisationIds),
        activeMember(today),
      ),
    );
}

/** The organisations that are active members today. */
export function activeMemberIds(db: DbOrTx, tenantId: string, today: string) {
  return db
    .select({ organisationId: pactMember.organisationId })
    .from(pactMember)
    .where(and(eq(pactMember.tenantId, tenantId), activeMember(today)));
}

/** The active members with their contact person (conference invitations). */
export function activeMemberContacts(db: DbOrTx, tenantId: string, today: string) {
  return db
    .select({
      memberId: pactMember.id,
      organisationId: pactMember.organisationId,
      organisationName: organisation.name,
      contactName: pactMember.contactName,
      contactEmail: pactMember.contactEmail,
    })
    .from(pactMember)
    .innerJoin(organisation, eq(organisation.id, pactMember.organisationId))
    .where(and(eq(pactMember.tenantId, tenantId), activeMember(today)))
    .orderBy(asc(organisation.name));
}

/** Service levels (working days) of the tenant's members, ended or not. */
export function serviceLevels(db: DbOrTx, tenantId: string) {
  return db
    .select({ organisationId: pactMember.organisationId, serviceLevelDays: pactMember.serviceLevelDays })
    .from(pactMember)
    .where(eq(pactMember.tenantId, tenantId));
}

export async function reviewMonths(db: DbOrTx, tenantId: string) {
  const [row] = await db
    .select({ reviewMonths: networkSetting.reviewMonths })
    .from(networkSetting)
    .where(eq(networkSetting.tenantId, tenantId));
  return row?.reviewMonths ?? null;
}

export async function saveReviewMonths(db: DbOrTx, tenantId: string, months: number) {
  await db
    .insert(networkSetting)
    .values({ tenantId, reviewMonths: months })
    .onConflictDoUpdate({ target: networkSetting.tenantId, set: { reviewMonths: months } });
}

/**
 * Offerings due for a review reminder, in every tenant: not checked for the tenant's review period and
 * not reminded since the period began (so a rerun, or the next day, sends nothing again).
 */
export function offeringsDueForReview(db: DbOrTx, now: Date, defaultMonths: number) {
  const cutoff = sql`${now.toISOString()}::timestamptz - make_interval(months => coalesce(${networkSetting.reviewMonths}, ${defaultMonths}::int))`;
  return db
    .select({
      id: offering.id,
      tenantId: offering.tenantId,
      organisationId: offering.organisationId,
      name: offering.name,
      reviewRemindedAt: offering.reviewRemindedAt,
    })
    .from(offering)
    .leftJoin(networkSetting, eq(networkSetting.tenantId, offering.tenantId))
    .where(
      and(
        eq(offering.status, "active"),
        sql`${offering.lastCheckedAt} < ${cutoff}`,
        sql`(${offering.reviewRemindedAt} is null or ${offering.reviewRemindedAt} < greatest(${offering.lastCheckedAt}, ${cutoff}))`,
      ),
    )
    .orderBy(asc(offering.tenantId), asc(offering.organisationId), asc(offering.name));
}

/** Claims the reminder of an offering: compare-and-set on the value read, so two runs send it once. */
export async function claimReminder(db: DbOrTx, id: string, now: Date, previous: Date | null) {
  const rows = await db
    .update(offering)
    .set({ reviewRemindedAt: now })
    .where(
      and(
        eq(offering.id, id),
        previous ? eq(offering.reviewRemindedAt, previous) : isNull(offering.reviewRemindedAt),
      ),
    )
    .returning({ id: offering.id });
  return rows.length > 0;
}

/** The people of an organisation who keep its offerings (staff roles, membership not ended). */
export function organisationStaff(db: DbOrTx, tenantId: string, organisationId: string) {
  return db
    .selectDistinct({ id: authUser.id, name: authUser.name, email: authUser.email })
    .from(membership)
    .innerJoin(authUser, eq(authUser.id, membership.userId))
    .where(
      and(
        eq(membership.tenantId, tenantId),
        eq(membership.organisationId, organisationId),
        inArray(membership.role, ["coordinator", "partner", "professional"]),
        isNull(membership.endedAt),
      ),
    );
}
