// What other features use from vacancies (ADR 0017): the work itself is in the sub-concern folders
// manage/ (vacancy CRUD), search/ (the public search and reacting), applications/ (the path to a placement),
// matching/ (candidates, invitations, vacancies for a volunteer) and hours/ (hours and allowances).
// Calendar feeds and first-shift reminders are in the calendar feature.
export { applyFromSignup } from "./applications/service.ts";
