import type { Page } from "../../../shared/paging.ts";
import type { PublicVacancy, Vacancy } from "../../../shared/vacancies.ts";
import { api, withQuery } from "../../api.ts";

export type VacancyFilters = {
  tenant: { slug: string; name: string };
  districts: { id: string; name: string }[];
  themes: { code: string; label: string }[];
  channels: { code: string; label: string }[];
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
  if (v.scheduleType === "oneOff")
    return `${v.date ? new Date(v.date).toLocaleDateString(language) : ""}${time}`;
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
