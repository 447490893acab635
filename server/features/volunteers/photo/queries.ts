import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { volunteerPhoto } from "../schema.ts";

export async function upsertPhoto(
  db: DbOrTx,
  tenantId: string,
  volunteerId: string,
  contentType: string,
  data: string,
) {
  await db
    .insert(volunteerPhoto)
    .values({ tenantId, volunteerId, contentType, data })
    .onConflictDoUpdate({
      target: volunteerPhoto.volunteerId,
      set: { contentType, data, updatedAt: new Date() },
    });
}

export async function findPhoto(db: DbOrTx, tenantId: string, volunteerId: string) {
  const [row] = await db
    .select()
    .from(volunteerPhoto)
    .where(and(eq(volunteerPhoto.tenantId, tenantId), eq(volunteerPhoto.volunteerId, volunteerId)));
  return row ?? null;
}

export async function deletePhoto(db: DbOrTx, tenantId: string, volunteerId: string) {
  await db
    .delete(volunteerPhoto)
    .where(and(eq(volunteerPhoto.tenantId, tenantId), eq(volunteerPhoto.volunteerId, volunteerId)));
}

export async function hasPhoto(db: DbOrTx, tenantId: string, volunteerId: string) {
  const [row] = await db
    .select({ id: volunteerPhoto.volunteerId })
    .from(volunteerPhoto)
    .where(and(eq(volunteerPhoto.tenantId, tenantId), eq(volunteerPhoto.volunteerId, volunteerId)));
  return Boolean(row);
}
