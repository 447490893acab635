import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";

export type MatrixRow = {
  /** Null on the row that sums the pairs not listed. */
  from_id: string | null;
  from_name: string | null;
  to_id: string | null;
  to_name: string | null;
  open: number;
  done: number;
  not_helped: number;
  not_taken_up: number;
  /** How many pairs the row sums (1 for a listed pair). */
  pairs: number;
  /** Median working days from made to the first step after "sent", of `picked` referrals. */
  median_days: number | null;
  picked: number;
};

/**
 * Referrals made in [from, to) per pair of organisations by outcome now, with the median pick-up time in
 * working days (weekdays minus `holidays`, for pick-ups from `days.from` to `days.to`). The `limit`
 * largest pairs with at least `minimum` referrals are listed (ties by name); the rest are summed into one
 * row with null ids.
 * Everything is aggregated in the database: a network of hundreds has thousands of small pairs.
 */
export async function matrixRows(
  db: DbOrTx,
  tenantId: string,
  period: { from: Date; to: Date },
  listing: { limit: number; minimum: number; holidays: string[]; days: { from: string; to: string } },
): Promise<MatrixRow[]> {
  const holidays = listing.holidays.length
    ? sql`array[${sql.join(
        listing.holidays.map((h) => sql`${h}::date`),
        sql`, `,
      )}]`
    : sql`'{}'::date[]`;
  const result = (await db.execute(sql`
    with made as (
      select r.id, r.from_organisation_id as f, r.partner_organisation_id as t, r.status, r.created_at
      from referral r
      where r.tenant_id = ${tenantId} and r.created_at >= ${period.from.toISOString()}::timestamptz
        and r.created_at < ${period.to.toISOString()}::timestamptz
    ), pairs as (
      select f, t, count(*) as total,
        count(*) filter (where status in ('sent', 'received', 'intakePlanned', 'inProgress')) as open,
        count(*) filter (where status = 'done') as done,
        count(*) filter (where status = 'notHelped') as not_helped,
        count(*) filter (where status = 'notTakenUp') as not_taken_up
      from made group by f, t
    ), listed as (
      select p.f, p.t, fo.name as from_name, too.name as to_name from pairs p
      join organisation fo on fo.id = p.f
      join organisation too on too.id = p.t
      where p.total >= ${listing.minimum}
      order by p.total desc, fo.name, too.name, p.f, p.t
      limit ${listing.limit}
    ), counts as (
      select l.f, l.t, sum(p.open)::int as open, sum(p.done)::int as done, sum(p.not_helped)::int as not_helped,
        sum(p.not_taken_up)::int as not_taken_up, count(*)::int as pairs
      from pairs p left join listed l on l.f = p.f and l.t = p.t
      group by l.f, l.t
    ), picks as (
      select m.f, m.t, (m.created_at at time zone 'Europe/Amsterdam')::date as made,
        (min(c.changed_at) at time zone 'Europe/Amsterdam')::date as picked
      from made m
      join referral_status_change c on c.referral_id = m.id and c.tenant_id = ${tenantId} and c.status <> 'sent'
      group by m.id, m.f, m.t, m.created_at
    ), working as (
      select d::date as day, count(*) filter (where extract(isodow from d) < 6 and d::date <> all(${holidays}))
        over (order by d) as n
      from generate_series(${listing.days.from}::date, ${listing.days.to}::date, interval '1 day') d
    ), medians as (
      select l.f, l.t, count(*)::int as picked,
        percentile_cont(0.5) within group (order by greatest(0, wp.n - wm.n)) as median_days
      from picks k
      join working wm on wm.day = k.made
      join working wp on wp.day = k.picked
      left join listed l on l.f = k.f and l.t = k.t
      group by l.f, l.t
    )
    select c.f as from_id, l.from_name, c.t as to_id, l.to_name, c.open, c.done, c.not_helped, c.not_taken_up,
      c.pairs, m.median_days, coalesce(m.picked, 0) as picked
    from counts c
    left join listed l on l.f = c.f and l.t = c.t
    left join medians m on m.f is not distinct from c.f and m.t is not distinct from c.t
    order by c.f is null, l.from_name, l.to_name`)) as unknown as { rows: MatrixRow[] };
  return result.rows;
}
