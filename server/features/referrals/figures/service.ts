import { addDays, amsterdamDay, amsterdamInstant } from "../../../../shared/dates.ts";
import { MATRIX_PAIRS, type ReferralMatrix } from "../../../../shared/network.ts";
import { hidesSmallCounts, hideTable, SMALL_COUNT } from "../../../../shared/small-counts.ts";
import { dutchHolidaysOfYears } from "../../../../shared/working-days.ts";
import type { DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { validationFailed } from "../../../platform/errors.ts";
import * as queries from "./queries.ts";

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
  // Pick-ups happen up to today; the working-day calendar spans the period up to then.
  const lastDay = [period.to, amsterdamDay()].sort()[1]!;
  const hide = alwaysHide || hidesSmallCounts(actor.role);
  const rows = await queries.matrixRows(
    db,
    actor.tenantId,
    { from: amsterdamInstant(period.from), to: amsterdamInstant(addDays(period.to, 1)) },
    {
      limit: MATRIX_PAIRS,
      minimum: hide ? SMALL_COUNT : 0,
      holidays: dutchHolidaysOfYears(period.from, lastDay),
      days: { from: period.from, to: addDays(lastDay, 1) },
    },
  );
  const listed = rows.filter((r) => r.from_id !== null);
  const rest = rows.find((r) => r.from_id === null);
  const outcomes = (p: queries.MatrixRow) => [p.open, p.done, p.not_helped, p.not_taken_up];
  const table = hideTable([...listed, ...(rest ? [rest] : [])].map(outcomes), 4, { hide, rowTotals: true });
  // Shown from SMALL_COUNT picked-up referrals.
  const pickUp = (r: queries.MatrixRow) => (r.picked >= SMALL_COUNT ? r.median_days : null);
  return {
    from: period.from,
    to: period.to,
    pairs: listed.map((p, i) => ({
      fromOrganisationId: p.from_id!,
      fromOrganisationName: p.from_name!,
      toOrganisationId: p.to_id!,
      toOrganisationName: p.to_name!,
      total: table.rowTotals[i]!,
      outcomes: table.rows[i]!,
      medianPickUpDays: pickUp(p),
    })),
    others: rest
      ? {
          pairs: rest.pairs,
          total: table.rowTotals[listed.length]!,
          outcomes: table.rows[listed.length]!,
          medianPickUpDays: pickUp(rest),
        }
      : null,
    total: table.grandTotal ?? { shown: 0 },
    outcomes: table.total,
  };
}
