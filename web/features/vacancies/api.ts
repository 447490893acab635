import { type QueryClient, queryOptions } from "@tanstack/react-query";
import type { EndpointDefinition, EndpointInput, EndpointResponse } from "../../../shared/endpoint.ts";
import { vacancyApplicationEndpoints as applications } from "../../../shared/vacancies/applications.ts";
import { vacancyHoursEndpoints as hours } from "../../../shared/vacancies/hours.ts";
import { vacancyManageEndpoints as manage } from "../../../shared/vacancies/manage.ts";
import { vacancyMatchingEndpoints as matching } from "../../../shared/vacancies/matching.ts";
import { vacancySearchEndpoints as search } from "../../../shared/vacancies/search.ts";
import type { HoursReportRow, PublicVacancy } from "../../../shared/vacancies.ts";
import { vacancyBatchEndpoints as batch } from "../../../shared/vacancy-batch.ts";
import { call, endpointQuery, keyOf, withQuery } from "../../api.ts";
import { formatDay } from "../../ui/format.ts";

type Query<E extends EndpointDefinition> = NonNullable<EndpointInput<E>["query"]>;
type Body<E extends EndpointDefinition> = EndpointInput<E>["body"];

export type VacancyFilters = EndpointResponse<typeof search.filters>;
export type Candidates = EndpointResponse<typeof matching.candidates>;
export type MatchPoints = Candidates["candidates"][number]["points"];
export type Proposal = EndpointResponse<typeof batch.proposal>;
export type VacancyApplication = EndpointResponse<typeof applications.ofVacancy>[number];
export type OwnApplication = EndpointResponse<typeof applications.mine>[number];
export type HoursReportQuery = Omit<Query<typeof hours.report>, "format">;

/** TanStack Query options of the vacancy endpoints (keys in one place, ADR 0017). */
export const vacancyQueries = {
  list: (query: Query<typeof manage.list>) => endpointQuery(manage.list, { query }),
  get: (id: string) => endpointQuery(manage.get, { params: { id } }),
  candidates: (id: string) => endpointQuery(matching.candidates, { params: { id } }),
  applications: (id: string) => endpointQuery(applications.ofVacancy, { params: { id } }),
  hours: (id: string) => endpointQuery(hours.ofVacancy, { params: { id } }),
  /** The JSON rows of the hours report (the same endpoint gives CSV and XLSX; see hoursReportFile). */
  hoursReport: (query: HoursReportQuery) => {
    const input = { query: { ...query, format: "json" as const } };
    return queryOptions({
      queryKey: endpointQuery(hours.report, input).queryKey,
      // Without `format` the answer is JSON rows; the declaration has no response schema (it can be a file).
      queryFn: async () => (await call(hours.report, input)) as unknown as HoursReportRow[],
    });
  },
  publicFilters: (slug?: string) => endpointQuery(search.filters, { query: { slug } }),
  search: (query: Query<typeof search.search>) => endpointQuery(search.search, { query }),
  publicGet: (id: string, slug?: string) => endpointQuery(search.get, { params: { id }, query: { slug } }),
  mine: () => endpointQuery(applications.mine),
  ofVolunteer: (volunteerId: string) =>
    endpointQuery(applications.ofVolunteer, { params: { id: volunteerId } }),
  ownHours: (applicationId: string) => endpointQuery(hours.mine, { params: { id: applicationId } }),
  matches: (volunteerId?: string) =>
    volunteerId
      ? endpointQuery(matching.forVolunteer, { params: { id: volunteerId } })
      : endpointQuery(matching.mine),
};

/** Keys to invalidate after a change: every query of these endpoints refetches. */
export const vacancyKeys = {
  /** A vacancy and everything shown with it (list, candidates, applications, hours). */
  vacancy: [
    keyOf(manage.list),
    keyOf(manage.get),
    keyOf(matching.candidates),
    keyOf(applications.ofVacancy),
    keyOf(hours.ofVacancy),
  ],
  hours: [keyOf(hours.ofVacancy)],
  ownHours: [keyOf(hours.mine)],
  mine: [keyOf(applications.mine)],
};

/** Refetches every query of the given endpoint keys. */
export const invalidate = (queryClient: QueryClient, keys: readonly (readonly unknown[])[]) =>
  Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));

export const vacanciesApi = {
  react: (id: string, slug: string | undefined, body: Body<typeof search.react>) =>
    call(search.react, { params: { id }, query: { slug }, body }),
  reactSignedIn: (vacancyId: string, message: string) =>
    call(applications.react, { body: { vacancyId, message } }),
  invite: (id: string, volunteerId: string) =>
    call(matching.invite, { params: { id }, body: { volunteerId } }),
  proposal: (maxPerVolunteer: number) => call(batch.proposal, { body: { maxPerVolunteer } }),
  inviteBatch: (pairs: { vacancyId: string; volunteerId: string }[]) =>
    call(batch.invite, { body: { pairs } }),
  changeApplication: (
    id: string,
    applicationId: string,
    status: Body<typeof applications.changeStatus>["status"],
    note = "",
  ) => call(applications.changeStatus, { params: { id, applicationId }, body: { status, note } }),
  decideHours: (id: string, entryId: string, approve: boolean) =>
    call(hours.decide, { params: { id, entryId }, body: { approve } }),
  payAllowance: (id: string, applicationId: string, body: Body<typeof hours.payAllowance>) =>
    call(hours.payAllowance, { params: { id, applicationId }, body }),
  logOwnHours: (applicationId: string, body: Body<typeof hours.logMine>) =>
    call(hours.logMine, { params: { id: applicationId }, body }),
  answer: (id: string, accept: boolean) => call(applications.answer, { params: { id }, body: { accept } }),
  create: (body: Body<typeof manage.create>) => call(manage.create, { body }),
  update: (id: string, body: Body<typeof manage.update>) => call(manage.update, { params: { id }, body }),
};

/** The link that downloads the hours report as CSV or XLSX. */
export const hoursReportUrl = (query: HoursReportQuery, format: "csv" | "xlsx") =>
  withQuery(hours.report.path, { ...query, format });

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
