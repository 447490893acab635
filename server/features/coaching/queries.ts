import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import type { TrajectoryStatus } from "../../../shared/coaching.ts";
import type { DbOrTx } from "../../db/client.ts";
import { person } from "../accounts/schema.ts";
import { volunteer } from "../volunteers/schema.ts";
import type { TrajectoryScope } from "./policy.ts";
import { coachingMeeting, coachingTrajectory } from "./schema.ts";

const scopeWhere = (scope: TrajectoryScope) =>
  and(
    eq(coachingTrajectory.tenantId, scope.tenantId),
    scope.organisationId ? eq(coachingTrajectory.organisationId, scope.organisationId) : undefined,
    scope.coachVolunteerId ? eq(coachingTrajectory.coachVolunteerId, scope.coachVolunteerId) : undefined,
  );

function select(db: DbOrTx) {
  return db
    .select({ trajectory: coachingTrajectory, coach: person })
    .from(coachingTrajectory)
    .innerJoin(volunteer, eq(volunteer.id, coachingTrajectory.coachVolunteerId))
    .innerJoin(person, eq(person.id, volunteer.personId));
}
export type TrajectoryRow = Awaited<ReturnType<ReturnType<typeof select>["where"]>>[number];

export async function listTrajectories(
  db: DbOrTx,
  scope: TrajectoryScope,
  filter: { status?: TrajectoryStatus },
  page: { page: number; pageSize: number },
) {
  const where = and(
    scopeWhere(scope),
    filter.status ? eq(coachingTrajectory.status, filter.status) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    select(db)
      .where(where)
      .orderBy(desc(coachingTrajectory.startsOn), asc(coachingTrajectory.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ value: count() }).from(coachingTrajectory).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export async function findTrajectory(db: DbOrTx, scope: TrajectoryScope, id: string) {
  const [row] = await select(db).where(and(scopeWhere(scope), eq(coachingTrajectory.id, id)));
  return row ?? null;
}

export function meetingsOf(db: DbOrTx, tenantId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(coachingMeeting)
    .where(and(eq(coachingMeeting.tenantId, tenantId), inArray(coachingMeeting.trajectoryId, ids)))
    .orderBy(desc(coachingMeeting.heldOn));
}

export async function insertTrajectory(db: DbOrTx, values: typeof coachingTrajectory.$inferInsert) {
  const [row] = await db.insert(coachingTrajectory).values(values).returning({ id: coachingTrajectory.id });
  return row!.id;
}

export async function updateTrajectory(
  db: DbOrTx,
  tenantId: string,
  id: string,
  values: Partial<typeof coachingTrajectory.$inferInsert>,
) {
  await db
    .update(coachingTrajectory)
    .set(values)
    .where(and(eq(coachingTrajectory.tenantId, tenantId), eq(coachingTrajectory.id, id)));
}

export async function insertMeeting(db: DbOrTx, values: typeof coachingMeeting.$inferInsert) {
  await db.insert(coachingMeeting).values(values);
}
