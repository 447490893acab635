import { can } from "../../../shared/roles.ts";
import type { Actor } from "../../platform/actor.ts";

/** An organisation id that matches nothing: for someone who works for no organisation. */
const NOBODY = "00000000-0000-0000-0000-000000000000";

/**
 * Need to know (ADR 0019): the coordinator sees the trajectories of their own organisation, a coach
 * (volunteer) only their own households. Nobody else: no beheerder, no policy officer.
 */
export type TrajectoryScope = {
  tenantId: string;
  organisationId: string | null;
  coachVolunteerId: string | null;
};

export function trajectoryScope(actor: Actor, ownVolunteerId: string | null): TrajectoryScope {
  if (can(actor.role, "coaching.manage"))
    return {
      tenantId: actor.tenantId,
      organisationId: actor.organisationId ?? NOBODY,
      coachVolunteerId: null,
    };
  return { tenantId: actor.tenantId, organisationId: null, coachVolunteerId: ownVolunteerId ?? NOBODY };
}

export { canLogTrajectory, canManageTrajectory } from "../../../shared/coaching.ts";
