import type { Db } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { notFound, validationFailed } from "../../../platform/errors.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import * as agreementQueries from "../queries.ts";
import { requireTrajectory } from "../service.ts";
import * as queries from "./queries.ts";

/**
 * Values measured outside Inzet, for an indicator whose source is "manual", per month. An entry is never
 * changed: a new one for the same month counts instead, and the earlier ones are the history.
 *
 * Records a value measured outside Inzet for a "manual" indicator of the version in force, for a month
 * inside the agreement's period; a second value for the same month counts instead of the first.
 */
export async function recordIndicatorValue(
  db: Db,
  actor: Actor,
  id: string,
  input: { activityKey: string; indicatorKey: string; month: string; value: number; note: string },
) {
  return db.transaction(async (tx) => {
    const found = await agreementQueries.findAgreement(tx, actor.tenantId, id);
    if (!found) throw notFound();
    await requireTrajectory(tx, actor, found.trajectoryId);
    const versions = await agreementQueries.versionsOf(tx, actor.tenantId, [id]);
    const version = versions.find((v) => v.status === "active");
    if (!version) throw validationFailed([], "Deze afspraak is nog niet getekend: er is nog niets te meten.");
    const activity = version.content.activities.find((a) => a.key === input.activityKey);
    if (!activity)
      throw validationFailed([
        { path: "activityKey", code: "unknown", message: "Deze activiteit staat niet in de afspraak." },
      ]);
    const indicator = activity.indicators.find((i) => i.key === input.indicatorKey);
    if (!indicator)
      throw validationFailed([
        { path: "indicatorKey", code: "unknown", message: "Deze indicator hoort niet bij de activiteit." },
      ]);
    if (indicator.source !== "manual")
      throw validationFailed([
        {
          path: "indicatorKey",
          code: "not_manual",
          message: "Deze indicator komt uit de gegevens van Inzet. U vult hem niet met de hand in.",
        },
      ]);
    const { validFrom, validUntil } = version.content;
    if (input.month < validFrom.slice(0, 7) || input.month > validUntil.slice(0, 7))
      throw validationFailed([
        {
          path: "month",
          code: "outside_period",
          message: `Kies een maand binnen de afspraak (${validFrom.slice(0, 7)} tot en met ${validUntil.slice(0, 7)}).`,
        },
      ]);
    const saved = await queries.saveIndicatorValue(tx, {
      tenantId: actor.tenantId,
      agreementId: id,
      ...input,
      recordedByUserId: actor.userId,
    });
    return {
      activityKey: saved.activityKey,
      indicatorKey: saved.indicatorKey,
      month: saved.month,
      value: saved.value,
    };
  });
}

/**
 * The history of values entered by hand, newest first; for each month the newest counts. Names who
 * entered them (staff), so the read is logged per person named.
 */
export async function indicatorValueHistory(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const found = await agreementQueries.findAgreement(tx, actor.tenantId, id);
    if (!found) throw notFound();
    await requireTrajectory(tx, actor, found.trajectoryId);
    const rows = await queries.indicatorValueHistory(tx, actor.tenantId, id);
    const seen = new Set<string>();
    const items = rows.map(({ recordedByUserId, ...r }) => {
      const key = `${r.activityKey}\u0000${r.indicatorKey}\u0000${r.month}`;
      const counts = !seen.has(key);
      seen.add(key);
      return { ...r, recordedAt: r.recordedAt.toISOString(), counts };
    });
    await logProcessing(tx, actor, {
      activity: "agreements.manage",
      action: "read",
      subjectType: "user",
      subjectIds: rows.flatMap((r) => (r.recordedByUserId ? [r.recordedByUserId] : [])),
    });
    return { items };
  });
}
