import { and, asc, desc, eq, gte, isNotNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import type { OrganisationScope } from "../../platform/scope.ts";
import { organisation } from "../organisations/schema.ts";
import { volunteer, volunteerStatusChange } from "../volunteers/schema.ts";
import { recruitmentAction, recruitmentCampaign } from "./schema.ts";

export type Scope = OrganisationScope;

const campaignScope = (scope: Scope) =>
  and(
    eq(recruitmentCampaign.tenantId, scope.tenantId),
    scope.organisationId ? eq(recruitmentCampaign.organisationId, scope.organisationId) : undefined,
  );

const campaignColumns = {
  campaign: recruitmentCampaign,
  organisationName: organisation.name,
  signups: sql<number>`(select count(*)::int from ${volunteer} where ${volunteer.campaignId} = ${recruitmentCampaign.id})`,
};

export function listCampaigns(db: DbOrTx, scope: Scope) {
  return db
    .select(campaignColumns)
    .from(recruitmentCampaign)
    .leftJoin(organisation, eq(organisation.id, recruitmentCampaign.organisationId))
    .where(campaignScope(scope))
    .orderBy(desc(recruitmentCampaign.startsOn), asc(recruitmentCampaign.name));
}

export async function findCampaign(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await db
    .select(campaignColumns)
    .from(recruitmentCampaign)
    .leftJoin(organisation, eq(organisation.id, recruitmentCampaign.organisationId))
    .where(and(campaignScope(scope), eq(recruitmentCampaign.id, id)));
  return row ?? null;
}

export async function insertCampaign(db: DbOrTx, values: typeof recruitmentCampaign.$inferInsert) {
  const [row] = await db.insert(recruitmentCampaign).values(values).returning();
  return row!;
}

export async function updateCampaign(
  db: DbOrTx,
  scope: Scope,
  id: string,
  values: Partial<typeof recruitmentCampaign.$inferInsert>,
) {
  const [row] = await db
    .update(recruitmentCampaign)
    .set(values)
    .where(and(campaignScope(scope), eq(recruitmentCampaign.id, id)))
    .returning();
  return row ?? null;
}

/** Per channel: signed up, reached intake, became active, and still active 3 and 6 months after starting. */
export function funnel(db: DbOrTx, tenantId: string, campaignId: string) {
  const stillActiveAfter = (months: number) =>
    sql<number>`count(*) filter (where ${volunteer.activeSince} <= current_date - make_interval(months => ${months})
      and (${volunteer.stoppedOn} is null or ${volunteer.stoppedOn} >= ${volunteer.activeSince} + make_interval(months => ${months})))::int`;
  return db
    .select({
      channel: sql<string>`coalesce(${volunteer.channel}, '')`,
      signedUp: sql<number>`count(*)::int`,
      intake: sql<number>`count(*) filter (where ${volunteer.activeSince} is not null or exists (
        select 1 from ${volunteerStatusChange} where ${volunteerStatusChange.volunteerId} = "volunteer"."id"
        and ${volunteerStatusChange.toStatus} in ('intakePlanned', 'active')))::int`,
      active: sql<number>`count(*) filter (where ${volunteer.activeSince} is not null)::int`,
      activeAfter3Months: stillActiveAfter(3),
      activeAfter6Months: stillActiveAfter(6),
    })
    .from(volunteer)
    .where(and(eq(volunteer.tenantId, tenantId), eq(volunteer.campaignId, campaignId)))
    .groupBy(sql`coalesce(${volunteer.channel}, '')`);
}

/**
 * Dropout per group: volunteers who were active at some time in the period, and how many of them
 * stopped in it. Erased volunteers still count (their anonymous fields stay).
 */
export function dropout(
  db: DbOrTx,
  scope: Scope,
  period: { from: string | null; to: string | null },
  groupBy: "organisation" | "reason" | "motiveType" | "channel",
) {
  const key = {
    organisation: sql<string>`coalesce(${volunteer.organisationId}::text, '')`,
    reason: sql<string>`coalesce(${volunteer.stopReason}, '')`,
    motiveType: sql<string>`coalesce(${volunteer.motiveType}, '')`,
    channel: sql<string>`coalesce(${volunteer.channel}, '')`,
  }[groupBy];
  const stoppedInPeriod = and(
    isNotNull(volunteer.stoppedOn),
    period.from ? gte(volunteer.stoppedOn, period.from) : undefined,
    period.to ? lte(volunteer.stoppedOn, period.to) : undefined,
  ) as SQL;
  const where = and(
    eq(volunteer.tenantId, scope.tenantId),
    scope.organisationId ? eq(volunteer.organisationId, scope.organisationId) : undefined,
    isNotNull(volunteer.activeSince),
    period.to ? lte(volunteer.activeSince, period.to) : undefined,
    period.from ? or(sql`${volunteer.stoppedOn} is null`, gte(volunteer.stoppedOn, period.from)) : undefined,
    groupBy === "reason" ? stoppedInPeriod : undefined,
  );
  return db
    .select({
      key,
      volunteers: sql<number>`count(*)::int`,
      stopped: sql<number>`(count(*) filter (where ${stoppedInPeriod}))::int`,
    })
    .from(volunteer)
    .where(where)
    .groupBy(key)
    .orderBy(key);
}

export function organisationNames(db: DbOrTx, tenantId: string) {
  return db
    .select({ id: organisation.id, name: organisation.name })
    .from(organisation)
    .where(eq(organisation.tenantId, tenantId));
}

// --- Action plan ---

const actionScope = (scope: Scope) =>
  and(
    eq(recruitmentAction.tenantId, scope.tenantId),
    scope.organisationId ? eq(recruitmentAction.organisationId, scope.organisationId) : undefined,
  );

export function listActions(db: DbOrTx, scope: Scope, organisationId?: string) {
  return db
    .select({ action: recruitmentAction, organisationName: organisation.name })
    .from(recruitmentAction)
    .leftJoin(organisation, eq(organisation.id, recruitmentAction.organisationId))
    .where(
      and(
        actionScope(scope),
        organisationId ? eq(recruitmentAction.organisationId, organisationId) : undefined,
      ),
    )
    .orderBy(
      asc(recruitmentAction.level),
      asc(recruitmentAction.status),
      asc(recruitmentAction.dueOn),
      asc(recruitmentAction.title),
    );
}

export async function insertAction(db: DbOrTx, values: typeof recruitmentAction.$inferInsert) {
  const [row] = await db.insert(recruitmentAction).values(values).returning();
  return row!;
}

export async function updateAction(
  db: DbOrTx,
  scope: Scope,
  id: string,
  values: Partial<typeof recruitmentAction.$inferInsert>,
) {
  const [row] = await db
    .update(recruitmentAction)
    .set(values)
    .where(and(actionScope(scope), eq(recruitmentAction.id, id)))
    .returning();
  return row ?? null;
}

export async function deleteAction(db: DbOrTx, scope: Scope, id: string) {
  const rows = await db
    .delete(recruitmentAction)
    .where(and(actionScope(scope), eq(recruitmentAction.id, id)))
    .returning({ id: recruitmentAction.id });
  return rows.length > 0;
}
