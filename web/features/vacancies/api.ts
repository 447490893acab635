import type { Page } from "../../../shared/paging.ts";
import type { ApplicationStatus, PublicVacancy, Vacancy } from "../../../shared/vacancies.ts";
import { api, withQuery } from "../../api.ts";
import { formatDay } from "../../ui/format.ts";

export type VacancyFilters = {
  tenant: { slug: string; name: string };
  districts: { id: string; name: string }[];
  themes: { code: string; label: string }[];
  channels: { code: string; label: string }[];
};

export type MatchPoints = Record<"skills" | "motives" | "availability" | "location" | "goals", number>;
export type Candidates = {
  full: boolean;
  openPlaces: number;
  candidates: {
    volunteerId: string;
    name: string;
    status: string;
    score: number;
    points: MatchPoints;
    distanceKm: number | null;
    missing: { skills: string[]; slots: string[]; goals: string[]; motivesUnknown: boolean };
  }[];
};
export type Proposal = {
  total: number;
  vacancies: number;
  candidates: number;
  pairs: {
    volunteerId: string;
    vacancyId: string;
    score: number;
    volunteerName: string;
    vacancyTitle: string;
  }[];
};
export type VacancyApplication = {
  id: string;
  volunteerId: string;
  name: string;
  status: ApplicationStatus;
  message: string;
  createdAt: string;
  updatedAt: string;
};
export type HoursEntry = {
  id: string;
  applicationId: string;
  name: string;
  date: string;
  hours: number;
  note: string;
  status: "submitted" | "approved" | "rejected";
};
export type OwnApplication = {
  id: string;
  vacancyId: string;
  title: string;
  organisationName: string;
  status: string;
  createdAt: string;
};

export const vacanciesApi = {
  filters: (slug?: string) => api<VacancyFilters>("/api/public/vacancy-filters", { query: { slug } }),
  search: (query: Record<string, unknown>) => api<Page<PublicVacancy>>("/api/public/vacancies", { query }),
  publicGet: (id: string, slug?: string) =>
    api<PublicVacancy>(`/api/public/vacancies/${id}`, { query: { slug } }),
  react: (id: string, slug: string | undefined, body: unknown) =>
    api<{ status: string }>(withQuery(`/api/public/vacancies/${id}/reactions`, { slug }), {
      method: "POST",
      body,
    }),
  reactSignedIn: (vacancyId: string, message: string) =>
    api<{ id: string; status: string }>("/api/me/applications", {
      method: "POST",
      body: { vacancyId, message },
    }),
  candidates: (id: string) => api<Candidates>(`/api/vacancies/${id}/candidates`),
  invite: (id: string, volunteerId: string) =>
    api<{ applicationId: string; status: string }>(`/api/vacancies/${id}/invitations`, {
      method: "POST",
      body: { volunteerId },
    }),
  proposal: (maxPerVolunteer: number) =>
    api<Proposal>("/api/vacancies/batch/proposal", { method: "POST", body: { maxPerVolunteer } }),
  inviteBatch: (pairs: { vacancyId: string; volunteerId: string }[]) =>
    api<{ invited: number }>("/api/vacancies/batch/invitations", { method: "POST", body: { pairs } }),
  applications: (id: string) => api<VacancyApplication[]>(`/api/vacancies/${id}/applications`),
  changeApplication: (id: string, applicationId: string, status: string, note = "") =>
    api<{ id: string; status: string }>(`/api/vacancies/${id}/applications/${applicationId}/status`, {
      method: "POST",
      body: { status, note },
    }),
  hours: (id: string) => api<HoursEntry[]>(`/api/vacancies/${id}/hours`),
  decideHours: (id: string, entryId: string, approve: boolean) =>
    api<{ id: string; status: string }>(`/api/vacancies/${id}/hours/${entryId}/decision`, {
      method: "POST",
      body: { approve },
    }),
  payAllowance: (id: string, applicationId: string, body: unknown) =>
    api<{ id: string; warnings: { code: string; message: string }[] }>(
      `/api/vacancies/${id}/applications/${applicationId}/allowances`,
      { method: "POST", body },
    ),
  ownHours: (applicationId: string) => api<HoursEntry[]>(`/api/me/applications/${applicationId}/hours`),
  logOwnHours: (applicationId: string, body: unknown) =>
    api<{ id: string; status: string }>(`/api/me/applications/${applicationId}/hours`, {
      method: "POST",
      body,
    }),
  mine: () => api<OwnApplication[]>("/api/me/applications"),
  answer: (id: string, accept: boolean) =>
    api<{ id: string; status: string }>(`/api/me/applications/${id}/answer`, {
      method: "POST",
      body: { accept },
    }),
  list: (query: Record<string, unknown>) => api<Page<Vacancy>>("/api/vacancies", { query }),
  get: (id: string) => api<Vacancy>(`/api/vacancies/${id}`),
  create: (body: unknown) => api<Vacancy>("/api/vacancies", { method: "POST", body }),
  update: (id: string, body: unknown) => api<Vacancy>(`/api/vacancies/${id}`, { method: "PUT", body }),
};

/** "dinsdagavond, donderdagavond" style summary of when the work is. */
export function scheduleSummary(
  v: Pick<PublicVacancy, "scheduleType" | "date" | "slots" | "startTime" | "endTime">,
  t: (key: string) => string,
  language: string,
) {
  const time = v.startTime ? ` ${v.startTime}${v.endTime ? `–${v.endTime}` : ""}` : "";
  if (v.scheduleType === "oneOff") return `${v.date ? formatDay(v.date, language) : ""}${time}`;
  if (v.scheduleType === "flexible") return t("vacancies.schedule.flexible");
  return (
    v.slots
      .map((slot) => {
        const [day, part] = slot.split("-") as [string, string];
        return `${t(`volunteers.days.${day}`)} ${t(`volunteers.parts.${part}`)}`;
      })
      .join(", ") + time
  );
}
