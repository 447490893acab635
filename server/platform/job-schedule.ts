/**
 * When periodic jobs run, in Europe/Amsterdam wall-clock time (summer and winter time alike).
 * A schedule cuts time into periods; each period has a key and runs once. A period is due from its
 * fixed time on, so a run missed while Inzet was down is made up once when it starts again.
 */
export type Schedule =
  /** Every hour at `minute` past. */
  | { kind: "hourly"; minute?: number }
  /** Every `hours` hours (a divisor of 24), counted from midnight, at `minute` past. */
  | { kind: "every-hours"; hours: 2 | 3 | 4 | 6 | 8 | 12; minute?: number }
  /** Once a day at a fixed time, e.g. "07:00". */
  | { kind: "daily"; at: `${number}:${number}` };

export const TIME_ZONE = "Europe/Amsterdam";

const parts = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** The Amsterdam calendar date and time of an instant. */
export function amsterdamClock(now: Date) {
  const get = (type: string) => parts.formatToParts(now).find((p) => p.type === type)!.value;
  return {
    day: `${get("year")}-${get("month")}-${get("day")}`,
    hour: Number(get("hour")),
    minute: Number(get("minute")),
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The key of the latest period whose fixed time has passed at `now` (the one due to run). */
export function duePeriod(schedule: Schedule, now: Date): string {
  const { day, hour, minute } = amsterdamClock(now);
  const minutes = hour * 60 + minute;
  if (schedule.kind === "daily") {
    const [h, m] = schedule.at.split(":").map(Number) as [number, number];
    if (minutes >= h * 60 + m) return day;
    return amsterdamClock(new Date(now.getTime() - 24 * 3600_000)).day; // before the time: yesterday's
  }
  const step = schedule.kind === "hourly" ? 1 : schedule.hours;
  const at = schedule.minute ?? 0;
  let slot = Math.floor(hour / step) * step;
  if (minutes < slot * 60 + at) slot -= step;
  if (slot < 0) {
    const before = amsterdamClock(new Date(now.getTime() - 3600_000 * step));
    return `${before.day}T${pad(Math.floor(before.hour / step) * step)}`;
  }
  return `${day}T${pad(slot)}`;
}
