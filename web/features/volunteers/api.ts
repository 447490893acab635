import { queryOptions } from "@tanstack/react-query";
import type { MotiveAnswers } from "../../../shared/motives.ts";
import type { Page } from "../../../shared/paging.ts";
import type { Volunteer, VolunteerListItem, VolunteerSettings } from "../../../shared/volunteers.ts";
import { api, withQuery } from "../../api.ts";

export type SignupOptions = {
  tenant: { slug: string; name: string };
  organisations: { id: string; name: string }[];
  channels: { code: string; label: string }[];
};
export type ExpiringItem = {
  volunteerId: string;
  volunteerName: string;
  kind: "vog" | "training";
  label: string;
  dueOn: string;
  daysLeft: number;
};

export const volunteersApi = {
  signupOptions: (slug?: string) => api<SignupOptions>("/api/public/volunteer-signup", { query: { slug } }),
  signUp: (slug: string | undefined, body: unknown) =>
    api<{ status: string }>(withQuery("/api/public/volunteer-signups", { slug }), { method: "POST", body }),
  confirm: (token: string) =>
    api<{ merged: boolean; tenantName: string; passwordMailSent: boolean }>(
      "/api/public/volunteer-signups/confirm",
      {
        method: "POST",
        body: { token },
      },
    ),
  own: () => api<Volunteer>("/api/me/volunteer"),
  updateOwn: (body: unknown) => api<Volunteer>("/api/me/volunteer", { method: "PUT", body }),
  answerOwn: (answers: MotiveAnswers) =>
    api<Volunteer>("/api/me/volunteer/motives", { method: "POST", body: answers }),
  savePhoto: (body: { dataUrl: string }) =>
    api<{ hasPhoto: boolean }>("/api/me/volunteer/photo", { method: "PUT", body }),
  deletePhoto: () => api<{ hasPhoto: boolean }>("/api/me/volunteer/photo", { method: "DELETE" }),
  requestErasure: () => api<{ requested: boolean }>("/api/me/volunteer/erasure-request", { method: "POST" }),
  list: (query: Record<string, unknown>) => api<Page<VolunteerListItem>>("/api/volunteers", { query }),
  exportUrl: (query: Record<string, unknown>) => withQuery("/api/volunteers/export", query),
  expiring: () => api<ExpiringItem[]>("/api/volunteers/expiring"),
  get: (id: string) => api<Volunteer>(`/api/volunteers/${id}`),
  create: (body: unknown) => api<Volunteer>("/api/volunteers", { method: "POST", body }),
  update: (id: string, body: unknown) => api<Volunteer>(`/api/volunteers/${id}`, { method: "PUT", body }),
  changeStatus: (id: string, body: unknown) =>
    api<Volunteer>(`/api/volunteers/${id}/status`, { method: "POST", body }),
  answer: (id: string, answers: MotiveAnswers) =>
    api<Volunteer>(`/api/volunteers/${id}/motives`, { method: "POST", body: answers }),
  addVog: (id: string, body: unknown) =>
    api<Volunteer>(`/api/volunteers/${id}/vogs`, { method: "POST", body }),
  updateVog: (id: string, vogId: string, body: unknown) =>
    api<Volunteer>(`/api/volunteers/${id}/vogs/${vogId}`, { method: "PUT", body }),
  addTraining: (id: string, body: unknown) =>
    api<Volunteer>(`/api/volunteers/${id}/trainings`, { method: "POST", body }),
  removeTraining: (id: string, trainingId: string) =>
    api<Volunteer>(`/api/volunteers/${id}/trainings/${trainingId}`, { method: "DELETE" }),
  addCheckIn: (id: string, body: unknown) =>
    api<Volunteer>(`/api/volunteers/${id}/check-ins`, { method: "POST", body }),
  erase: (id: string) => api<{ erased: boolean }>(`/api/volunteers/${id}/erase`, { method: "POST" }),
  settings: () => api<VolunteerSettings>("/api/volunteer-settings"),
  saveSettings: (body: unknown) => api<VolunteerSettings>("/api/volunteer-settings", { method: "PUT", body }),
};

export const volunteerSettingsQuery = queryOptions({
  queryKey: ["volunteer-settings"],
  queryFn: volunteersApi.settings,
  staleTime: 60_000,
});

/** The label of a code in one of the tenant's lists (falls back to the code). */
export function labelOf(list: { code: string; label: string }[], code: string | null | undefined) {
  return list.find((term) => term.code === code)?.label ?? code ?? "–";
}

export const ownVolunteerQuery = queryOptions({ queryKey: ["volunteer", "own"], queryFn: volunteersApi.own });
