import {
  type EvaluationInput,
  type EvaluationSummary,
  type ParticipantDetail,
  summariseAttendance,
} from "../../../../shared/circles/progress.ts";
import { amsterdamDay } from "../../../../shared/dates.ts";
import { CountTable, SMALL_COUNT } from "../../../../shared/small-counts.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { notFound } from "../../../platform/errors.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { canManageCircle, circleScope } from "../policy.ts";
import * as circleQueries from "../queries.ts";
import * as queries from "./queries.ts";

type Access = "read" | "manage";

/**
 * The participant, when their circle is in the actor's scope (and, to change, the actor manages it);
 * otherwise 404: a participant outside the tenant or the actor's circles does not exist for them.
 */
async function participantInScope(tx: DbOrTx, actor: Actor, id: string, access: Access) {
  const row = await queries.findParticipant(tx, actor.tenantId, id);
  if (!row) throw notFound();
  const scoped = await circleQueries.findCircle(tx, circleScope(actor), row.circle.id);
  if (!scoped || (access === "manage" && !canManageCircle(actor, scoped.circle))) throw notFound();
  return row;
}

export const presentGoal = (g: { id: string; text: string; reachedOn: string | null; createdAt: Date }) => ({
  id: g.id,
  text: g.text,
  reachedOn: g.reachedOn,
  createdAt: g.createdAt.toISOString(),
});

async function present(tx: DbOrTx, actor: Actor, row: queries.ParticipantRow): Promise<ParticipantDetail> {
  const tenantId = actor.tenantId;
  const [goals, sessions, evaluation] = await Promise.all([
    queries.goalsOf(tx, tenantId, row.participant.id),
    queries.sessionsWithAttendance(tx, tenantId, row.circle.id, row.participant.id),
    queries.findEvaluation(tx, tenantId, row.participant.id),
  ]);
  const withStatus = sessions.map((s) => ({ ...s.session, status: s.attendance?.status ?? null }));
  return {
    id: row.participant.id,
    name: `${row.person.givenName} ${row.person.familyName}`.trim(),
    status: row.participant.status,
    circleId: row.circle.id,
    circleName: row.circle.name,
    goals: goals.map(presentGoal),
    attendance: summariseAttendance(withStatus, amsterdamDay()),
    sessions: sessions
      .filter((s) => !s.session.cancelled)
      .map((s) => ({
        id: s.session.id,
        number: s.session.number,
        date: s.session.date,
        theme: s.session.theme,
        status: s.attendance?.status ?? null,
        progress: s.attendance?.progress ?? "",
      })),
    evaluation: evaluation
      ? {
          score: evaluation.score,
          comment: evaluation.comment,
          recordedAt: evaluation.recordedAt.toISOString(),
        }
      : null,
    can: { manage: canManageCircle(actor, row.circle) },
  };
}

async function logOn(
  tx: DbOrTx,
  actor: Actor,
  row: queries.ParticipantRow,
  action: "read" | "create" | "update",
) {
  await logProcessing(tx, actor, {
    activity: "circles.participants",
    action,
    subjectType: "person",
    subjectIds: [row.person.id],
  });
}

export async function getParticipant(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const row = await participantInScope(tx, actor, id, "read");
    await logOn(tx, actor, row, "read");
    return present(tx, actor, row);
  });
}

export async function addGoal(db: Db, actor: Actor, id: string, input: { text: string }) {
  return db.transaction(async (tx) => {
    const row = await participantInScope(tx, actor, id, "manage");
    await queries.insertGoal(tx, {
      tenantId: actor.tenantId,
      participantId: id,
      text: input.text,
      createdByUserId: actor.userId,
    });
    await logOn(tx, actor, row, "create");
    return present(tx, actor, row);
  });
}

/**
 * Rewords a goal of this participant or marks it reached (today, in Amsterdam; a goal reached before
 * keeps its day) or not yet. A goal of someone else is 404. Used by the coordinator and the participant.
 */
export async function changeGoal(
  tx: DbOrTx,
  tenantId: string,
  participantId: string,
  goalId: string,
  input: { text?: string; reached?: boolean },
) {
  const goal = await queries.findGoal(tx, tenantId, participantId, goalId);
  if (!goal) throw notFound();
  const reachedOn =
    input.reached === undefined ? undefined : input.reached ? (goal.reachedOn ?? amsterdamDay()) : null;
  await queries.updateGoal(tx, tenantId, goalId, { text: input.text, reachedOn });
}

/** Rewords a goal or marks it reached (today, in Amsterdam) or not yet. A goal of someone else is 404. */
export async function updateGoal(
  db: Db,
  actor: Actor,
  id: string,
  goalId: string,
  input: { text?: string; reached?: boolean },
) {
  return db.transaction(async (tx) => {
    const row = await participantInScope(tx, actor, id, "manage");
    await changeGoal(tx, actor.tenantId, id, goalId, input);
    await logOn(tx, actor, row, "update");
    return present(tx, actor, row);
  });
}

export async function saveEvaluation(db: Db, actor: Actor, id: string, input: EvaluationInput) {
  return db.transaction(async (tx) => {
    const row = await participantInScope(tx, actor, id, "manage");
    await queries.upsertEvaluation(tx, {
      tenantId: actor.tenantId,
      participantId: id,
      score: input.score,
      comment: input.comment,
      recordedByUserId: actor.userId,
    });
    await logOn(tx, actor, row, "update");
    return present(tx, actor, row);
  });
}

/**
 * The evaluations of a circle for the coordinator: counts per score with small counts hidden
 * (shared/small-counts.ts), the mean and the open answers only when at least SMALL_COUNT answered,
 * so no answer can be traced to one of a handful of participants.
 */
export async function evaluationSummary(db: Db, actor: Actor, circleId: string): Promise<EvaluationSummary> {
  return db.transaction(async (tx) => {
    const scoped = await circleQueries.findCircle(tx, circleScope(actor), circleId);
    if (!scoped) throw notFound();
    const evaluations = await queries.evaluationsOf(tx, actor.tenantId, circleId);
    const table = new CountTable();
    const total = table.count(evaluations.length);
    const parts = [1, 2, 3, 4, 5].map((score) =>
      table.count(evaluations.filter((e) => e.score === score).length),
    );
    table.line(total, parts);
    const counts = table.suppress(true);
    const enough = evaluations.length >= SMALL_COUNT;
    const comments = enough
      ? evaluations
          .map((e) => e.comment)
          .filter((c) => c.length > 0)
          .sort(() => Math.random() - 0.5)
      : [];
    // The answers are read to count them, so every evaluated person's data is processed here.
    await logProcessing(tx, actor, {
      activity: "circles.participants",
      action: "read",
      subjectType: "person",
      subjectIds: evaluations.map((e) => e.personId),
    });
    const sum = evaluations.reduce((s, e) => s + e.score, 0);
    return {
      circleId,
      circleName: scoped.circle.name,
      participants: scoped.participantCount,
      responses: counts[total]!,
      scores: parts.map((id, i) => ({ score: i + 1, count: counts[id]! })),
      mean: enough ? Math.round((sum / evaluations.length) * 10) / 10 : null,
      comments,
    };
  });
}
