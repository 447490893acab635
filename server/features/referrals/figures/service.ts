import { addDays, amsterdamInstant } from "../../../../shared/dates.ts";
import type { ReferralMatrix } from "../../../../shared/network.ts";
import { hidesSmallCounts, hideTable, SMALL_COUNT } from "../../../../shared/small-counts.ts";
import { workingDaysBetween } from "../../../../shared/working-days.ts";
import type { DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { validationFailed } from "../../../platform/errors.ts";
import * as queries from "./queries.ts";

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Who refers to whom in a period (days in Europe/Amsterdam, both included): counts per pair and outcome,
 * small counts hidden for the roles that see aggregates only (ADR 0014), and the median pick-up time in
 * working days (shown from SMALL_COUNT picked-up referrals). No personal data.
 */
export async function referralMatrix(
  db: DbOrTx,
  actor: Pick<Actor, "tenantId" | "role">,
  period: { from: string; to: string },
  /** Hide small counts whatever the role (a conference overview is shown to every partner). */
  alwaysHide = false,
): Promise<ReferralMatrix> {
  if (period.to < period.from)
    throw validationFailed([
      { path: "to", code: "before_start", message: "De einddatum ligt voor de begindatum." },
    ]);
  const start = amsterdamInstant(period.from);
  const end = amsterdamInstant(addDays(period.to, 1));
  const [pairs, picks] = await Promise.all([
    queries.pairCounts(db, actor.tenantId, start, end),
    queries.pickUps(db, actor.tenantId, start, end),
  ]);
  const days = new Map<string, number[]>();
  for (const p of picks) {
    const key = `${p.from_id}>${p.to_id}`;
    const list = days.get(key) ?? [];
    const d = workingDaysBetween(p.made, p.picked);
    for (let i = 0; i < p.n; i++) list.push(d);
    days.set(key, list);
  }
  const table = hideTable(
    pairs.map((p) => [p.open, p.done, p.not_helped, p.not_taken_up]),
    4,
    { hide: alwaysHide || hidesSmallCounts(actor.role), rowTotals: true },
  );
  return {
    from: period.from,
    to: period.to,
    pairs: pairs.map((p, i) => {
      const picked = days.get(`${p.from_id}>${p.to_id}`) ?? [];
      return {
        fromOrganisationId: p.from_id,
        fromOrganisationName: p.from_name,
        toOrganisationId: p.to_id,
        toOrganisationName: p.to_name,
        total: table.rowTotals[i]!,
        outcomes: table.rows[i]!,
        medianPickUpDays: picked.length >= SMALL_COUNT ? median(picked) : null,
      };
    }),
    total: table.grandTotal ?? { shown: 0 },
    outcomes: table.total,
  };
}
