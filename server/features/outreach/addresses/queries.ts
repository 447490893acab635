import { and, asc, count, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { escapeLike } from "../../../db/sql.ts";
import { campaignScope, type Scope } from "../campaigns/queries.ts";
import { outreachAddress, outreachCampaign } from "../schema.ts";

export function existingBagIds(db: DbOrTx, tenantId: string, campaignId: string) {
  return db
    .select({ bagId: outreachAddress.bagId })
    .from(outreachAddress)
    .where(and(eq(outreachAddress.tenantId, tenantId), eq(outreachAddress.campaignId, campaignId)));
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
  tenantId: string,
  campaignId: string,
  filter: { q?: string; state: "all" | "excluded" | "unassigned"; walkListId?: string },
  page: { page: number; pageSize: number },
) {
  const q = filter.q ? escapeLike(filter.q.toLowerCase()) : undefined;
  const where = and(
    eq(outreachAddress.tenantId, tenantId),
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
    .where(
      and(campaignScope(scope), eq(outreachAddress.tenantId, scope.tenantId), eq(outreachAddress.id, id)),
    );
  return row ?? null;
}

export async function updateAddress(
  db: DbOrTx,
  tenantId: string,
  id: string,
  values: Partial<typeof outreachAddress.$inferInsert>,
) {
  await db
    .update(outreachAddress)
    .set(values)
    .where(and(eq(outreachAddress.tenantId, tenantId), eq(outreachAddress.id, id)));
}

export async function findAddressById(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(outreachAddress)
    .where(and(eq(outreachAddress.tenantId, tenantId), eq(outreachAddress.id, id)));
  return row ?? null;
}
