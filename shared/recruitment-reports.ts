import type { DropoutReport, FunnelRow } from "./recruitment.ts";
import { CountTable, hideTable, rate } from "./small-counts.ts";

export const funnelStages = [
  "signedUp",
  "intake",
  "active",
  "activeAfter3Months",
  "activeAfter6Months",
] as const;

/**
 * The funnel per channel with its total row, hidden by the one small-count rule (shared/small-counts.ts).
 * The stages are nested (each a subset of the previous), so no small count is shown or derivable: not a
 * cell, not via the total, and not as the difference between two stages.
 */
export function hideFunnel(rows: { channel: string; counts: number[] }[], hide: boolean) {
  const table = hideTable(
    rows.map((r) => r.counts),
    funnelStages.length,
    { hide, stages: true },
  );
  const toRow = (channel: string, cells: FunnelRow["signedUp"][]): FunnelRow => ({
    channel,
    ...(Object.fromEntries(funnelStages.map((s, i) => [s, cells[i]!])) as Omit<FunnelRow, "channel">),
  });
  return {
    rows: rows.map((r, i) => toRow(r.channel, table.rows[i]!)),
    total: toRow("", table.total),
  };
}

type Group = { key: string; label: string; volunteers: number; stopped: number };
export type DropoutGroups = Record<"byOrganisation" | "byReason" | "byMotiveType" | "byChannel", Group[]>;

/**
 * Dropout per organisation, stop reason, motive type and channel, with the total, hidden by the one rule.
 * The four groupings count the same people, so they are hidden together as one system: every grouping but
 * the reasons sums to the total volunteers and stopped; the reasons sum to the total stopped (a reason row
 * counts only people who stopped, so its two counts are one). "Still active" (volunteers − stopped) is a
 * count of people too and is protected as well. Rates come from the exact counts.
 */
export function hideDropout(
  groups: DropoutGroups,
  hide: boolean,
): Pick<DropoutReport, keyof DropoutGroups | "total"> {
  const exactTotal = {
    volunteers: groups.byOrganisation.reduce((s, r) => s + r.volunteers, 0),
    stopped: groups.byOrganisation.reduce((s, r) => s + r.stopped, 0),
  };
  const table = new CountTable();
  const total = { volunteers: table.count(exactTotal.volunteers), stopped: table.count(exactTotal.stopped) };
  table.subset(total.volunteers, total.stopped);
  const ids = Object.fromEntries(
    (Object.keys(groups) as (keyof DropoutGroups)[]).map((name) => {
      const rows = groups[name].map((row) => {
        if (name === "byReason") {
          const id = table.count(row.stopped);
          return { volunteers: id, stopped: id };
        }
        const pair = { volunteers: table.count(row.volunteers), stopped: table.count(row.stopped) };
        table.subset(pair.volunteers, pair.stopped);
        return pair;
      });
      if (name !== "byReason")
        table.line(
          total.volunteers,
          rows.map((r) => r.volunteers),
        );
      table.line(
        total.stopped,
        rows.map((r) => r.stopped),
      );
      return [name, rows];
    }),
  ) as Record<keyof DropoutGroups, (typeof total)[]>;
  const counts = table.suppress(hide);
  const present = (group: Group, at: typeof total) => {
    const volunteers = counts[at.volunteers]!;
    const stopped = counts[at.stopped]!;
    return {
      key: group.key,
      label: group.label,
      volunteers,
      stopped,
      rate: rate(stopped, volunteers, { numerator: group.stopped, denominator: group.volunteers }),
    };
  };
  const shown = (name: keyof DropoutGroups) => groups[name].map((g, i) => present(g, ids[name][i]!));
  return {
    byOrganisation: shown("byOrganisation"),
    byReason: shown("byReason"),
    byMotiveType: shown("byMotiveType"),
    byChannel: shown("byChannel"),
    total: present({ key: "", label: "Totaal", ...exactTotal }, total),
  };
}
