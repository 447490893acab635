import type { EndpointInput } from "../../../shared/endpoint.ts";
import { ssoEndpoints as endpoints } from "../../../shared/sso.ts";
import { api, call, endpointQuery, keyOf } from "../../api.ts";

/** Whether the sign-in page shows "Inloggen met uw organisatie-account". */
export const publicSsoQuery = { ...endpointQuery(endpoints.publicSso), staleTime: 5 * 60_000 };
export const ssoSettingsQuery = endpointQuery(endpoints.settings);
export const ssoKeys = { settings: keyOf(endpoints.settings), publicSso: keyOf(endpoints.publicSso) };

export const ssoApi = {
  save: (body: EndpointInput<typeof endpoints.save>["body"]) => call(endpoints.save, { body }),
  /** Starts a sign-in at the tenant's identity provider (a better-auth route); the browser goes there next. */
  start: (providerId: string, callbackURL: string) =>
    api<{ url: string }>("/api/auth/sign-in/sso", {
      method: "POST",
      body: { providerId, callbackURL, errorCallbackURL: "/inloggen" },
    }),
};
