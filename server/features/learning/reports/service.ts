import type {
  Report,
  ReportSummary,
  reportCreateSchema,
  reportInputSchema,
  responseInputSchema,
} from "../../../../shared/learning/reports.ts";
import { findingsTable } from "../../../../shared/learning/research.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { conflict, notFound, validationFailed } from "../../../platform/errors.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import {
  canEditReport,
  canPublishReport,
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
    const [recommendations, quotes] = await Promise.all([
      queries.listRecommendations(tx, actor.tenantId, [id]),
      research.quotes(tx, actor.tenantId, report.projectId),
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
      can: {
        edit: canEditReport(actor, report),
        signOff: canSignOffReport(actor, report),
        publish: canPublishReport(actor, report),
        respond: canRespondToReport(actor, report),
      },
    };
  });
}

/** A draft from a project in the council's workspace; one report per project. */
export async function createReport(db: Db, actor: Actor, input: In<typeof reportCreateSchema>) {
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
    return presentSummary(updated, recommendations);
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
