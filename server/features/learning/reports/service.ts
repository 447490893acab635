import type {
  Report,
  ReportEventAction,
  ReportSummary,
  reportCreateSchema,
  reportInputSchema,
  responseInputSchema,
} from "../../../../shared/learning/reports.ts";
import { findingsTable } from "../../../../shared/learning/research.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { type DocumentBlock, renderDocument } from "../../../platform/document-pdf.ts";
import { conflict, notFound, validationFailed } from "../../../platform/errors.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import {
  canEditReport,
  canPublishReport,
  canReopenReport,
  canRespondToReport,
  canSeeReport,
  canSignOffReport,
} from "../policy.ts";
import * as research from "../research/queries.ts";
import { projectInWall } from "../research/service.ts";
import * as queries from "./queries.ts";

type In<S extends z.ZodType> = z.output<S>;
type ReportRow = NonNullable<Awaited<ReturnType<typeof queries.findReport>>>;
type RecommendationRow = NonNullable<Awaited<ReturnType<typeof queries.findRecommendation>>>;

function presentSummary(r: ReportRow, recommendations: RecommendationRow[]): ReportSummary {
  const own = recommendations.filter((x) => x.reportId === r.id);
  return {
    id: r.id,
    projectId: r.projectId,
    title: r.title,
    status: r.status,
    signedOff:
      r.signedOffAt && r.signedOffByName
        ? { byName: r.signedOffByName, at: r.signedOffAt.toISOString() }
        : null,
    publishedAt: r.publishedAt?.toISOString() ?? null,
    recommendations: own.length,
    responded: own.filter((x) => x.decision !== null).length,
  };
}

const presentRecommendation = (x: RecommendationRow) => ({
  id: x.id,
  theme: x.theme,
  text: x.text,
  response:
    x.decision && x.respondedAt
      ? {
          decision: x.decision,
          reasoning: x.reasoning ?? "",
          followUpOn: x.followUpOn,
          respondedByName: x.respondedByName ?? "",
          respondedAt: x.respondedAt.toISOString(),
        }
      : null,
});

/** The findings for publication: participants per theme, always with the small-count rule. */
async function liveFindings(db: DbOrTx, tenantId: string, projectId: string): Promise<Report["findings"]> {
  const [counts, interviewed] = await Promise.all([
    research.themeCounts(db, tenantId, projectId),
    research.interviewedCount(db, tenantId, projectId),
  ]);
  const table = findingsTable(counts, [], interviewed, true);
  return {
    interviewed: table.interviewed,
    rows: table.rows.map((r) => ({ theme: r.theme, participants: r.participants })),
  };
}

const record = (
  db: DbOrTx,
  actor: Actor,
  reportId: string,
  action: ReportEventAction,
  at: Date,
  reason: string | null = null,
) =>
  queries.insertEvent(db, {
    tenantId: actor.tenantId,
    reportId,
    action,
    reason,
    byUserId: actor.userId,
    byName: actor.name,
    at,
  });

/** A report the actor may see: the council sees drafts, anyone else only a published report (404). */
async function visibleReport(db: DbOrTx, actor: Actor, id: string) {
  const report = await queries.findReport(db, actor.tenantId, id);
  if (!report || !canSeeReport(actor, report)) throw notFound();
  return report;
}

async function summaryOf(db: DbOrTx, actor: Actor, report: ReportRow) {
  return presentSummary(report, await queries.listRecommendations(db, actor.tenantId, [report.id]));
}

export async function listReports(db: DbOrTx, actor: Actor) {
  const reports = await queries.listReports(db, actor.tenantId, actor.role !== "clientCouncil");
  const recommendations = await queries.listRecommendations(
    db,
    actor.tenantId,
    reports.map((r) => r.id),
  );
  return reports.map((r) => presentSummary(r, recommendations));
}

