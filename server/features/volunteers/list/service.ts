import type { Page, PageQuery } from "../../../../shared/paging.ts";
import type {
  VolunteerListItem,
  VolunteerListQuery,
  VolunteerSettings,
} from "../../../../shared/volunteers.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { exportTable } from "../../../platform/table-export.ts";
import { DAY, isoDay, scopeOf } from "../record/service.ts";
import { getSettings } from "../settings/service.ts";
import * as queries from "./queries.ts";

// --- Lists ---

function toListItem(
  row: Awaited<ReturnType<typeof queries.listVolunteers>>["rows"][number],
  settings: VolunteerSettings,
  now: Date,
): VolunteerListItem {
  const daysWaiting = Math.floor((now.getTime() - row.signedUpAt.getTime()) / DAY);
  return {
    id: row.id,
    name: `${row.givenName} ${row.familyName}`.trim(),
    email: row.email,
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    status: row.status,
    signedUpAt: row.signedUpAt.toISOString(),
    daysWaiting,
    needsContact: row.status === "signedUp" && !row.firstContactAt && daysWaiting > settings.signupStaleDays,
    channel: row.channel,
    motiveType: row.motiveType,
    neighbourhoodName: row.neighbourhoodName,
    skills: row.skills,
    assisted: row.assisted,
  };
}

export async function listVolunteers(
  db: DbOrTx,
  actor: Actor,
  query: PageQuery & VolunteerListQuery,
): Promise<Page<VolunteerListItem>> {
  const settings = await getSettings(db, actor.tenantId);
  const { rows, total } = await queries.listVolunteers(db, scopeOf(actor), query, query, {
    staleDays: settings.signupStaleDays,
    expiryDays: settings.expiryWarningDays,
  });
  const now = new Date();
  await logProcessing(db, actor, {
    activity: "volunteers.manage",
    action: "read",
    subjectType: "person",
    subjectIds: rows.map((r) => r.personId),
  });
  const totalCapped = total > queries.COUNT_CAP;
  return {
    items: rows.map((row) => toListItem(row, settings, now)),
    total: totalCapped ? queries.COUNT_CAP : total,
    totalCapped,
    page: query.page,
    pageSize: query.pageSize,
  };
}

const statusLabels: Record<string, string> = {
  signedUp: "Aangemeld",
  intakePlanned: "Kennismaking gepland",
  active: "Actief",
  paused: "Pauze",
  stopped: "Gestopt",
};

/**
 * The filtered list as CSV (semicolon, UTF-8 with BOM for Excel) or XLSX. Every exported person is
 * written to the processing log, in the same transaction as the read.
 */
export async function exportVolunteers(
  db: Db,
  actor: Actor,
  query: VolunteerListQuery & { q?: string },
  format: "csv" | "xlsx",
): Promise<Buffer> {
  const settings = await getSettings(db, actor.tenantId);
  const rows = await db.transaction(async (tx) => {
    const { rows } = await queries.listVolunteers(tx, scopeOf(actor), query, null, {
      staleDays: settings.signupStaleDays,
      expiryDays: settings.expiryWarningDays,
    });
    await logProcessing(tx, actor, {
      activity: "volunteers.export",
      action: "export",
      subjectType: "person",
      subjectIds: rows.map((r) => r.personId),
    });
    return rows;
  });
  const label = (list: { code: string; label: string }[], code: string | null) =>
    list.find((t) => t.code === code)?.label ?? code ?? "";
  const types = settings.motiveTypes.map((t) => ({ code: t.code, label: t.name }));
  const table: string[][] = [
    [
      "Voornaam",
      "Achternaam",
      "E-mail",
      "Organisatie",
      "Status",
      "Aangemeld op",
      "Kanaal",
      "Type",
      "Buurt",
      "Vaardigheden",
    ],
    ...rows.map((row) => [
      row.givenName,
      row.familyName,
      row.email ?? "",
      row.organisationName ?? "",
      statusLabels[row.status] ?? row.status,
      isoDay(row.signedUpAt),
      label(settings.channels, row.channel),
      label(types, row.motiveType),
      row.neighbourhoodName ?? "",
      row.skills.map((s) => label(settings.skills, s)).join(", "),
    ]),
  ];
  return exportTable(table, format);
}
