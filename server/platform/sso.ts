import { sso } from "@better-auth/sso";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { PASSWORD_SIGN_IN_DISABLED_MESSAGE, ssoErrorMessages } from "../../shared/sso.ts";
import type { Db } from "../db/client.ts";

/**
 * What the SSO feature decides (features/sso/service.ts). app.ts hands it in, so the platform's
 * better-auth wiring does not import a feature.
 */
export type SsoRules = {
  provisionUser(
    db: Db,
    input: {
      providerId: string;
      user: { id: string; email: string; name: string };
      userInfo: Record<string, unknown>;
      traceId: string;
    },
  ): Promise<void>;
  checkSignIn(
    db: Db,
    input: { providerId: string; email: string; claims: Record<string, unknown> },
  ): Promise<{ error: string; errorDescription: string } | null>;
  listEnabledIssuers(db: Db): Promise<string[]>;
  isSignInOpen(db: Db, providerId: string): Promise<boolean>;
  isPasswordSignInDisabled(db: Db, email: string): Promise<boolean>;
};

/** The error code of a password sign-in refused because the tenant switched passwords off for the role. */
export const PASSWORD_SIGN_IN_DISABLED = "PASSWORD_SIGN_IN_DISABLED";

const SSO_PATH = /\/sso(\/|$)/;
/** The plugin's endpoints Inzet uses: start a sign-in, and the provider's way back. */
const OPEN_SSO_PATHS = /^\/(sign-in\/sso|sso\/callback\/[^/]+)$/;

/** Dutch messages of the codes the rules below answer with (for the /api/auth proxy). */
export const ssoAuthMessages: Record<string, string> = {
  [PASSWORD_SIGN_IN_DISABLED]: PASSWORD_SIGN_IN_DISABLED_MESSAGE,
  SSO_DISABLED: ssoErrorMessages.sso_disabled!,
};

/**
 * Single sign-on for staff (ADR 0013): better-auth's SSO plugin (OpenID Connect; providers are the
 * rows Inzet writes from each tenant's settings) and Inzet's rules around it, as one more plugin:
 * - who may come in and with which role (`user.validateUserInfo`, before anything is written;
 *   the memberships follow after the sign-in, through `provisionUser`);
 * - the issuers' origins are trusted for the plugin's server-side fetches (token, keys, userinfo),
 *   so an identity provider on the municipality's own network works;
 * - only sign-in and callback of the plugin are open: providers are managed through Inzet's own
 *   settings API (tenant.manage), never through the plugin's register/update endpoints, and no SAML;
 * - a sign-in with a provider whose tenant switched SSO off is refused at the start;
 * - password sign-in refused for roles the tenant switched passwords off for;
 * - starting an SSO sign-in rate-limited like password sign-in.
 */
export function ssoPlugins(
  db: Db,
  ssoService: SsoRules,
  { rateLimitPerMinute }: { rateLimitPerMinute: number },
): BetterAuthPlugin[] {
  return [
    sso({
      // The identity provider is the source of truth for the roles of SSO users: applied on every sign-in.
      provisionUserOnEveryLogin: true,
      provisionUser: async ({ user, userInfo, provider }) => {
        await ssoService.provisionUser(db, {
          providerId: provider.providerId,
          user: { id: user.id, email: user.email, name: user.name },
          userInfo: userInfo as Record<string, unknown>,
          traceId: crypto.randomUUID().replaceAll("-", ""),
        });
      },
    }),
    inzetSsoRules(db, ssoService, rateLimitPerMinute),
  ];
}

function inzetSsoRules(db: Db, ssoService: SsoRules, rateLimitPerMinute: number): BetterAuthPlugin {
  return {
    id: "inzet-sso-rules",
    // Starting an SSO sign-in sends no secret: the same limit per client address as password sign-in,
    // instead of better-auth's 3 per 10 seconds for /sign-in/* (staff behind one municipal NAT).
    rateLimit: [{ pathMatcher: (path) => path === "/sign-in/sso", window: 60, max: rateLimitPerMinute }],
    init() {
      return {
        options: {
          // The provider's access token is kept in auth_account (Inzet does not use it): encrypted.
          account: { encryptOAuthTokens: true },
          user: {
            validateUserInfo: async ({ user, source }) => {
              if (source.method !== "sso-oidc" || !source.sso) return;
              const refusal = await ssoService.checkSignIn(db, {
                providerId: source.sso.providerId,
                email: String(user.email ?? ""),
                claims: source.sso.profile ?? {},
              });
              return refusal ?? undefined;
            },
          },
          trustedOrigins: async (request?: Request) => {
            if (!request || !SSO_PATH.test(new URL(request.url).pathname)) return [];
            return (await ssoService.listEnabledIssuers(db)).map((issuer) => new URL(issuer).origin);
          },
        },
      };
    },
    hooks: {
      before: [
        {
          matcher: (context) => SSO_PATH.test(context.path ?? "") && !OPEN_SSO_PATHS.test(context.path ?? ""),
          handler: createAuthMiddleware(async () => {
            throw new APIError("NOT_FOUND");
          }),
        },
        {
          matcher: (context) => context.path === "/sign-in/sso",
          handler: createAuthMiddleware(async (ctx) => {
            const providerId = String((ctx.body as { providerId?: unknown } | undefined)?.providerId ?? "");
            if (!(await ssoService.isSignInOpen(db, providerId))) {
              throw new APIError("FORBIDDEN", {
                code: "SSO_DISABLED",
                message: ssoErrorMessages.sso_disabled,
              });
            }
          }),
        },
        {
          matcher: (context) => context.path === "/sign-in/email",
          handler: createAuthMiddleware(async (ctx) => {
            const email = String((ctx.body as { email?: unknown } | undefined)?.email ?? "")
              .trim()
              .toLowerCase();
            if (!email || !(await ssoService.isPasswordSignInDisabled(db, email))) return;
            // Refuse only with the right password, so the answer tells nothing about the address to others.
            const found = await ctx.context.internalAdapter.findUserByEmail(email, { includeAccounts: true });
            const hash = found?.accounts.find((a) => a.providerId === "credential")?.password;
            const password = String((ctx.body as { password?: unknown }).password ?? "");
            if (!hash || !(await ctx.context.password.verify({ hash, password }))) return;
            throw new APIError("FORBIDDEN", {
              code: PASSWORD_SIGN_IN_DISABLED,
              message: PASSWORD_SIGN_IN_DISABLED_MESSAGE,
            });
          }),
        },
      ],
    },
  };
}
