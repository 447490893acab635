import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type {
  Report,
  ReportEventAction,
  ReportStatus,
  ResponseDecision,
} from "../../../../shared/learning/reports.ts";
import { tenant } from "../../tenancy/schema.ts";
import { researchProject } from "../research/schema.ts";

/** The report of a research project (one per project): drafted, signed off by the council, published. */
export const researchReport = pgTable(
  "research_report",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    projectId: uuid()
      .notNull()
      .references(() => researchProject.id, { onDelete: "cascade" }),
    title: text().notNull(),
    summary: text().notNull(),
    status: text().$type<ReportStatus>().notNull().default("draft"),
    /** The findings as they were when the council signed off (counts only, small-count rule applied). */
    findings: jsonb().$type<Report["findings"]>(),
    signedOffAt: timestamp({ withTimezone: true }),
    signedOffByUserId: text(),
    signedOffByName: text(),
    publishedAt: timestamp({ withTimezone: true }),
    createdByUserId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("research_report_project").on(t.tenantId, t.projectId),
    index("research_report_tenant").on(t.tenantId, t.createdAt),
  ],
);

/** A recommendation of a report, as a separate item the municipality answers. */
export const researchRecommendation = pgTable(
  "research_recommendation",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    reportId: uuid()
      .notNull()
      .references(() => researchReport.id, { onDelete: "cascade" }),
    position: integer().notNull(),
    theme: text().notNull().default(""),
    text: text().notNull(),
    /** The municipality's response (beleid): adopt, partly or not, why, and when it reports back. */
    decision: text().$type<ResponseDecision>(),
    reasoning: text(),
    followUpOn: date(),
    respondedByUserId: text(),
    respondedByName: text(),
    respondedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("research_recommendation_report").on(t.tenantId, t.reportId, t.position)],
);

/** The report's audit trail: drafted, signed off, reopened (with the reason), published; who and when. */
export const researchReportEvent = pgTable(
  "research_report_event",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    reportId: uuid()
      .notNull()
      .references(() => researchReport.id, { onDelete: "cascade" }),
    action: text().$type<ReportEventAction>().notNull(),
    reason: text(),
    byUserId: text(),
    byName: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("research_report_event_report").on(t.tenantId, t.reportId, t.at)],
);
