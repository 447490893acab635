/**
 * Calendar days and wall-clock times in Europe/Amsterdam, whatever `TZ` the server or browser runs in.
 * A day is an ISO string `yyyy-mm-dd`; arithmetic on days happens at 12:00 UTC, so no daylight-saving
 * change can move it to another day. Never build a Date from a local string (`new Date("2026-01-01T10:00")`):
 * its meaning depends on the machine's time zone.
 */

export const TIME_ZONE = "Europe/Amsterdam";

const dayParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function wallClock(at: Date) {
  const parts = Object.fromEntries(dayParts.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    epochAsUtc: Date.UTC(
      Number(parts.year),
      Number(parts.month) - 1,
      Number(parts.day),
      Number(parts.hour),
      Number(parts.minute),
      Number(parts.second),
    ),
  };
}

/** The date in Amsterdam at a moment (default: now), e.g. "2026-12-02" at 23:30 UTC on 1 December. */
export function amsterdamDay(at: Date = new Date()): string {
  return wallClock(at).day;
}

/** The wall-clock time in Amsterdam at a moment, "HH:mm". */
export function amsterdamTime(at: Date): string {
  return wallClock(at).time;
}

/** The moment at which Amsterdam's clocks show `day` `time` ("HH:mm"). */
export function amsterdamInstant(day: string, time = "00:00"): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  const asUtc = Date.UTC(y, m - 1, d, hh, mm);
  // The offset at a first guess, then at the corrected moment (they differ only around a DST change).
  let instant = asUtc - (wallClock(new Date(asUtc)).epochAsUtc - asUtc);
  instant = asUtc - (wallClock(new Date(instant)).epochAsUtc - instant);
  return new Date(instant);
}

const noon = (day: string) => new Date(`${day}T12:00:00Z`);

/** `day` plus `n` calendar days (n may be negative). */
export function addDays(day: string, n: number): string {
  const date = noon(day);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayOf(day: string): number {
  return (noon(day).getUTCDay() + 6) % 7;
}

/** The first day on or after `from` that falls on `weekday` (0 = Monday). */
export function nextWeekday(from: string, weekday: number): string {
  return addDays(from, (weekday - weekdayOf(from) + 7) % 7);
}

/** A `<input type="datetime-local">` value ("yyyy-mm-ddTHH:mm") for a moment, as Amsterdam's clocks show it. */
export function amsterdamLocal(at: Date): string {
  const { day, time } = wallClock(at);
  return `${day}T${time}`;
}

/**
 * The moment of a wall-clock value "yyyy-mm-ddTHH:mm" in Amsterdam (never the browser's or server's
 * zone); undefined for an empty or malformed value.
 */
export function instantOfAmsterdamLocal(local: string): Date | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(local.trim());
  return match ? amsterdamInstant(match[1]!, match[2]!) : undefined;
}

/** A day as people read it, e.g. "1 december 2026" (nl) or "1 December 2026" (en). */
export function longDay(day: string, locale: "nl" | "en" = "nl"): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "nl-NL", {
    dateStyle: "long",
    timeZone: "UTC",
  }).format(new Date(`${day}T12:00:00Z`));
}
