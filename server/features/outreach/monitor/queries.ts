import { and, eq, isNotNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { outreachShift, outreachShiftMember } from "../schema.ts";

/**
 * Per neighbourhood (from the postcode table; "Onbekend" otherwise): doors, visited, reached,
 * conversations, households with a signal per topic, plans, follow-ups done and referrals.
 */
export async function monitor(db: DbOrTx, tenantId: string, campaignId: string, topics: string[]) {
  const signal = (topic: string) =>
    sql`count(distinct v.address_id) filter (where v.signals ? ${topic})::int`;
  const result = (await db.execute(sql`
    select coalesce(n.name, 'Onbekend') as neighbourhood,
      count(distinct a.id) filter (where a.excluded_at is null)::int as doors,
      count(distinct v.address_id) filter (where v.kind = 'first')::int as visited,
      count(distinct v.address_id) filter (where v.outcome in ('conversation', 'noInterest', 'comeBack'))::int as reached,
      count(distinct v.address_id) filter (where v.outcome = 'conversation')::int as conversations,
      ${
        topics.length
          ? sql.join(
              topics.map((topic, i) => sql`${signal(topic)} as ${sql.raw(`"signal_${i}"`)}`),
              sql`, `,
            )
          : sql`0 as "signal_none"`
      },
      count(distinct v.id) filter (where v.plan is not null)::int as plans,
      count(distinct v.address_id) filter (where v.kind = 'followUp')::int as follow_ups_done,
      count(distinct r.id)::int as referrals,
      count(distinct r.id) filter (where r.status = 'done')::int as referrals_done,
      count(distinct r.id) filter (where r.status = 'notTakenUp')::int as referrals_not_taken_up
    from outreach_address a
      left join postcode_neighbourhood pn on pn.tenant_id = ${tenantId}::uuid and pn.postcode = a.postcode
      left join neighbourhood n on n.id = pn.neighbourhood_id
      left join outreach_visit v on v.tenant_id = a.tenant_id and v.address_id = a.id
      left join referral r on r.tenant_id = a.tenant_id and r.source = 'outreachVisit' and r.source_id = v.id
    where a.tenant_id = ${tenantId}::uuid and a.campaign_id = ${campaignId}::uuid
    group by coalesce(n.name, 'Onbekend')
    order by 1`)) as unknown as { rows: Record<string, number | string>[] };
  return result.rows;
}

/** Hours between check-in and check-out, summed over the campaign's shifts. */
export async function walkedHours(db: DbOrTx, tenantId: string, campaignId: string) {
  const [row] = await db
    .select({
      hours: sql<number>`coalesce(sum(extract(epoch from (${outreachShiftMember.checkedOutAt} - ${outreachShiftMember.checkedInAt})) / 3600), 0)::float8`,
    })
    .from(outreachShiftMember)
    .innerJoin(outreachShift, eq(outreachShift.id, outreachShiftMember.shiftId))
    .where(
      and(
        eq(outreachShiftMember.tenantId, tenantId),
        eq(outreachShift.campaignId, campaignId),
        isNotNull(outreachShiftMember.checkedOutAt),
      ),
    );
  return Number(row?.hours ?? 0);
}
