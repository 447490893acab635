import { hash, verify } from "@node-rs/argon2";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { twoFactor } from "better-auth/plugins";
import type { Db } from "../db/client.ts";
import { resetMail } from "./account-mails.ts";
import type { Config } from "./config.ts";
import {
  authAccount,
  authRateLimit,
  authSession,
  authTwoFactor,
  authUser,
  authVerification,
  ssoProvider,
} from "./identity-schema.ts";
import type { Mailer } from "./mail.ts";
import { type SsoRules, ssoPlugins } from "./sso.ts";
import { totpReplayGuard } from "./totp-replay.ts";

/** The header through which Inzet hands better-auth the client address (any client value is replaced). */
export const CLIENT_IP_HEADER = "x-inzet-client-ip";
/** A session is renewed (sliding expiry) when it was last updated longer ago than this. */
export const SESSION_UPDATE_AGE_SECONDS = 60 * 15;
export const SESSION_EXPIRES_IN_SECONDS = 60 * 60 * 12;

export function hashPassword(password: string) {
  return hash(password); // argon2id, library defaults (19 MiB, t=2)
}

type AuthDeps = {
  db: Db;
  config: Config;
  mailer: Mailer;
  /** The SSO feature's rules (features/sso/service.ts), handed in by app.ts. */
  sso: SsoRules;
};

export function createAuth({ db, config, mailer, sso }: AuthDeps) {
  return betterAuth({
    appName: "Inzet",
    baseURL: config.publicUrl,
    basePath: "/api/auth",
    secret: config.authSecret,
    trustedOrigins: config.trustedOrigins,
    telemetry: { enabled: false },
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: {
        user: authUser,
        session: authSession,
        account: authAccount,
        verification: authVerification,
        twoFactor: authTwoFactor,
        rateLimit: authRateLimit,
        ssoProvider, // single sign-on (ADR 0013)
      },
    }),
    user: {
      additionalFields: { locale: { type: "string", required: false, defaultValue: "nl", input: true } },
    },
    session: {
      expiresIn: SESSION_EXPIRES_IN_SECONDS,
      updateAge: SESSION_UPDATE_AGE_SECONDS,
      additionalFields: { activeMembershipId: { type: "string", required: false, input: false } },
    },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true, // accounts are made by a beheerder or by a feature's own sign-up flow
      minPasswordLength: 10,
      maxPasswordLength: 128,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      password: {
        hash: hashPassword,
        verify: ({ hash: stored, password }) => verify(stored, password),
      },
      sendResetPassword: async ({ user, url }) => {
        await mailer.send({
          ...resetMail(user, url),
          to: user.email,
          recipientUserId: user.id,
          secret: true,
        });
      },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 300,
      customRules: {
        "/sign-in/email": { window: 60, max: config.RATE_LIMIT_PER_MINUTE },
        "/request-password-reset": { window: 60, max: Math.min(10, config.RATE_LIMIT_PER_MINUTE) },
        "/two-factor/verify-totp": { window: 60, max: config.RATE_LIMIT_PER_MINUTE },
        // Setting up asks for the password again: the same limit as signing in, not the plugin's 3 per
        // 10 seconds, which a team setting up on one office address (NAT) runs into.
        "/two-factor/enable": { window: 60, max: config.RATE_LIMIT_PER_MINUTE },
      },
    },
    advanced: {
      cookiePrefix: "inzet",
      useSecureCookies: config.publicUrl.startsWith("https://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
      database: { generateId: () => crypto.randomUUID() },
    },
    plugins: [
      twoFactor({ issuer: "Inzet" }),
      totpReplayGuard(db),
      // Single sign-on for staff (ADR 0013): better-auth's SSO plugin and Inzet's rules around it.
      ...ssoPlugins(db, sso, { rateLimitPerMinute: config.RATE_LIMIT_PER_MINUTE }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
