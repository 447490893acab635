import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Me, UserListItem } from "../../../shared/accounts.ts";
import type { Page } from "../../../shared/paging.ts";
import type { Permission } from "../../../shared/roles.ts";
import { api } from "../../api.ts";

/**
 * Who is signed in. The last answer is kept on the device, so that a page opened without a connection
 * (the doorstep screen) still knows the user; signing out removes it.
 */
export const meQuery = queryOptions({
  queryKey: ["me"],
  queryFn: async () => {
    try {
      const me = await api<Me>("/api/me");
      localStorage.setItem("inzet.me", JSON.stringify(me));
      return me;
    } catch (error) {
      const kept = error instanceof TypeError ? localStorage.getItem("inzet.me") : null;
      if (kept) return JSON.parse(kept) as Me;
      if (!(error instanceof TypeError)) localStorage.removeItem("inzet.me");
      throw error;
    }
  },
  staleTime: 60_000,
  retry: false,
});

export function useMe() {
  return useQuery(meQuery);
}

export function hasPermission(me: Me | undefined, permission: Permission) {
  return Boolean(me?.permissions.includes(permission));
}

export type SignInResult = { twoFactorRedirect?: boolean };

export const authApi = {
  signIn: (email: string, password: string) =>
    api<SignInResult>("/api/auth/sign-in/email", { method: "POST", body: { email, password } }),
  verifyTotp: (code: string) => api("/api/auth/two-factor/verify-totp", { method: "POST", body: { code } }),
  verifyBackupCode: (code: string) =>
    api("/api/auth/two-factor/verify-backup-code", { method: "POST", body: { code } }),
  enableTwoFactor: (password: string) =>
    api<{ totpURI: string; backupCodes: string[] }>("/api/auth/two-factor/enable", {
      method: "POST",
      body: { password },
    }),
  requestReset: (email: string) =>
    api("/api/auth/request-password-reset", {
      method: "POST",
      body: { email, redirectTo: "/wachtwoord-herstellen" },
    }),
  resetPassword: (token: string, newPassword: string) =>
    api("/api/auth/reset-password", { method: "POST", body: { token, newPassword } }),
  signOut: () => api("/api/auth/sign-out", { method: "POST", body: {} }),
  signOutEverywhere: () => api("/api/auth/revoke-sessions", { method: "POST", body: {} }),
  switchMembership: (membershipId: string) =>
    api<Me>("/api/me/membership", { method: "PUT", body: { membershipId } }),
  setLocale: (locale: "nl" | "en") => api("/api/me/locale", { method: "PUT", body: { locale } }),
};

export type DemoInfo = {
  demo: boolean;
  password: string | null;
  accounts: { email: string; role: string; name: string }[];
};
export const demoQuery = queryOptions({
  queryKey: ["demo"],
  queryFn: () => api<DemoInfo>("/api/demo"),
  staleTime: Infinity,
});

export const usersApi = {
  list: (query: Record<string, unknown>) => api<Page<UserListItem>>("/api/users", { query }),
  get: (userId: string) => api<UserListItem>(`/api/users/${encodeURIComponent(userId)}`),
  create: (body: unknown) => api<UserListItem>("/api/users", { method: "POST", body }),
  addMembership: (userId: string, body: unknown) =>
    api<UserListItem>(`/api/users/${encodeURIComponent(userId)}/memberships`, { method: "POST", body }),
  endMembership: (userId: string, membershipId: string) =>
    api<UserListItem>(`/api/users/${encodeURIComponent(userId)}/memberships/${membershipId}`, {
      method: "DELETE",
    }),
};
