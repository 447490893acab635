import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  changePasswordSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  signInSchema,
  totpCodeSchema,
  twoFactorEnableSchema,
} from "../../../../shared/accounts.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db } from "../../../db/client.ts";
import { type Auth, CLIENT_IP_HEADER } from "../../../platform/auth.ts";
import type { Config } from "../../../platform/config.ts";
import { errorBody, fieldsFromZod, validationFailed } from "../../../platform/errors.ts";
import { toHeaders } from "../../../platform/policy.ts";
import { ssoAuthMessages } from "../../../platform/sso.ts";
import * as service from "../service.ts";

/** Dutch validation for the better-auth forms Inzet's UI uses. */
const authBodySchemas: Record<string, z.ZodType> = {
  "/sign-in/email": signInSchema,
  "/request-password-reset": passwordResetRequestSchema,
  "/reset-password": passwordResetSchema,
  "/two-factor/enable": twoFactorEnableSchema,
  "/two-factor/verify-totp": totpCodeSchema,
  "/change-password": changePasswordSchema,
};

/** better-auth's error codes, in Dutch. */
const authMessages: Record<string, string> = {
  INVALID_EMAIL_OR_PASSWORD: "Het e-mailadres of het wachtwoord klopt niet.",
  INVALID_PASSWORD: "Het wachtwoord klopt niet.",
  INVALID_TOKEN: "Deze link is niet meer geldig. Vraag een nieuwe aan.",
  PASSWORD_TOO_SHORT: "Kies een wachtwoord van minstens 10 tekens.",
  PASSWORD_TOO_LONG: "Een wachtwoord mag maximaal 128 tekens hebben.",
  INVALID_CODE: "De code klopt niet. Kijk in uw app en probeer het opnieuw.",
  TOTP_CODE_ALREADY_USED: "Deze code is al gebruikt. Wacht op de volgende code in uw app.",
  INVALID_TWO_FACTOR_COOKIE: "Log opnieuw in.",
  ACCOUNT_TEMPORARILY_LOCKED: "Te vaak een verkeerde code. Probeer het later opnieuw.",
  TOTP_NOT_ENABLED: "Inloggen in twee stappen is nog niet ingesteld.",
  SESSION_EXPIRED: "Log opnieuw in om dit te doen.",
  USER_NOT_FOUND: "Dit account bestaat niet.",
  ...ssoAuthMessages,
};

/** The better-auth forms behind Inzet's own validation, Dutch messages and sign-in lockout. */
export const authBridgeRoutes: FastifyPluginAsyncZod<{ db: Db; auth: Auth; config: Config }> = async (
  app,
  { db, auth, config },
) => {
  const lockout = { maxFailures: config.SIGNIN_MAX_FAILURES, lockMinutes: config.SIGNIN_LOCK_MINUTES };

  app.route({
    method: ["GET", "POST"],
    url: "/api/auth/*",
    config: {
      permission: "public",
      // Sign-in, 2FA and password forms, per minute: per IP as better-auth's general limit (which
      // also applies its own, stricter one to sign-in), per address as the sign-in limit.
      publicWriteLimit: {
        perIp: 10 * config.RATE_LIMIT_PER_MINUTE,
        perAddress: config.RATE_LIMIT_PER_MINUTE,
        windowSeconds: 60,
      },
    },
    schema: { hide: true },
    async handler(request, reply) {
      const path = request.url.split("?")[0]!.slice("/api/auth".length);
      const bodySchema = authBodySchemas[path];
      if (request.method === "POST" && bodySchema) {
        const parsed = bodySchema.safeParse(request.body ?? {});
        if (!parsed.success) throw validationFailed(fieldsFromZod(parsed.error));
      }
      const email =
        path === "/sign-in/email"
          ? String((request.body as { email: string }).email)
              .trim()
              .toLowerCase()
          : null;
      if (email) await service.beginSignInAttempt(db, email, lockout);

      const headers = toHeaders(request);
      headers.set(CLIENT_IP_HEADER, request.ip);
      const response = await auth.handler(
        new Request(`${config.publicUrl}${request.url}`, {
          method: request.method,
          headers,
          body: request.method === "POST" ? JSON.stringify(request.body ?? {}) : undefined,
        }),
      );
      if (email) await service.endSignInAttempt(db, email, response.status, lockout);

      reply.status(response.status);
      for (const [key, value] of response.headers) {
        if (key !== "set-cookie" && key !== "content-length") reply.header(key, value);
      }
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) reply.header("set-cookie", cookies);
      const text = await response.text();
      if (response.status >= 400) {
        let code: string | undefined;
        try {
          code = (JSON.parse(text) as { code?: string }).code;
        } catch {}
        return reply.type("application/json").send(
          errorBody(response.status, String(request.id), {
            ...(code && { code: code.toLowerCase() }),
            ...(code && authMessages[code] && { message: authMessages[code] }),
          }),
        );
      }
      return reply.send(text);
    },
  });
};
