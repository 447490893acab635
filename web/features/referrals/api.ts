import type { Referral } from "../../../shared/referrals.ts";
import { api } from "../../api.ts";

export const referralsApi = {
  list: (query: Record<string, unknown>) =>
    api<{ items: Referral[]; total: number; page: number; pageSize: number }>("/api/referrals", { query }),
  answer: (id: string, body: { status: string; note?: string; askVolunteer?: boolean }) =>
    api<Referral>(`/api/referrals/${id}/answer`, { method: "POST", body }),
};
