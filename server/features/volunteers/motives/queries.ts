import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { motiveResponse } from "../schema.ts";

export async function insertMotiveResponse(db: DbOrTx, values: typeof motiveResponse.$inferInsert) {
  const [row] = await db.insert(motiveResponse).values(values).returning();
  return row!;
}

export function listMotiveResponses(db: DbOrTx, volunteerId: string) {
  return db
    .select()
    .from(motiveResponse)
    .where(eq(motiveResponse.volunteerId, volunteerId))
    .orderBy(desc(motiveResponse.takenAt));
}
