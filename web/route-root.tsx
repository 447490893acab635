// The root of the route table: the shell around every page, and lazy pages (one chunk each).
import type { QueryClient } from "@tanstack/react-query";
import { createRootRouteWithContext, lazyRouteComponent } from "@tanstack/react-router";
import { publicTenantQuery } from "./features/tenancy/public-tenant.ts";
import { Shell } from "./shell.tsx";

// The tenant (name, theme version) is there before the first render, so the theme stylesheet is part
// of it. Arriving later, React suspends on the stylesheet and hides the page for a moment, which took
// the focus out of a field the user was typing in (lost keystrokes on the sign-in form).
export const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({
  component: Shell,
  loader: ({ context }) => context.queryClient.ensureQueryData(publicTenantQuery).catch(() => null),
});

export const page = (loader: () => Promise<Record<string, unknown>>, name: string) =>
  lazyRouteComponent(loader as () => Promise<Record<string, React.ComponentType>>, name);
