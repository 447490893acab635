import { useQuery } from "@tanstack/react-query";
import { organisationsApi } from "./api.ts";

/** All organisations of the tenant as select options (first 200, by name). */
export function useOrganisationOptions() {
  const query = useQuery({
    queryKey: ["organisations", "options"],
    queryFn: () => organisationsApi.list({ pageSize: 200 }),
  });
  return (query.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
}
