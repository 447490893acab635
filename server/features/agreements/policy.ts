import type { Agreement, versionStatuses } from "../../../shared/agreements/agreement.ts";
import { canManageTrajectory } from "../../../shared/agreements/trajectories.ts";
import type { Actor } from "../../platform/actor.ts";

/** Record rules shared with the web (answers carry them as `can`). */
export { canManageTrajectory } from "../../../shared/agreements/trajectories.ts";

/** What the actor may do with an agreement: edit the draft (or start a new version), record sign-offs. */
export function agreementCan(actor: Actor, latestStatus: (typeof versionStatuses)[number]): Agreement["can"] {
  const manage = canManageTrajectory(actor);
  return { edit: manage, sign: manage && latestStatus === "draft" };
}

/**
 * The guard names a volunteer only to a coordinator of the organisation the volunteer works for there
 * (the vacancy's organisation); everyone else sees that there is a signal, not who.
 */
export const seesVolunteerName = (actor: Actor, vacancyOrganisationId: string) =>
  actor.role === "coordinator" && actor.organisationId === vacancyOrganisationId;
