import fastifyRateLimit, { normalizeIP } from "@fastify/rate-limit";
import { lt, sql } from "drizzle-orm";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../db/client.ts";
import type { Config } from "./config.ts";
import { isStateChanging } from "./edge.ts";
import { AppError } from "./errors.ts";
import { rateLimitCounter } from "./schema.ts";

/**
 * Limits on every public write (a route with permission "public" and a state-changing method): per
 * client address and, when the body carries an email address, per email address. Derived from the
 * route config when a route is registered, so a new public write cannot forget it. The counters live
 * in the database, so they hold across instances.
 */

/** Limits of one public write; a route may declare its own in `config.publicWriteLimit`. */
export type PublicWriteLimit = { perIp: number; perAddress: number; windowSeconds: number };

declare module "fastify" {
  interface FastifyContextConfig {
    publicWriteLimit?: PublicWriteLimit;
  }
}

/** @fastify/rate-limit's store interface over the rate_limit_counter table. */
function databaseStore(db: Db) {
  return class DatabaseRateLimitStore {
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
    ) {
      countHit(db, key, timeWindow).then(
        (result) => callback(null, result),
        (error: Error) => callback(error),
      );
    }
    child() {
      return this;
    }
  };
}

/** One hit on a key, atomically: a new window when the old one has passed, otherwise one more. */
export async function countHit(db: Db, key: string, windowMs: number) {
  const t = rateLimitCounter;
  const resetAt = sql`now() + ${Math.round(windowMs)}::int * interval '1 millisecond'`;
  const expired = sql`${t.resetAt} <= now()`;
  const [row] = await db
    .insert(t)
    .values({ key, count: 1, resetAt })
    .onConflictDoUpdate({
      target: t.key,
      set: {
        count: sql`case when ${expired} then 1 else ${t.count} + 1 end`,
        resetAt: sql`case when ${expired} then excluded.reset_at else ${t.resetAt} end`,
      },
    })
    .returning({ count: t.count, resetAt: t.resetAt });
  return { current: row!.count, ttl: Math.max(0, row!.resetAt.getTime() - Date.now()) };
}

/** Removes counters whose window has passed (a periodic job). */
export async function purgeRateLimitCounters(db: Db) {
  await db.delete(rateLimitCounter).where(lt(rateLimitCounter.resetAt, new Date()));
}

export function defaultPublicWriteLimit(config: Config): PublicWriteLimit {
  return {
    perIp: config.PUBLIC_WRITE_LIMIT_PER_IP,
    perAddress: config.PUBLIC_WRITE_LIMIT_PER_ADDRESS,
    windowSeconds: 60 * 60,
  };
}

/** The email address a public form is about, normalised as emailSchema does. */
function addressOf(request: FastifyRequest): string | null {
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" && email.trim() !== "" ? email.trim().toLowerCase() : null;
}

function tooMany(reply: FastifyReply, ttlInSeconds: number) {
  const seconds = Math.max(1, ttlInSeconds);
  reply.header("retry-after", String(seconds));
  const wait = seconds < 90 ? `${seconds} seconden` : `${Math.ceil(seconds / 60)} minuten`;
  return new AppError(
    429,
    "rate_limited",
    `Er kwamen te veel verzoeken binnen. Probeer het over ${wait} opnieuw.`,
  );
}

export async function registerPublicWriteLimits(
  app: FastifyInstance,
  { db, config }: { db: Db; config: Config },
) {
  await app.register(fastifyRateLimit, { global: false, store: databaseStore(db) });
  const fallback = defaultPublicWriteLimit(config);

  app.addHook("onRoute", (route) => {
    const methods = [route.method].flat().map(String);
    if (route.config?.permission !== "public" || !methods.some(isStateChanging)) return;
    const limit = route.config.publicWriteLimit ?? fallback;
    route.config = { ...route.config, publicWriteLimit: limit };
    const bucket = `${methods.filter(isStateChanging).join(",")} ${route.url}`;
    const timeWindow = limit.windowSeconds * 1000;
    const perIp = app.createRateLimit({
      max: limit.perIp,
      timeWindow,
      keyGenerator: (request) => `ip|${bucket}|${normalizeIP(request.ip)}`,
    });
    const perAddress = app.createRateLimit({
      max: limit.perAddress,
      timeWindow,
      keyGenerator: (request) => `address|${bucket}|${addressOf(request)}`,
    });

    const check = async (
      request: FastifyRequest,
      reply: FastifyReply,
      limiter: typeof perIp,
    ): Promise<void> => {
      const result = await limiter(request);
      if (!result.isAllowed && result.isExceeded) throw tooMany(reply, result.ttlInSeconds);
    };
    // Per client address before anything is read; per email address once the body is validated.
    const onRequest = async (request: FastifyRequest, reply: FastifyReply) => {
      if (isStateChanging(request.method)) await check(request, reply, perIp);
    };
    const preHandler = async (request: FastifyRequest, reply: FastifyReply) => {
      if (isStateChanging(request.method) && addressOf(request)) await check(request, reply, perAddress);
    };
    route.onRequest = [onRequest, ...[route.onRequest ?? []].flat()];
    route.preHandler = [...[route.preHandler ?? []].flat(), preHandler];
  });
}
