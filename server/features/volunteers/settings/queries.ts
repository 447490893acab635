import { eq } from "drizzle-orm";
import type { VolunteerSettings } from "../../../../shared/volunteers.ts";
import type { DbOrTx } from "../../../db/client.ts";
import { volunteerSettings } from "../schema.ts";

export async function findSettings(db: DbOrTx, tenantId: string) {
  const [row] = await db.select().from(volunteerSettings).where(eq(volunteerSettings.tenantId, tenantId));
  return row?.settings ?? null;
}

export async function upsertSettings(db: DbOrTx, tenantId: string, settings: VolunteerSettings) {
  await db
    .insert(volunteerSettings)
    .values({ tenantId, settings })
    .onConflictDoUpdate({ target: volunteerSettings.tenantId, set: { settings, updatedAt: new Date() } });
}
