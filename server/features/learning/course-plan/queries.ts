import { and, asc, eq, isNotNull, isNull, lte } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { authUser } from "../../accounts/schema.ts";
import { courseEdition, courseEnrolment } from "../courses/schema.ts";

const withEdition = (db: DbOrTx) =>
  db
    .select({
      enrolment: courseEnrolment,
      editionTitle: courseEdition.title,
      meetingDays: courseEdition.meetingDays,
      name: authUser.name,
      email: authUser.email,
    })
    .from(courseEnrolment)
    .innerJoin(courseEdition, eq(courseEdition.id, courseEnrolment.editionId))
    .innerJoin(authUser, eq(authUser.id, courseEnrolment.userId));

export async function findEnrolment(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await withEdition(db).where(
    and(eq(courseEnrolment.tenantId, tenantId), eq(courseEnrolment.id, id)),
  );
  return row ?? null;
}

export async function findEnrolmentOfUser(db: DbOrTx, tenantId: string, editionId: string, userId: string) {
  const [row] = await withEdition(db).where(
    and(
      eq(courseEnrolment.tenantId, tenantId),
      eq(courseEnrolment.editionId, editionId),
      eq(courseEnrolment.userId, userId),
    ),
  );
  return row ?? null;
}

/** Submitted plans of participants from one organisation (for its coordinators to sign off). */
export function plansOfOrganisation(db: DbOrTx, tenantId: string, organisationId: string) {
  return withEdition(db)
    .where(
      and(
        eq(courseEnrolment.tenantId, tenantId),
        eq(courseEnrolment.organisationId, organisationId),
        isNotNull(courseEnrolment.planSubmittedAt),
      ),
    )
    .orderBy(asc(courseEnrolment.planSubmittedAt));
}

export async function updateEnrolment(
  db: DbOrTx,
  tenantId: string,
  id: string,
  values: Partial<typeof courseEnrolment.$inferInsert>,
) {
  await db
    .update(courseEnrolment)
    .set(values)
    .where(and(eq(courseEnrolment.tenantId, tenantId), eq(courseEnrolment.id, id)));
}

/** Signed-off plans whose follow-up is due and not yet sent (every tenant: it runs as a job). */
export function dueFollowUps(db: DbOrTx, signedOffBefore: Date) {
  return withEdition(db)
    .where(
      and(
        isNotNull(courseEnrolment.planSignedOffAt),
        lte(courseEnrolment.planSignedOffAt, signedOffBefore),
        isNull(courseEnrolment.followUpSentAt),
      ),
    )
    .limit(500);
}

/** Claims one follow-up: only one run (or instance) gets the row, so nobody is mailed twice. */
export async function claimFollowUp(db: DbOrTx, id: string, now: Date) {
  const rows = await db
    .update(courseEnrolment)
    .set({ followUpSentAt: now })
    .where(and(eq(courseEnrolment.id, id), isNull(courseEnrolment.followUpSentAt)))
    .returning({ id: courseEnrolment.id });
  return rows.length === 1;
}
