import type { QueryClient } from "@tanstack/react-query";
import type { EndpointInput } from "../../../shared/endpoint.ts";
import type { MotiveAnswers } from "../../../shared/motives.ts";
import { manageEndpoints as manage } from "../../../shared/volunteers/manage.ts";
import { selfEndpoints as self } from "../../../shared/volunteers/self.ts";
import { settingsEndpoints as settings } from "../../../shared/volunteers/settings.ts";
import { signupEndpoints as signup } from "../../../shared/volunteers/signup.ts";
import { call, endpointQuery, keyOf, withQuery } from "../../api.ts";

export type { ExpiringItem } from "../../../shared/volunteers/manage.ts";
export type { SignupOptions } from "../../../shared/volunteers/signup.ts";

type Body<E extends Parameters<typeof call>[0]> = NonNullable<EndpointInput<E>["body"]>;
export type VolunteerListFilter = NonNullable<EndpointInput<typeof manage.list>["query"]>;

export const volunteersApi = {
  signUp: (slug: string | undefined, body: Body<typeof signup.submit>) =>
    call(signup.submit, { query: { slug }, body }),
  confirm: (token: string) => call(signup.confirm, { body: { token } }),
  updateOwn: (body: Body<typeof self.update>) => call(self.update, { body }),
  answerOwn: (answers: MotiveAnswers) => call(self.recordMotives, { body: answers }),
  savePhoto: (body: Body<typeof self.savePhoto>) => call(self.savePhoto, { body }),
  deletePhoto: () => call(self.deletePhoto),
  renewCalendarUrl: () => call(self.renewCalendarUrl),
  requestErasure: () => call(self.requestErasure),
  exportUrl: (query: Record<string, unknown>) => withQuery(manage.export.path, query),
  create: (body: Body<typeof signup.createAssisted>) => call(signup.createAssisted, { body }),
  update: (id: string, body: Body<typeof manage.update>) => call(manage.update, { params: { id }, body }),
  changeStatus: (id: string, body: Body<typeof manage.changeStatus>) =>
    call(manage.changeStatus, { params: { id }, body }),
  answer: (id: string, answers: MotiveAnswers) =>
    call(manage.recordMotives, { params: { id }, body: answers }),
  addVog: (id: string, body: Body<typeof manage.addVog>) => call(manage.addVog, { params: { id }, body }),
  updateVog: (id: string, vogId: string, body: Body<typeof manage.updateVog>) =>
    call(manage.updateVog, { params: { id, vogId }, body }),
  addTraining: (id: string, body: Body<typeof manage.addTraining>) =>
    call(manage.addTraining, { params: { id }, body }),
  removeTraining: (id: string, trainingId: string) =>
    call(manage.deleteTraining, { params: { id, trainingId } }),
  addCheckIn: (id: string, body: Body<typeof manage.addCheckIn>) =>
    call(manage.addCheckIn, { params: { id }, body }),
  erase: (id: string) => call(manage.erase, { params: { id } }),
  saveSettings: (body: Body<typeof settings.update>) => call(settings.update, { body }),
};

export const volunteerSettingsQuery = { ...endpointQuery(settings.get), staleTime: 60_000 };
export const ownVolunteerQuery = endpointQuery(self.get);
export const calendarLinkQuery = endpointQuery(self.calendarUrl);
export const expiringQuery = endpointQuery(manage.expiring);
export const volunteerQuery = (id: string) => endpointQuery(manage.get, { params: { id } });
export const volunteerListQuery = (query: VolunteerListFilter) => endpointQuery(manage.list, { query });
export const signupOptionsQuery = (slug: string | undefined) =>
  endpointQuery(signup.options, { query: { slug } });

/** After a change to volunteers: the lists, the records and the expiry list are fetched again. */
export function invalidateVolunteers(queryClient: QueryClient, options: { refetchType?: "none" } = {}) {
  return Promise.all(
    [manage.list, manage.get, manage.expiring].map((e) =>
      queryClient.invalidateQueries({ queryKey: keyOf(e), ...options }),
    ),
  );
}

/** The label of a code in one of the tenant's lists (falls back to the code). */
export function labelOf(list: { code: string; label: string }[], code: string | null | undefined) {
  return list.find((term) => term.code === code)?.label ?? code ?? "–";
}
