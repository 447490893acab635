import type { Monitor, MonitorCounts } from "../../../../shared/outreach.ts";
import { monitorExportTable, showMonitor, sumMonitorRows } from "../../../../shared/outreach-monitor.ts";
import { hidesSmallCounts } from "../../../../shared/small-counts.ts";
import type { DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { exportTable } from "../../../platform/table-export.ts";
import { campaignRow } from "../campaigns/service.ts";
import * as queries from "./queries.ts";

/** The campaign per neighbourhood, with a total row; small counts hidden for the municipality. */
export async function monitorCampaign(db: DbOrTx, actor: Actor, campaignId: string): Promise<Monitor> {
  const campaign = (await campaignRow(db, actor, campaignId)).campaign;
  const counts = campaign.monitorSnapshot ?? (await computeMonitor(db, actor.tenantId, campaign));
  return showMonitor(counts, hidesSmallCounts(actor.role));
}

/** Exactly what the screen shows, as CSV or XLSX. */
export async function exportMonitor(db: DbOrTx, actor: Actor, campaignId: string, format: "csv" | "xlsx") {
  return exportTable(monitorExportTable(await monitorCampaign(db, actor, campaignId)), format);
}

/** The exact counts per neighbourhood and in total (for the screen, exports and the retention snapshot). */
export async function computeMonitor(
  db: DbOrTx,
  tenantId: string,
  campaign: { id: string; topics: { code: string; label: string }[] },
): Promise<MonitorCounts> {
  const codes = campaign.topics.map((t) => t.code);
  const rows = await queries.monitor(db, tenantId, campaign.id, codes);
  const toRow = (r: Record<string, number | string>): MonitorCounts["rows"][number] => ({
    neighbourhood: String(r.neighbourhood),
    doors: Number(r.doors),
    visited: Number(r.visited),
    reached: Number(r.reached),
    conversations: Number(r.conversations),
    signals: Object.fromEntries(codes.map((code, i) => [code, Number(r[`signal_${i}`] ?? 0)])),
    plans: Number(r.plans),
    followUpsDone: Number(r.follow_ups_done),
    referrals: Number(r.referrals),
    referralsDone: Number(r.referrals_done),
    referralsNotTakenUp: Number(r.referrals_not_taken_up),
  });
  const perRow = rows.map(toRow);
  return {
    topics: campaign.topics,
    rows: perRow,
    total: sumMonitorRows(perRow, codes),
    volunteerHours: Math.round((await queries.walkedHours(db, tenantId, campaign.id)) * 10) / 10,
    suppressed: false,
  };
}
