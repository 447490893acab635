import type { Actor } from "../../platform/actor.ts";

/** Record rules shared with the web (answers carry them as `can`). */
export { canManageConference, canProposeItem, canUpdateAction } from "../../../shared/conferences.ts";

/** Attendee names: for the organisation itself and the organiser, or for everyone when it opted in. */
export function seesAttendees(
  actor: Actor,
  registration: { organisationId: string; showNames: boolean },
  manages: boolean,
) {
  return manages || registration.showNames || actor.organisationId === registration.organisationId;
}
