import ical, { ICalEventRepeatingFreq, type ICalWeekday } from "ical-generator";
import { DateTime } from "luxon";
import { addDays, amsterdamDay, nextWeekday, TIME_ZONE } from "../../../shared/dates.ts";
import { dayPartTimes, maskToSlots } from "../../../shared/volunteers.ts";
import type { DbOrTx } from "../../db/client.ts";
import { notFound } from "../../platform/errors.ts";
import { shiftEvents } from "../outreach/service.ts";
import { findVolunteerByCalendarToken } from "../volunteers/service.ts";
import * as queries from "./queries.ts";

/**
 * Europe/Amsterdam as a VTIMEZONE (CET/CEST, EU rules since 1996: last Sunday of March 02:00 → 03:00,
 * last Sunday of October 03:00 → 02:00), so calendar apps need no zone database of their own.
 */
const amsterdamVtimezone = (zone: string) =>
  zone !== TIME_ZONE
    ? null
    : [
        "BEGIN:VTIMEZONE",
        `TZID:${TIME_ZONE}`,
        "X-LIC-LOCATION:Europe/Amsterdam",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
      ].join("\r\n");

const icalDays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
const weekdayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/** A wall-clock time in Amsterdam, for ical-generator (which formats Luxon values in the event's zone). */
const wallTime = (day: string, time: string) =>
  DateTime.fromISO(`${day}T${time}`, { zone: TIME_ZONE, setZone: true });

/**
 * A volunteer's planned activities as iCalendar (private token URL): one-off work on its date,
 * recurring work as weekly events per day part (from the start, until the end date if there is one),
 * and door-to-door shifts. Times are Europe/Amsterdam with its VTIMEZONE, so a weekly event keeps its
 * hour across daylight-saving changes; day parts without a set time use 09–12, 13–17 and 19–21.
 */
export async function calendarFeed(db: DbOrTx, token: string) {
  const owner = await findVolunteerByCalendarToken(db, token);
  if (!owner) throw notFound();
  const calendar = ical({
    name: "Inzet – mijn vrijwilligerswerk",
    prodId: { company: "Inzet", product: "inzet", language: "NL" },
    timezone: { name: null, generator: amsterdamVtimezone },
  });
  const zoned = { timezone: TIME_ZONE };
  for (const { application: a, vacancy: v, organisationName } of await queries.placementsOfVolunteer(
    db,
    owner.tenantId,
    owner.id,
  )) {
    const base = {
      ...zoned,
      summary: v.title,
      description: `${organisationName}${v.tasks ? `\n${v.tasks}` : ""}`,
      location:
        v.locationType === "remote"
          ? "Op afstand"
          : [v.street, v.postcode, v.city].filter(Boolean).join(", ") || undefined,
    };
    if (v.scheduleType === "oneOff" && v.date) {
      calendar.createEvent({
        ...base,
        id: `${a.id}@inzet`,
        start: wallTime(v.date, v.startTime ?? "09:00"),
        end: wallTime(v.date, v.endTime ?? v.startTime ?? "12:00"),
      });
    } else if (v.scheduleType === "recurring") {
      const from = [v.startsOn, amsterdamDay(a.updatedAt)].filter(Boolean).sort().at(-1)!;
      for (const slot of maskToSlots(v.slots)) {
        const [dayName, part] = slot.split("-") as [string, string];
        const weekday = weekdayNames.indexOf(dayName);
        const day = nextWeekday(from, weekday);
        const [startTime, endTime] =
          v.startTime && v.endTime
            ? [v.startTime, v.endTime]
            : dayPartTimes[part as keyof typeof dayPartTimes];
        calendar.createEvent({
          ...base,
          id: `${a.id}-${slot}@inzet`,
          start: wallTime(day, startTime),
          end: wallTime(day, endTime),
          repeating: {
            freq: ICalEventRepeatingFreq.WEEKLY,
            byDay: [icalDays[weekday] as ICalWeekday],
            // UNTIL is a UTC moment (RFC 5545): the end of the last day in Amsterdam.
            ...(v.endsOn ? { until: wallTime(addDays(v.endsOn, 1), "00:00").minus({ seconds: 1 }) } : {}),
          },
        });
      }
    }
  }
  // A warm handoff: the intake the partner planned, an hour long (the partner sets only the start).
  for (const intake of await queries.intakesOfVolunteer(db, owner.tenantId, owner.id)) {
    const start = DateTime.fromJSDate(intake.intakeAt!, { zone: TIME_ZONE });
    calendar.createEvent({
      ...zoned,
      id: `${intake.id}-intake@inzet`,
      summary: `Intake bij ${intake.partnerName} (u gaat mee)`,
      description: "Warme overdracht: u gaat mee naar de intake van het huishouden dat u doorverwees.",
      location: intake.intakePlace || undefined,
      start,
      end: start.plus({ hours: 1 }),
    });
  }
  for (const shift of await shiftEvents(db, owner.id)) {
    calendar.createEvent({
      ...zoned,
      id: shift.id,
      summary: shift.summary,
      description: shift.description,
      start: wallTime(shift.date, shift.startTime),
      end: wallTime(shift.date, shift.endTime),
    });
  }
  return calendar.toString();
}

/**
 * A calendar of one-off events at Amsterdam wall-clock times (with the VTIMEZONE): for the feeds of
 * other features, e.g. a circle's sessions (features/circles).
 */
export function eventsCalendar(
  name: string,
  events: {
    id: string;
    summary: string;
    description?: string;
    location?: string;
    date: string;
    startTime: string;
    endTime: string;
  }[],
) {
  const calendar = ical({
    name,
    prodId: { company: "Inzet", product: "inzet", language: "NL" },
    timezone: { name: null, generator: amsterdamVtimezone },
  });
  for (const e of events)
    calendar.createEvent({
      timezone: TIME_ZONE,
      id: e.id,
      summary: e.summary,
      description: e.description,
      location: e.location,
      start: wallTime(e.date, e.startTime),
      end: wallTime(e.date, e.endTime),
    });
  return calendar.toString();
}

/** A calendar with one appointment at a moment (e.g. an intake the partner planned), an hour long. */
export function appointmentCalendar(
  name: string,
  event: { id: string; summary: string; description?: string; location?: string; start: Date },
) {
  const calendar = ical({
    name,
    prodId: { company: "Inzet", product: "inzet", language: "NL" },
    timezone: { name: null, generator: amsterdamVtimezone },
  });
  const start = DateTime.fromJSDate(event.start, { zone: TIME_ZONE });
  calendar.createEvent({
    timezone: TIME_ZONE,
    id: event.id,
    summary: event.summary,
    description: event.description,
    location: event.location || undefined,
    start,
    end: start.plus({ hours: 1 }),
  });
  return calendar.toString();
}
