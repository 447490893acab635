import { amsterdamDay } from "../../../../shared/dates.ts";
import type { Db } from "../../../db/client.ts";
import { computeMonitor } from "../monitor/service.ts";
import * as queries from "./queries.ts";

/**
 * Daily: campaigns whose retention period is over lose their personal details (signals, notes, plans,
 * skip reasons, referral contacts); the monitor's counts are kept with the campaign. Idempotent.
 */
export async function purgeExpiredCampaigns(db: Db, now = new Date()) {
  let purged = 0;
  for (const campaign of await queries.campaignsToPurge(db, amsterdamDay(now))) {
    await db.transaction(async (tx) => {
      const snapshot = await computeMonitor(tx, campaign.tenantId, campaign);
      await queries.purgeCampaign(tx, campaign.tenantId, campaign.id, snapshot);
    });
    purged++;
  }
  return { purged };
}
