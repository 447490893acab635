import type { EndpointInput } from "../../../shared/endpoint.ts";
import { organisationEndpoints as endpoints } from "../../../shared/organisations.ts";
import { call, endpointQuery, keyOf } from "../../api.ts";

type ListQuery = NonNullable<EndpointInput<typeof endpoints.list>["query"]>;
type Input = EndpointInput<typeof endpoints.create>["body"];

export const organisationQueries = {
  all: keyOf(endpoints.list),
  list: (query: ListQuery) => endpointQuery(endpoints.list, { query }),
  one: (id: string) => endpointQuery(endpoints.get, { params: { id } }),
};

export const organisationsApi = {
  create: (body: Input) => call(endpoints.create, { body }),
  update: (id: string, body: Input) => call(endpoints.update, { params: { id }, body }),
};
