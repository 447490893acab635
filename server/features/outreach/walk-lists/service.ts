import { amsterdamDay } from "../../../../shared/dates.ts";
import { addressLine, type followUpInputSchema, type WalkList } from "../../../../shared/outreach.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { AppError, notFound, validationFailed } from "../../../platform/errors.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { organisationScope } from "../../../platform/scope.ts";
import * as addressesQueries from "../addresses/queries.ts";
import { campaignRow } from "../campaigns/service.ts";
import { longDate } from "../letters/service.ts";
import { cutWalkLists, pathMetres, walkOrder } from "../turf-cutting/service.ts";
import * as queries from "./queries.ts";

/**
 * Cuts the campaign's doors (not excluded) into compact walk lists of about the target size, each in
 * walking order. Replaces the campaign's walk lists.
 */
export async function cutCampaign(db: Db, actor: Actor, campaignId: string, targetSize: number | undefined) {
  return db.transaction(async (tx) => {
    const campaign = (await campaignRow(tx, actor, campaignId)).campaign;
    const addresses = await queries.visitableAddresses(tx, actor.tenantId, campaignId);
    if (addresses.length === 0)
      throw new AppError(409, "no_addresses", "Deze campagne heeft nog geen adressen om te verdelen.");
    const byId = new Map(addresses.map((a) => [a.id, a]));
    const lists = cutWalkLists(addresses, targetSize ?? campaign.walkListSize).map((ids) => {
      const points = ids.map((id) => byId.get(id)!);
      const route = walkOrder(points);
      return { routeMetres: Math.round(route.metres), addressIds: route.order.map((i) => ids[i]!) };
    });
    await queries.replaceWalkLists(tx, actor.tenantId, campaignId, lists);
    return walkListsOf(tx, actor, campaignId, "create");
  });
}

/** The campaign's walk lists; the addresses on them are logged as read or changed. */
async function walkListsOf(
  db: DbOrTx,
  actor: Actor,
  campaignId: string,
  action: "read" | "create" | "update",
): Promise<WalkList[]> {
  const [lists, addresses] = await Promise.all([
    queries.listWalkLists(db, actor.tenantId, campaignId),
    queries.addressesOnLists(db, actor.tenantId, campaignId),
  ]);
  const byList = new Map<string, WalkList["addresses"]>();
  const add = (listId: string | null, a: (typeof addresses)[number], walkOrder: number | null) => {
    if (!listId) return;
    const list = byList.get(listId) ?? [];
    list.push({
      id: a.id,
      line: addressLine(a),
      postcode: a.postcode,
      lat: a.lat,
      lon: a.lon,
      walkOrder: walkOrder ?? 0,
    });
    byList.set(listId, list);
  };
  for (const a of addresses) {
    add(a.walkListId, a, a.walkOrder);
    add(a.followUpListId, a, a.followUpOrder);
  }
  await logProcessing(db, actor, {
    activity: "outreach.manage",
    action,
    subjectType: "address",
    subjectIds: addresses.map((a) => a.id),
  });
  return lists
    .sort((a, b) => (a.kind === b.kind ? a.number - b.number : a.kind === "first" ? -1 : 1))
    .map((list) => ({
      id: list.id,
      number: list.number,
      kind: list.kind,
      name: `${list.kind === "first" ? "Looplijst" : "Nazorglijst"} ${list.number}`,
      doors: byList.get(list.id)?.length ?? 0,
      routeMetres: list.routeMetres,
      addresses: (byList.get(list.id) ?? []).sort((a, b) => a.walkOrder - b.walkOrder),
    }));
}

export async function listWalkLists(db: DbOrTx, actor: Actor, campaignId: string) {
  await campaignRow(db, actor, campaignId);
  return walkListsOf(db, actor, campaignId, "read");
}

