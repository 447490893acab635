import { and, eq, sql } from "drizzle-orm";
import { activeStatuses } from "../../../../shared/participation/agreements.ts";
import type { DbOrTx } from "../../../db/client.ts";
import { participationAgreement, participationObstacle } from "../schema.ts";

const counting = sql.join(
  activeStatuses.map((s) => sql`${s}`),
  sql`, `,
);

/** The exact figures of the policy report, for one tenant. */
export async function reportFigures(db: DbOrTx, tenantId: string) {
  const a = participationAgreement;
  const [byActivity, found, decisions, refusals, obstacles, hours] = await Promise.all([
    db
      .select({ key: a.activity, n: sql<number>`count(distinct ${a.clientId})::int` })
      .from(a)
      .where(and(eq(a.tenantId, tenantId), sql`${a.status} in (${counting})`))
      .groupBy(a.activity),
    db
      .select({
        all: sql<number>`count(*)::int`,
        client: sql<number>`(count(*) filter (where ${a.foundBy} = 'client'))::int`,
      })
      .from(a)
      .where(and(eq(a.tenantId, tenantId), sql`${a.status} <> 'proposal'`)),
    db
      .select({ days: sql<number>`extract(epoch from (${a.decidedAt} - ${a.requestedAt})) / 86400.0` })
      .from(a)
      .where(and(eq(a.tenantId, tenantId), eq(a.procedure, "permission"), sql`${a.decidedAt} is not null`)),
    db
      .select({ key: a.refusalCategory, n: sql<number>`count(*)::int` })
      .from(a)
      .where(and(eq(a.tenantId, tenantId), eq(a.status, "refused")))
      .groupBy(a.refusalCategory),
    db
      .select({ key: participationObstacle.category, n: sql<number>`count(*)::int` })
      .from(participationObstacle)
      .where(eq(participationObstacle.tenantId, tenantId))
      .groupBy(participationObstacle.category),
    db
      .select({ h: a.hoursPerWeek })
      .from(a)
      .where(and(eq(a.tenantId, tenantId), sql`${a.status} in (${counting})`)),
  ]);
  const record = (rows: { key: string | null; n: number }[]) =>
    Object.fromEntries(rows.map((r) => [r.key ?? "other", r.n]));
  return {
    byActivity: record(byActivity),
    agreements: found[0]?.all ?? 0,
    foundByClient: found[0]?.client ?? 0,
    decisionDays: decisions.map((d) => Math.round(Number(d.days) * 10) / 10),
    refusals: record(refusals),
    obstacles: record(obstacles),
    hoursPerWeek: hours.map((r) => r.h),
  };
}

export async function insertObstacle(db: DbOrTx, values: typeof participationObstacle.$inferInsert) {
  const [row] = await db
    .insert(participationObstacle)
    .values(values)
    .returning({ id: participationObstacle.id });
  return row!;
}
