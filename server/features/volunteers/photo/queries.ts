import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { volunteerPhoto } from "../schema.ts";

export async function upsertPhoto(db: DbOrTx, volunteerId: string, contentType: string, data: string) {
  await db
    .insert(volunteerPhoto)
    .values({ volunteerId, contentType, data })
    .onConflictDoUpdate({
      target: volunteerPhoto.volunteerId,
      set: { contentType, data, updatedAt: new Date() },
    });
}

export async function findPhoto(db: DbOrTx, volunteerId: string) {
  const [row] = await db.select().from(volunteerPhoto).where(eq(volunteerPhoto.volunteerId, volunteerId));
  return row ?? null;
}

export async function deletePhoto(db: DbOrTx, volunteerId: string) {
  await db.delete(volunteerPhoto).where(eq(volunteerPhoto.volunteerId, volunteerId));
}

export async function hasPhoto(db: DbOrTx, volunteerId: string) {
  const [row] = await db
    .select({ id: volunteerPhoto.volunteerId })
    .from(volunteerPhoto)
    .where(eq(volunteerPhoto.volunteerId, volunteerId));
  return Boolean(row);
}