/** One report with findings, the selected quotes (logged: participants' words) and the responses. */
export async function getReport(db: Db, actor: Actor, id: string): Promise<Report> {
  return db.transaction(async (tx) => {
    const report = await visibleReport(tx, actor, id);
    const [recommendations, quotes, events] = await Promise.all([
      queries.listRecommendations(tx, actor.tenantId, [id]),
      research.quotes(tx, actor.tenantId, report.projectId),
      queries.listEvents(tx, actor.tenantId, id),
    ]);
    const findings = report.findings ?? (await liveFindings(tx, actor.tenantId, report.projectId));
    await logProcessing(tx, actor, {
      activity: "learning.reports",
      action: "read",
      subjectType: "researchParticipant",
      subjectIds: quotes.map((q) => q.participantId),
    });
    return {
      ...presentSummary(report, recommendations),
      summary: report.summary,
      findings,
      quotes: quotes.map((q) => ({ id: q.id, theme: q.theme, text: q.text! })),
      recommendationItems: recommendations.map(presentRecommendation),
      history: events.map((e) => ({
        action: e.action,
        reason: e.reason,
        byName: e.byName,
        at: e.at.toISOString(),
      })),
      can: {
        edit: canEditReport(actor, report),
        signOff: canSignOffReport(actor, report),
        reopen: canReopenReport(actor, report),
        publish: canPublishReport(actor, report),
        respond: canRespondToReport(actor, report),
      },
    };
  });
}

/** A draft from a project in the council's workspace; one report per project. */
export async function createReport(
  db: Db,
  actor: Actor,
  input: In<typeof reportCreateSchema>,
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const project = await queries.findReportOfProject(tx, actor.tenantId, input.projectId);
    if (project) throw conflict("report_exists", "Dit onderzoek heeft al een rapport. Werk dat rapport bij.");
    await projectInWall(tx, actor, input.projectId).catch(() => {
      throw validationFailed([
        { path: "projectId", code: "unknown_project", message: "Kies een onderzoek uit de lijst." },
      ]);
    });
    const report = await queries.insertReport(tx, {
      tenantId: actor.tenantId,
      projectId: input.projectId,
      title: input.title,
      summary: input.summary,
      createdByUserId: actor.userId,
    });
    await queries.replaceRecommendations(tx, actor.tenantId, report.id, input.recommendations);
    await record(tx, actor, report.id, "drafted", now);
    return summaryOf(tx, actor, report);
  });
}

const locked = () =>
  conflict("report_locked", "De cliëntenraad heeft dit rapport afgetekend. De tekst ligt nu vast.");

export async function updateReport(db: Db, actor: Actor, id: string, input: In<typeof reportInputSchema>) {
  return db.transaction(async (tx) => {
    const report = await visibleReport(tx, actor, id);
    if (!canEditReport(actor, report)) throw locked();
    const updated = await queries.updateReport(tx, actor.tenantId, id, {
      title: input.title,
      summary: input.summary,
    });
    await queries.replaceRecommendations(tx, actor.tenantId, id, input.recommendations);
    return summaryOf(tx, actor, updated);
  });
}

/** The council signs off: who and when are kept, the findings are frozen, the text is locked. */
export async function signOffReport(db: Db, actor: Actor, id: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const report = await visibleReport(tx, actor, id);
    if (!canSignOffReport(actor, report)) throw locked();
    const recommendations = await queries.listRecommendations(tx, actor.tenantId, [id]);
    if (recommendations.length === 0)
      throw conflict(
        "no_recommendations",
        "Schrijf minstens één aanbeveling op voordat de cliëntenraad het rapport aftekent.",
      );
    const updated = await queries.updateReport(tx, actor.tenantId, id, {
      status: "signedOff",
      findings: await liveFindings(tx, actor.tenantId, report.projectId),
      signedOffAt: now,
      signedOffByUserId: actor.userId,
      signedOffByName: actor.name,
    });
    await record(tx, actor, id, "signedOff", now);
    return presentSummary(updated, recommendations);
  });
}

/**
 * The council reopens a signed-off report that is not yet published (who and why go in the audit trail):
 * the sign-off and the frozen findings are cleared, so the report needs a new sign-off before publication.
 */
export async function reopenReport(db: Db, actor: Actor, id: string, reason: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const report = await visibleReport(tx, actor, id);
    if (!canReopenReport(actor, report))
      throw conflict(
        report.status === "published" ? "report_published" : "report_not_signed_off",
        report.status === "published"
          ? "Dit rapport is al gepubliceerd. Een gepubliceerd rapport kan niet meer open."
          : "Dit rapport is nog niet afgetekend. U kunt de tekst gewoon wijzigen.",
      );
    const updated = await queries.updateReport(tx, actor.tenantId, id, {
      status: "draft",
      findings: null,
      signedOffAt: null,
      signedOffByUserId: null,
      signedOffByName: null,
    });
    await record(tx, actor, id, "reopened", now, reason);
    return summaryOf(tx, actor, updated);
  });
}

