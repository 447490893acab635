import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { authUser } from "../../accounts/schema.ts";
import type { WithTenant } from "../queries.ts";
import { checkIn } from "../schema.ts";

export async function insertCheckIn(db: DbOrTx, values: WithTenant<typeof checkIn.$inferInsert>) {
  const [row] = await db.insert(checkIn).values(values).returning();
  return row!;
}

export function listCheckIns(db: DbOrTx, tenantId: string, volunteerId: string) {
  return db
    .select({ checkIn, byName: authUser.name })
    .from(checkIn)
    .leftJoin(authUser, eq(authUser.id, checkIn.byUserId))
    .where(and(eq(checkIn.tenantId, tenantId), eq(checkIn.volunteerId, volunteerId)))
    .orderBy(desc(checkIn.heldOn), desc(checkIn.createdAt));
}
