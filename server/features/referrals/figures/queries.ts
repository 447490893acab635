import { sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";

export type PairRow = {
  from_id: string;
  from_name: string;
  to_id: string;
  to_name: string;
  open: number;
  done: number;
  not_helped: number;
  not_taken_up: number;
};

/** Referrals made in [from, to) per pair of organisations, by outcome now. */
export async function pairCounts(db: DbOrTx, tenantId: string, from: Date, to: Date): Promise<PairRow[]> {
  const result = (await db.execute(sql`
    select r.from_organisation_id as from_id, f.name as from_name, r.partner_organisation_id as to_id, p.name as to_name,
      count(*) filter (where r.status in ('sent', 'received', 'intakePlanned', 'inProgress'))::int as open,
      count(*) filter (where r.status = 'done')::int as done,
      count(*) filter (where r.status = 'notHelped')::int as not_helped,
      count(*) filter (where r.status = 'notTakenUp')::int as not_taken_up
    from referral r
    join organisation f on f.id = r.from_organisation_id
    join organisation p on p.id = r.partner_organisation_id
    where r.tenant_id = ${tenantId} and r.created_at >= ${from.toISOString()}::timestamptz
      and r.created_at < ${to.toISOString()}::timestamptz
    group by 1, 2, 3, 4
    order by 2, 4`)) as unknown as { rows: PairRow[] };
  return result.rows;
}

export type PickUpRow = { from_id: string; to_id: string; made: string; picked: string; n: number };

/** When referrals of the period were picked up (first step after "sent"), as Amsterdam days, grouped. */
export async function pickUps(db: DbOrTx, tenantId: string, from: Date, to: Date): Promise<PickUpRow[]> {
  const result = (await db.execute(sql`
    select from_id, to_id, made, picked, count(*)::int as n from (
      select r.from_organisation_id as from_id, r.partner_organisation_id as to_id,
        to_char(r.created_at at time zone 'Europe/Amsterdam', 'YYYY-MM-DD') as made,
        to_char(min(c.changed_at) at time zone 'Europe/Amsterdam', 'YYYY-MM-DD') as picked
      from referral r
      join referral_status_change c on c.referral_id = r.id and c.tenant_id = r.tenant_id and c.status <> 'sent'
      where r.tenant_id = ${tenantId} and r.created_at >= ${from.toISOString()}::timestamptz
        and r.created_at < ${to.toISOString()}::timestamptz
      group by r.id
    ) s group by 1, 2, 3, 4`)) as unknown as { rows: PickUpRow[] };
  return result.rows;
}
