import { longDay, nextWeekday } from "../../../../shared/dates.ts";
import { dayPartTimes, maskToSlots } from "../../../../shared/volunteers.ts";
import type { Db } from "../../../db/client.ts";
import type { Mailer } from "../../../platform/mail.ts";
import { findVolunteerContact, isoDay } from "../../volunteers/service.ts";
import * as queries from "../queries.ts";

/** The first shift of a placement: the date of one-off work, or the first day part of recurring work. */
export function firstShift(
  v: {
    scheduleType: string;
    date: string | null;
    slots: number;
    startsOn: string | null;
    startTime: string | null;
  },
  placedOn: string,
): { day: string; time: string } | null {
  if (v.scheduleType === "oneOff")
    return v.date ? { day: v.date, time: v.startTime ?? dayPartTimes.morning[0] } : null;
  if (v.scheduleType !== "recurring") return null;
  const from = [v.startsOn, placedOn].filter(Boolean).sort().at(-1)!;
  const options = maskToSlots(v.slots).map((slot) => {
    const [dayName, part] = slot.split("-") as [string, string];
    const day = nextWeekday(from, ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].indexOf(dayName));
    return { day, time: v.startTime ?? dayPartTimes[part as keyof typeof dayPartTimes][0] };
  });
  return options.sort((a, b) => `${a.day}${a.time}`.localeCompare(`${b.day}${b.time}`))[0] ?? null;
}

/**
 * Mails each newly placed volunteer once, when their first shift is within the next 48 hours: day,
 * time and place. Each reminder is claimed first, so it goes out once even with several instances.
 */
export async function sendFirstShiftReminders(db: Db, mailer: Mailer, now = new Date()) {
  let sent = 0;
  const today = isoDay(now);
  const until = isoDay(new Date(now.getTime() + 2 * 86_400_000));
  for (const { application: a, vacancy: v, organisationName } of await queries.placementsAwaitingReminder(
    db,
  )) {
    const shift = firstShift({ ...v }, isoDay(a.updatedAt));
    if (!shift || shift.day < today || shift.day > until) continue;
    const contact = await findVolunteerContact(db, a.tenantId, a.volunteerId);
    if (!contact?.email || !(await queries.claimFirstShiftReminder(db, a.tenantId, a.id))) continue;
    const where =
      v.locationType === "remote"
        ? "op afstand"
        : [v.street, v.postcode, v.city].filter(Boolean).join(", ") || organisationName;
    await mailer.send({
      tenantId: a.tenantId,
      recipientUserId: contact.userId,
      to: contact.email,
      subject: `Herinnering: u begint bij ${v.title}`,
      text: [
        `Beste ${contact.name},`,
        "",
        `Uw eerste keer bij "${v.title}" (${organisationName}) is op ${longDay(shift.day)} om ${shift.time}, ${where}.`,
        "Kunt u niet? Laat het de coördinator op tijd weten.",
        "",
        "Met vriendelijke groet,",
        "Inzet",
      ].join("\n"),
    });
    sent++;
  }
  return sent;
}
