// The volunteers feature's public face for other features (ADR 0017): what they use, re-exported from
// the sub-concerns. Inside the feature, import the sub-concern's service directly.
export { assessRisk } from "../../../shared/volunteers/risk.ts";
export { findVolunteerByCalendarToken } from "./calendar-link/service.ts";
export {
  ageOn,
  findOwnVolunteerId,
  findVolunteerContact,
  findVolunteerContactInScope,
  isoDay,
  matchProfileOf,
  nameKeys,
} from "./record/service.ts";
export { sendExpiryReminders } from "./screening/service.ts";
export { getSettings } from "./settings/service.ts";
export { type OnSignupConfirmed, submitSignup } from "./signup/service.ts";
