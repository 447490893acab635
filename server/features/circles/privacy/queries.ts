import { and, asc, eq, inArray, lt, max, ne, sql } from "drizzle-orm";
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

/** Every participation of a person (all statuses), with the circle's name. */
export function participationsOfPerson(db: DbOrTx, tenantId: string, personId: string) {
  return db
    .select({ participant: circleParticipant, circleName: circle.name })
    .from(circleParticipant)
    .innerJoin(circle, eq(circle.id, circleParticipant.circleId))
    .where(and(eq(circleParticipant.tenantId, tenantId), eq(circleParticipant.personId, personId)))
    .orderBy(asc(circleParticipant.signedUpAt));
}

/** The person of a signed-in user in a tenant, or null. */
export async function personOfUser(db: DbOrTx, tenantId: string, userId: string) {
  const [row] = await db
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.tenantId, tenantId), eq(person.userId, userId)));
  return row?.id ?? null;
}

export function attendanceOfParticipants(db: DbOrTx, tenantId: string, participantIds: string[]) {
  if (participantIds.length === 0) return Promise.resolve([]);
  return db
    .select({ attendance: circleAttendance, date: circleSession.date, theme: circleSession.theme })
    .from(circleAttendance)
    .innerJoin(circleSession, eq(circleSession.id, circleAttendance.sessionId))
    .where(
      and(eq(circleAttendance.tenantId, tenantId), inArray(circleAttendance.participantId, participantIds)),
    )
    .orderBy(asc(circleSession.date));
}

export function evaluationsOfParticipants(db: DbOrTx, tenantId: string, participantIds: string[]) {
  if (participantIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(circleEvaluation)
    .where(
      and(eq(circleEvaluation.tenantId, tenantId), inArray(circleEvaluation.participantId, participantIds)),
    );
}

/** Erasure: the person's goals go, their progress words and open answers are emptied (counts stay). */
export async function eraseParticipants(db: DbOrTx, tenantId: string, participantIds: string[]) {
  if (participantIds.length === 0) return;
  await db
    .delete(circleGoal)
    .where(and(eq(circleGoal.tenantId, tenantId), inArray(circleGoal.participantId, participantIds)));
  await db
    .update(circleAttendance)
    .set({ progress: "" })
    .where(
      and(eq(circleAttendance.tenantId, tenantId), inArray(circleAttendance.participantId, participantIds)),
    );
  await db
    .update(circleEvaluation)
    .set({ comment: "" })
    .where(
      and(eq(circleEvaluation.tenantId, tenantId), inArray(circleEvaluation.participantId, participantIds)),
    );
}

/** Circles (all tenants) whose last session was before `cutoff` (yyyy-mm-dd). */
export async function circlesEndedBefore(db: DbOrTx, cutoff: string) {
  const rows = await db
    .select({ circleId: circleSession.circleId })
    .from(circleSession)
    .groupBy(circleSession.circleId)
    .having(lt(max(circleSession.date), cutoff));
  return rows.map((r) => r.circleId);
}

/**
 * Retention: the words go, the counts stay. Session notes, progress words and open answers are
 * emptied; goals keep their row and reached day (goals progressed stays countable) but lose their text.
 */
export async function removeNotesOf(db: DbOrTx, circleIds: string[]) {
  if (circleIds.length === 0) return 0;
  const sessions = db
    .select({ id: circleSession.id })
    .from(circleSession)
    .where(inArray(circleSession.circleId, circleIds));
  const participants = db
    .select({ id: circleParticipant.id })
    .from(circleParticipant)
    .where(inArray(circleParticipant.circleId, circleIds));
  const changed = await Promise.all([
    db
      .update(circleSession)
      .set({ note: "" })
      .where(and(inArray(circleSession.circleId, circleIds), ne(circleSession.note, "")))
      .returning({ id: circleSession.id }),
    db
      .update(circleAttendance)
      .set({ progress: "" })
      .where(and(inArray(circleAttendance.sessionId, sessions), ne(circleAttendance.progress, "")))
      .returning({ id: circleAttendance.sessionId }),
    db
      .update(circleGoal)
      .set({ text: "", updatedAt: sql`now()` })
      .where(and(inArray(circleGoal.participantId, participants), ne(circleGoal.text, "")))
      .returning({ id: circleGoal.id }),
    db
      .update(circleEvaluation)
      .set({ comment: "" })
      .where(and(inArray(circleEvaluation.participantId, participants), ne(circleEvaluation.comment, "")))
      .returning({ id: circleEvaluation.participantId }),
  ]);
  return changed.reduce((n, rows) => n + rows.length, 0);
}
