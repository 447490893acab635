import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { authUser } from "../../accounts/schema.ts";
import { organisation } from "../../organisations/schema.ts";
import { courseEdition, courseEnrolment, courseSubmission, courseSubmissionFile } from "./schema.ts";

export function listEditions(db: DbOrTx, tenantId: string) {
  return db
    .select()
    .from(courseEdition)
    .where(eq(courseEdition.tenantId, tenantId))
    .orderBy(desc(courseEdition.createdAt));
}

/** One edition; `lock` holds it for the transaction (sign-ups counted one at a time). */
export async function findEdition(db: DbOrTx, tenantId: string, id: string, lock = false) {
  const query = db
    .select()
    .from(courseEdition)
    .where(and(eq(courseEdition.tenantId, tenantId), eq(courseEdition.id, id)));
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

export async function insertEdition(db: DbOrTx, values: typeof courseEdition.$inferInsert) {
  const [row] = await db.insert(courseEdition).values(values).returning();
  return row!;
}

export async function setMeetingDays(db: DbOrTx, tenantId: string, id: string, days: string[]) {
  await db
    .update(courseEdition)
    .set({ meetingDays: days })
    .where(and(eq(courseEdition.tenantId, tenantId), eq(courseEdition.id, id)));
}

/** Enrolled and waitlisted per edition of the tenant. */
export function statusCounts(db: DbOrTx, tenantId: string) {
  return db
    .select({ editionId: courseEnrolment.editionId, status: courseEnrolment.status, value: count() })
    .from(courseEnrolment)
    .where(eq(courseEnrolment.tenantId, tenantId))
    .groupBy(courseEnrolment.editionId, courseEnrolment.status);
}

export function enrolmentsOfUser(db: DbOrTx, tenantId: string, userId: string) {
  return db
    .select()
    .from(courseEnrolment)
    .where(and(eq(courseEnrolment.tenantId, tenantId), eq(courseEnrolment.userId, userId)));
}

export async function insertEnrolment(db: DbOrTx, values: typeof courseEnrolment.$inferInsert) {
  const [row] = await db.insert(courseEnrolment).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export function listEnrolments(db: DbOrTx, tenantId: string, editionId: string) {
  return db
    .select({ enrolment: courseEnrolment, name: authUser.name, organisationName: organisation.name })
    .from(courseEnrolment)
    .innerJoin(authUser, eq(authUser.id, courseEnrolment.userId))
    .leftJoin(organisation, eq(organisation.id, courseEnrolment.organisationId))
    .where(and(eq(courseEnrolment.tenantId, tenantId), eq(courseEnrolment.editionId, editionId)))
    .orderBy(asc(courseEnrolment.status), asc(courseEnrolment.enrolledAt));
}

export function listSubmissions(db: DbOrTx, tenantId: string, enrolmentId: string) {
  return db
    .select()
    .from(courseSubmission)
    .where(and(eq(courseSubmission.tenantId, tenantId), eq(courseSubmission.enrolmentId, enrolmentId)));
}

export async function upsertSubmission(db: DbOrTx, values: typeof courseSubmission.$inferInsert) {
  await db
    .insert(courseSubmission)
    .values(values)
    .onConflictDoUpdate({
      target: [courseSubmission.tenantId, courseSubmission.enrolmentId, courseSubmission.exerciseCode],
      set: { text: values.text, late: values.late, submittedAt: values.submittedAt },
    });
}

export async function organisationName(db: DbOrTx, tenantId: string, id: string | null) {
  if (!id) return null;
  const [row] = await db
    .select({ name: organisation.name })
    .from(organisation)
    .where(and(eq(organisation.tenantId, tenantId), eq(organisation.id, id)));
  return row?.name ?? null;
}

/** The files handed in with these submissions, without their bytes. */
export function filesOf(db: DbOrTx, tenantId: string, submissionIds: string[]) {
  if (submissionIds.length === 0) return Promise.resolve([]);
  const f = courseSubmissionFile;
  return db
    .select({
      id: f.id,
      submissionId: f.submissionId,
      name: f.name,
      contentType: f.contentType,
      size: f.size,
      late: f.late,
      addedAt: f.addedAt,
    })
    .from(f)
    .where(and(eq(f.tenantId, tenantId), inArray(f.submissionId, submissionIds)))
    .orderBy(asc(f.addedAt));
}

export async function insertFile(db: DbOrTx, values: typeof courseSubmissionFile.$inferInsert) {
  await db.insert(courseSubmissionFile).values(values);
}

/** A file of one enrolment's homework; another participant's file is not found. */
export async function findFile(db: DbOrTx, tenantId: string, enrolmentId: string, fileId: string) {
  const [row] = await db
    .select({ file: courseSubmissionFile })
    .from(courseSubmissionFile)
    .innerJoin(courseSubmission, eq(courseSubmission.id, courseSubmissionFile.submissionId))
    .where(
      and(
        eq(courseSubmissionFile.tenantId, tenantId),
        eq(courseSubmissionFile.id, fileId),
        eq(courseSubmission.enrolmentId, enrolmentId),
      ),
    );
  return row?.file ?? null;
}

export async function deleteFile(db: DbOrTx, tenantId: string, fileId: string) {
  await db
    .delete(courseSubmissionFile)
    .where(and(eq(courseSubmissionFile.tenantId, tenantId), eq(courseSubmissionFile.id, fileId)));
}
