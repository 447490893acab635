import { eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { volunteer } from "../../volunteers/schema.ts";

/** The tenant a volunteer belongs to (the calendar feed knows the volunteer, not the tenant). */
export async function tenantOfVolunteer(db: DbOrTx, volunteerId: string) {
  const [row] = await db
    .select({ tenantId: volunteer.tenantId })
    .from(volunteer)
    .where(eq(volunteer.id, volunteerId));
  return row?.tenantId ?? null;
}
