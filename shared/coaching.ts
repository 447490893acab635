import { endpoint } from "./endpoint.ts";
import { pageOf } from "./paging.ts";
import { personal } from "./personal-data.ts";
import { can, type PolicyActor } from "./roles.ts";
import { idParamSchema } from "./validation.ts";
import { z } from "./zod.ts";

/**
 * One-to-one coaching (Thuisadministratie, SchuldHulpMaatje-like): a trained coach (volunteer) and a
 * household, a meeting log, escalation to a professional and an end with reason and outcome.
 * Need to know: the coach sees only their own households, the coordinator their organisation's (ADR 0019).
 */
export const coachingFrequencies = ["weekly", "biweekly", "monthly"] as const;
export const trajectoryStatuses = ["active", "escalated", "ended"] as const;
export type TrajectoryStatus = (typeof trajectoryStatuses)[number];
export const escalationOutcomes = ["pending", "takenOver", "referred", "backToCoach"] as const;
export const endReasons = ["goalReached", "householdStopped", "coachStopped", "handedOver", "other"] as const;
export const endOutcomes = ["solved", "stable", "referred", "notSolved"] as const;
export const coachingTopics = [
  "post",
  "budget",
  "debts",
  "allowances",
  "contracts",
  "taxes",
  "savings",
  "other",
] as const;

/** Default maximum length of a trajectory (a tenant setting later). */
export const DEFAULT_MAX_MONTHS = 12;

const day = z.iso.date({ message: "Gebruik een datum als 2027-01-31." });

export const trajectoryInputSchema = z.object({
  coachVolunteerId: z.uuid({ message: "Kies een coach." }),
  household: z
    .string({ message: "Vul een naam in." })
    .trim()
    .min(2, { message: "Vul de naam van het huishouden in." })
    .max(200, { message: "Hoogstens 200 tekens." }),
  contact: z.string().trim().max(200, { message: "Hoogstens 200 tekens." }).default(""),
  startsOn: day,
  frequency: z.enum(coachingFrequencies, { message: "Kies hoe vaak u afspreekt." }),
  consent: z.literal(true, { message: "Begeleiden kan alleen met toestemming van het huishouden." }),
});

export const meetingInputSchema = z.object({
  heldOn: day,
  minutes: z
    .number({ message: "Vul de duur in minuten in." })
    .int()
    .min(5, { message: "Minstens 5 minuten." })
    .max(480, { message: "Hoogstens 8 uur." }),
  topics: z
    .array(z.enum(coachingTopics, { message: "Kies onderwerpen uit de lijst." }))
    .min(1, { message: "Kies minstens één onderwerp." }),
  note: z.string().trim().max(2000, { message: "Hoogstens 2000 tekens." }).default(""),
});

export const escalationInputSchema = z.object({
  note: z.string().trim().min(5, { message: "Schrijf kort waarom (minstens 5 tekens)." }).max(2000),
});
export const escalationOutcomeSchema = z.object({
  outcome: z.enum(escalationOutcomes, { message: "Kies een uitkomst." }).exclude(["pending"]),
});
export const endInputSchema = z.object({
  endedOn: day,
  reason: z.enum(endReasons, { message: "Kies een reden." }),
  outcome: z.enum(endOutcomes, { message: "Kies een uitkomst." }),
});
export const extendInputSchema = z.object({ maxEndOn: day });

export const meetingSchema = z.object({
  id: z.uuid(),
  heldOn: z.string(),
  minutes: z.number(),
  topics: z.array(z.string()),
  note: personal(z.string()),
});

export const trajectorySchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  coachVolunteerId: z.uuid(),
  coachName: personal(z.string()),
  household: personal(z.string()),
  contact: personal(z.string()),
  startsOn: z.string(),
  maxEndOn: z.string(),
  frequency: z.enum(coachingFrequencies),
  status: z.enum(trajectoryStatuses),
  escalationNote: personal(z.string()),
  escalationOutcome: z.enum(escalationOutcomes).nullable(),
  endedOn: z.string().nullable(),
  endReason: z.enum(endReasons).nullable(),
  outcome: z.enum(endOutcomes).nullable(),
  meetings: z.array(meetingSchema),
  can: z.object({ log: z.boolean(), manage: z.boolean() }),
});
export type Trajectory = z.infer<typeof trajectorySchema>;

