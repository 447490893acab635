import { endpoint } from "../endpoint.ts";
import { personal } from "../personal-data.ts";
import { countSchema } from "../small-counts.ts";
import { idParamSchema } from "../validation.ts";
import { z } from "../zod.ts";
import { type AttendanceStatus, attendanceStatuses } from "./attendance.ts";
import { participantStatuses } from "./participants.ts";

/**
 * One participant in a circle: their own goals (in their own words, marked reached), their attendance
 * across the season, and the short evaluation at the end. Goals and evaluations are personal data.
 */
export const goalInputSchema = z.object({
  text: z
    .string({ message: "Beschrijf het doel in een paar woorden." })
    .trim()
    .min(2, { message: "Beschrijf het doel in een paar woorden." })
    .max(300, { message: "Hoogstens 300 tekens." }),
});

export const goalPatchSchema = z
  .object({
    text: goalInputSchema.shape.text.optional(),
    reached: z.boolean({ message: "Kies bereikt of nog niet." }).optional(),
  })
  .refine((p) => p.text !== undefined || p.reached !== undefined, { message: "Er is niets te wijzigen." });

export const EVALUATION_SCALE = [1, 2, 3, 4, 5] as const;

export const evaluationInputSchema = z.object({
  /** 1 = not satisfied at all, 5 = very satisfied. */
  score: z
    .number({ message: "Kies een cijfer van 1 tot 5." })
    .int({ message: "Kies een cijfer van 1 tot 5." })
    .min(1, { message: "Kies een cijfer van 1 tot 5." })
    .max(5, { message: "Kies een cijfer van 1 tot 5." }),
  comment: z.string().trim().max(1000, { message: "Hoogstens 1000 tekens." }).default(""),
});
export type EvaluationInput = z.output<typeof evaluationInputSchema>;

export const goalSchema = z.object({
  id: z.uuid(),
  text: personal(z.string()),
  reachedOn: z.string().nullable(),
  createdAt: z.string(),
});

export const attendanceSummarySchema = z.object({
  present: z.number(),
  excused: z.number(),
  absent: z.number(),
  /** Held sessions (today or earlier) without a record yet. */
  unrecorded: z.number(),
  held: z.number(),
  /** Present of held, 0–1; null while nothing was held. */
  rate: z.number().nullable(),
});
export type AttendanceSummary = z.infer<typeof attendanceSummarySchema>;

export const participantDetailSchema = z.object({
  id: z.uuid(),
  name: personal(z.string()),
  status: z.enum(participantStatuses),
  circleId: z.uuid(),
  circleName: z.string(),
  goals: z.array(goalSchema),
  attendance: attendanceSummarySchema,
  sessions: z.array(
    z.object({
      id: z.uuid(),
      number: z.number(),
      date: z.string(),
      theme: z.string(),
      status: z.enum(attendanceStatuses).nullable(),
      progress: personal(z.string()),
    }),
  ),
  evaluation: z
    .object({ score: z.number(), comment: personal(z.string()), recordedAt: z.string() })
    .nullable(),
  can: z.object({ manage: z.boolean() }),
});
export type ParticipantDetail = z.infer<typeof participantDetailSchema>;

export const evaluationSummarySchema = z.object({
  circleId: z.uuid(),
  circleName: z.string(),
  participants: z.number(),
  responses: countSchema,
  scores: z.array(z.object({ score: z.number(), count: countSchema })),
  /** Mean score, only when enough people answered to hide who gave what. */
  mean: z.number().nullable(),
  /** The open answers, without names and in random order; only when enough people answered. */
  comments: z.array(personal(z.string())),
});
export type EvaluationSummary = z.infer<typeof evaluationSummarySchema>;

/**
 * Attendance over a season: cancelled sessions do not count; a session is held when its date is today
 * or earlier, or when it already has a record. The rate is present of held.
 */
export function summariseAttendance(
  sessions: { date: string; cancelled: boolean; status: AttendanceStatus | null }[],
  today: string,
): AttendanceSummary {
  const held = sessions.filter((s) => !s.cancelled && (s.date <= today || s.status !== null));
  const count = (status: AttendanceStatus) => held.filter((s) => s.status === status).length;
  const present = count("present");
  return {
    present,
    excused: count("excused"),
    absent: count("absent"),
    unrecorded: held.filter((s) => s.status === null).length,
    held: held.length,
    rate: held.length === 0 ? null : Math.round((present / held.length) * 1000) / 1000,
  };
}

const tags = ["kringen"];
const goalParams = z.object({
  id: z.uuid({ message: "Ongeldige id." }),
  goalId: z.uuid({ message: "Ongeldige id." }),
});
export const progressEndpoints = {
  participant: endpoint({
    method: "GET",
    path: "/api/circle-participants/:id",
    tags,
    summary: "Een deelnemer: eigen doelen, aanwezigheid over het seizoen en de evaluatie",
    permission: "circles.read",
    processing: "circles.participants",
    params: idParamSchema,
    response: participantDetailSchema,
  }),
  addGoal: endpoint({
    method: "POST",
    path: "/api/circle-participants/:id/goals",
    tags,
    summary: "Een eigen doel van de deelnemer toevoegen",
    permission: "circles.manage",
    processing: "circles.participants",
    params: idParamSchema,
    body: goalInputSchema,
    response: participantDetailSchema,
    status: 201,
  }),
  updateGoal: endpoint({
    method: "PATCH",
    path: "/api/circle-participants/:id/goals/:goalId",
    tags,
    summary: "Een doel anders verwoorden of als bereikt markeren",
    permission: "circles.manage",
    processing: "circles.participants",
    params: goalParams,
    body: goalPatchSchema,
    response: participantDetailSchema,
  }),
  saveEvaluation: endpoint({
    method: "PUT",
    path: "/api/circle-participants/:id/evaluation",
    tags,
    summary: "De evaluatie van de deelnemer aan het eind van de kring (cijfer 1–5 en een open antwoord)",
    permission: "circles.manage",
    processing: "circles.participants",
    params: idParamSchema,
    body: evaluationInputSchema,
    response: participantDetailSchema,
  }),
  evaluationSummary: endpoint({
    method: "GET",
    path: "/api/circles/:id/evaluations",
    tags,
    summary: "Samenvatting van de evaluaties van een kring (kleine aantallen verborgen)",
    permission: "circles.read",
    processing: "circles.participants",
    params: idParamSchema,
    response: evaluationSummarySchema,
  }),
};
