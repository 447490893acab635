import { endpoint } from "../endpoint.ts";
import { personal } from "../personal-data.ts";
import { z } from "../zod.ts";
import { sessionSchema } from "./circles.ts";

/**
 * The leader's session screen on a phone, offline first (ADR 0019): the screen is kept on the phone,
 * each save goes into a queue with an id made on the phone, and the same id sent again is a 409
 * `already_recorded`. One record per participant and session: a later save replaces an earlier one.
 */
export const attendanceStatuses = ["present", "excused", "absent"] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

export const attendanceRecordSchema = z.object({
  participantId: z.uuid({ message: "Ongeldige deelnemer." }),
  status: z.enum(attendanceStatuses, { message: "Kies aanwezig, afgemeld of afwezig." }),
  /** Progress on their own goals: a few words and/or a scale 1–5. */
  progress: z.string().trim().max(300, { message: "Hoogstens 300 tekens." }).default(""),
  scale: z
    .number()
    .int()
    .min(1, { message: "Kies 1 tot 5." })
    .max(5, { message: "Kies 1 tot 5." })
    .nullable()
    .default(null),
});

export const attendanceSyncSchema = z.object({
  note: z.string().trim().max(2000, { message: "Hoogstens 2000 tekens." }).default(""),
  records: z
    .array(attendanceRecordSchema)
    .max(60, { message: "Te veel deelnemers in één keer." })
    .refine((rs) => new Set(rs.map((r) => r.participantId)).size === rs.length, {
      message: "Elke deelnemer maar één keer.",
    }),
});
export type AttendanceSync = z.output<typeof attendanceSyncSchema>;

export const leaderSessionSchema = z.object({
  circleId: z.uuid(),
  circleName: z.string(),
  place: z.string(),
  session: sessionSchema,
  participants: z.array(
    z.object({
      participantId: z.uuid(),
      name: personal(z.string()),
      status: z.enum(attendanceStatuses).nullable(),
      progress: personal(z.string()),
      scale: z.number().nullable(),
      /** The participant's own goals, so the leader can ask about them (their circle's participants only). */
      goals: z.array(
        z.object({ id: z.uuid(), text: personal(z.string()), reachedOn: z.string().nullable() }),
      ),
    }),
  ),
});
export type LeaderSession = z.infer<typeof leaderSessionSchema>;

export const ownCircleSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  place: z.string(),
  programmeName: z.string(),
  sessions: z.array(sessionSchema.omit({ note: true, guide: true })),
});

const tags = ["kringen"];
export const attendanceEndpoints = {
  ownCircles: endpoint({
    method: "GET",
    path: "/api/me/circles",
    tags,
    summary: "De kringen die ik begeleid, met hun bijeenkomsten",
    permission: "circles.lead",
    response: z.object({ items: z.array(ownCircleSchema) }),
  }),
  session: endpoint({
    method: "GET",
    path: "/api/me/circle-sessions/:id",
    tags,
    summary: "Bijeenkomst voor de begeleider: thema, uitleg, deelnemers en aanwezigheid",
    permission: "circles.lead",
    processing: "circles.participants",
    params: z.object({ id: z.uuid({ message: "Ongeldige id." }) }),
    response: leaderSessionSchema,
  }),
  sync: endpoint({
    method: "PUT",
    path: "/api/me/circle-sessions/:id/attendance/:syncId",
    tags,
    summary: "Aanwezigheid, notitie en voortgang opslaan (id van de telefoon: twee keer sturen is 409)",
    permission: "circles.lead",
    processing: "circles.participants",
    params: z.object({
      id: z.uuid({ message: "Ongeldige id." }),
      syncId: z.uuid({ message: "Ongeldige id." }),
    }),
    body: attendanceSyncSchema,
    response: leaderSessionSchema,
  }),
};
