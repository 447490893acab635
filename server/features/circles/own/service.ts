import type { OwnParticipation } from "../../../../shared/circles/own.ts";
import { amsterdamDay } from "../../../../shared/dates.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { notFound } from "../../../platform/errors.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import * as progressQueries from "../progress/queries.ts";
import { changeGoal, presentGoal } from "../progress/service.ts";
import * as queries from "./queries.ts";

/**
 * A participant's own circles and goals. The scope is the actor's own person: a participation of
 * someone else (or a goal of another participation) is 404, whatever the role.
 */
async function present(tx: DbOrTx, actor: Actor, rows: queries.OwnRow[]): Promise<OwnParticipation[]> {
  const coming = await queries.comingSessions(
    tx,
    actor.tenantId,
    rows.map((r) => r.circle.id),
    amsterdamDay(),
  );
  return Promise.all(
    rows.map(async (r) => {
      const next = coming.find((s) => s.circleId === r.circle.id);
      const goals = await progressQueries.goalsOf(tx, actor.tenantId, r.participant.id);
      return {
        id: r.participant.id,
        circleName: r.circle.name,
        programmeName: r.programmeName,
        place: r.circle.place,
        status: r.participant.status,
        nextSession: next ? { date: next.date, startTime: next.startTime, theme: next.theme } : null,
        goals: goals.map(presentGoal),
      };
    }),
  );
}

async function logOwn(
  tx: DbOrTx,
  actor: Actor,
  rows: queries.OwnRow[],
  action: "read" | "create" | "update",
) {
  if (rows.length === 0) return;
  await logProcessing(tx, actor, {
    activity: "circles.participants",
    action,
    subjectType: "person",
    subjectIds: [...new Set(rows.map((r) => r.personId))],
  });
}

async function ownOne(tx: DbOrTx, actor: Actor, id: string) {
  const [row] = await queries.ownParticipations(tx, actor.tenantId, actor.userId, id);
  if (!row) throw notFound();
  return row;
}

export async function listOwn(db: Db, actor: Actor) {
  return db.transaction(async (tx) => {
    const rows = await queries.ownParticipations(tx, actor.tenantId, actor.userId);
    await logOwn(tx, actor, rows, "read");
    return { items: await present(tx, actor, rows) };
  });
}

export async function addOwnGoal(db: Db, actor: Actor, id: string, input: { text: string }) {
  return db.transaction(async (tx) => {
    const row = await ownOne(tx, actor, id);
    await progressQueries.insertGoal(tx, {
      tenantId: actor.tenantId,
      participantId: id,
      text: input.text,
      createdByUserId: actor.userId,
    });
    await logOwn(tx, actor, [row], "create");
    return (await present(tx, actor, [row]))[0]!;
  });
}

export async function updateOwnGoal(
  db: Db,
  actor: Actor,
  id: string,
  goalId: string,
  input: { text?: string; reached?: boolean },
) {
  return db.transaction(async (tx) => {
    const row = await ownOne(tx, actor, id);
    await changeGoal(tx, actor.tenantId, id, goalId, input);
    await logOwn(tx, actor, [row], "update");
    return (await present(tx, actor, [row]))[0]!;
  });
}