/** The route length of a list in its current order. */
export async function refreshRoute(db: DbOrTx, tenantId: string, listId: string) {
  const points = await queries.addressesOfList(db, tenantId, listId);
  await queries.setRouteMetres(db, tenantId, listId, Math.round(pathMetres(points)));
}

/** Moves a door to another list of the same campaign (at the end of its route). */
export async function moveAddress(db: Db, actor: Actor, addressId: string, walkListId: string) {
  return db.transaction(async (tx) => {
    const row = await addressesQueries.findAddress(tx, organisationScope(actor), addressId);
    if (!row) throw notFound();
    const target = await queries.findWalkList(tx, organisationScope(actor), walkListId);
    if (!target || target.campaign.id !== row.campaign.id)
      throw validationFailed([
        { path: "walkListId", code: "unknown_walk_list", message: "Kies een looplijst van deze campagne." },
      ]);
    if (row.address.excludedAt)
      throw new AppError(409, "excluded", "Dit adres wordt niet bezocht; zet het eerst weer aan.");
    if (target.list.kind !== "first")
      throw validationFailed([
        {
          path: "walkListId",
          code: "follow_up_list",
          message: "Verplaatsen kan alleen naar een looplijst voor eerste bezoeken.",
        },
      ]);
    const onTarget = await queries.addressesOfList(tx, actor.tenantId, walkListId);
    await addressesQueries.updateAddress(tx, actor.tenantId, addressId, {
      walkListId,
      walkOrder: onTarget.length,
    });
    if (row.address.walkListId) await refreshRoute(tx, actor.tenantId, row.address.walkListId);
    await refreshRoute(tx, actor.tenantId, walkListId);
    return walkListsOf(tx, actor, row.campaign.id, "update");
  });
}

/** Puts a list in the shortest walking order again (after moves). */
export async function optimiseWalkList(db: Db, actor: Actor, walkListId: string) {
  return db.transaction(async (tx) => {
    const row = await queries.findWalkList(tx, organisationScope(actor), walkListId);
    if (!row) throw notFound();
    const points = await queries.addressesOfList(tx, actor.tenantId, walkListId);
    const route = walkOrder(points);
    await queries.setWalkOrder(
      tx,
      actor.tenantId,
      route.order.map((index, order) => ({ addressId: points[index]!.id, listId: walkListId, order })),
      row.list.kind,
    );
    await queries.setRouteMetres(tx, actor.tenantId, walkListId, Math.round(route.metres));
    return walkListsOf(tx, actor, row.campaign.id, "update");
  });
}

/**
 * Puts the follow-up visits due by a day (default: two weeks from today) on new follow-up lists: compact
 * and in walking order, like the first lists. A conversation on a first visit makes a follow-up due
 * the campaign's interval later; a follow-up visit takes it off.
 */
export async function makeFollowUpLists(
  db: Db,
  actor: Actor,
  campaignId: string,
  input: z.output<typeof followUpInputSchema>,
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const campaign = (await campaignRow(tx, actor, campaignId)).campaign;
    const dueBy = input.dueBy ?? amsterdamDay(new Date(now.getTime() + 14 * 86_400_000));
    const due = await queries.dueFollowUps(tx, actor.tenantId, campaignId, dueBy);
    if (due.length === 0)
      throw new AppError(
        409,
        "no_follow_ups",
        `Er zijn geen nazorgbezoeken die uiterlijk ${longDate(dueBy)} moeten.`,
      );
    const byId = new Map(due.map((a) => [a.id, a]));
    const lists = cutWalkLists(due, input.targetSize ?? campaign.walkListSize).map((ids) => {
      const route = walkOrder(ids.map((id) => byId.get(id)!));
      return { routeMetres: Math.round(route.metres), addressIds: route.order.map((i) => ids[i]!) };
    });
    await queries.addWalkLists(tx, actor.tenantId, campaignId, "followUp", lists);
    return walkListsOf(tx, actor, campaignId, "create");
  });
}
