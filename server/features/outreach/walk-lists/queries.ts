import { and, asc, eq, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { campaignScope, type Scope } from "../campaigns/queries.ts";
import { outreachAddress, outreachCampaign, outreachVisit, walkList } from "../schema.ts";

/** The doors to visit: not excluded. */
export function visitableAddresses(db: DbOrTx, tenantId: string, campaignId: string) {
  return db
    .select({
      id: outreachAddress.id,
      street: outreachAddress.street,
      houseNumber: outreachAddress.houseNumber,
      lat: outreachAddress.lat,
      lon: outreachAddress.lon,
    })
    .from(outreachAddress)
    .where(
      and(
        eq(outreachAddress.tenantId, tenantId),
        eq(outreachAddress.campaignId, campaignId),
        isNull(outreachAddress.excludedAt),
      ),
    );
}

export async function replaceWalkLists(
  db: DbOrTx,
  tenantId: string,
  campaignId: string,
  lists: { routeMetres: number; addressIds: string[] }[],
) {
  await db
    .update(outreachAddress)
    .set({ walkListId: null, walkOrder: null })
    .where(and(eq(outreachAddress.tenantId, tenantId), eq(outreachAddress.campaignId, campaignId)));
  await db
    .delete(walkList)
    .where(
      and(eq(walkList.tenantId, tenantId), eq(walkList.campaignId, campaignId), eq(walkList.kind, "first")),
    );
  await addWalkLists(db, tenantId, campaignId, "first", lists);
}

/** New lists of a kind, numbered after the campaign's existing lists of that kind. */
export async function addWalkLists(
  db: DbOrTx,
  tenantId: string,
  campaignId: string,
  kind: "first" | "followUp",
  lists: { routeMetres: number; addressIds: string[] }[],
) {
  if (lists.length === 0) return;
  const [last] = await db
    .select({ number: sql<number>`coalesce(max(${walkList.number}), 0)::int` })
    .from(walkList)
    .where(
      and(eq(walkList.tenantId, tenantId), eq(walkList.campaignId, campaignId), eq(walkList.kind, kind)),
    );
  const first = (last?.number ?? 0) + 1;
  const inserted = await db
    .insert(walkList)
    .values(
      lists.map((list, i) => ({
        tenantId,
        campaignId,
        kind,
        number: first + i,
        routeMetres: list.routeMetres,
      })),
    )
    .returning({ id: walkList.id, number: walkList.number });
  const idOf = new Map(inserted.map((row) => [row.number, row.id]));
  const assignments = lists.flatMap((list, i) =>
    list.addressIds.map((addressId, order) => ({ addressId, listId: idOf.get(first + i)!, order })),
  );
  await setWalkOrder(db, tenantId, assignments, kind);
}

/** Sets list and position of many addresses in a few statements. */
export async function setWalkOrder(
  db: DbOrTx,
  tenantId: string,
  assignments: { addressId: string; listId: string; order: number }[],
  kind: "first" | "followUp" = "first",
) {
  const [list, order] =
    kind === "first" ? ["walk_list_id", "walk_order"] : ["follow_up_list_id", "follow_up_order"];
  for (let start = 0; start < assignments.length; start += 2000) {
    const chunk = assignments.slice(start, start + 2000);
    await db.execute(sql`update outreach_address a set ${sql.raw(list!)} = v.list_id::uuid, ${sql.raw(order!)} = v.walk_order::int
      from (values ${sql.join(
        chunk.map((a) => sql`(${a.addressId}::uuid, ${a.listId}, ${a.order})`),
        sql`, `,
      )}) as v(id, list_id, walk_order) where a.id = v.id and a.tenant_id = ${tenantId}::uuid`);
  }
}

export function listWalkLists(db: DbOrTx, tenantId: string, campaignId: string) {
  return db
    .select()
    .from(walkList)
    .where(and(eq(walkList.tenantId, tenantId), eq(walkList.campaignId, campaignId)))
    .orderBy(asc(walkList.number));
}

export function addressesOnLists(db: DbOrTx, tenantId: string, campaignId: string) {
  return db
    .select()
    .from(outreachAddress)
    .where(
      and(
        eq(outreachAddress.tenantId, tenantId),
        eq(outreachAddress.campaignId, campaignId),
        or(isNotNull(outreachAddress.walkListId), isNotNull(outreachAddress.followUpListId)),
      ),
    );
}

/** The addresses of a list (first visits or follow-ups), in walking order. */
export const onList = (tenantId: string, listId: string) =>
  and(
    eq(outreachAddress.tenantId, tenantId),
    or(eq(outreachAddress.walkListId, listId), eq(outreachAddress.followUpListId, listId)),
  );

export const listOrder = (listId: string) =>
  sql`case when ${outreachAddress.walkListId} = ${listId}::uuid then ${outreachAddress.walkOrder} else ${outreachAddress.followUpOrder} end`;

/** Follow-ups due by a day that are not on a follow-up list yet and were not visited again. */
export function dueFollowUps(db: DbOrTx, tenantId: string, campaignId: string, dueBy: string) {
  return db
    .select({
      id: outreachAddress.id,
      street: outreachAddress.street,
      houseNumber: outreachAddress.houseNumber,
      lat: outreachAddress.lat,
      lon: outreachAddress.lon,
    })
    .from(outreachAddress)
    .where(
      and(
        eq(outreachAddress.tenantId, tenantId),
        eq(outreachAddress.campaignId, campaignId),
        isNull(outreachAddress.excludedAt),
        isNull(outreachAddress.followUpListId),
        sql`${outreachAddress.followUpDue} <= ${dueBy}::date`,
        sql`not exists (select 1 from ${outreachVisit} v where v.tenant_id = ${tenantId}::uuid and v.address_id = ${outreachAddress.id} and v.kind = 'followUp')`,
      ),
    );
}

export async function findWalkList(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await db
    .select({ list: walkList, campaign: outreachCampaign })
    .from(walkList)
    .innerJoin(outreachCampaign, eq(outreachCampaign.id, walkList.campaignId))
    .where(and(campaignScope(scope), eq(walkList.tenantId, scope.tenantId), eq(walkList.id, id)));
  return row ?? null;
}

export function addressesOfList(db: DbOrTx, tenantId: string, listId: string) {
  return db
    .select({
      id: outreachAddress.id,
      street: outreachAddress.street,
      houseNumber: outreachAddress.houseNumber,
      lat: outreachAddress.lat,
      lon: outreachAddress.lon,
    })
    .from(outreachAddress)
    .where(onList(tenantId, listId))
    .orderBy(listOrder(listId));
}

export async function setRouteMetres(db: DbOrTx, tenantId: string, listId: string, routeMetres: number) {
  await db
    .update(walkList)
    .set({ routeMetres })
    .where(and(eq(walkList.tenantId, tenantId), eq(walkList.id, listId)));
}

export function addressesOnList(db: DbOrTx, tenantId: string, listId: string) {
  return db
    .select()
    .from(outreachAddress)
    .where(and(onList(tenantId, listId), isNull(outreachAddress.excludedAt)))
    .orderBy(listOrder(listId));
}
