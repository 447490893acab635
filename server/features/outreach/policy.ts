// The campaign rules are pure functions in shared/outreach/policy.ts; the organisation scope is applied
// in the queries (platform/scope.ts organisationScope).
export { mayOpenCampaign, seesHouseholdDetails } from "../../../shared/outreach/policy.ts";
