import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import type { WithTenant } from "../queries.ts";
import { motiveResponse } from "../schema.ts";

export async function insertMotiveResponse(
  db: DbOrTx,
  values: WithTenant<typeof motiveResponse.$inferInsert>,
) {
  const [row] = await db.insert(motiveResponse).values(values).returning();
  return row!;
}

export function listMotiveResponses(db: DbOrTx, tenantId: string, volunteerId: string) {
  return db
    .select()
    .from(motiveResponse)
    .where(and(eq(motiveResponse.tenantId, tenantId), eq(motiveResponse.volunteerId, volunteerId)))
    .orderBy(desc(motiveResponse.takenAt));
}
