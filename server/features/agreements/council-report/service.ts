import type { Monitoring } from "../../../../shared/agreements/monitoring.ts";
import { amsterdamDay, longDay } from "../../../../shared/dates.ts";
import { SMALL_COUNT } from "../../../../shared/small-counts.ts";
import type { Db } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { type DocumentBlock, renderDocument } from "../../../platform/document-pdf.ts";
import { type ExportCell, exportTable } from "../../../platform/table-export.ts";
import { monitorAgreement } from "../monitoring/service.ts";
import * as queries from "../queries.ts";

const lightText = { green: "Op schema", orange: "Let op", red: "Loopt achter", unknown: "Niet te zeggen" };
const versionText = { draft: "Concept", active: "Geldt nu", superseded: "Vervangen" };
const header = [
  "Wijk",
  "Afspraak",
  "Versie",
  "Stand van de afspraak",
  "Activiteit",
  "Trekker",
  "Indicator",
  "Streefwaarde tot nu",
  "Werkelijk",
  "Stoplicht",
];

type Section = { wijk: string; status: keyof typeof versionText; monitoring: Monitoring };

/** Every wijk's agreements (the version in force, else the latest), each monitored as on its own page. */
async function sections(db: Db, actor: Actor, query: { from?: string; to?: string }) {
  const out: Section[] = [];
  const [trajectories, agreements] = await Promise.all([
    queries.listTrajectories(db, actor.tenantId),
    queries.listAgreements(db, actor.tenantId),
  ]);
  const versions = await queries.versionsOf(
    db,
    actor.tenantId,
    agreements.map((a) => a.id),
  );
  for (const t of trajectories)
    for (const a of agreements.filter((x) => x.trajectoryId === t.trajectory.id)) {
      const own = versions.filter((v) => v.agreementId === a.id);
      const version = own.find((v) => v.status === "active") ?? own.at(-1);
      if (!version) continue;
      out.push({
        wijk: t.districtName,
        status: version.status,
        monitoring: await monitorAgreement(db, actor, a.id, query),
      });
    }
  return out;
}

const measure = (m: Monitoring["activities"][number]["indicators"][number]["total"]): ExportCell =>
  "shown" in m ? m.shown : `minder dan ${SMALL_COUNT}`;

function rows(list: Section[]): ExportCell[][] {
  return list.flatMap(({ wijk, status, monitoring: m }) =>
    m.activities.flatMap((a) =>
      a.indicators.map((i) => [
        wijk,
        m.title,
        m.versionNumber,
        versionText[status],
        a.title,
        a.ownerPartyName,
        i.name,
        i.targetSoFar,
        measure(i.total),
        lightText[i.light],
      ]),
    ),
  );
}

/** The council report as CSV or XLSX (one row per indicator) or as PDF (a table per wijk). */
export async function councilReport(
  db: Db,
  actor: Actor,
  query: { from?: string; to?: string; format: "csv" | "xlsx" | "pdf" },
) {
  const list = await sections(db, actor, query);
  if (query.format !== "pdf") return exportTable([header, ...rows(list)], query.format, "Raadsrapportage");
  const today = longDay(amsterdamDay());
  const blocks: DocumentBlock[] = [
    { kind: "title", text: "Wijkaanpak: resultaten per wijk" },
    { kind: "small", text: `Rapport voor de gemeenteraad, gemaakt op ${today}` },
    {
      kind: "small",
      text: `Aantallen van 1 tot ${SMALL_COUNT - 1} staan er als 'minder dan ${SMALL_COUNT}', zodat niemand herkenbaar is.`,
    },
  ];
  if (list.length === 0) blocks.push({ kind: "paragraph", text: "Er zijn nog geen prestatieafspraken." });
  for (const s of list) {
    blocks.push(
      { kind: "heading", text: `${s.wijk}: ${s.monitoring.title}` },
      {
        kind: "small",
        text: `Versie ${s.monitoring.versionNumber} (${versionText[s.status].toLowerCase()}), ${longDay(s.monitoring.from)} tot en met ${longDay(s.monitoring.to)}`,
      },
      {
        kind: "table",
        header: ["Activiteit", "Indicator", "Streefwaarde tot nu", "Werkelijk", "Stoplicht"],
        widths: [4, 4, 2, 2, 2],
        rows: rows([s]).map((r) => [r[4], r[6], r[7], r[8], r[9]].map((c) => String(c ?? ""))),
      },
    );
  }
  return renderDocument(blocks, {
    title: "Wijkaanpak: resultaten per wijk",
    author: "Inzet",
    footer: `Raadsrapportage wijkaanpak · ${today}`,
  });
}
