// The tenant's name and theme, for the shell on every page. The endpoint declaration (and so zod)
// loads with the first call, not with the first chunk.
import { queryOptions } from "@tanstack/react-query";
import type { TenantTheme } from "../../../shared/tenancy.ts";
import { call } from "../../api.ts";

export const publicTenantKey = ["publicTenant"] as const;

export const publicTenantQuery = queryOptions({
  queryKey: publicTenantKey,
  queryFn: async () => call((await import("../../../shared/tenancy.ts")).tenancyEndpoints.publicTenant),
  staleTime: 5 * 60_000,
});

/** NL Design System tokens of the tenant, as CSS custom properties on the page. */
export function themeStyle(theme: TenantTheme | undefined): React.CSSProperties {
  if (!theme) return {};
  return {
    "--inzet-primary-color": theme.primaryColor,
    "--inzet-primary-text-color": theme.primaryTextColor,
    "--utrecht-button-primary-action-background-color": theme.primaryColor,
    "--utrecht-button-primary-action-color": theme.primaryTextColor,
    "--utrecht-link-color": theme.linkColor,
  } as React.CSSProperties;
}
