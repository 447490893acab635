import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { researchRecommendation, researchReport, researchReportEvent } from "./schema.ts";

// Every function takes the tenant; the service applies who may see which report.

export function listReports(db: DbOrTx, tenantId: string, publishedOnly: boolean) {
  return db
    .select()
    .from(researchReport)
    .where(
      and(
        eq(researchReport.tenantId, tenantId),
        publishedOnly ? eq(researchReport.status, "published") : undefined,
      ),
    )
    .orderBy(desc(researchReport.createdAt));
}

export async function findReport(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(researchReport)
    .where(and(eq(researchReport.tenantId, tenantId), eq(researchReport.id, id)));
  return row ?? null;
}

export async function findReportOfProject(db: DbOrTx, tenantId: string, projectId: string) {
  const [row] = await db
    .select({ id: researchReport.id })
    .from(researchReport)
    .where(and(eq(researchReport.tenantId, tenantId), eq(researchReport.projectId, projectId)));
  return row ?? null;
}

export async function insertReport(db: DbOrTx, values: typeof researchReport.$inferInsert) {
  const [row] = await db.insert(researchReport).values(values).returning();
  return row!;
}

export async function updateReport(
  db: DbOrTx,
  tenantId: string,
  id: string,
  values: Partial<typeof researchReport.$inferInsert>,
) {
  const [row] = await db
    .update(researchReport)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(researchReport.tenantId, tenantId), eq(researchReport.id, id)))
    .returning();
  return row!;
}

export function listRecommendations(db: DbOrTx, tenantId: string, reportIds: string[]) {
  if (reportIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(researchRecommendation)
    .where(
      and(eq(researchRecommendation.tenantId, tenantId), inArray(researchRecommendation.reportId, reportIds)),
    )
    .orderBy(asc(researchRecommendation.position));
}

/** A draft's recommendations, replaced as a whole (a draft has no responses yet). */
export async function replaceRecommendations(
  db: DbOrTx,
  tenantId: string,
  reportId: string,
  items: { theme: string; text: string }[],
) {
  await db
    .delete(researchRecommendation)
    .where(and(eq(researchRecommendation.tenantId, tenantId), eq(researchRecommendation.reportId, reportId)));
  if (items.length === 0) return;
  await db
    .insert(researchRecommendation)
    .values(items.map((item, position) => ({ tenantId, reportId, position, ...item })));
}

export async function findRecommendation(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(researchRecommendation)
    .where(and(eq(researchRecommendation.tenantId, tenantId), eq(researchRecommendation.id, id)));
  return row ?? null;
}

export async function updateRecommendation(
  db: DbOrTx,
  tenantId: string,
  id: string,
  values: Partial<typeof researchRecommendation.$inferInsert>,
) {
  const [row] = await db
    .update(researchRecommendation)
    .set(values)
    .where(and(eq(researchRecommendation.tenantId, tenantId), eq(researchRecommendation.id, id)))
    .returning();
  return row!;
}

export async function insertEvent(db: DbOrTx, values: typeof researchReportEvent.$inferInsert) {
  await db.insert(researchReportEvent).values(values);
}

export function listEvents(db: DbOrTx, tenantId: string, reportId: string) {
  return db
    .select()
    .from(researchReportEvent)
    .where(and(eq(researchReportEvent.tenantId, tenantId), eq(researchReportEvent.reportId, reportId)))
    .orderBy(asc(researchReportEvent.at), asc(researchReportEvent.id));
}
