import type { as } from "./harness.ts";

type Request = ReturnType<typeof as>;
type Sample = { method: "GET" | "POST" | "PUT" | "PATCH"; url: string; payload?: object };

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
