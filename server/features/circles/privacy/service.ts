import { retentionCutoff } from "../../../../shared/circles/own.ts";
import { amsterdamDay } from "../../../../shared/dates.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import * as progressQueries from "../progress/queries.ts";
import * as queries from "./queries.ts";

/**
 * A person's circle data: their own export, erasure (one person, also when they became a volunteer)
 * and the retention job (ADR 0019): notes removed CIRCLE_NOTES_RETENTION_MONTHS after the last session.
 */
export async function exportOwnCircleData(db: Db, actor: Actor) {
  const personId = await queries.personOfUser(db, actor.tenantId, actor.userId);
  const rows = personId ? await queries.participationsOfPerson(db, actor.tenantId, personId) : [];
  const ids = rows.map((r) => r.participant.id);
  const [attendance, evaluations] = await Promise.all([
    queries.attendanceOfParticipants(db, actor.tenantId, ids),
    queries.evaluationsOfParticipants(db, actor.tenantId, ids),
  ]);
  const circles = await Promise.all(
    rows.map(async (r) => {
      const evaluation = evaluations.find((e) => e.participantId === r.participant.id);
      return {
        circle: r.circleName,
        status: r.participant.status,
        signedUpAt: r.participant.signedUpAt.toISOString(),
        goals: (await progressQueries.goalsOf(db, actor.tenantId, r.participant.id)).map((g) => ({
          text: g.text,
          reachedOn: g.reachedOn,
          createdAt: g.createdAt.toISOString(),
        })),
        attendance: attendance
          .filter((a) => a.attendance.participantId === r.participant.id)
          .map((a) => ({
            date: a.date,
            theme: a.theme,
            status: a.attendance.status,
            progress: a.attendance.progress,
            scale: a.attendance.scale,
          })),
        evaluation: evaluation ? { score: evaluation.score, comment: evaluation.comment } : null,
      };
    }),
  );
  return { exportedAt: new Date().toISOString(), circles };
}

/** Erases a person's circle data (goals, progress words, open answers); attendance counts stay. */
export async function eraseCircleData(tx: DbOrTx, tenantId: string, personId: string) {
  const rows = await queries.participationsOfPerson(tx, tenantId, personId);
  await queries.eraseParticipants(
    tx,
    tenantId,
    rows.map((r) => r.participant.id),
  );
}

/** The retention job: notes of circles whose last session is more than 24 months ago. Returns changed rows. */
export async function purgeExpiredCircleNotes(db: Db, now = new Date()) {
  return db.transaction(async (tx) => {
    const circleIds = await queries.circlesEndedBefore(tx, retentionCutoff(amsterdamDay(now)));
    return queries.removeNotesOf(tx, circleIds);
  });
}
