import type { Actor } from "../../platform/actor.ts";

/**
 * Who sees what of a campaign (docs/adr/0010-outreach.md). `outreach.read` gives the campaign and the
 * monitor's counts (all the policy officer gets); `outreach.detail` the doors, walk lists, rosters and
 * visits. On top of that:
 */

/** A professional works on the campaigns where they are on call; other campaigns are not found. */
export function mayOpenCampaign(actor: Actor, campaign: { professionalUserIds: string[] }) {
  return actor.role !== "professional" || campaign.professionalUserIds.includes(actor.userId);
}

/**
 * What happened at a door beyond "a visit took place" (signals, notes, plan, whether a follow-up is
 * due, which tells that a conversation took place): only the campaign's coordinator (organisation
 * scope) and its professionals on call. Not the beheerder.
 */
export function seesHouseholdDetails(actor: Actor, campaign: { professionalUserIds: string[] }) {
  if (actor.role === "coordinator") return true;
  return actor.role === "professional" && campaign.professionalUserIds.includes(actor.userId);
}
