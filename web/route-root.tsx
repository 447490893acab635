// The root of the route table: the shell around every page, and lazy pages (one chunk each).
import type { QueryClient } from "@tanstack/react-query";
import { createRootRouteWithContext, lazyRouteComponent } from "@tanstack/react-router";
import { applyTenantTheme, publicTenantQuery } from "./features/tenancy/public-tenant.ts";
import { Shell } from "./shell.tsx";

// The tenant (name, theme) is there before the first render, so the page never shows in the wrong colours.
// Offline, the open default theme is used.
export const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Shell,
  loader: async ({ context }) => {
    const tenant = await context.queryClient
      .ensureQueryData({ ...publicTenantQuery, networkMode: "always" })
      .catch(() => null);
    if (tenant) await applyTenantTheme(tenant);
  },
});

export const page = (loader: () => Promise<Record<string, unknown>>, name: string) =>
  lazyRouteComponent(loader as () => Promise<Record<string, React.ComponentType>>, name);
