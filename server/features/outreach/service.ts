// The outreach feature's public face for other features (calendar feed, daily jobs). The work is done
// in the sub-concern folders: campaigns, addresses, walk-lists, letters, shifts, my-shifts, visits,
// monitor and retention (ADR 0017).
export { shiftEvents } from "./my-shifts/service.ts";
export { purgeExpiredCampaigns } from "./retention/service.ts";
