import { and, asc, count, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import type { OrganisationScope } from "../../platform/scope.ts";
import { authUser, membership } from "../accounts/schema.ts";
import { organisation } from "../organisations/schema.ts";
import { neighbourhood } from "../tenancy/schema.ts";
import { outreachAddress, outreachCampaign, walkList } from "./schema.ts";

export type Scope = OrganisationScope;

const campaignScope = (scope: Scope) =>
  and(
    eq(outreachCampaign.tenantId, scope.tenantId),
    scope.organisationId ? eq(outreachCampaign.organisationId, scope.organisationId) : undefined,
  );

const campaignColumns = {
  campaign: outreachCampaign,
  organisationName: organisation.name,
  addresses: sql<number>`(select count(*)::int from ${outreachAddress} where ${outreachAddress.campaignId} = "outreach_campaign"."id")`,
  excluded: sql<number>`(select count(*)::int from ${outreachAddress} where ${outreachAddress.campaignId} = "outreach_campaign"."id" and ${outreachAddress.excludedAt} is not null)`,
  walkLists: sql<number>`(select count(*)::int from ${walkList} where ${walkList.campaignId} = "outreach_campaign"."id")`,
  lettersSent: sql<number>`(select count(*)::int from ${outreachAddress} where ${outreachAddress.campaignId} = "outreach_campaign"."id" and ${outreachAddress.letterSentOn} is not null and ${outreachAddress.excludedAt} is null)`,
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

// --- Addresses ---

export function existingBagIds(db: DbOrTx, campaignId: string) {
  return db
    .select({ bagId: outreachAddress.bagId })
    .from(outreachAddress)
    .where(eq(outreachAddress.campaignId, campaignId));
}

/** Adds addresses; an address already in the campaign (same BAG id) gets the new details. */
export async function upsertAddresses(db: DbOrTx, rows: (typeof outreachAddress.$inferInsert)[]) {
  for (let start = 0; start < rows.length; start += 1000) {
    await db
      .insert(outreachAddress)
      .values(rows.slice(start, start + 1000))
      .onConflictDoUpdate({
        target: [outreachAddress.campaignId, outreachAddress.bagId],
        set: {
          street: sql`excluded.street`,
          houseNumber: sql`excluded.house_number`,
          houseLetter: sql`excluded.house_letter`,
          addition: sql`excluded.addition`,
          postcode: sql`excluded.postcode`,
          city: sql`excluded.city`,
          lat: sql`excluded.lat`,
          lon: sql`excluded.lon`,
          searchText: sql`excluded.search_text`,
        },
      });
  }
}

export async function listAddresses(
  db: DbOrTx,
  campaignId: string,
  filter: { q?: string; state: "all" | "excluded" | "unassigned"; walkListId?: string },
  page: { page: number; pageSize: number },
) {
  const q = filter.q?.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
  const where = and(
    eq(outreachAddress.campaignId, campaignId),
    filter.state === "excluded" ? isNotNull(outreachAddress.excludedAt) : undefined,
    filter.state === "unassigned"
      ? and(isNull(outreachAddress.walkListId), isNull(outreachAddress.excludedAt))
      : undefined,
    filter.walkListId ? eq(outreachAddress.walkListId, filter.walkListId) : undefined,
    q ? sql`${outreachAddress.searchText} like ${`%${q}%`}` : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(outreachAddress)
      .where(where)
      .orderBy(
        asc(outreachAddress.street),
        asc(outreachAddress.houseNumber),
        asc(outreachAddress.houseLetter),
        asc(outreachAddress.addition),
      )
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ value: count() }).from(outreachAddress).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

/** An address with its campaign, within scope. */
export async function findAddress(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await db
    .select({ address: outreachAddress, campaign: outreachCampaign })
    .from(outreachAddress)
    .innerJoin(outreachCampaign, eq(outreachCampaign.id, outreachAddress.campaignId))
    .where(and(campaignScope(scope), eq(outreachAddress.id, id)));
  return row ?? null;
}

export async function updateAddress(
  db: DbOrTx,
  id: string,
  values: Partial<typeof outreachAddress.$inferInsert>,
) {
  await db.update(outreachAddress).set(values).where(eq(outreachAddress.id, id));
}

/** The doors to visit: not excluded. */
export function visitableAddresses(db: DbOrTx, campaignId: string) {
  return db
    .select({
      id: outreachAddress.id,
      street: outreachAddress.street,
      houseNumber: outreachAddress.houseNumber,
      lat: outreachAddress.lat,
      lon: outreachAddress.lon,
    })
    .from(outreachAddress)
    .where(and(eq(outreachAddress.campaignId, campaignId), isNull(outreachAddress.excludedAt)));
}

/** Addresses to visit, in street order, for letters. */
export function letterAddresses(db: DbOrTx, campaignId: string, onlyUnsent: boolean) {
  return db
    .select()
    .from(outreachAddress)
    .where(
      and(
        eq(outreachAddress.campaignId, campaignId),
        isNull(outreachAddress.excludedAt),
        onlyUnsent ? isNull(outreachAddress.letterSentOn) : undefined,
      ),
    )
    .orderBy(
      asc(outreachAddress.postcode),
      asc(outreachAddress.street),
      asc(outreachAddress.houseNumber),
      asc(outreachAddress.houseLetter),
      asc(outreachAddress.addition),
    );
}

export async function markLettersSent(db: DbOrTx, ids: string[], on: string) {
  for (let start = 0; start < ids.length; start += 5000)
    await db
      .update(outreachAddress)
      .set({ letterSentOn: on })
      .where(inArray(outreachAddress.id, ids.slice(start, start + 5000)));
}

// --- Walk lists ---

export async function replaceWalkLists(
  db: DbOrTx,
  campaignId: string,
  lists: { routeMetres: number; addressIds: string[] }[],
) {
  await db
    .update(outreachAddress)
    .set({ walkListId: null, walkOrder: null })
    .where(eq(outreachAddress.campaignId, campaignId));
  await db.delete(walkList).where(eq(walkList.campaignId, campaignId));
  if (lists.length === 0) return;
  const inserted = await db
    .insert(walkList)
    .values(lists.map((list, i) => ({ campaignId, number: i + 1, routeMetres: list.routeMetres })))
    .returning({ id: walkList.id, number: walkList.number });
  const idOf = new Map(inserted.map((row) => [row.number, row.id]));
  const assignments = lists.flatMap((list, i) =>
    list.addressIds.map((addressId, order) => ({ addressId, listId: idOf.get(i + 1)!, order })),
  );
  await setWalkOrder(db, assignments);
}

/** Sets list and position of many addresses in a few statements. */
export async function setWalkOrder(
  db: DbOrTx,
  assignments: { addressId: string; listId: string; order: number }[],
) {
  for (let start = 0; start < assignments.length; start += 2000) {
    const chunk = assignments.slice(start, start + 2000);
    await db.execute(sql`update outreach_address a set walk_list_id = v.list_id::uuid, walk_order = v.walk_order::int
      from (values ${sql.join(
        chunk.map((a) => sql`(${a.addressId}::uuid, ${a.listId}, ${a.order})`),
        sql`, `,
      )}) as v(id, list_id, walk_order) where a.id = v.id`);
  }
}

export function listWalkLists(db: DbOrTx, campaignId: string) {
  return db.select().from(walkList).where(eq(walkList.campaignId, campaignId)).orderBy(asc(walkList.number));
}

export function addressesOnLists(db: DbOrTx, campaignId: string) {
  return db
    .select()
    .from(outreachAddress)
    .where(and(eq(outreachAddress.campaignId, campaignId), isNotNull(outreachAddress.walkListId)))
    .orderBy(asc(outreachAddress.walkListId), asc(outreachAddress.walkOrder));
}

export async function findWalkList(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await db
    .select({ list: walkList, campaign: outreachCampaign })
    .from(walkList)
    .innerJoin(outreachCampaign, eq(outreachCampaign.id, walkList.campaignId))
    .where(and(campaignScope(scope), eq(walkList.id, id)));
  return row ?? null;
}

export function addressesOfList(db: DbOrTx, listId: string) {
  return db
    .select({
      id: outreachAddress.id,
      street: outreachAddress.street,
      houseNumber: outreachAddress.houseNumber,
      lat: outreachAddress.lat,
      lon: outreachAddress.lon,
    })
    .from(outreachAddress)
    .where(eq(outreachAddress.walkListId, listId))
    .orderBy(asc(outreachAddress.walkOrder));
}

export async function setRouteMetres(db: DbOrTx, listId: string, routeMetres: number) {
  await db.update(walkList).set({ routeMetres }).where(eq(walkList.id, listId));
}
