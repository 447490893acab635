import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { person } from "../../accounts/schema.ts";
import {
  circle,
  circleAttendance,
  circleAttendanceSync,
  circleLeader,
  circleParticipant,
  circleProgramme,
  circleSession,
} from "../schema.ts";

export async function findSession(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(circleSession)
    .where(and(eq(circleSession.tenantId, tenantId), eq(circleSession.id, id)));
  return row ?? null;
}

export async function updateSession(
  db: DbOrTx,
  tenantId: string,
  id: string,
  values: Partial<typeof circleSession.$inferInsert>,
) {
  await db
    .update(circleSession)
    .set(values)
    .where(and(eq(circleSession.tenantId, tenantId), eq(circleSession.id, id)));
}

/** The circles a volunteer leads, with programme name. */
export function ledCircles(db: DbOrTx, tenantId: string, volunteerId: string) {
  return db
    .select({ circle, programmeName: circleProgramme.name })
    .from(circleLeader)
    .innerJoin(circle, eq(circle.id, circleLeader.circleId))
    .innerJoin(circleProgramme, eq(circleProgramme.id, circle.programmeId))
    .where(and(eq(circleLeader.tenantId, tenantId), eq(circleLeader.volunteerId, volunteerId)))
    .orderBy(asc(circle.startsOn));
}

/** A session of a circle the volunteer leads (null otherwise: not theirs is not found). */
export async function leaderSession(db: DbOrTx, tenantId: string, volunteerId: string, sessionId: string) {
  const [row] = await db
    .select({ session: circleSession, circle })
    .from(circleSession)
    .innerJoin(circle, eq(circle.id, circleSession.circleId))
    .innerJoin(
      circleLeader,
      and(eq(circleLeader.circleId, circle.id), eq(circleLeader.volunteerId, volunteerId)),
    )
    .where(and(eq(circleSession.tenantId, tenantId), eq(circleSession.id, sessionId)));
  return row ?? null;
}

/** Active participants of a circle with their attendance at one session. */
export function attendanceOf(db: DbOrTx, tenantId: string, circleId: string, sessionId: string) {
  return db
    .select({ participant: circleParticipant, person, attendance: circleAttendance })
    .from(circleParticipant)
    .innerJoin(person, eq(person.id, circleParticipant.personId))
    .leftJoin(
      circleAttendance,
      and(
        eq(circleAttendance.participantId, circleParticipant.id),
        eq(circleAttendance.sessionId, sessionId),
      ),
    )
    .where(
      and(
        eq(circleParticipant.tenantId, tenantId),
        eq(circleParticipant.circleId, circleId),
        eq(circleParticipant.status, "active"),
      ),
    )
    .orderBy(asc(person.givenName), asc(person.familyName));
}

/** Records the sync id; false when it was recorded before (a repeat send). */
export async function claimSync(db: DbOrTx, values: typeof circleAttendanceSync.$inferInsert) {
  const rows = await db
    .insert(circleAttendanceSync)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: circleAttendanceSync.id });
  return rows.length > 0;
}

export async function upsertAttendance(db: DbOrTx, rows: (typeof circleAttendance.$inferInsert)[]) {
  if (rows.length === 0) return;
  await db
    .insert(circleAttendance)
    .values(rows)
    .onConflictDoUpdate({
      target: [circleAttendance.tenantId, circleAttendance.sessionId, circleAttendance.participantId],
      set: {
        status: sqlExcluded("status"),
        progress: sqlExcluded("progress"),
        scale: sqlExcluded("scale"),
        recordedByUserId: sqlExcluded("recorded_by_user_id"),
        recordedAt: sqlExcluded("recorded_at"),
      },
    });
}

const sqlExcluded = (column: string) => sql.raw(`excluded.${column}`);

export async function findCircleByToken(db: DbOrTx, token: string) {
  const [row] = await db
    .select({ circle, programmeName: circleProgramme.name })
    .from(circle)
    .innerJoin(circleProgramme, eq(circleProgramme.id, circle.programmeId))
    .where(eq(circle.calendarToken, token));
  return row ?? null;
}

export function activeParticipantIds(db: DbOrTx, tenantId: string, circleId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: circleParticipant.id, personId: circleParticipant.personId })
    .from(circleParticipant)
    .where(
      and(
        eq(circleParticipant.tenantId, tenantId),
        eq(circleParticipant.circleId, circleId),
        eq(circleParticipant.status, "active"),
        inArray(circleParticipant.id, ids),
      ),
    );
}
