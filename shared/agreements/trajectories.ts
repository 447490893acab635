import { endpoint } from "../endpoint.ts";
import { personal } from "../personal-data.ts";
import { can, type PolicyActor } from "../roles.ts";
import { idParamSchema } from "../validation.ts";
import { z } from "../zod.ts";

/**
 * A wijktraject: the three steps of the wijkaanpak for one district (wijk or village). 1 draagvlak en
 * randvoorwaarden (dialogue, mind map), 2 afspraken (prestatieafspraken), 3 uitvoering (monitoring).
 */
export const trajectorySteps = ["support", "agreements", "execution"] as const;
export type TrajectoryStep = (typeof trajectorySteps)[number];
export const trajectoryStatuses = ["active", "paused", "closed"] as const;

const day = z.iso.date({ message: "Gebruik een datum als 2026-01-31." });

export const trajectoryInputSchema = z.object({
  districtId: z.uuid({ message: "Kies een wijk." }),
  leadOrganisationId: z.uuid({ message: "Kies de organisatie die het traject trekt." }),
  leadName: z
    .string()
    .trim()
    .min(2, { message: "Vul de naam in van wie het traject trekt." })
    .max(100, { message: "Hoogstens 100 tekens." }),
  startedOn: day,
  goal: z.string().trim().max(2000, { message: "Hoogstens 2000 tekens." }).default(""),
});
export type TrajectoryInput = z.output<typeof trajectoryInputSchema>;

export const trajectoryStepInputSchema = z.object({
  step: z.enum(trajectorySteps, { message: "Kies een stap." }),
  on: day,
});

export const trajectoryStatusInputSchema = z.object({
  status: z.enum(trajectoryStatuses, { message: "Kies een status." }),
});

export const trajectorySchema = z.object({
  id: z.uuid(),
  districtId: z.uuid(),
  districtCode: z.string(),
  districtName: z.string(),
  leadOrganisationId: z.uuid(),
  leadOrganisationName: z.string(),
  leadName: personal(z.string()),
  goal: z.string(),
  status: z.enum(trajectoryStatuses),
  currentStep: z.enum(trajectorySteps),
  /** The three steps in order, with the day each started (null: not yet). */
  timeline: z.array(
    z.object({
      step: z.enum(trajectorySteps),
      startedOn: z.string().nullable(),
      state: z.enum(["done", "current", "next"]),
    }),
  ),
  can: z.object({ manage: z.boolean() }),
});
export type Trajectory = z.infer<typeof trajectorySchema>;

/** Who may start a trajectory, move it on and make agreements: the municipality's policy officers. */
export const canManageTrajectory = (actor: PolicyActor) => can(actor.role, "agreements.manage");

/** The timeline from the stored step days: steps before the current one are done. */
export function timelineOf(current: TrajectoryStep, days: Record<TrajectoryStep, string | null>) {
  const at = trajectorySteps.indexOf(current);
  return trajectorySteps.map((step, i) => ({
    step,
    startedOn: days[step],
    state: i < at ? ("done" as const) : i === at ? ("current" as const) : ("next" as const),
  }));
}

export const trajectoryIdParams = z.object({ trajectoryId: z.uuid({ message: "Ongeldige id." }) });

const tags = ["wijkaanpak"];
export const trajectoryEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/agreements/trajectories",
    tags,
    summary: "Wijktrajecten van het werkgebied",
    permission: "agreements.read",
    processing: "agreements.manage",
    response: z.object({ items: z.array(trajectorySchema) }),
  }),
  get: endpoint({
    method: "GET",
    path: "/api/agreements/trajectories/:id",
    tags,
    summary: "Eén wijktraject met de drie stappen",
    permission: "agreements.read",
    processing: "agreements.manage",
    params: idParamSchema,
    response: trajectorySchema,
  }),
  create: endpoint({
    method: "POST",
    path: "/api/agreements/trajectories",
    tags,
    summary: "Een wijktraject starten",
    permission: "agreements.manage",
    processing: "agreements.manage",
    body: trajectoryInputSchema,
    response: trajectorySchema,
    status: 201,
  }),
  step: endpoint({
    method: "POST",
    path: "/api/agreements/trajectories/:id/step",
    tags,
    summary: "Naar de volgende stap (draagvlak → afspraken → uitvoering)",
    permission: "agreements.manage",
    processing: "agreements.manage",
    params: idParamSchema,
    body: trajectoryStepInputSchema,
    response: trajectorySchema,
  }),
  status: endpoint({
    method: "POST",
    path: "/api/agreements/trajectories/:id/status",
    tags,
    summary: "Een wijktraject pauzeren, hervatten of afsluiten",
    permission: "agreements.manage",
    processing: "agreements.manage",
    params: idParamSchema,
    body: trajectoryStatusInputSchema,
    response: trajectorySchema,
  }),
};
