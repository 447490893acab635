import type { Actor } from "../../platform/actor.ts";
import { type OrganisationScope, organisationScope } from "../../platform/scope.ts";

/**
 * Whose circles: a coordinator their organisation's, a beheerder the tenant's (platform/scope.ts).
 * A leader reaches only the circles they lead (sessions/queries.ts `leaderSession`); anything else is 404.
 */
export function circleScope(actor: Actor): OrganisationScope {
  return organisationScope(actor);
}

/** Record rules shared with the web (answers carry them as `can`). */
export { canManageCircle } from "../../../shared/circles/circles.ts";
