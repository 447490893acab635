import { and, asc, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import type { OrganisationScope } from "../../../platform/scope.ts";
import { authUser, membership } from "../../accounts/schema.ts";
import { organisation } from "../../organisations/schema.ts";
import { neighbourhood } from "../../tenancy/schema.ts";
import { outreachAddress, outreachCampaign, walkList } from "../schema.ts";

export type Scope = OrganisationScope;

export const campaignScope = (scope: Scope) =>
  and(
    eq(outreachCampaign.tenantId, scope.tenantId),
    scope.organisationId ? eq(outreachCampaign.organisationId, scope.organisationId) : undefined,
  );

const campaignColumns = {
  campaign: outreachCampaign,
  organisationName: organisation.name,
  addresses: sql<number>`(select count(*)::int from ${outreachAddress} where ${outreachAddress.tenantId} = "outreach_campaign"."tenant_id" and ${outreachAddress.campaignId} = "outreach_campaign"."id")`,
  excluded: sql<number>`(select count(*)::int from ${outreachAddress} where ${outreachAddress.tenantId} = "outreach_campaign"."tenant_id" and ${outreachAddress.campaignId} = "outreach_campaign"."id" and ${outreachAddress.excludedAt} is not null)`,
  walkLists: sql<number>`(select count(*)::int from ${walkList} where ${walkList.tenantId} = "outreach_campaign"."tenant_id" and ${walkList.campaignId} = "outreach_campaign"."id")`,
  lettersSent: sql<number>`(select count(*)::int from ${outreachAddress} where ${outreachAddress.tenantId} = "outreach_campaign"."tenant_id" and ${outreachAddress.campaignId} = "outreach_campaign"."id" and ${outreachAddress.letterSentOn} is not null and ${outreachAddress.excludedAt} is null)`,
};

export function listCampaigns(db: DbOrTx, scope: Scope) {
  return db
    .select(campaignColumns)
    .from(outreachCampaign)
    .innerJoin(organisation, eq(organisation.id, outreachCampaign.organisationId))
    .where(campaignScope(scope))
    .orderBy(desc(outreachCampaign.startsOn), asc(outreachCampaign.name));
}

export async function findCampaign(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await db
    .select(campaignColumns)
    .from(outreachCampaign)
    .innerJoin(organisation, eq(organisation.id, outreachCampaign.organisationId))
    .where(and(campaignScope(scope), eq(outreachCampaign.id, id)));
  return row ?? null;
}

export async function insertCampaign(db: DbOrTx, values: typeof outreachCampaign.$inferInsert) {
  const [row] = await db.insert(outreachCampaign).values(values).returning({ id: outreachCampaign.id });
  return row!;
}

export async function updateCampaign(
  db: DbOrTx,
  scope: Scope,
  id: string,
  values: Partial<typeof outreachCampaign.$inferInsert>,
) {
  const [row] = await db
    .update(outreachCampaign)
    .set({ ...values, updatedAt: new Date() })
    .where(and(campaignScope(scope), eq(outreachCampaign.id, id)))
    .returning({ id: outreachCampaign.id });
  return row ?? null;
}

export async function countNeighbourhoods(db: DbOrTx, tenantId: string, ids: string[]) {
  if (ids.length === 0) return 0;
  const [row] = await db
    .select({ value: count() })
    .from(neighbourhood)
    .where(and(eq(neighbourhood.tenantId, tenantId), inArray(neighbourhood.id, ids)));
  return row?.value ?? 0;
}

/** Professionals (and coordinators) of the tenant who can be on call for a campaign. */
export function listProfessionals(db: DbOrTx, tenantId: string) {
  return db
    .selectDistinct({ userId: authUser.id, name: authUser.name, role: membership.role })
    .from(membership)
    .innerJoin(authUser, eq(authUser.id, membership.userId))
    .where(
      and(
        eq(membership.tenantId, tenantId),
        isNull(membership.endedAt),
        inArray(membership.role, ["professional", "coordinator"]),
      ),
    )
    .orderBy(asc(authUser.name));
}
