import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { person } from "../../accounts/schema.ts";
import { volunteer } from "../schema.ts";

export async function setCalendarToken(db: DbOrTx, id: string, token: string) {
  await db.update(volunteer).set({ calendarToken: token }).where(eq(volunteer.id, id));
}

export async function findVolunteerByCalendarToken(db: DbOrTx, token: string) {
  const [row] = await db
    .select({ id: volunteer.id, tenantId: volunteer.tenantId, givenName: person.givenName })
    .from(volunteer)
    .innerJoin(person, eq(person.id, volunteer.personId))
    .where(and(eq(volunteer.calendarToken, token), isNull(volunteer.erasedAt)));
  return row ?? null;
}

export async function findCalendarToken(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ token: volunteer.calendarToken })
    .from(volunteer)
    .where(eq(volunteer.id, id));
  return row?.token ?? null;
}
