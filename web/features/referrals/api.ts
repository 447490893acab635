import type { EndpointInput } from "../../../shared/endpoint.ts";
import { referralEndpoints as endpoints } from "../../../shared/referrals.ts";
import { call, endpointQuery, keyOf } from "../../api.ts";

type ListQuery = NonNullable<EndpointInput<typeof endpoints.list>["query"]>;
type Answer = EndpointInput<typeof endpoints.answer>["body"];

export const referralQueries = {
  all: keyOf(endpoints.list),
  list: (query: ListQuery) => endpointQuery(endpoints.list, { query }),
};

export const referralsApi = {
  answer: (id: string, body: Answer) => call(endpoints.answer, { params: { id }, body }),
};
