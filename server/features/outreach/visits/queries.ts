import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { person } from "../../accounts/schema.ts";
import { volunteer } from "../../volunteers/schema.ts";
import { outreachAddress, outreachVisit } from "../schema.ts";

export async function findVisit(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(outreachVisit)
    .where(and(eq(outreachVisit.tenantId, tenantId), eq(outreachVisit.id, id)));
  return row ?? null;
}

export async function insertVisit(db: DbOrTx, values: typeof outreachVisit.$inferInsert) {
  await db.insert(outreachVisit).values(values);
}

/** Visits with the address and who recorded them: of a shift, or of a campaign. */
export function listVisits(db: DbOrTx, filter: { tenantId: string; shiftId?: string; campaignId?: string }) {
  return db
    .select({
      visit: outreachVisit,
      address: outreachAddress,
      givenName: person.givenName,
      familyName: person.familyName,
      personId: person.id,
    })
    .from(outreachVisit)
    .innerJoin(outreachAddress, eq(outreachAddress.id, outreachVisit.addressId))
    .leftJoin(volunteer, eq(volunteer.id, outreachVisit.recordedByVolunteerId))
    .leftJoin(person, eq(person.id, volunteer.personId))
    .where(
      and(
        eq(outreachVisit.tenantId, filter.tenantId),
        filter.shiftId ? eq(outreachVisit.shiftId, filter.shiftId) : undefined,
        filter.campaignId ? eq(outreachVisit.campaignId, filter.campaignId) : undefined,
      ),
    )
    .orderBy(desc(outreachVisit.visitedAt));
}
