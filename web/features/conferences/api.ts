import { conferenceEndpoints as endpoints } from "../../../shared/conferences.ts";
import type { EndpointInput } from "../../../shared/endpoint.ts";
import { call, endpointQuery, hrefOf, keyOf } from "../../api.ts";

type Body<E extends keyof typeof endpoints> = EndpointInput<(typeof endpoints)[E]>["body"];

export const conferenceQueries = {
  all: keyOf(endpoints.list),
  list: () => endpointQuery(endpoints.list),
  detail: (id: string) => endpointQuery(endpoints.get, { params: { id } }),
  overview: (id: string) => endpointQuery(endpoints.overview, { params: { id } }),
  invitations: (id: string) => endpointQuery(endpoints.invitations, { params: { id } }),
};

export const conferencesApi = {
  create: (body: Body<"create">) => call(endpoints.create, { body }),
  update: (id: string, body: Body<"update">) => call(endpoints.update, { params: { id }, body }),
  propose: (id: string, body: Body<"propose">) => call(endpoints.propose, { params: { id }, body }),
  register: (id: string, body: Body<"register">) => call(endpoints.register, { params: { id }, body }),
  attendance: (id: string, body: Body<"attendance">) => call(endpoints.attendance, { params: { id }, body }),
  addAction: (id: string, body: Body<"addAction">) => call(endpoints.addAction, { params: { id }, body }),
  updateAction: (id: string, body: Body<"updateAction">) =>
    call(endpoints.updateAction, { params: { id }, body }),
  invite: (id: string) => call(endpoints.invite, { params: { id } }),
  reportHref: (id: string) => hrefOf(endpoints.report, { params: { id } }),
};
