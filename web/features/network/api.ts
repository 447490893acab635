import type { EndpointInput } from "../../../shared/endpoint.ts";
import { networkEndpoints as endpoints } from "../../../shared/network.ts";
import { call, downloadFrom, endpointQuery, keyOf } from "../../api.ts";

type OfferingQuery = NonNullable<EndpointInput<typeof endpoints.offerings>["query"]>;
type DirectoryQuery = NonNullable<EndpointInput<typeof endpoints.publicDirectory>["query"]>;

export const networkQueries = {
  offeringsAll: keyOf(endpoints.offerings),
  offerings: (query: OfferingQuery) => endpointQuery(endpoints.offerings, { query }),
  directory: (query: DirectoryQuery) => endpointQuery(endpoints.publicDirectory, { query }),
  members: () => endpointQuery(endpoints.members),
};

export const networkApi = {
  createOffering: (body: EndpointInput<typeof endpoints.createOffering>["body"]) =>
    call(endpoints.createOffering, { body }),
  checkOffering: (id: string) => call(endpoints.checkOffering, { params: { id } }),
  downloadHsds: () => downloadFrom(endpoints.hsdsExport),
};
