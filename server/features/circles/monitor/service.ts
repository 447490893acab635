import type { CircleMonitor, CircleMonitorQuery } from "../../../../shared/circles/monitor.ts";
import { endOutcomes } from "../../../../shared/coaching.ts";
import {
  type Count,
  CountTable,
  countCell,
  hiddenLabel,
  hidesSmallCounts,
  hideTable,
  type Rate,
  rate,
  SMALL_COUNT,
} from "../../../../shared/small-counts.ts";
import type { DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { organisationScope } from "../../../platform/scope.ts";
import type { ExportCell } from "../../../platform/table-export.ts";
import * as queries from "./queries.ts";

/** A coordinator sees their own organisation; the beheerder and the policy officer may pick one. */
const scopeOf = (actor: Actor, organisationId: string | undefined) => {
  const scope = organisationScope(actor);
  return scope.organisationId ? scope : { ...scope, organisationId: organisationId ?? null };
};

const byProgramme = <T extends { programmeId: string }>(rows: T[]) =>
  new Map(rows.map((r) => [r.programmeId, r]));

async function programmeTable(
  db: DbOrTx,
  scope: ReturnType<typeof scopeOf>,
  period: queries.Period,
  hide: boolean,
) {
  const [programmes, circles, participants, attendance, goals, leaders] = await Promise.all([
    queries.programmes(db, scope),
    queries.circlesPerProgramme(db, scope, period).then(byProgramme),
    queries.participantsPerProgramme(db, scope, period).then(byProgramme),
    queries.attendancePerProgramme(db, scope, period).then(byProgramme),
    queries.goalsReachedPerProgramme(db, scope, period).then(byProgramme),
    queries.leadersPerProgramme(db, scope, period).then(byProgramme),
  ]);
  const values = programmes.map((p) => {
    const a = attendance.get(p.id);
    return [
      circles.get(p.id)?.value ?? 0,
      participants.get(p.id)?.participants ?? 0,
      participants.get(p.id)?.left ?? 0,
      goals.get(p.id)?.value ?? 0,
      leaders.get(p.id)?.value ?? 0,
      a?.present ?? 0,
      a?.recorded ?? 0,
    ];
  });
  const hidden = hideTable(values, 7, { hide });
  const counts = (c: Count[], v: number[]) => ({
    circles: c[0]!,
    participants: c[1]!,
    left: c[2]!,
    goalsReached: c[3]!,
    becameLeaders: c[4]!,
    attendanceRate: rate(c[5]!, c[6]!, { numerator: v[5]!, denominator: v[6]! }),
  });
  const sums = Array.from({ length: 7 }, (_, i) => values.reduce((s, v) => s + v[i]!, 0));
  return {
    programmes: programmes.map((p, i) => ({
      programmeId: p.id,
      name: p.name,
      organisationName: p.organisationName,
      ...counts(hidden.rows[i]!, values[i]!),
    })),
    programmeTotal: counts(hidden.total, sums),
  };
}

const coachingKeys = ["started", "active", "escalated", "ended", ...endOutcomes] as const;

/** Per organisation and in total: started = active + escalated + ended, and ended = the sum of its outcomes. */
async function coachingTable(
  db: DbOrTx,
  scope: ReturnType<typeof scopeOf>,
  period: queries.Period,
  hide: boolean,
) {
  const rows = await queries.coachingPerOrganisation(db, scope, period);
  const table = new CountTable();
  const idsOf = (values: Record<(typeof coachingKeys)[number], number>) => {
    const ids = Object.fromEntries(coachingKeys.map((k) => [k, table.count(values[k])])) as Record<
      (typeof coachingKeys)[number],
      number
    >;
    table.line(ids.started, [ids.active, ids.escalated, ids.ended]);
    table.line(
      ids.ended,
      endOutcomes.map((o) => ids[o]),
    );
    return ids;
  };
  const rowIds = rows.map(idsOf);
  const total = Object.fromEntries(
    coachingKeys.map((k) => [k, rows.reduce((s, r) => s + r[k], 0)]),
  ) as Record<(typeof coachingKeys)[number], number>;
  const totalIds = idsOf(total);
  for (const k of coachingKeys)
    table.line(
      totalIds[k],
      rowIds.map((ids) => ids[k]),
    );
  const counts = table.suppress(hide);
  const days = rows.reduce((s, r) => s + r.endedDays, 0);
  const present = (ids: typeof totalIds, ended: number, endedDays: number) => ({
    started: counts[ids.started]!,
    active: counts[ids.active]!,
    escalated: counts[ids.escalated]!,
    ended: counts[ids.ended]!,
    outcomes: Object.fromEntries(endOutcomes.map((o) => [o, counts[ids[o]]!])) as Record<
      (typeof endOutcomes)[number],
      Count
    >,
    // A mean of a handful of trajectories says something about each of them: not below the threshold.
    meanDays: ended > 0 && (!hide || ended >= SMALL_COUNT) ? Math.round(endedDays / ended) : null,
  });
  return {
    coaching: rows.map((r, i) => ({
      organisationId: r.organisationId,
      organisationName: r.organisationName,
      ...present(rowIds[i]!, r.ended, r.endedDays),
    })),
    coachingTotal: present(totalIds, total.ended, days),
  };
}

/** The monitor of circles and coaching for the actor's scope and the period. */
export async function circleMonitor(
  db: DbOrTx,
  actor: Actor,
  query: CircleMonitorQuery,
): Promise<CircleMonitor> {
  const scope = scopeOf(actor, query.organisationId);
  const period = { from: query.from, to: query.to };
  const hide = hidesSmallCounts(actor.role);
  return {
    from: query.from ?? null,
    to: query.to ?? null,
    ...(await programmeTable(db, scope, period, hide)),
    ...(await coachingTable(db, scope, period, hide)),
  };
}

const rateCell = (r: Rate): ExportCell =>
  r === null ? "" : "shown" in r ? `${Math.round(r.shown * 100)}%` : hiddenLabel[r.hidden];

/** Both tables in one sheet, with the same hidden counts as on screen. */
export function monitorRows(m: CircleMonitor): ExportCell[][] {
  const programme = (name: string, organisation: string, p: CircleMonitor["programmeTotal"]) => [
    name,
    organisation,
    countCell(p.circles),
    countCell(p.participants),
    countCell(p.left),
    countCell(p.goalsReached),
    countCell(p.becameLeaders),
    rateCell(p.attendanceRate),
  ];
  const coaching = (name: string, c: CircleMonitor["coachingTotal"]) => [
    name,
    countCell(c.started),
    countCell(c.active),
    countCell(c.escalated),
    countCell(c.ended),
    ...endOutcomes.map((o) => countCell(c.outcomes[o])),
    c.meanDays,
  ];
  return [
    [
      "Programma",
      "Organisatie",
      "Kringen",
      "Deelnemers",
      "Gestopt",
      "Doelen bereikt",
      "Werden kringleider",
      "Opkomst",
    ],
    ...m.programmes.map((p) => programme(p.name, p.organisationName, p)),
    programme("Totaal", "", m.programmeTotal),
    [],
    [
      "Coaching: organisatie",
      "Gestart",
      "Lopend",
      "Opgeschaald",
      "Afgesloten",
      "Opgelost",
      "Stabiel",
      "Doorverwezen",
      "Niet opgelost",
      "Gemiddelde duur (dagen)",
    ],
    ...m.coaching.map((c) => coaching(c.organisationName, c)),
    coaching("Totaal", m.coachingTotal),
  ];
}
