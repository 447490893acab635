import { addDays, amsterdamInstant } from "../../../../shared/dates.ts";
import { MATRIX_PAIRS, type ReferralMatrix } from "../../../../shared/network.ts";
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
  const key = (p: { from_id: string; to_id: string }) => `${p.from_id}>${p.to_id}`;
  const days = new Map<string, number[]>();
  for (const p of picks) {
    const list = days.get(key(p)) ?? [];
    const d = workingDaysBetween(p.made, p.picked);
    for (let i = 0; i < p.n; i++) list.push(d);
    days.set(key(p), list);
  }
  const hide = alwaysHide || hidesSmallCounts(actor.role);
  const { listed, rest } = listPairs(pairs, hide);
  const outcomes = (p: queries.PairRow) => [p.open, p.done, p.not_helped, p.not_taken_up];
  const restSum = [0, 1, 2, 3].map((c) => rest.reduce((s, p) => s + outcomes(p)[c]!, 0));
  const table = hideTable([...listed.map(outcomes), ...(rest.length ? [restSum] : [])], 4, {
    hide,
    rowTotals: true,
  });
  const pickUp = (keys: string[]) => {
    const picked = keys.flatMap((k) => days.get(k) ?? []);
    return picked.length >= SMALL_COUNT ? median(picked) : null;
  };
  return {
    from: period.from,
    to: period.to,
    pairs: listed.map((p, i) => ({
      fromOrganisationId: p.from_id,
      fromOrganisationName: p.from_name,
      toOrganisationId: p.to_id,
      toOrganisationName: p.to_name,
      total: table.rowTotals[i]!,
      outcomes: table.rows[i]!,
      medianPickUpDays: pickUp([key(p)]),
    })),
    others: rest.length
      ? {
          pairs: rest.length,
          total: table.rowTotals[listed.length]!,
          outcomes: table.rows[listed.length]!,
          medianPickUpDays: pickUp(rest.map(key)),
        }
      : null,
    total: table.grandTotal ?? { shown: 0 },
    outcomes: table.total,
  };
}

/**
 * The pairs listed one by one: the MATRIX_PAIRS largest, and when small counts are hidden only those with
 * at least SMALL_COUNT referrals (the others would be hidden anyway). The rest are summed into one row,
 * which also keeps the hiding rule's equations small enough to solve quickly for a network of hundreds.
 */
function listPairs(pairs: queries.PairRow[], hide: boolean) {
  const total = (p: queries.PairRow) => p.open + p.done + p.not_helped + p.not_taken_up;
  const largest = [...pairs].sort((a, b) => total(b) - total(a));
  const keep = new Set(largest.filter((p) => !hide || total(p) >= SMALL_COUNT).slice(0, MATRIX_PAIRS));
  return { listed: pairs.filter((p) => keep.has(p)), rest: pairs.filter((p) => !keep.has(p)) };
}
