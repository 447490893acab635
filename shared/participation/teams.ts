import { endpoint } from "../endpoint.ts";
import { personal } from "../personal-data.ts";
import { z } from "../zod.ts";

/**
 * Teams of klantmanagers and the handover of a caseload (ADR 0018). The beheerder puts klantmanagers
 * in a team and names the team lead; a team lead hands clients over within the team, a klantmanager
 * their own clients to a colleague of the same team, the beheerder any caseload (a klantmanager who
 * leaves). The clients themselves are not shown here: only how many each klantmanager has.
 */
export const caseworkerSchema = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  team: z.string().nullable(),
  teamLead: z.boolean(),
  clients: z.number().int(),
});
export type Caseworker = z.infer<typeof caseworkerSchema>;

export const caseworkerListSchema = z.object({
  items: z.array(caseworkerSchema),
  /** The beheerder: edit teams and move any caseload. */
  manage: z.boolean(),
});

export const teamInputSchema = z.object({
  /** Empty: not in a team (then also no team lead). */
  team: z.string().trim().max(60, { message: "Hoogstens 60 tekens." }),
  teamLead: z.boolean().default(false),
});

const userIdSchema = z
  .string({ message: "Kies een klantmanager." })
  .trim()
  .min(1, { message: "Kies een klantmanager." })
  .max(100);

/** The beheerder's form: whom, and their team. */
export const teamFormSchema = teamInputSchema.extend({ userId: userIdSchema });

export const handoverSchema = z
  .object({
    fromUserId: userIdSchema,
    toUserId: userIdSchema,
    /** Leave out to hand over the whole caseload. */
    clientIds: z
      .array(z.uuid({ message: "Ongeldige id." }))
      .min(1)
      .max(1000)
      .optional(),
  })
  .refine((h) => h.fromUserId !== h.toUserId, {
    message: "Kies een andere klantmanager dan de huidige.",
    path: ["toUserId"],
  });
export type HandoverInput = z.output<typeof handoverSchema>;

export const handoverResultSchema = z.object({
  moved: z.number().int(),
  clientIds: z.array(personal(z.uuid())),
});

type TeamFacts = { team: string | null; teamLead: boolean } | null;

/**
 * May the actor move clients from one klantmanager to another? Pure, shared with the web. Returns
 * "ok", or which side is out of reach: "from" (not found for the actor) or "to" (a field message).
 */
export function handoverReach(
  actor: { role: string; userId: string },
  own: TeamFacts,
  fromUserId: string,
  from: TeamFacts,
  to: TeamFacts,
): "ok" | "from" | "to" {
  if (actor.role === "admin") return "ok";
  if (actor.role !== "caseworker" || !own?.team) return fromUserId === actor.userId ? "to" : "from";
  const lead = own.teamLead;
  if (fromUserId !== actor.userId && !(lead && from?.team === own.team)) return "from";
  return to?.team === own.team ? "ok" : "to";
}

const tags = ["participatie"];
const userParam = z.object({ userId: userIdSchema });
export const teamEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/participation/caseworkers",
    tags,
    summary: "Klantmanagers met team en aantal klanten (de beheerder: allemaal; anders: het eigen team)",
    permission: "participation.handover",
    response: caseworkerListSchema,
  }),
  setTeam: endpoint({
    method: "PUT",
    path: "/api/participation/caseworkers/:userId",
    tags,
    summary: "Een klantmanager in een team zetten, of teamleider maken",
    permission: "participation.teams",
    params: userParam,
    body: teamInputSchema,
    response: caseworkerSchema,
  }),
  handover: endpoint({
    method: "POST",
    path: "/api/participation/handover",
    tags,
    summary: "Klanten overdragen aan een andere klantmanager (alle of een paar)",
    permission: "participation.handover",
    processing: "participation",
    body: handoverSchema,
    response: handoverResultSchema,
  }),
};
