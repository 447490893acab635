import type { EndpointInput } from "../../../shared/endpoint.ts";
import { tenancyEndpoints as endpoints, type TenantTheme } from "../../../shared/tenancy.ts";
import { call, endpointQuery, keyOf } from "../../api.ts";

export const publicTenantQuery = { ...endpointQuery(endpoints.publicTenant), staleTime: 5 * 60_000 };
export const districtsQuery = endpointQuery(endpoints.districts);
export const tenantQuery = endpointQuery(endpoints.get);
export const postcodeCountQuery = endpointQuery(endpoints.postcodeCount);
export const tenancyKeys = {
  publicTenant: keyOf(endpoints.publicTenant),
  districts: keyOf(endpoints.districts),
  postcodeCount: keyOf(endpoints.postcodeCount),
};

export const tenancyApi = {
  importDistricts: (csv: string) => call(endpoints.importDistricts, { body: { csv } }),
  importPostcodes: (csv: string) => call(endpoints.importPostcodes, { body: { csv } }),
  updateTenant: (body: EndpointInput<typeof endpoints.update>["body"]) => call(endpoints.update, { body }),
};

/** NL Design System tokens of the tenant, as CSS custom properties on the page. */
export function themeStyle(theme: TenantTheme | undefined): React.CSSProperties {
  if (!theme) return {};
  return {
    "--inzet-primary-color": theme.primaryColor,
    "--inzet-primary-text-color": theme.primaryTextColor,
    "--utrecht-button-primary-action-background-color": theme.primaryColor,
    "--utrecht-button-primary-action-color": theme.primaryTextColor,
    "--utrecht-button-secondary-action-color": theme.primaryColor,
    "--utrecht-button-secondary-action-border-color": theme.primaryColor,
    "--utrecht-link-color": theme.linkColor,
  } as React.CSSProperties;
}
