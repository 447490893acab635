import { createHmac, timingSafeEqual } from "node:crypto";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import type { Membership } from "../../shared/accounts.ts";
import type { Role } from "../../shared/roles.ts";
import { tenantSettingsSchema } from "../../shared/tenancy.ts";
import type { DbOrTx } from "../db/client.ts";
import { authAccount, authSession, authUser, membership, organisation, tenant } from "./identity-schema.ts";

export type MembershipWithRules = Membership & { twoFactorRequired: boolean };

/**
 * Whether the tenant's two-factor rule applies: only to users who sign in with a password. A user
 * without one signs in through their organisation's identity provider, which does the second factor
 * (ADR 0013) — they could not enrol Inzet's TOTP anyway (that asks for the password).
 */
function twoFactorApplies(settings: unknown, role: string, hasPassword: boolean) {
  return (
    hasPassword && tenantSettingsSchema.parse(settings ?? {}).twoFactorRequiredRoles.includes(role as Role)
  );
}

/** The current memberships of a user, oldest first, with whether the tenant requires 2FA for the role. */
export async function findMembershipsOfUser(db: DbOrTx, userId: string): Promise<MembershipWithRules[]> {
  const [password] = await db
    .select({ id: authAccount.id })
    .from(authAccount)
    .where(and(eq(authAccount.userId, userId), eq(authAccount.providerId, "credential")))
    .limit(1);
  const rows = await db
    .select({
      id: membership.id,
      tenantId: membership.tenantId,
      tenantName: tenant.name,
      tenantSettings: tenant.settings,
      organisationId: membership.organisationId,
      organisationName: organisation.name,
      role: membership.role,
    })
    .from(membership)
    .innerJoin(tenant, eq(tenant.id, membership.tenantId))
    .leftJoin(organisation, eq(organisation.id, membership.organisationId))
    .where(and(eq(membership.userId, userId), isNull(membership.endedAt)))
    .orderBy(asc(membership.createdAt), asc(membership.id));
  return rows.map(({ tenantSettings, ...row }) => ({
    ...row,
    role: row.role as Role,
    twoFactorRequired: twoFactorApplies(tenantSettings, row.role, Boolean(password)),
  }));
}

export function pickActiveMembership<T extends { id: string }>(
  memberships: T[],
  activeId: string | null,
): T | null {
  return memberships.find((m) => m.id === activeId) ?? memberships[0] ?? null;
}

export type ResolvedSession = {
  sessionId: string;
  userId: string;
  name: string;
  email: string;
  twoFactorEnabled: boolean;
  activeMembershipId: string | null;
  memberships: MembershipWithRules[];
};

const SESSION_COOKIES = ["inzet.session_token", "__Secure-inzet.session_token"];

/** The session token from better-auth's signed cookie (`token.base64(hmac-sha256)`), or null if absent or forged. */
export function sessionTokenFromCookie(cookieHeader: string | undefined, secret: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(";")) {
    const at = part.indexOf("=");
    if (at < 0 || !SESSION_COOKIES.includes(part.slice(0, at).trim())) continue;
    let value: string;
    try {
      value = decodeURIComponent(part.slice(at + 1).trim());
    } catch {
      return null;
    }
    const dot = value.lastIndexOf(".");
    if (dot < 1) return null;
    const token = value.slice(0, dot);
    const given = Buffer.from(value.slice(dot + 1), "base64");
    const expected = createHmac("sha256", secret).update(token).digest();
    return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
  }
  return null;
}

/**
 * One query for what every request needs: the session, its user and their current memberships.
 * Returns "refresh" when the session is due for better-auth's sliding renewal (then the caller asks
 * better-auth, which renews it); null when there is no valid session.
 */
export async function findSession(
  db: DbOrTx,
  token: string,
  renewal: { expiresInSeconds: number; updateAgeSeconds: number },
): Promise<ResolvedSession | "refresh" | null> {
  const result = (await db.execute(sql`
    select s.id, s.user_id, s.expires_at, s.active_membership_id,
      u.name, u.email, u.two_factor_enabled,
      exists (select 1 from ${authAccount} a where a.user_id = u.id and a.provider_id = 'credential') as has_password,
      coalesce((
        select json_agg(json_build_object(
          'id', m.id, 'tenantId', m.tenant_id, 'tenantName', t.name, 'tenantSettings', t.settings,
          'organisationId', m.organisation_id, 'organisationName', o.name, 'role', m.role
        ) order by m.created_at, m.id)
        from ${membership} m
        join ${tenant} t on t.id = m.tenant_id
        left join ${organisation} o on o.id = m.organisation_id
        where m.user_id = s.user_id and m.ended_at is null
      ), '[]') as memberships
    from ${authSession} s join ${authUser} u on u.id = s.user_id
    where s.token = ${token}`)) as unknown as {
    rows: {
      id: string;
      user_id: string;
      expires_at: string | Date;
      active_membership_id: string | null;
      name: string;
      email: string;
      two_factor_enabled: boolean | null;
      has_password: boolean;
      memberships: string | (Membership & { tenantSettings: unknown })[];
    }[];
  };
  const row = result.rows[0];
  if (!row || new Date(row.expires_at) <= new Date()) return null;
  // better-auth's rule: renew when the session is older than updateAge (its age follows from expiresAt).
  const issuedAt = new Date(row.expires_at).getTime() - renewal.expiresInSeconds * 1000;
  if (issuedAt + renewal.updateAgeSeconds * 1000 <= Date.now()) return "refresh";
  const memberships = typeof row.memberships === "string" ? JSON.parse(row.memberships) : row.memberships;
  return {
    sessionId: row.id,
    userId: row.user_id,
    name: row.name,
    email: row.email,
    twoFactorEnabled: Boolean(row.two_factor_enabled),
    activeMembershipId: row.active_membership_id,
    memberships: (memberships as (Membership & { tenantSettings: unknown })[]).map(
      ({ tenantSettings, ...m }) => ({
        ...m,
        twoFactorRequired: twoFactorApplies(tenantSettings, m.role, Boolean(row.has_password)),
      }),
    ),
  };
}
