// What other web features and pages may use from vacancies.
export { OwnApplications } from "./own-applications.tsx";
export { VacancyMatches } from "./vacancy-matches.tsx";
export { VolunteerApplications } from "./volunteer-applications.tsx";
