import type { EndpointInput } from "../../../shared/endpoint.ts";
import { privacyEndpoints as endpoints } from "../../../shared/privacy.ts";
import { endpointQuery, hrefOf } from "../../api.ts";

type SearchQuery = NonNullable<EndpointInput<typeof endpoints.search>["query"]>;
type LogboekQuery = NonNullable<EndpointInput<typeof endpoints.logboek>["query"]>;

export const privacyQueries = {
  search: (query: SearchQuery) => endpointQuery(endpoints.search, { query }),
  mine: (page: number) => endpointQuery(endpoints.mine, { query: { page } }),
  activities: () => endpointQuery(endpoints.activities),
};

export const privacyLinks = {
  export: (query: NonNullable<EndpointInput<typeof endpoints.export>["query"]>) =>
    hrefOf(endpoints.export, { query }),
  /** The Logboek Dataverwerkingen export of one person and/or period (JSON or CSV). */
  logboek: (query: LogboekQuery) => hrefOf(endpoints.logboek, { query }),
};
