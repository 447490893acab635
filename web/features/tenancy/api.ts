import { queryOptions } from "@tanstack/react-query";
import type { PublicSso, SsoSettings } from "../../../shared/sso.ts";
import type { District, Tenant, TenantTheme } from "../../../shared/tenancy.ts";
import { api } from "../../api.ts";

export type PublicTenant = {
  code: string;
  slug: string;
  name: string;
  theme: TenantTheme;
  mapTileUrl: string;
};

export const publicTenantQuery = queryOptions({
  queryKey: ["public-tenant"],
  queryFn: () => api<PublicTenant>("/api/public/tenant"),
  staleTime: 5 * 60_000,
});

export const districtsQuery = queryOptions({
  queryKey: ["districts"],
  queryFn: () => api<District[]>("/api/districts"),
});
export const tenantQuery = queryOptions({ queryKey: ["tenant"], queryFn: () => api<Tenant>("/api/tenant") });

/** Whether the sign-in page shows "Inloggen met uw organisatie-account". */
export const publicSsoQuery = queryOptions({
  queryKey: ["public-sso"],
  queryFn: () => api<PublicSso>("/api/public/sso"),
  staleTime: 5 * 60_000,
});

export type SsoSettingsAnswer = { settings: SsoSettings | null; providerId: string; redirectUri: string };
export const ssoSettingsQuery = queryOptions({
  queryKey: ["tenant", "sso"],
  queryFn: () => api<SsoSettingsAnswer>("/api/tenant/sso"),
});

export const tenancyApi = {
  saveSso: (body: unknown) => api<SsoSettings>("/api/tenant/sso", { method: "PUT", body }),
  /** Starts a sign-in at the tenant's identity provider; the browser goes there next. */
  startSso: (providerId: string, callbackURL: string) =>
    api<{ url: string }>("/api/auth/sign-in/sso", {
      method: "POST",
      body: { providerId, callbackURL, errorCallbackURL: "/inloggen" },
    }),
  importDistricts: (csv: string) =>
    api<{ districts: number; neighbourhoods: number }>("/api/districts/import", {
      method: "POST",
      body: { csv },
    }),
  importPostcodes: (csv: string) =>
    api<{ postcodes: number }>("/api/districts/postcodes/import", { method: "POST", body: { csv } }),
  postcodeCount: () => api<{ postcodes: number }>("/api/districts/postcodes/count"),
  updateTenant: (body: unknown) => api<Tenant>("/api/tenant", { method: "PUT", body }),
};

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
