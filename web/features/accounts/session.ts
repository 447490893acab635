// Who is signed in, for the shell and the route table. The endpoint declarations (and so zod) load
// with the first call, not with the first chunk: the shell only needs the answer.
import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Me } from "../../../shared/accounts.ts";
import type { Permission } from "../../../shared/roles.ts";
import { api, call } from "../../api.ts";

const endpoints = async () => (await import("../../../shared/accounts.ts")).accountEndpoints;

/**
 * Who is signed in. The last answer is kept on the device, so that a page opened without a connection
 * (the doorstep screen) still knows the user; signing out removes it.
 */
export const meQuery = queryOptions({
  queryKey: ["me"],
  queryFn: async () => {
    try {
      const me = await call((await endpoints()).me);
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

/**
 * Whether someone signed in on this device (the kept answer of meQuery). A public page asks /api/me only
 * then, so a visitor's browser does not log a 401 for every page they open.
 */
export const signedInHere = () => localStorage.getItem("inzet.me") !== null;

export function useMe() {
  return useQuery(meQuery);
}

export function hasPermission(me: Me | undefined, permission: Permission) {
  return Boolean(me?.permissions.includes(permission));
}

export const sessionApi = {
  signOut: () => api("/api/auth/sign-out", { method: "POST", body: {} }),
  setLocale: async (locale: "nl" | "en") => call((await endpoints()).setLocale, { body: { locale } }),
};
