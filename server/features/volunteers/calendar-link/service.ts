import { randomBytes } from "node:crypto";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { ownVolunteerId } from "../record/service.ts";
import * as queries from "./queries.ts";

// --- Private calendar feed ---

/** The volunteer's private iCalendar URL (null until made). */
export async function getOwnCalendarUrl(db: DbOrTx, actor: Actor, publicUrl: string) {
  const token = await queries.findCalendarToken(db, await ownVolunteerId(db, actor));
  return { url: token ? `${publicUrl}/api/public/calendar/${token}.ics` : null };
}

/** Makes a new private calendar URL; the old one stops working. */
export async function renewOwnCalendarUrl(db: Db, actor: Actor, publicUrl: string) {
  return db.transaction(async (tx) => {
    const id = await ownVolunteerId(tx, actor);
    const token = randomBytes(24).toString("base64url");
    await queries.setCalendarToken(tx, id, token);
    return { url: `${publicUrl}/api/public/calendar/${token}.ics` };
  });
}

/** The volunteer a calendar token belongs to, or null (for the calendar feed of other features). */
export function findVolunteerByCalendarToken(db: DbOrTx, token: string) {
  return /^[A-Za-z0-9_-]{20,64}$/.test(token)
    ? queries.findVolunteerByCalendarToken(db, token)
    : Promise.resolve(null);
}
