// The tenant's name and theme version, for the shell on every page. The endpoint declaration (and so zod)
// loads with the first call, not with the first chunk.
import { queryOptions } from "@tanstack/react-query";
import { call } from "../../api.ts";

export const publicTenantKey = ["publicTenant"] as const;

export const publicTenantQuery = queryOptions({
  queryKey: publicTenantKey,
  queryFn: async () => call((await import("../../../shared/tenancy.ts")).tenancyEndpoints.publicTenant),
  staleTime: 5 * 60_000,
});
