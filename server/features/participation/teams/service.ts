import {
  type HandoverInput,
  handoverReach,
  type teamInputSchema,
} from "../../../../shared/participation/teams.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { notFound, validationFailed } from "../../../platform/errors.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import * as queries from "./queries.ts";

/** The beheerder sees every klantmanager; a klantmanager their own team (or only themselves). */
export async function listCaseworkers(db: Db, actor: Actor) {
  if (actor.role === "admin")
    return { items: await queries.listCaseworkers(db, actor.tenantId), manage: true };
  const own = await queries.findCaseworker(db, actor.tenantId, actor.userId);
  const items = own?.team ? await queries.listCaseworkers(db, actor.tenantId, own.team) : own ? [own] : [];
  return { items, manage: false };
}

export async function setTeam(db: Db, actor: Actor, userId: string, input: z.output<typeof teamInputSchema>) {
  return db.transaction(async (tx) => {
    if (!(await queries.findCaseworker(tx, actor.tenantId, userId))) throw notFound();
    await queries.setTeam(tx, actor.tenantId, userId, input.team, input.team ? input.teamLead : false);
    return (await queries.findCaseworker(tx, actor.tenantId, userId))!;
  });
}

/**
 * Hands clients over to another klantmanager (handoverReach in shared/participation/teams.ts): a
 * klantmanager out of the actor's reach is "not found" as the source and a field message as the target.
 * Named clients that are not (or no longer) in the source's caseload are a field message, nothing moves.
 */
export async function handOver(db: Db, actor: Actor, input: HandoverInput) {
  return db.transaction(async (tx) => {
    const [own, from, to] = await Promise.all([
      queries.findCaseworker(tx, actor.tenantId, actor.userId),
      queries.findCaseworker(tx, actor.tenantId, input.fromUserId),
      queries.findCaseworker(tx, actor.tenantId, input.toUserId),
    ]);
    if (!from) throw notFound();
    const reach = handoverReach(actor, own, input.fromUserId, from, to);
    if (reach === "from") throw notFound();
    if (reach === "to" || !to)
      throw validationFailed([
        {
          path: "toUserId",
          code: "out_of_team",
          message: "Kies een klantmanager uit uw team.",
        },
      ]);
    const moved = await queries.moveClients(tx, actor.tenantId, from.userId, to.userId, input.clientIds);
    if (input.clientIds && moved.length !== new Set(input.clientIds).size)
      throw validationFailed([
        {
          path: "clientIds",
          code: "not_in_caseload",
          message: "Niet alle gekozen klanten staan bij deze klantmanager.",
        },
      ]);
    await logProcessing(tx, actor, {
      activity: "participation",
      action: "update",
      subjectType: "participation_client",
      subjectIds: moved,
    });
    return { moved: moved.length, clientIds: moved };
  });
}
