// The root of the route table: the shell around every page, and lazy pages (one chunk each).
import type { QueryClient } from "@tanstack/react-query";
import { createRootRouteWithContext, lazyRouteComponent } from "@tanstack/react-router";
import { Shell } from "./shell.tsx";

export const rootRoute = createRootRouteWithContext<{ queryClient: QueryClient }>()({ component: Shell });

export const page = (loader: () => Promise<Record<string, unknown>>, name: string) =>
  lazyRouteComponent(loader as () => Promise<Record<string, React.ComponentType>>, name);
