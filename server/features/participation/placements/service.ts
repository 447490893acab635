import { addDays, weekdayOf } from "../../../../shared/dates.ts";
import type { hoursReportSchema } from "../../../../shared/participation/agreements.ts";
import type { Placement } from "../../../../shared/participation/placements.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { conflict, notFound } from "../../../platform/errors.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { recentWeeks, upsertHours } from "../agreements/queries.ts";
import * as queries from "./queries.ts";

type Row = Awaited<ReturnType<typeof queries.listPlacements>>[number];

async function present(db: DbOrTx, tenantId: string, rows: Row[]): Promise<Placement[]> {
  const weeks = await recentWeeks(
    db,
    tenantId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({
    id: r.id,
    name: `${r.givenName} ${r.familyName}`,
    description: r.description,
    hoursPerWeek: r.hoursPerWeek,
    startDate: r.startDate,
    endDate: r.endDate,
    weeks: weeks.get(r.id) ?? [],
  }));
}

const log = (db: DbOrTx, actor: Actor, action: "read" | "update", clientIds: string[]) =>
  logProcessing(db, actor, {
    activity: "participation.organisation",
    action,
    subjectType: "participation_client",
    subjectIds: clientIds,
  });

/** The coordinator's placements: only their organisation's, only those the client disclosed. */
export async function listPlacements(db: Db, actor: Actor) {
  if (!actor.organisationId) return { items: [] };
  const rows = await queries.listPlacements(db, actor.tenantId, actor.organisationId);
  await log(
    db,
    actor,
    "read",
    rows.map((r) => r.clientId),
  );
  return { items: await present(db, actor.tenantId, rows) };
}

/** Hours of a week reported by the organisation (stored on the Monday; a second report replaces it). */
export async function reportPlacementHours(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof hoursReportSchema>,
) {
  return db.transaction(async (tx) => {
    if (!actor.organisationId) throw notFound();
    const [row] = await queries.listPlacements(tx, actor.tenantId, actor.organisationId, id);
    if (!row) throw notFound();
    if (row.status !== "active" && row.status !== "evaluated")
      throw conflict("invalid_status", "Uren doorgeven kan als de afspraak loopt.");
    await upsertHours(tx, {
      tenantId: actor.tenantId,
      agreementId: id,
      week: addDays(input.week, -weekdayOf(input.week)),
      hours: input.hours,
      reportedBy: "organisation",
    });
    await log(tx, actor, "update", [row.clientId]);
    return (await present(tx, actor.tenantId, [row]))[0]!;
  });
}
