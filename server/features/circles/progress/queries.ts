import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { person } from "../../accounts/schema.ts";
import {
  circle,
  circleAttendance,
  circleEvaluation,
  circleGoal,
  circleParticipant,
  circleSession,
} from "../schema.ts";

/** A participant with their circle, within the tenant (the caller checks the circle's scope). */
export async function findParticipant(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select({ participant: circleParticipant, person, circle })
    .from(circleParticipant)
    .innerJoin(person, eq(person.id, circleParticipant.personId))
    .innerJoin(circle, eq(circle.id, circleParticipant.circleId))
    .where(and(eq(circleParticipant.tenantId, tenantId), eq(circleParticipant.id, id)));
  return row ?? null;
}
export type ParticipantRow = NonNullable<Awaited<ReturnType<typeof findParticipant>>>;

export function goalsOf(db: DbOrTx, tenantId: string, participantId: string) {
  return db
    .select()
    .from(circleGoal)
    .where(and(eq(circleGoal.tenantId, tenantId), eq(circleGoal.participantId, participantId)))
    .orderBy(asc(circleGoal.createdAt), asc(circleGoal.id));
}

/** The goals of several participants (the leader's session screen), oldest first. */
export function goalsOfParticipants(db: DbOrTx, tenantId: string, participantIds: string[]) {
  if (participantIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(circleGoal)
    .where(and(eq(circleGoal.tenantId, tenantId), inArray(circleGoal.participantId, participantIds)))
    .orderBy(asc(circleGoal.createdAt), asc(circleGoal.id));
}

/** A goal of this participant (null when it belongs to someone else: not found). */
export async function findGoal(db: DbOrTx, tenantId: string, participantId: string, goalId: string) {
  const [row] = await db
    .select()
    .from(circleGoal)
    .where(
      and(
        eq(circleGoal.tenantId, tenantId),
        eq(circleGoal.participantId, participantId),
        eq(circleGoal.id, goalId),
      ),
    );
  return row ?? null;
}

export async function insertGoal(db: DbOrTx, values: typeof circleGoal.$inferInsert) {
  await db.insert(circleGoal).values(values);
}

export async function updateGoal(
  db: DbOrTx,
  tenantId: string,
  goalId: string,
  values: Partial<Pick<typeof circleGoal.$inferInsert, "text" | "reachedOn">>,
) {
  await db
    .update(circleGoal)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(circleGoal.tenantId, tenantId), eq(circleGoal.id, goalId)));
}

/** Every session of the circle with this participant's record (if any), in date order. */
export function sessionsWithAttendance(
  db: DbOrTx,
  tenantId: string,
  circleId: string,
  participantId: string,
) {
  return db
    .select({ session: circleSession, attendance: circleAttendance })
    .from(circleSession)
    .leftJoin(
      circleAttendance,
      and(
        eq(circleAttendance.sessionId, circleSession.id),
        eq(circleAttendance.participantId, participantId),
      ),
    )
    .where(and(eq(circleSession.tenantId, tenantId), eq(circleSession.circleId, circleId)))
    .orderBy(asc(circleSession.date), asc(circleSession.number));
}

export async function findEvaluation(db: DbOrTx, tenantId: string, participantId: string) {
  const [row] = await db
    .select()
    .from(circleEvaluation)
    .where(and(eq(circleEvaluation.tenantId, tenantId), eq(circleEvaluation.participantId, participantId)));
  return row ?? null;
}

export async function upsertEvaluation(db: DbOrTx, values: typeof circleEvaluation.$inferInsert) {
  await db
    .insert(circleEvaluation)
    .values(values)
    .onConflictDoUpdate({
      target: [circleEvaluation.tenantId, circleEvaluation.participantId],
      set: {
        score: values.score,
        comment: values.comment,
        recordedByUserId: values.recordedByUserId,
        recordedAt: new Date(),
      },
    });
}

/** The evaluations of a circle's participants, with the person each belongs to (for the log). */
export function evaluationsOf(db: DbOrTx, tenantId: string, circleId: string) {
  return db
    .select({
      score: circleEvaluation.score,
      comment: circleEvaluation.comment,
      personId: circleParticipant.personId,
    })
    .from(circleEvaluation)
    .innerJoin(circleParticipant, eq(circleParticipant.id, circleEvaluation.participantId))
    .where(and(eq(circleEvaluation.tenantId, tenantId), eq(circleParticipant.circleId, circleId)));
}
