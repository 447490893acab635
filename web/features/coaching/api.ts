import { coachingEndpoints as endpoints } from "../../../shared/coaching.ts";
import type { EndpointInput } from "../../../shared/endpoint.ts";
import { call, endpointQuery, keyOf } from "../../api.ts";

type Body<E extends Parameters<typeof call>[0]> = EndpointInput<E>["body"];

export const coachingQueries = {
  all: keyOf(endpoints.list),
  list: (page: number) => endpointQuery(endpoints.list, { query: { page } }),
};

export const coachingApi = {
  create: (body: Body<typeof endpoints.create>) => call(endpoints.create, { body }),
  addMeeting: (id: string, body: Body<typeof endpoints.addMeeting>) =>
    call(endpoints.addMeeting, { params: { id }, body }),
  escalate: (id: string, body: Body<typeof endpoints.escalate>) =>
    call(endpoints.escalate, { params: { id }, body }),
  escalationOutcome: (id: string, body: Body<typeof endpoints.escalationOutcome>) =>
    call(endpoints.escalationOutcome, { params: { id }, body }),
  extend: (id: string, body: Body<typeof endpoints.extend>) =>
    call(endpoints.extend, { params: { id }, body }),
  end: (id: string, body: Body<typeof endpoints.end>) => call(endpoints.end, { params: { id }, body }),
};
