import type { Role } from "../roles.ts";

/**
 * Who sees what of a campaign (docs/adr/0010-outreach.md), as pure rules the server applies
 * (server/features/outreach/policy.ts). `outreach.read` gives the campaign and the monitor's counts
 * (all the policy officer gets); `outreach.detail` the doors, walk lists, rosters and visits. On top:
 */
export type OutreachActor = { role: Role; userId: string };
type OnCall = { professionalUserIds: string[] };

/** A professional works on the campaigns where they are on call; other campaigns are not found. */
export function mayOpenCampaign(actor: OutreachActor, campaign: OnCall) {
  return actor.role !== "professional" || campaign.professionalUserIds.includes(actor.userId);
}

/**
 * What happened at a door beyond "a visit took place" (signals, notes, plan, whether a follow-up is
 * due, which tells that a conversation took place): only the campaign's coordinator (organisation
 * scope) and its professionals on call. Not the beheerder.
 */
export function seesHouseholdDetails(actor: OutreachActor, campaign: OnCall) {
  if (actor.role === "coordinator") return true;
  return actor.role === "professional" && campaign.professionalUserIds.includes(actor.userId);
}