/** The coordinator of the trajectory's organisation manages it (extend, escalation outcome). */
export function canManageTrajectory(actor: PolicyActor, t: { organisationId: string }) {
  return can(actor.role, "coaching.manage") && actor.organisationId === t.organisationId;
}

/** Coach and coordinator log meetings and escalate, while it is not ended. */
export function canLogTrajectory(
  actor: PolicyActor & { volunteerId?: string | null },
  t: { organisationId: string; coachVolunteerId: string; status: TrajectoryStatus },
) {
  if (t.status === "ended") return false;
  if (canManageTrajectory(actor, t)) return true;
  return !!actor.volunteerId && actor.volunteerId === t.coachVolunteerId;
}

const tags = ["thuisadministratie"];
export const coachingEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/coaching/trajectories",
    tags,
    summary: "Trajecten: de coach ziet de eigen huishoudens, de coördinator die van de organisatie",
    permission: "coaching.read",
    processing: "coaching.trajectories",
    query: z.object({
      status: z.enum(trajectoryStatuses).optional(),
      page: z.coerce.number().int().min(1).max(10_000).default(1),
      pageSize: z.coerce.number().int().min(1).max(100).default(50),
    }),
    response: pageOf(trajectorySchema),
  }),
  create: endpoint({
    method: "POST",
    path: "/api/coaching/trajectories",
    tags,
    summary: "Een traject starten: coach, huishouden, start, maximale einddatum, hoe vaak",
    permission: "coaching.manage",
    processing: "coaching.trajectories",
    body: trajectoryInputSchema,
    response: trajectorySchema,
    status: 201,
  }),
  get: endpoint({
    method: "GET",
    path: "/api/coaching/trajectories/:id",
    tags,
    summary: "Eén traject met zijn gesprekken",
    permission: "coaching.read",
    processing: "coaching.trajectories",
    params: idParamSchema,
    response: trajectorySchema,
  }),
  addMeeting: endpoint({
    method: "POST",
    path: "/api/coaching/trajectories/:id/meetings",
    tags,
    summary: "Een gesprek vastleggen (datum, duur, onderwerpen, korte notitie)",
    permission: "coaching.read",
    processing: "coaching.trajectories",
    params: idParamSchema,
    body: meetingInputSchema,
    response: trajectorySchema,
    status: 201,
  }),
  escalate: endpoint({
    method: "POST",
    path: "/api/coaching/trajectories/:id/escalate",
    tags,
    summary: "Opschalen naar een professional als het te zwaar is",
    permission: "coaching.read",
    processing: "coaching.trajectories",
    params: idParamSchema,
    body: escalationInputSchema,
    response: trajectorySchema,
  }),
  escalationOutcome: endpoint({
    method: "POST",
    path: "/api/coaching/trajectories/:id/escalation-outcome",
    tags,
    summary: "Uitkomst van het opschalen: overgenomen, doorverwezen of terug naar de coach",
    permission: "coaching.manage",
    processing: "coaching.trajectories",
    params: idParamSchema,
    body: escalationOutcomeSchema,
    response: trajectorySchema,
  }),
  extend: endpoint({
    method: "POST",
    path: "/api/coaching/trajectories/:id/extend",
    tags,
    summary: "De maximale einddatum uitdrukkelijk verlengen",
    permission: "coaching.manage",
    processing: "coaching.trajectories",
    params: idParamSchema,
    body: extendInputSchema,
    response: trajectorySchema,
  }),
  end: endpoint({
    method: "POST",
    path: "/api/coaching/trajectories/:id/end",
    tags,
    summary: "Een traject afsluiten met reden en uitkomst",
    permission: "coaching.read",
    processing: "coaching.trajectories",
    params: idParamSchema,
    body: endInputSchema,
    response: trajectorySchema,
  }),
};
