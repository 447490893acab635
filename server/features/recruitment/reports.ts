import type { DropoutReport, FunnelRow } from "../../../shared/recruitment.ts";
import { CountTable, hidesSmallCounts, hideTable, rate, SMALL_COUNT } from "../../../shared/small-counts.ts";
import type { DbOrTx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { organisationScope } from "../../platform/scope.ts";
import { getSettings } from "../volunteers/service.ts";
import * as queries from "./queries.ts";
import { getCampaign } from "./service.ts";

const stages = ["signedUp", "intake", "active", "activeAfter3Months", "activeAfter6Months"] as const;

/**
 * The funnel per channel of a campaign: every channel of the campaign gets a row, also with 0, and a
 * total row. The stages are nested (each a subset of the previous), so for a hiding role no small count
 * is shown or derivable: not a cell, not via the total, and not as the difference between two stages.
 */
export async function getFunnel(db: DbOrTx, actor: Actor, id: string) {
  const campaign = await getCampaign(db, actor, id);
  const found = await queries.funnel(db, actor.tenantId, id);
  const channels = [...new Set([...campaign.channels, ...found.map((r) => r.channel)])];
  const exact = channels.map((channel) => {
    const row = found.find((r) => r.channel === channel);
    return stages.map((s) => Number(row?.[s] ?? 0));
  });
  const table = hideTable(exact, stages.length, { hide: hidesSmallCounts(actor.role), stages: true });
  const toRow = (channel: string, cells: FunnelRow[(typeof stages)[number]][]): FunnelRow => ({
    channel,
    ...(Object.fromEntries(stages.map((s, i) => [s, cells[i]!])) as Omit<FunnelRow, "channel">),
  });
  return {
    campaign,
    rows: channels.map((channel, i) => toRow(channel, table.rows[i]!)),
    total: toRow("", table.total),
  };
}

type Grouping = "organisation" | "reason" | "motiveType" | "channel";

/**
 * Dropout per organisation, stop reason, motive type and channel, with the total. The four groupings
 * count the same people, so they are hidden together as one system: every grouping but the reasons sums
 * to the total volunteers and stopped; the reasons sum to the total stopped (each reason row counts only
 * people who stopped, so its two counts are one). "Still active" (volunteers − stopped) is protected too.
 */
export async function getDropoutReport(
  db: DbOrTx,
  actor: Actor,
  period: { from?: string; to?: string },
): Promise<DropoutReport> {
  const settings = await getSettings(db, actor.tenantId);
  const scope = organisationScope(actor);
  const range = { from: period.from ?? null, to: period.to ?? null };
  const hide = hidesSmallCounts(actor.role);
  const organisations = await queries.organisationNames(db, actor.tenantId);
  const labels: Record<Grouping, (key: string) => string> = {
    organisation: (key) => organisations.find((o) => o.id === key)?.name ?? "Geen organisatie",
    reason: (key) =>
      settings.stopReasons.find((r) => r.code === key)?.label ??
      (key === "gewist" ? "Gegevens gewist" : key || "Onbekend"),
    motiveType: (key) =>
      settings.motiveTypes.find((t) => t.code === key)?.name ?? (key || "Drijfveren niet ingevuld"),
    channel: (key) => settings.channels.find((c) => c.code === key)?.label ?? (key || "Onbekend"),
  };
  const groupings = ["organisation", "reason", "motiveType", "channel"] as const;
  const found: Awaited<ReturnType<typeof queries.dropout>>[] = [];
  for (const by of groupings) found.push(await queries.dropout(db, scope, range, by));
  const byOrganisation = found[0]!;
  const exactTotal = {
    volunteers: byOrganisation.reduce((s, r) => s + Number(r.volunteers), 0),
    stopped: byOrganisation.reduce((s, r) => s + Number(r.stopped), 0),
  };
  const table = new CountTable();
  const total = { volunteers: table.count(exactTotal.volunteers), stopped: table.count(exactTotal.stopped) };
  table.subset(total.volunteers, total.stopped);
  const groups = groupings.map((by, g) => {
    const rows = found[g]!.map((row) => {
      const exact = { volunteers: Number(row.volunteers), stopped: Number(row.stopped) };
      if (by === "reason") {
        const id = table.count(exact.stopped);
        return { key: row.key, label: labels[by](row.key), exact, ids: { volunteers: id, stopped: id } };
      }
      const ids = { volunteers: table.count(exact.volunteers), stopped: table.count(exact.stopped) };
      table.subset(ids.volunteers, ids.stopped);
      return { key: row.key, label: labels[by](row.key), exact, ids };
    });
    if (by === "reason")
      table.line(
        total.stopped,
        rows.map((r) => r.ids.stopped),
      );
    else {
      table.line(
        total.volunteers,
        rows.map((r) => r.ids.volunteers),
      );
      table.line(
        total.stopped,
        rows.map((r) => r.ids.stopped),
      );
    }
    return rows;
  });
  const counts = table.suppress(hide);
  const present = (key: string, label: string, exact: typeof exactTotal, ids: typeof total) => {
    const volunteers = counts[ids.volunteers]!;
    const stopped = counts[ids.stopped]!;
    const shown = rate(stopped, volunteers, { numerator: exact.stopped, denominator: exact.volunteers });
    return { key, label, volunteers, stopped, rate: shown };
  };
  const [organisation, reason, motiveType, channel] = groups.map((rows) =>
    rows.map((r) => present(r.key, r.label, r.exact, r.ids)),
  );
  return {
    ...range,
    suppressedBelow: hide ? SMALL_COUNT : 0,
    byOrganisation: organisation!,
    byReason: reason!,
    byMotiveType: motiveType!,
    byChannel: channel!,
    total: present("", "Totaal", exactTotal, total),
  };
}
