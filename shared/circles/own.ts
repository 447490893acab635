import { endpoint } from "../endpoint.ts";
import { z } from "../zod.ts";
import { participantStatuses } from "./participants.ts";
import { goalInputSchema, goalPatchSchema, goalSchema } from "./progress.ts";

/**
 * A participant's own view of their circles (B1, phone first): where and when, the next session, and
 * their own goals, which they add, reword and mark reached themselves. Scope is the signed-in person:
 * a participation of anyone else is 404.
 */
export const ownParticipationSchema = z.object({
  id: z.uuid(),
  circleName: z.string(),
  programmeName: z.string(),
  place: z.string(),
  status: z.enum(participantStatuses),
  nextSession: z.object({ date: z.string(), startTime: z.string(), theme: z.string() }).nullable(),
  goals: z.array(goalSchema),
});
export type OwnParticipation = z.infer<typeof ownParticipationSchema>;

/** Notes, progress words, goals and open answers are removed this long after a circle's last session. */
export const CIRCLE_NOTES_RETENTION_MONTHS = 24;

/** The day before which a circle's last session makes its notes due for removal (yyyy-mm-dd). */
export function retentionCutoff(today: string, months = CIRCLE_NOTES_RETENTION_MONTHS) {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

const tags = ["kringen"];
const params = z.object({ id: z.uuid({ message: "Ongeldige id." }) });
export const ownGoalEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/me/circle-participations",
    tags,
    summary: "De kringen waar ik aan meedoe, met mijn eigen doelen",
    permission: "circles.own",
    processing: "circles.participants",
    response: z.object({ items: z.array(ownParticipationSchema) }),
  }),
  addGoal: endpoint({
    method: "POST",
    path: "/api/me/circle-participations/:id/goals",
    tags,
    summary: "Zelf een doel toevoegen",
    permission: "circles.own",
    processing: "circles.participants",
    params,
    body: goalInputSchema,
    response: ownParticipationSchema,
    status: 201,
  }),
  export: endpoint({
    method: "GET",
    path: "/api/me/circle-participations/export",
    tags,
    summary: "Al mijn gegevens uit de kringen downloaden (JSON): doelen, aanwezigheid, voortgang, evaluatie",
    permission: "circles.own",
    processing: "circles.participants",
    personalData: true,
    processingNotLogged: "self",
  }),
  updateGoal: endpoint({
    method: "PATCH",
    path: "/api/me/circle-participations/:id/goals/:goalId",
    tags,
    summary: "Mijn doel anders verwoorden of op bereikt zetten",
    permission: "circles.own",
    processing: "circles.participants",
    params: params.extend({ goalId: z.uuid({ message: "Ongeldige id." }) }),
    body: goalPatchSchema,
    response: ownParticipationSchema,
  }),
};
