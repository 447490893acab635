import { useQuery } from "@tanstack/react-query";
import { organisationQueries } from "./api.ts";

/** All organisations of the tenant as select options (first 200, by name). */
export function useOrganisationOptions() {
  const query = useQuery(organisationQueries.list({ pageSize: 200 }));
  return (query.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }));
}
