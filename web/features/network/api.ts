import type { EndpointInput } from "../../../shared/endpoint.ts";
import { networkEndpoints as endpoints } from "../../../shared/network.ts";
import { call, downloadFrom, endpointQuery, keyOf } from "../../api.ts";

type OfferingQuery = NonNullable<EndpointInput<typeof endpoints.offerings>["query"]>;
type MatrixQuery = EndpointInput<typeof endpoints.referralMatrix>["query"];
type DirectoryQuery = NonNullable<EndpointInput<typeof endpoints.publicDirectory>["query"]>;

export const networkQueries = {
  offeringsAll: keyOf(endpoints.offerings),
  offerings: (query: OfferingQuery) => endpointQuery(endpoints.offerings, { query }),
  directory: (query: DirectoryQuery) => endpointQuery(endpoints.publicDirectory, { query }),
  matrix: (query: MatrixQuery) => endpointQuery(endpoints.referralMatrix, { query }),
  members: () => endpointQuery(endpoints.members),
};

export const networkApi = {
  createOffering: (body: EndpointInput<typeof endpoints.createOffering>["body"]) =>
    call(endpoints.createOffering, { body }),
  updateOffering: (id: string, body: EndpointInput<typeof endpoints.updateOffering>["body"]) =>
    call(endpoints.updateOffering, { params: { id }, body }),
  checkOffering: (id: string) => call(endpoints.checkOffering, { params: { id } }),
  importHsds: (body: EndpointInput<typeof endpoints.hsdsImport>["body"]) =>
    call(endpoints.hsdsImport, { body }),
  downloadHsds: () => downloadFrom(endpoints.hsdsExport),
};
