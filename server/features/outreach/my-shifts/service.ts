import { amsterdamDay } from "../../../../shared/dates.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { AppError, notFound } from "../../../platform/errors.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { tenantWide } from "../../../platform/scope.ts";
import { findOwnVolunteerId } from "../../volunteers/service.ts";
import { longDate } from "../letters/service.ts";
import * as shiftsQueries from "../shifts/queries.ts";
import { presentShifts } from "../shifts/service.ts";
import * as queries from "./queries.ts";

/** The signed-in volunteer's shifts from today on (for their own page and the doorstep screen). */
export async function ownShifts(db: Db, actor: Actor) {
  return db.transaction(async (tx) => {
    const volunteerId = await findOwnVolunteerId(tx, actor);
    if (!volunteerId) return [];
    const rows = await shiftsQueries.listShifts(tx, {
      tenantId: actor.tenantId,
      volunteerId,
      from: amsterdamDay(),
    });
    // The names of the others on the shift are personal data too.
    await logProcessing(tx, actor, {
      activity: "volunteers.self",
      action: "read",
      subjectType: "person",
      subjectIds: rows.flatMap((r) =>
        r.members.flatMap((m) => (m.personId && m.member.volunteerId !== volunteerId ? [m.personId] : [])),
      ),
    });
    return presentShifts(rows, volunteerId);
  });
}

/** A volunteer checks in (at the start) or out (at the end) of their own shift, on its day only. */
export async function checkInOut(
  db: Db,
  actor: Actor,
  shiftId: string,
  what: "in" | "out",
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const volunteerId = await findOwnVolunteerId(tx, actor);
    const row = volunteerId
      ? await shiftsQueries.findShift(tx, { tenantId: actor.tenantId, organisationId: null }, shiftId)
      : null;
    const member = row
      ? (await shiftsQueries.membersOf(tx, actor.tenantId, shiftId)).find(
          (m) => m.volunteerId === volunteerId,
        )
      : null;
    if (!row || !member) throw notFound();
    if (row.shift.date !== amsterdamDay(now))
      throw new AppError(
        409,
        "not_today",
        `Inchecken kan alleen op de dag van de dienst (${longDate(row.shift.date)}).`,
      );
    const [self] = await shiftsQueries.shiftFitness(
      tx,
      tenantWide(actor),
      [volunteerId!],
      "",
      row.shift.date,
      null,
    );
    await logProcessing(tx, actor, {
      activity: "volunteers.self",
      action: "update",
      subjectType: "person",
      subjectIds: self ? [self.person_id] : [],
    });
    if (what === "in") {
      if (member.checkedInAt) throw new AppError(409, "already_checked_in", "U bent al ingecheckt.");
      await shiftsQueries.setCheck(tx, actor.tenantId, member.id, { checkedInAt: now });
    } else {
      if (!member.checkedInAt) throw new AppError(409, "not_checked_in", "Check eerst in.");
      if (member.checkedOutAt) throw new AppError(409, "already_checked_out", "U bent al uitgecheckt.");
      await shiftsQueries.setCheck(tx, actor.tenantId, member.id, { checkedOutAt: now });
    }
    return presentShifts(
      await shiftsQueries.listShifts(tx, {
        tenantId: actor.tenantId,
        volunteerId: volunteerId!,
        from: row.shift.date,
      }),
      volunteerId,
    ).find((s) => s.id === shiftId)!;
  });
}

/** A volunteer's outreach shifts as calendar events (for the private iCalendar feed). */
export async function shiftEvents(db: DbOrTx, volunteerId: string) {
  const tenantId = await queries.tenantOfVolunteer(db, volunteerId);
  if (!tenantId) return [];
  return presentShifts(await shiftsQueries.listShifts(db, { tenantId, volunteerId })).map((s) => ({
    id: `${s.id}@inzet`,
    summary: `Huisbezoeken: ${s.campaignName}${s.walkListName ? `, ${s.walkListName.toLowerCase()}` : ""}`,
    description: `Samen met: ${s.members.map((m) => m.name).join(", ")}`,
    date: s.date,
    startTime: s.startTime,
    endTime: s.endTime,
  }));
}
