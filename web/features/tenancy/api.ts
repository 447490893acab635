import type { EndpointInput } from "../../../shared/endpoint.ts";
import { tenancyEndpoints as endpoints } from "../../../shared/tenancy.ts";
import { call, endpointQuery, keyOf } from "../../api.ts";
import { publicTenantKey } from "./public-tenant.ts";

export { publicTenantQuery } from "./public-tenant.ts";
export const districtsQuery = endpointQuery(endpoints.districts);
export const tenantQuery = endpointQuery(endpoints.get);
export const postcodeCountQuery = endpointQuery(endpoints.postcodeCount);
export const tenancyKeys = {
  publicTenant: publicTenantKey,
  districts: keyOf(endpoints.districts),
  postcodeCount: keyOf(endpoints.postcodeCount),
};

export const tenancyApi = {
  importDistricts: (csv: string) => call(endpoints.importDistricts, { body: { csv } }),
  importPostcodes: (csv: string) => call(endpoints.importPostcodes, { body: { csv } }),
  saveThemeTokens: (source: string) => call(endpoints.saveThemeTokens, { body: { source } }),
  updateTenant: (body: EndpointInput<typeof endpoints.update>["body"]) => call(endpoints.update, { body }),
};
