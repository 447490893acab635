import { can } from "../../../shared/roles.ts";
import type { Actor } from "../../platform/actor.ts";
import { forbidden } from "../../platform/errors.ts";

/** Record rules shared with the web (answers carry them as `can`). */
export { canEditOffering } from "../../../shared/network.ts";

/** Which organisation's offering a user may add: their own, or any for the network manager. */
export function assertMayOfferFor(actor: Actor, organisationId: string) {
  if (can(actor.role, "network.manage")) return;
  if (actor.organisationId !== organisationId)
    throw forbidden("U kunt alleen aanbod van uw eigen organisatie toevoegen of wijzigen.");
}
