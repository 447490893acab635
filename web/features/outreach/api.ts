import type {
  Monitor,
  OutreachAddress,
  OutreachCampaign,
  Shift,
  Visit,
  WalkList,
} from "../../../shared/outreach.ts";
import { api } from "../../api.ts";

export const outreachApi = {
  campaigns: () => api<OutreachCampaign[]>("/api/outreach/campaigns"),
  campaign: (id: string) => api<OutreachCampaign>(`/api/outreach/campaigns/${id}`),
  create: (body: unknown) => api<OutreachCampaign>("/api/outreach/campaigns", { method: "POST", body }),
  update: (id: string, body: unknown) =>
    api<OutreachCampaign>(`/api/outreach/campaigns/${id}`, { method: "PUT", body }),
  professionals: () => api<{ userId: string; name: string }[]>("/api/outreach/professionals"),
  importAddresses: (id: string, csv: string) =>
    api<{ added: number; updated: number }>(`/api/outreach/campaigns/${id}/addresses/import`, {
      method: "POST",
      body: { csv },
    }),
  addresses: (id: string, query: Record<string, unknown>) =>
    api<{ items: OutreachAddress[]; total: number; page: number; pageSize: number }>(
      `/api/outreach/campaigns/${id}/addresses`,
      { query },
    ),
  setExclusion: (addressId: string, body: { excluded: boolean; reason?: string }) =>
    api<OutreachAddress>(`/api/outreach/addresses/${addressId}/exclusion`, { method: "PUT", body }),
  walkLists: (id: string) => api<WalkList[]>(`/api/outreach/campaigns/${id}/walk-lists`),
  cut: (id: string, targetSize?: number) =>
    api<WalkList[]>(`/api/outreach/campaigns/${id}/walk-lists`, { method: "POST", body: { targetSize } }),
  move: (addressId: string, walkListId: string) =>
    api<WalkList[]>(`/api/outreach/addresses/${addressId}/walk-list`, {
      method: "PUT",
      body: { walkListId },
    }),
  shifts: (id: string) => api<Shift[]>(`/api/outreach/campaigns/${id}/shifts`),
  eligible: (id: string, q?: string) =>
    api<{ volunteerId: string; name: string; experienced: boolean }[]>(
      `/api/outreach/campaigns/${id}/eligible-volunteers`,
      { query: { q } },
    ),
  planShift: (id: string, body: unknown) =>
    api<Shift>(`/api/outreach/campaigns/${id}/shifts`, { method: "POST", body }),
  cancelShift: (id: string, shiftId: string) =>
    api<void>(`/api/outreach/campaigns/${id}/shifts/${shiftId}`, { method: "DELETE" }),
  ownShifts: () => api<Shift[]>("/api/me/outreach-shifts"),
  check: (shiftId: string, what: "in" | "out") =>
    api<Shift>(`/api/me/outreach-shifts/${shiftId}/check-${what}`, { method: "POST" }),
  followUps: (id: string, body: { dueBy?: string }) =>
    api<WalkList[]>(`/api/outreach/campaigns/${id}/follow-up-lists`, { method: "POST", body }),
  visits: (id: string) => api<Visit[]>(`/api/outreach/campaigns/${id}/visits`),
  monitor: (id: string) => api<Monitor>(`/api/outreach/campaigns/${id}/monitor`),
  optimise: (walkListId: string) =>
    api<WalkList[]>(`/api/outreach/walk-lists/${walkListId}/optimise`, { method: "POST" }),
};
