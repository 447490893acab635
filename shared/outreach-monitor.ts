/** The outreach monitor as shown: the one small-count rule over the exact counts, on screen and in exports. */
import type { Monitor, MonitorCounts } from "./outreach.ts";
import { type Count, countCell, hideTable } from "./small-counts.ts";

/** The monitor's count columns, in the order of the screen and the export. */
const counted = ["doors", "visited", "reached", "conversations"] as const;
const afterSignals = ["plans", "followUpsDone", "referrals", "referralsDone", "referralsNotTakenUp"] as const;
type Row = MonitorCounts["rows"][number];

/** The total row: the sum of the neighbourhoods. */
export function sumMonitorRows(rows: Row[], codes: string[]): Row {
  const sum = (f: (r: Row) => number) => rows.reduce((s, r) => s + f(r), 0);
  const total: Row = {
    neighbourhood: "Totaal",
    doors: 0,
    visited: 0,
    reached: 0,
    conversations: 0,
    signals: Object.fromEntries(codes.map((code) => [code, sum((r) => r.signals[code] ?? 0)])),
    plans: 0,
    followUpsDone: 0,
    referrals: 0,
    referralsDone: 0,
    referralsNotTakenUp: 0,
  };
  for (const key of [...counted, ...afterSignals]) total[key] = sum((r) => r[key]);
  return total;
}

/**
 * The monitor as the viewer may see it. Each column is a count over the neighbourhoods with the total as
 * its sum, hidden by the one rule (no small count shown, none derivable from the total). The columns are
 * different measures (doors, households, referrals), not stages of one group, so they are not nested.
 * The total row is always the sum of the neighbourhoods, also for an older snapshot.
 */
export function showMonitor(m: MonitorCounts, hide: boolean): Monitor {
  const codes = m.topics.map((t) => t.code);
  const columns = (r: Row) => [
    ...counted.map((k) => r[k]),
    ...codes.map((code) => r.signals[code] ?? 0),
    ...afterSignals.map((k) => r[k]),
  ];
  const table = hideTable(m.rows.map(columns), counted.length + codes.length + afterSignals.length, { hide });
  const toRow = (neighbourhood: string, cells: Count[]): Monitor["rows"][number] => {
    const at = (i: number) => cells[i]!;
    const after = counted.length + codes.length;
    return {
      neighbourhood,
      doors: at(0),
      visited: at(1),
      reached: at(2),
      conversations: at(3),
      signals: Object.fromEntries(codes.map((code, i) => [code, at(counted.length + i)])),
      plans: at(after),
      followUpsDone: at(after + 1),
      referrals: at(after + 2),
      referralsDone: at(after + 3),
      referralsNotTakenUp: at(after + 4),
    };
  };
  return {
    topics: m.topics,
    rows: m.rows.map((r, i) => toRow(r.neighbourhood, table.rows[i]!)),
    total: toRow("Totaal", table.total),
    volunteerHours: m.volunteerHours,
    suppressed: hide,
  };
}

/** The monitor as shown, as a table for CSV or XLSX: hidden counts in the same words as on the screen. */
export function monitorExportTable(m: Monitor): (string | number)[][] {
  const header = [
    "Buurt",
    "Deuren",
    "Bezocht",
    "Bereikt",
    "Gesprekken",
    ...m.topics.map((t) => `Signaal: ${t.label}`),
    "Plannen van aanpak",
    "Nazorg gedaan",
    "Doorverwijzingen",
    "Doorverwijzing klaar",
    "Niet opgepakt",
  ];
  const line = (r: Monitor["rows"][number]): (string | number)[] => [
    r.neighbourhood,
    ...counted.map((k) => countCell(r[k])),
    ...m.topics.map((t) => countCell(r.signals[t.code]!)),
    ...afterSignals.map((k) => countCell(r[k])),
  ];
  return [header, ...m.rows.map(line), line(m.total), ["Uren gelopen", m.volunteerHours]];
}
