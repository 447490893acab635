import { and, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { outreachAddress, outreachCampaign, outreachVisit } from "../schema.ts";

/** Campaigns whose retention period is over (ended more than retentionMonths ago) and not purged yet. */
export function campaignsToPurge(db: DbOrTx, today: string) {
  return db
    .select()
    .from(outreachCampaign)
    .where(
      and(
        isNull(outreachCampaign.purgedAt),
        sql`${outreachCampaign.endsOn} + make_interval(months => ${outreachCampaign.retentionMonths}::int) < ${today}::date`,
      ),
    );
}

/**
 * Removes a campaign's personal details: what was said at the doors (signals, notes, plans), why a
 * door was skipped, and how a referred household could be reached. Visits, outcomes and statuses stay,
 * so the counts stay right; the monitor as it was is kept with the campaign.
 */
export async function purgeCampaign(db: DbOrTx, tenantId: string, campaignId: string, snapshot: unknown) {
  await db
    .update(outreachVisit)
    .set({ signals: {}, note: "", plan: null })
    .where(and(eq(outreachVisit.tenantId, tenantId), eq(outreachVisit.campaignId, campaignId)));
  await db
    .update(outreachAddress)
    .set({ excludedReason: sql`case when ${outreachAddress.excludedAt} is null then null else '' end` })
    .where(and(eq(outreachAddress.tenantId, tenantId), eq(outreachAddress.campaignId, campaignId)));
  await db.execute(sql`update referral set contact = '', reason = '', status_note = '', household = split_part(household, ',', 2)
    where tenant_id = ${tenantId}::uuid and source = 'outreachVisit'
      and source_id in (select id from outreach_visit where tenant_id = ${tenantId}::uuid and campaign_id = ${campaignId}::uuid)`);
  await db
    .update(outreachCampaign)
    .set({ purgedAt: new Date(), monitorSnapshot: snapshot as never })
    .where(and(eq(outreachCampaign.tenantId, tenantId), eq(outreachCampaign.id, campaignId)));
}
