import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { researchSource } from "./schema.ts";

export function listSources(db: DbOrTx, tenantId: string, projectId: string) {
  return db
    .select()
    .from(researchSource)
    .where(and(eq(researchSource.tenantId, tenantId), eq(researchSource.projectId, projectId)))
    .orderBy(asc(researchSource.createdAt));
}

export async function insertSource(db: DbOrTx, values: typeof researchSource.$inferInsert) {
  const [row] = await db.insert(researchSource).values(values).returning();
  return row!;
}
