import { endOutcomes } from "../coaching.ts";
import { endpoint } from "../endpoint.ts";
import { countSchema, rateSchema } from "../small-counts.ts";
import { z } from "../zod.ts";

/**
 * Monitoring of the circles and the one-to-one coaching (issue 15): per programme circles, participants,
 * attendance, goals reached, dropout and participants who became leaders; per organisation the coaching
 * trajectories started, active, escalated and ended by outcome, with their mean duration. Aggregates
 * only, with the small-count rule (shared/small-counts.ts) for the roles that see no personal data.
 */

const day = z.iso.date({ message: "Gebruik een datum als 2027-01-31." });

export const circleMonitorQuerySchema = z
  .object({
    /** Circles whose season starts in this period; coaching trajectories that start in it. */
    from: day.optional(),
    to: day.optional(),
    organisationId: z.uuid({ message: "Kies een organisatie uit de lijst." }).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: "Het begin ligt na het einde.",
    path: ["to"],
  });
export type CircleMonitorQuery = z.output<typeof circleMonitorQuerySchema>;

export const programmeColumns = ["circles", "participants", "left", "goalsReached", "becameLeaders"] as const;
const programmeCounts = z.object({
  circles: countSchema,
  participants: countSchema,
  left: countSchema,
  goalsReached: countSchema,
  becameLeaders: countSchema,
  /** Present of all attendance recorded. */
  attendanceRate: rateSchema,
});

export const coachingColumns = ["started", "active", "escalated", "ended", ...endOutcomes] as const;
const coachingCounts = z.object({
  started: countSchema,
  active: countSchema,
  escalated: countSchema,
  ended: countSchema,
  outcomes: z.object(
    Object.fromEntries(endOutcomes.map((o) => [o, countSchema])) as Record<
      (typeof endOutcomes)[number],
      typeof countSchema
    >,
  ),
  /** Mean days from start to end of the ended ones; null below the small-count threshold. */
  meanDays: z.number().nullable(),
});

export const circleMonitorSchema = z.object({
  from: z.string().nullable(),
  to: z.string().nullable(),
  programmes: z.array(
    programmeCounts.extend({ programmeId: z.uuid(), name: z.string(), organisationName: z.string() }),
  ),
  programmeTotal: programmeCounts,
  coaching: z.array(coachingCounts.extend({ organisationId: z.uuid(), organisationName: z.string() })),
  coachingTotal: coachingCounts,
});
export type CircleMonitor = z.infer<typeof circleMonitorSchema>;

export const circleMonitorExportQuerySchema = circleMonitorQuerySchema.safeExtend({
  format: z.enum(["csv", "xlsx"], { message: "Kies csv of xlsx." }).default("csv"),
});

const tags = ["kringen"];
export const circleMonitorEndpoints = {
  monitor: endpoint({
    method: "GET",
    path: "/api/circles/monitor",
    tags,
    summary: "Cijfers per programma (kringen) en per organisatie (coaching), kleine aantallen verborgen",
    permission: "circles.monitor",
    query: circleMonitorQuerySchema,
    response: circleMonitorSchema,
  }),
  export: endpoint({
    method: "GET",
    path: "/api/circles/monitor/export",
    tags,
    summary: "De cijfers van kringen en coaching als CSV of Excel",
    permission: "circles.monitor",
    personalData: false,
    query: circleMonitorExportQuerySchema,
  }),
};