/** Publication needs the council's sign-off first. */
export async function publishReport(db: Db, actor: Actor, id: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const report = await visibleReport(tx, actor, id);
    if (report.status === "published") return summaryOf(tx, actor, report);
    if (!canPublishReport(actor, report))
      throw conflict(
        "not_signed_off",
        "De cliëntenraad moet het rapport eerst aftekenen. Daarna kunt u het publiceren.",
      );
    const updated = await queries.updateReport(tx, actor.tenantId, id, {
      status: "published",
      publishedAt: now,
    });
    await record(tx, actor, id, "published", now);
    return summaryOf(tx, actor, updated);
  });
}

/** The municipality's response to one recommendation of a published report (may be updated). */
export async function respond(
  db: Db,
  actor: Actor,
  recommendationId: string,
  input: In<typeof responseInputSchema>,
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const recommendation = await queries.findRecommendation(tx, actor.tenantId, recommendationId);
    if (!recommendation) throw notFound();
    const report = await visibleReport(tx, actor, recommendation.reportId);
    if (!canRespondToReport(actor, report)) throw notFound();
    const updated = await queries.updateRecommendation(tx, actor.tenantId, recommendationId, {
      decision: input.decision,
      reasoning: input.reasoning,
      followUpOn: input.followUpOn,
      respondedByUserId: actor.userId,
      respondedByName: actor.name,
      respondedAt: now,
    });
    return presentRecommendation(updated);
  });
}

const dutchDay = (iso: string) =>
  new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" }).format(
    new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso),
  );
const countText = (c: Report["findings"]["interviewed"]) =>
  typeof c === "number" ? String(c) : "minder dan 5";
const decisionText = { adopt: "Overnemen", partly: "Deels overnemen", not: "Niet overnemen" } as const;

/** The report as a PDF: the same content as the web page (read and logged the same way), in B1 Dutch. */
export async function reportPdf(db: Db, actor: Actor, id: string) {
  const r = await getReport(db, actor, id);
  const status =
    r.status === "published"
      ? `Gepubliceerd op ${dutchDay(r.publishedAt!)}`
      : r.status === "signedOff"
        ? "Afgetekend, nog niet gepubliceerd"
        : "Concept: nog niet afgetekend door de cliëntenraad";
  const blocks: DocumentBlock[] = [
    { kind: "title", text: r.title },
    { kind: "small", text: "Ervaringsonderzoek van de cliëntenraad" },
    { kind: "small", text: status },
    ...(r.signedOff
      ? [
          {
            kind: "small" as const,
            text: `Afgetekend door ${r.signedOff.byName} op ${dutchDay(r.signedOff.at)}`,
          },
        ]
      : []),
    { kind: "heading", text: "Wat liet het onderzoek zien?" },
    ...r.summary.split(/\n{2,}/).map((text) => ({ kind: "paragraph" as const, text })),
    { kind: "heading", text: "Bevindingen per thema" },
    { kind: "paragraph", text: `Gesprekken gehouden met ${countText(r.findings.interviewed)} deelnemers.` },
    {
      kind: "table",
      header: ["Thema", "Genoemd door (deelnemers)"],
      widths: [3, 2],
      rows: r.findings.rows.map((row) => [row.theme, countText(row.participants)]),
    },
    {
      kind: "small",
      text: "Aantallen van 1 tot 4 staan er als 'minder dan 5', zodat niemand herkenbaar is.",
    },
  ];
  if (r.quotes.length > 0) {
    blocks.push({ kind: "heading", text: "Wat deelnemers zeiden" });
    for (const theme of [...new Set(r.quotes.map((q) => q.theme))]) {
      blocks.push({ kind: "paragraph", text: theme, bold: true });
      for (const q of r.quotes.filter((x) => x.theme === theme)) blocks.push({ kind: "quote", text: q.text });
    }
  }
  blocks.push({ kind: "heading", text: "Aanbevelingen en de reactie van de gemeente" });
  r.recommendationItems.forEach((rec, i) => {
    blocks.push({ kind: "paragraph", bold: true, text: `${i + 1}. ${rec.text}` });
    if (rec.theme) blocks.push({ kind: "small", text: `Thema: ${rec.theme}` });
    const answer = rec.response;
    blocks.push({
      kind: "paragraph",
      text: answer
        ? `Reactie van de gemeente: ${decisionText[answer.decision]}. ${answer.reasoning}${
            answer.followUpOn ? ` Terugkoppeling op ${dutchDay(answer.followUpOn)}.` : ""
          } (${answer.respondedByName})`
        : "De gemeente heeft nog niet gereageerd.",
    });
  });
  return renderDocument(blocks, {
    title: r.title,
    author: "Cliëntenraad",
    footer: `${r.title} · ${status}`,
  });
}
