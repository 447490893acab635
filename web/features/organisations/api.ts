import type { Organisation } from "../../../shared/organisations.ts";
import type { Page } from "../../../shared/paging.ts";
import { api } from "../../api.ts";

export const organisationsApi = {
  list: (query: Record<string, unknown>) => api<Page<Organisation>>("/api/organisations", { query }),
  get: (id: string) => api<Organisation>(`/api/organisations/${id}`),
  create: (body: unknown) => api<Organisation>("/api/organisations", { method: "POST", body }),
  update: (id: string, body: unknown) =>
    api<Organisation>(`/api/organisations/${id}`, { method: "PUT", body }),
};
