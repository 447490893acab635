import { and, count, desc, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../db/client.ts";
import { authUser, membership } from "../accounts/schema.ts";
import { pactMember } from "../network/schema.ts";
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
    .select({
      referral,
      partnerName: partner.name,
      fromName: from.name,
      serviceLevelDays: pactMember.serviceLevelDays,
    })
    .from(referral)
    .innerJoin(partner, eq(partner.id, referral.partnerOrganisationId))
    .innerJoin(from, eq(from.id, referral.fromOrganisationId))
    .leftJoin(
      pactMember,
      and(
        eq(pactMember.tenantId, referral.tenantId),
        eq(pactMember.organisationId, referral.partnerOrganisationId),
      ),
    );
}

/** Still "sent" and made before the cut-off of the partner's service level (working days → moment). */
function overdueWhere(before: Map<number, Date>) {
  const level = sql`coalesce(${pactMember.serviceLevelDays}, 5)`;
  return and(
    eq(referral.status, "sent"),
    or(
      ...[...before].map(
        ([days, at]) =>
          sql`(${level} = ${days} and ${referral.createdAt} < ${at.toISOString()}::timestamptz)`,
      ),
    ),
  );
}

export async function listReferrals(
  db: DbOrTx,
  scope: ReferralScope,
  filter: { status?: string; direction?: "incoming" | "outgoing"; overdueBefore?: Map<number, Date> },
  page: { page: number; pageSize: number },
) {
  const where: SQL | undefined = and(
    scopeWhere(scope),
    filter.status ? eq(referral.status, filter.status as "sent") : undefined,
    filter.direction === "incoming" && scope.partnerOrganisationId
      ? eq(referral.partnerOrganisationId, scope.partnerOrganisationId)
      : undefined,
    filter.direction === "outgoing" && scope.fromOrganisationId
      ? eq(referral.fromOrganisationId, scope.fromOrganisationId)
      : undefined,
    filter.overdueBefore ? overdueWhere(filter.overdueBefore) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    select(db)
      .where(where)
      .orderBy(desc(referral.urgency), desc(referral.createdAt))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db
      .select({ value: count() })
      .from(referral)
      .leftJoin(
        pactMember,
        and(
          eq(pactMember.tenantId, referral.tenantId),
          eq(pactMember.organisationId, referral.partnerOrganisationId),
        ),
      )
      .where(where),
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
    tenantId: values.tenantId,
    referralId: row!.id,
    status: "sent",
    changedByUserId: values.createdByUserId ?? null,
  });
  return row!;
}

export async function setStatus(
  db: DbOrTx,
  tenantId: string,
  id: string,
  values: {
    status: typeof referral.$inferSelect.status;
    note: string;
    userId: string;
    details?: Partial<
      Pick<typeof referral.$inferInsert, "partnerReference" | "intakeAt" | "intakePlace" | "notHelpedReason">
    >;
  },
) {
  await db
    .update(referral)
    .set({ status: values.status, statusNote: values.note, statusChangedAt: new Date(), ...values.details })
    .where(and(eq(referral.tenantId, tenantId), eq(referral.id, id)));
  await db.insert(referralStatusChange).values({
    tenantId,
    referralId: id,
    status: values.status,
    note: values.note,
    changedByUserId: values.userId,
  });
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

/** Details the partner records without a new step (its reference, a moved intake). */
export async function setDetails(
  db: DbOrTx,
  id: string,
  details: Partial<Pick<typeof referral.$inferInsert, "partnerReference" | "intakeAt" | "intakePlace">>,
) {
  if (Object.keys(details).length > 0) await db.update(referral).set(details).where(eq(referral.id, id));
}

export async function organisationName(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select({ name: organisation.name })
    .from(organisation)
    .where(and(eq(organisation.tenantId, tenantId), eq(organisation.id, id)));
  return row?.name ?? null;
}

/**
 * The resident withdrew consent: the personal details go from the referral and its history (both
 * organisations read this one row); status and dates stay for the figures.
 */
export async function eraseDetails(db: DbOrTx, tenantId: string, id: string, at: Date) {
  await db
    .update(referral)
    .set({
      household: "",
      contact: "",
      reason: "",
      statusNote: "",
      consentText: "",
      partnerReference: "",
      intakePlace: "",
      consentWithdrawnAt: at,
    })
    .where(and(eq(referral.tenantId, tenantId), eq(referral.id, id)));
  await db
    .update(referralStatusChange)
    .set({ note: "" })
    .where(and(eq(referralStatusChange.tenantId, tenantId), eq(referralStatusChange.referralId, id)));
}

/** The staff of an organisation who work with referrals (sender or partner side), membership not ended. */
export function organisationPeople(db: DbOrTx, tenantId: string, organisationId: string) {
  return db
    .selectDistinct({ id: authUser.id, name: authUser.name, email: authUser.email })
    .from(membership)
    .innerJoin(authUser, eq(authUser.id, membership.userId))
    .where(
      and(
        eq(membership.tenantId, tenantId),
        eq(membership.organisationId, organisationId),
        inArray(membership.role, ["coordinator", "professional", "partner"]),
        isNull(membership.endedAt),
      ),
    );
}
