import { queryOptions, useQuery } from "@tanstack/react-query";
import { accountEndpoints, type Me, userEndpoints } from "../../../shared/accounts.ts";
import type { EndpointInput } from "../../../shared/endpoint.ts";
import type { Permission } from "../../../shared/roles.ts";
import { api, call, endpointQuery, keyOf } from "../../api.ts";

/**
 * Who is signed in. The last answer is kept on the device, so that a page opened without a connection
 * (the doorstep screen) still knows the user; signing out removes it.
 */
export const meQuery = queryOptions({
  queryKey: ["me"],
  queryFn: async () => {
    try {
      const me = await call(accountEndpoints.me);
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
    call(accountEndpoints.switchMembership, { body: { membershipId } }),
  setLocale: (locale: "nl" | "en") => call(accountEndpoints.setLocale, { body: { locale } }),
  setMailPreferences: (reminderMails: boolean) =>
    call(accountEndpoints.setMailPreferences, { body: { reminderMails } }),
};

export const demoQuery = { ...endpointQuery(accountEndpoints.demo), staleTime: Infinity };

type UserQuery = NonNullable<EndpointInput<typeof userEndpoints.list>["query"]>;
export const userQueries = {
  all: keyOf(userEndpoints.list),
  list: (query: UserQuery) => endpointQuery(userEndpoints.list, { query }),
  one: (userId: string) => endpointQuery(userEndpoints.get, { params: { userId } }),
};

export const usersApi = {
  create: (body: EndpointInput<typeof userEndpoints.create>["body"]) => call(userEndpoints.create, { body }),
  addMembership: (userId: string, body: EndpointInput<typeof userEndpoints.addMembership>["body"]) =>
    call(userEndpoints.addMembership, { params: { userId }, body }),
  endMembership: (userId: string, membershipId: string) =>
    call(userEndpoints.endMembership, { params: { userId, membershipId } }),
};
