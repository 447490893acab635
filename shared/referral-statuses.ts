// The steps of a referral, in a module of their own so the route table can validate the URL filter
// without loading the referral schemas.
export const referralStatuses = [
  "sent",
  "received",
  "intakePlanned",
  "inProgress",
  /** Helped ("geholpen"). */
  "done",
  "notHelped",
  "notTakenUp",
] as const;
export type ReferralStatus = (typeof referralStatuses)[number];
