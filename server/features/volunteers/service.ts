// The volunteers feature's public face for other features (ADR 0017): what they use, re-exported from
// the sub-concerns. Inside the feature, import the sub-concern's service directly.
export { assessRisk } from "../../../shared/volunteers/risk.ts";
export {
  findVolunteerByCalendarToken,
  getOwnCalendarUrl,
  renewOwnCalendarUrl,
} from "./calendar-link/service.ts";
export { addCheckIn } from "./check-ins/service.ts";
export { eraseVolunteer, exportOwnData, renderOwnDataHtml, requestErasure } from "./erasure/service.ts";
export { exportVolunteers, listVolunteers } from "./list/service.ts";
export { recordMotives, recordOwnMotives } from "./motives/service.ts";
export { deleteOwnPhoto, getOwnPhoto, getPhoto, saveOwnPhoto } from "./photo/service.ts";
export { updateOwnProfile, updateProfile } from "./profile/service.ts";
export {
  ageOn,
  findOwnVolunteerId,
  findVolunteerContact,
  findVolunteerContactInScope,
  getOwnVolunteer,
  getVolunteer,
  isoDay,
  matchProfileOf,
  nameKeys,
  scopeOf,
} from "./record/service.ts";
export {
  addTraining,
  addVog,
  deleteTraining,
  listExpiring,
  sendExpiryReminders,
  updateVog,
} from "./screening/service.ts";
export { getSettings, updateSettings } from "./settings/service.ts";
export {
  confirmSignup,
  createAssisted,
  getSignupOptions,
  type OnSignupConfirmed,
  submitSignup,
} from "./signup/service.ts";
export { changeStatus } from "./status/service.ts";
