import type { EndpointInput } from "../../../shared/endpoint.ts";
import { referralEndpoints as endpoints } from "../../../shared/referrals.ts";
import { call, endpointQuery, keyOf } from "../../api.ts";

type ListQuery = NonNullable<EndpointInput<typeof endpoints.list>["query"]>;
type Answer = EndpointInput<typeof endpoints.answer>["body"];
type Create = EndpointInput<typeof endpoints.create>["body"];

export const referralQueries = {
  all: keyOf(endpoints.list),
  list: (query: ListQuery) => endpointQuery(endpoints.list, { query }),
};

export const referralsApi = {
  answer: (id: string, body: Answer) => call(endpoints.answer, { params: { id }, body }),
  create: (body: Create) => call(endpoints.create, { body }),
  reopen: (id: string, note: string) => call(endpoints.reopen, { params: { id }, body: { note } }),
  withdrawConsent: (id: string) => call(endpoints.withdrawConsent, { params: { id }, body: {} }),
};
