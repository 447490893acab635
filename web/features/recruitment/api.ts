import type { Action, Campaign, DropoutReport, FunnelRow } from "../../../shared/recruitment.ts";
import { api } from "../../api.ts";

export const recruitmentApi = {
  campaigns: () => api<Campaign[]>("/api/recruitment/campaigns"),
  campaign: (id: string) => api<Campaign>(`/api/recruitment/campaigns/${id}`),
  createCampaign: (body: unknown) => api<Campaign>("/api/recruitment/campaigns", { method: "POST", body }),
  updateCampaign: (id: string, body: unknown) =>
    api<Campaign>(`/api/recruitment/campaigns/${id}`, { method: "PUT", body }),
  funnel: (id: string) =>
    api<{ campaign: Campaign; rows: FunnelRow[]; total: FunnelRow }>(
      `/api/recruitment/campaigns/${id}/funnel`,
    ),
  dropout: (query: Record<string, unknown>) => api<DropoutReport>("/api/recruitment/dropout", { query }),
  actions: () => api<Action[]>("/api/recruitment/actions"),
  createAction: (body: unknown) => api<Action>("/api/recruitment/actions", { method: "POST", body }),
  updateAction: (id: string, body: unknown) =>
    api<Action>(`/api/recruitment/actions/${id}`, { method: "PUT", body }),
  deleteAction: (id: string) => api<void>(`/api/recruitment/actions/${id}`, { method: "DELETE" }),
};
