import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ProcessingActivity } from "../../shared/privacy.ts";
import { can, type Permission, permissions, type RoutePermission } from "../../shared/roles.ts";
import type { Db } from "../db/client.ts";
import type { Actor, SessionUser } from "./actor.ts";
import { type Auth, SESSION_EXPIRES_IN_SECONDS, SESSION_UPDATE_AGE_SECONDS } from "./auth.ts";
import { AppError } from "./errors.ts";
import {
  findMembershipsOfUser,
  findSession,
  pickActiveMembership,
  type ResolvedSession,
  sessionTokenFromCookie,
} from "./session.ts";

export type { RoutePermission } from "../../shared/roles.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    permission?: RoutePermission;
    /**
     * The processing activity this route logs when it touches personal data. Required when the route's
     * response schema holds a `personal(...)` field or `personalData` is true (platform/processing-log.ts).
     */
    processing?: ProcessingActivity;
    /**
     * For a route without a JSON response schema (a file, CSV, PDF, calendar): does the answer carry
     * personal data? Such a route must say so either way.
     */
    personalData?: boolean;
    /**
     * Why a successful answer of this route writes no processing-log entry, when that is right:
     * "self" — the data subject is the actor themself (their own data, AVG art. 15).
     */
    processingNotLogged?: "self";
    /** Reachable before the user has set up a required second factor (e.g. /api/me). */
    allowWithoutTwoFactor?: boolean;
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionUser: SessionUser | null;
  }
}

export function isRoutePermission(value: unknown): value is RoutePermission {
  return value === "public" || value === "authenticated" || permissions.includes(value as Permission);
}

/**
 * Deny by default: an /api route without a declared permission stops the app from starting.
 * Before each handler the session is resolved and the permission checked against the active role.
 */
export function registerPolicy(
  app: FastifyInstance,
  { auth, db, secret }: { auth: Auth; db: Db; secret: string },
) {
  app.decorateRequest("actor", null);
  app.decorateRequest("sessionUser", null);

  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api")) return;
    // The API documentation (swagger-ui's own routes) is public.
    if (route.url.startsWith("/api/docs")) route.config = { ...route.config, permission: "public" };
    if (!isRoutePermission(route.config?.permission)) {
      throw new Error(
        `Route ${String(route.method)} ${route.url} declares no valid permission (config.permission)`,
      );
    }
  });

  // preValidation: the permission is checked before the input, so a forbidden caller learns nothing from validation.
  app.addHook("preValidation", async (request) => {
    const config = request.routeOptions.config;
    const permission = config.permission;
    if (!permission || permission === "public") return;

    const session = await resolveSession(request, { auth, db, secret });
    if (!session) throw new AppError(401, "unauthenticated", "U bent niet ingelogd.");
    const active = pickActiveMembership(session.memberships, session.activeMembershipId);
    const twoFactorEnabled = session.twoFactorEnabled;
    request.sessionUser = {
      traceId: String(request.id),
      spanId: request.spanId,
      userId: session.userId,
      name: session.name,
      email: session.email,
      twoFactorEnabled,
      sessionId: session.sessionId,
      activeMembershipId: active?.id ?? null,
    };
    if (active) {
      request.actor = {
        traceId: String(request.id),
        spanId: request.spanId,
        userId: session.userId,
        name: session.name,
        email: session.email,
        twoFactorEnabled,
        membershipId: active.id,
        tenantId: active.tenantId,
        organisationId: active.organisationId,
        role: active.role,
      };
    }
    if (active?.twoFactorRequired && !twoFactorEnabled && !config.allowWithoutTwoFactor) {
      throw new AppError(403, "two_factor_required", "Stel eerst inloggen in twee stappen in.");
    }
    if (permission === "authenticated") return;
    if (!request.actor) throw new AppError(403, "no_membership", "U heeft nog geen rol in een werkgebied.");
    if (!can(request.actor.role, permission)) throw new AppError(403, "forbidden", "U mag dit niet doen.");
  });
}

/**
 * The session of a request in one query (see findSession). When the session is due for renewal,
 * better-auth handles it (it extends the expiry), and its answer is used instead.
 */
async function resolveSession(
  request: FastifyRequest,
  { auth, db, secret }: { auth: Auth; db: Db; secret: string },
): Promise<ResolvedSession | null> {
  const token = sessionTokenFromCookie(request.headers.cookie, secret);
  if (!token) return null;
  const found = await findSession(db, token, {
    expiresInSeconds: SESSION_EXPIRES_IN_SECONDS,
    updateAgeSeconds: SESSION_UPDATE_AGE_SECONDS,
  });
  if (found !== "refresh") return found;
  const session = await auth.api.getSession({ headers: toHeaders(request) });
  if (!session) return null;
  return {
    sessionId: session.session.id,
    userId: session.user.id,
    name: session.user.name,
    email: session.user.email,
    twoFactorEnabled: Boolean((session.user as { twoFactorEnabled?: boolean }).twoFactorEnabled),
    activeMembershipId:
      (session.session as { activeMembershipId?: string | null }).activeMembershipId ?? null,
    memberships: await findMembershipsOfUser(db, session.user.id),
  };
}

/** The actor of a route that declared a permission (not "public"/"authenticated"). */
export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError(401, "unauthenticated", "U bent niet ingelogd.");
  return request.actor;
}

export function sessionUserOf(request: FastifyRequest): SessionUser {
  if (!request.sessionUser) throw new AppError(401, "unauthenticated", "U bent niet ingelogd.");
  return request.sessionUser;
}

export function toHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  return headers;
}
