import PDFDocument from "pdfkit";
import type { Agreement } from "../../../../shared/agreements/agreement.ts";
import type { FunnelStage, MindMapNode } from "../../../../shared/agreements/mind-map.ts";
import { mindMapLayout } from "../../../../shared/agreements/mind-map-svg.ts";
import type { Db } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { notFound } from "../../../platform/errors.ts";
import { BOLD_FONT, REGULAR_FONT } from "../../../platform/letters-pdf.ts";
import { presentAgreement } from "../service.ts";

/**
 * One version of a prestatieafspraak as a PDF document (A4): its parties, each activity with the need it
 * answers, supply, cost and who carries the budget, the volunteer/professional mix, indicators with
 * targets and source, review dates, what changed since the previous version, and the sign-offs.
 */

const statusNames = { draft: "Concept", active: "Geldend", superseded: "Vervangen" } as const;
const sourceNames = {
  volunteerHours: "Vrijwilligersuren in Inzet",
  outreachVisits: "Huisbezoeken in Inzet",
  outreachConversations: "Gesprekken aan de deur in Inzet",
  manual: "Met de hand ingevuld",
} as const;
const changeNames = { added: "toegevoegd", removed: "weggehaald", changed: "gewijzigd" } as const;

const euro = (n: number) =>
  new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR", maximumFractionDigits: 2 }).format(n);
const day = (iso: string) =>
  new Intl.DateTimeFormat("nl-NL", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso}T00:00:00Z`));

export async function agreementPdf(db: Db, actor: Actor, params: { id: string; number: number }) {
  const agreement = await db.transaction((tx) => presentAgreement(tx, actor, params.id));
  const version = agreement.versions.find((v) => v.number === params.number);
  if (!version) throw notFound();
  return { file: await renderAgreement(version), name: `prestatieafspraak-versie-${version.number}.pdf` };
}

type Version = Agreement["versions"][number];

export function renderAgreement(v: Version): Promise<Buffer> {
  const c = v.content;
  const doc = new PDFDocument({
    size: "A4",
    margin: 56,
    info: { Title: `${c.title} – versie ${v.number}`, Creator: "Inzet" },
    lang: "nl-NL",
    pdfVersion: "1.7",
  });
  doc.registerFont("body", REGULAR_FONT);
  doc.registerFont("bold", BOLD_FONT);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const party = (key: string) => c.parties.find((p) => p.key === key)?.name ?? key;
  const heading = (text: string) =>
    doc.moveDown(0.6).font("bold").fontSize(12).text(text).font("body").fontSize(10);
  const line = (text: string) => doc.font("body").fontSize(10).text(text);

  doc.font("bold").fontSize(18).text(c.title);
  line(
    `Versie ${v.number} · ${statusNames[v.status]} · van ${day(c.validFrom)} tot en met ${day(c.validUntil)}`,
  );
  if (v.changeNote) line(`Waarom deze versie: ${v.changeNote}`);

  heading("Partijen");
  for (const p of c.parties) line(`• ${p.name}`);

  for (const a of c.activities) {
    heading(`Activiteit: ${a.title}`);
    line(`Uitgevoerd door: ${party(a.supplierPartyKey)} · Eigenaar: ${party(a.ownerPartyKey)}`);
    line(
      `Kosten: ${euro(a.cost)} · Budget: ${a.budget.map((b) => `${party(b.partyKey)} ${euro(b.amount)}`).join(", ")}`,
    );
    line(
      `Uren per maand: ${a.volunteerHoursPerMonth} vrijwilligers, ${a.professionalHoursPerMonth} professionals`,
    );
    if (a.professionalSupport) line(`Steun van professionals: ${a.professionalSupport}`);
    line("Indicatoren:");
    for (const i of a.indicators) line(`• ${i.name}: ${i.target} per maand (${sourceNames[i.source]})`);
  }

  if (c.reviewDates.length > 0) {
    heading("Evaluatiemomenten");
    line(c.reviewDates.map(day).join(", "));
  }
  if (v.changes.length > 0) {
    heading("Wat is er veranderd sinds de vorige versie");
    for (const ch of v.changes)
      line(
        `• ${ch.path}: ${changeNames[ch.kind]}${ch.before ? ` «${ch.before}»` : ""}${ch.after ? ` → «${ch.after}»` : ""}`,
      );
  }

  heading("Ondertekening");
  for (const s of v.signatures) line(`• ${party(s.partyKey)}: ${s.signerName}, ${day(s.signedOn)}`);
  for (const key of v.unsigned) line(`• ${party(key)}: nog niet getekend`);
  doc.end();
  return done;
}

/** Collects a pdfkit document into one buffer. */
function bufferOf(doc: PDFKit.PDFDocument) {
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  return new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

/**
 * The mind map as a vector PDF: the same layout as the SVG (shared/agreements/mind-map-svg.ts) on one
 * page of its own size, scaled down only when it would pass the 200-inch page limit of PDF readers.
 */
export function mindMapPdf(title: string, nodes: MindMapNode[], stageLabel: (stage: FunnelStage) => string) {
  const { width, height, boxW, boxH, lines, boxes } = mindMapLayout(nodes);
  const scale = Math.min(1, 14_000 / height);
  const doc = new PDFDocument({
    size: [width * scale, height * scale],
    margin: 0,
    info: { Title: title, Creator: "Inzet" },
    lang: "nl-NL",
    pdfVersion: "1.7",
    displayTitle: true,
  });
  doc.registerFont("body", REGULAR_FONT);
  doc.registerFont("bold", BOLD_FONT);
  const done = bufferOf(doc);
  doc.scale(scale);
  doc.font("bold").fontSize(18).fillColor("#000000").text(title, 20, 16, { lineBreak: false });
  for (const l of lines) doc.moveTo(l.x1, l.y1).lineTo(l.x2, l.y2).strokeColor("#555555").stroke();
  for (const { node, x, y, fill, label } of boxes) {
    doc.roundedRect(x, y, boxW, boxH, 6).fillAndStroke(fill, "#333333");
    doc
      .font("body")
      .fontSize(11)
      .fillColor("#000000")
      .text(label, x + 8, y + 8, { width: boxW - 16, lineBreak: false });
    if (node.kind === "solution")
      doc
        .fontSize(9)
        .fillColor("#333333")
        .text(stageLabel(node.stage), x + 8, y + 28, { lineBreak: false });
  }
  doc.end();
  return done;
}
