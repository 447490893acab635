import { and, asc, eq, isNull } from "drizzle-orm";
import type { Membership } from "../../shared/accounts.ts";
import type { Role } from "../../shared/roles.ts";
import { tenantSettingsSchema } from "../../shared/tenancy.ts";
import type { DbOrTx } from "../db/client.ts";
import { membership } from "../features/accounts/schema.ts";
import { organisation } from "../features/organisations/schema.ts";
import { tenant } from "../features/tenancy/schema.ts";

export type MembershipWithRules = Membership & { twoFactorRequired: boolean };

/** The current memberships of a user, oldest first, with whether the tenant requires 2FA for the role. */
export async function findMembershipsOfUser(db: DbOrTx, userId: string): Promise<MembershipWithRules[]> {
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
    twoFactorRequired: tenantSettingsSchema.parse(tenantSettings).twoFactorRequiredRoles.includes(row.role),
  }));
}

export function pickActiveMembership<T extends { id: string }>(
  memberships: T[],
  activeId: string | null,
): T | null {
  return memberships.find((m) => m.id === activeId) ?? memberships[0] ?? null;
}
