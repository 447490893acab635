import type { FastifyInstance } from "fastify";
import type { Db } from "../db/client.ts";
import { circleParticipant } from "../db/schema.ts";
import { as, createUser, signIn } from "./harness.ts";

type Request = ReturnType<typeof as>;
type Sample = {
  method: "GET" | "POST" | "PUT" | "PATCH";
  url: string;
  payload?: object;
  actor?: { request: Request; userId: string };
};

/**
 * A valid request for each route of a participant's goals, attendance and evaluation, for the
 * processing-log walk over every route (server/platform/processing-log.test.ts), on a circle and a
 * participant made there by the beheerder.
 */
export function circleProgressSamples(
  request: Request,
  circleId: string,
  participantId: string,
): Record<string, () => Promise<Sample>> {
  const onParticipant = `/api/circle-participants/${participantId}`;
  const aGoal = async () => {
    const response = await request({
      method: "POST",
      url: `${onParticipant}/goals`,
      payload: { text: "Mijn post elke week openen" },
    });
    if (response.statusCode !== 201) throw new Error(response.body);
    return (response.json().goals as { id: string }[]).at(-1)!.id;
  };
  const evaluate = () =>
    request({ method: "PUT", url: `${onParticipant}/evaluation`, payload: { score: 4, comment: "Fijn" } });
  return {
    "GET /api/circle-participants/:id": async () => ({ method: "GET", url: onParticipant }),
    "POST /api/circle-participants/:id/goals": async () => ({
      method: "POST",
      url: `${onParticipant}/goals`,
      payload: { text: "Een budget maken" },
    }),
    "PATCH /api/circle-participants/:id/goals/:goalId": async () => ({
      method: "PATCH",
      url: `${onParticipant}/goals/${await aGoal()}`,
      payload: { reached: true },
    }),
    "PUT /api/circle-participants/:id/evaluation": async () => ({
      method: "PUT",
      url: `${onParticipant}/evaluation`,
      payload: { score: 5, comment: "Ik heb veel geleerd" },
    }),
    "GET /api/circles/:id/evaluations": async () => {
      await evaluate();
      return { method: "GET", url: `/api/circles/${circleId}/evaluations` };
    },
  };
}

/**
 * The participant's own goal routes, sent by a resident with an account who takes part in the circle
 * (their own person, as after signing up while signed in).
 */
export async function ownGoalSamples(
  app: FastifyInstance,
  db: Db,
  tenantId: string,
  circleId: string,
): Promise<Record<string, () => Promise<Sample>>> {
  const resident = await createUser(tenantId, "participant");
  const [row] = await db
    .insert(circleParticipant)
    .values({ tenantId, circleId, personId: resident.personId, status: "active", source: "public" })
    .returning();
  const actor = { request: as(app, await signIn(app, resident.email)), userId: resident.userId };
  const onOwn = `/api/me/circle-participations/${row!.id}`;
  const aGoal = async () => {
    const response = await actor.request({
      method: "POST",
      url: `${onOwn}/goals`,
      payload: { text: "Elke week mijn post openen" },
    });
    if (response.statusCode !== 201) throw new Error(response.body);
    return (response.json().goals as { id: string }[]).at(-1)!.id;
  };
  return {
    "GET /api/me/circle-participations": async () => {
      await aGoal();
      return { method: "GET", url: "/api/me/circle-participations", actor };
    },
    "GET /api/me/circle-participations/export": async () => ({
      method: "GET",
      url: "/api/me/circle-participations/export",
      actor,
    }),
    "POST /api/me/circle-participations/:id/goals": async () => ({
      method: "POST",
      url: `${onOwn}/goals`,
      payload: { text: "Een spaarpot" },
      actor,
    }),
    "PATCH /api/me/circle-participations/:id/goals/:goalId": async () => ({
      method: "PATCH",
      url: `${onOwn}/goals/${await aGoal()}`,
      payload: { reached: true },
      actor,
    }),
  };
}
