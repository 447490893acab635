import { accountEndpoints, userEndpoints } from "../../../shared/accounts.ts";
import type { EndpointInput } from "../../../shared/endpoint.ts";
import { api, call, endpointQuery, keyOf } from "../../api.ts";
import { sessionApi } from "./session.ts";

export { hasPermission, meQuery, signedInHere, useMe } from "./session.ts";

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
  signOut: sessionApi.signOut,
  signOutEverywhere: () => api("/api/auth/revoke-sessions", { method: "POST", body: {} }),
  switchMembership: (membershipId: string) =>
    call(accountEndpoints.switchMembership, { body: { membershipId } }),
  setLocale: sessionApi.setLocale,
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
