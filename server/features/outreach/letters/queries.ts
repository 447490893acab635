import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { outreachAddress } from "../schema.ts";
import { onList } from "../walk-lists/queries.ts";

/** Addresses to visit, in street order, for letters. */
export function letterAddresses(db: DbOrTx, tenantId: string, campaignId: string, onlyUnsent: boolean) {
  return db
    .select()
    .from(outreachAddress)
    .where(
      and(
        eq(outreachAddress.tenantId, tenantId),
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

export async function markLettersSent(db: DbOrTx, tenantId: string, ids: string[], on: string) {
  for (let start = 0; start < ids.length; start += 5000)
    await db
      .update(outreachAddress)
      .set({ letterSentOn: on })
      .where(
        and(
          eq(outreachAddress.tenantId, tenantId),
          inArray(outreachAddress.id, ids.slice(start, start + 5000)),
        ),
      );
}

/** The latest letter date on a walk list, and whether any address to visit on it had no letter. */
export async function lettersOfList(db: DbOrTx, tenantId: string, listId: string) {
  const [row] = await db
    .select({
      latest: sql<string | null>`max(${outreachAddress.letterSentOn})::text`,
      missing: sql<number>`count(*) filter (where ${outreachAddress.letterSentOn} is null)::int`,
    })
    .from(outreachAddress)
    .where(and(onList(tenantId, listId), isNull(outreachAddress.excludedAt)));
  return row ?? { latest: null, missing: 0 };
}
