import type { Actor } from "../../platform/actor.ts";
import type { ReferralScope } from "./queries.ts";

/** An organisation id that matches nothing: for someone who works for no organisation. */
const NOBODY = "00000000-0000-0000-0000-000000000000";

/**
 * Who sees a referral, with the household's details: the partner organisation it was sent to and
 * the organisation that sent it. Nobody else, whatever the role: not the beheerder, not the policy
 * officer (docs/adr/0010-outreach.md). They see how many there are in the outreach monitor.
 */
export function referralScope(actor: Actor): ReferralScope {
  const own = actor.organisationId ?? NOBODY;
  return { tenantId: actor.tenantId, partnerOrganisationId: own, fromOrganisationId: own };
}

/** Record rules shared with the web (the list carries them per referral as `can`). */
export { canAnswerReferral } from "../../../shared/referrals.ts";
