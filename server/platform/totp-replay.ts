import { createHmac, timingSafeEqual } from "node:crypto";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { symmetricDecrypt } from "better-auth/crypto";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import { authTwoFactor } from "./identity-schema.ts";
import { totpUsedStep } from "./schema.ts";

/** As better-auth's two-factor plugin: 6 digits, 30 seconds, one step either side. */
const PERIOD_SECONDS = 30;
const DIGITS = 6;
const WINDOW = 1;

/** RFC 4226 HOTP with the secret's UTF-8 bytes as key, as better-auth computes it. */
export function hotp(secret: string, counter: number) {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac("sha1", Buffer.from(secret, "utf8")).update(message).digest();
  const offset = digest[digest.length - 1]! & 15;
  const value = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 10 ** DIGITS).padStart(DIGITS, "0");
}

/** The time step a code belongs to (within the accepted window), or null when it matches none. */
export function matchingStep(secret: string, code: string, now = Date.now()) {
  const current = Math.floor(now / 1000 / PERIOD_SECONDS);
  let found: number | null = null;
  for (let step = current - WINDOW; step <= current + WINDOW; step++) {
    const expected = Buffer.from(hotp(secret, step));
    const given = Buffer.from(code);
    if (given.length === expected.length && timingSafeEqual(given, expected)) found = step;
  }
  return found;
}

/** Records the step as used, atomically; false when it (or a later one) was already used. */
export async function claimStep(db: Db, userId: string, step: number) {
  const rows = await db
    .insert(totpUsedStep)
    .values({ userId, step })
    .onConflictDoUpdate({
      target: totpUsedStep.userId,
      set: { step: sql`excluded.step` },
      setWhere: sql`${totpUsedStep.step} < excluded.step`,
    })
    .returning({ step: totpUsedStep.step });
  return rows.length > 0;
}

/**
 * better-auth accepts the same TOTP code again within its window. This plugin refuses a code whose
 * time step was already accepted for the user (RFC 6238 §5.2). It runs before better-auth's own check:
 * a wrong code is left to better-auth (which counts the failure); a right code claims its step.
 */
export function totpReplayGuard(db: Db): BetterAuthPlugin {
  return {
    id: "inzet-totp-replay",
    hooks: {
      before: [
        {
          matcher: (context) => context.path === "/two-factor/verify-totp",
          handler: createAuthMiddleware(async (ctx) => {
            const code = (ctx.body as { code?: unknown } | undefined)?.code;
            if (typeof code !== "string") return;
            const userId = await userOfChallenge(ctx);
            if (!userId) return;
            const [row] = await db
              .select({ secret: authTwoFactor.secret })
              .from(authTwoFactor)
              .where(eq(authTwoFactor.userId, userId));
            if (!row) return;
            const secret = await symmetricDecrypt({ key: ctx.context.secretConfig, data: row.secret });
            // Secrets imported from elsewhere ("base32:…") do not exist in Inzet; better-auth checks those.
            if (secret.startsWith("base32:")) return;
            const step = matchingStep(secret, code);
            if (step === null) return;
            if (!(await claimStep(db, userId, step))) {
              throw new APIError("UNAUTHORIZED", {
                message: "This code was already used",
                code: "TOTP_CODE_ALREADY_USED",
              });
            }
          }),
        },
      ],
    },
  };
}

type MiddlewareContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];

/** The user of a verification: the signed-in user (enrolment), or the pending sign-in's cookie. */
async function userOfChallenge(ctx: MiddlewareContext): Promise<string | null> {
  const session = await getSessionFromCtx(ctx).catch(() => null);
  if (session) return session.user.id;
  const cookie = ctx.context.createAuthCookie("two_factor");
  const identifier = await ctx.getSignedCookie(cookie.name, ctx.context.secret);
  if (!identifier) return null;
  const verification = await ctx.context.internalAdapter.findVerificationValue(identifier);
  return verification?.value ?? null;
}
