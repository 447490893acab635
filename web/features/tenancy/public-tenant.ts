// The tenant's name and theme version, for the shell on every page. Fetched without the endpoint
// declaration (and so without zod), from the request index.html preloads: the first page waits for it.
import { queryOptions } from "@tanstack/react-query";
import type { publicTenantSchema } from "../../../shared/tenancy.ts";
import { publicTenantPath } from "../../../shared/tenancy-paths.ts";
import type { z } from "../../../shared/zod.ts";
import { api } from "../../api.ts";

export const publicTenantKey = ["publicTenant"] as const;

export const publicTenantQuery = queryOptions({
  queryKey: publicTenantKey,
  queryFn: () => api<z.infer<typeof publicTenantSchema>>(publicTenantPath),
  staleTime: 5 * 60_000,
});

type ThemedTenant = { slug: string; themeVersion: string };

/**
 * Puts the tenant's own tokens (served by the API) in <head>, and resolves once they apply (or after 3 s,
 * or on an error: the open default theme stays). Not React's hoisted <link precedence>: a stylesheet that
 * arrives after the first render suspends the page, which hides it for a moment and takes the focus out of
 * the field someone is typing in.
 */
export function applyTenantTheme(tenant: ThemedTenant): Promise<void> {
  const href = `/api/public/tenant/theme.css?slug=${encodeURIComponent(tenant.slug)}&v=${tenant.themeVersion}`;
  let link = document.getElementById("inzet-tenant-theme") as HTMLLinkElement | null;
  if (link?.getAttribute("href") === href) return Promise.resolve();
  if (!link) {
    link = document.createElement("link");
    link.id = "inzet-tenant-theme";
    link.rel = "stylesheet";
    document.head.append(link);
  }
  const element = link;
  return new Promise((resolve) => {
    const done = () => resolve();
    element.addEventListener("load", done, { once: true });
    element.addEventListener("error", done, { once: true });
    setTimeout(done, 3_000);
    element.href = href;
  });
}
