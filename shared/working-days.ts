// Working days (weekends and Dutch public holidays off), for service levels such as a referral's pick-up time.

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

/** Easter Sunday (Anonymous Gregorian algorithm). */
function easter(year: number) {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}

/** The Dutch public holidays of a year (Bevrijdingsdag every year, as most collective agreements do). */
export function dutchHolidays(year: number): Set<string> {
  const e = easter(year);
  const plus = (days: number) => iso(new Date(e.getTime() + days * 86_400_000));
  const kingsDay = utc(year, 4, 27);
  // Koningsdag moves to the 26th when the 27th is a Sunday.
  if (kingsDay.getUTCDay() === 0) kingsDay.setUTCDate(26);
  return new Set([
    `${year}-01-01`,
    plus(-2), // Goede Vrijdag
    plus(0),
    plus(1), // tweede paasdag
    iso(kingsDay),
    `${year}-05-05`,
    plus(39), // Hemelvaartsdag
    plus(49),
    plus(50), // tweede pinksterdag
    `${year}-12-25`,
    `${year}-12-26`,
  ]);
}

/** The Dutch public holidays in the years `from` to `to` (yyyy-mm-dd), for a calendar built elsewhere. */
export function dutchHolidaysOfYears(from: string, to: string): string[] {
  const first = Number(from.slice(0, 4));
  return Array.from({ length: Number(to.slice(0, 4)) - first + 1 }, (_, k) => [
    ...dutchHolidays(first + k),
  ]).flat();
}

/** Working days after `from` up to and including `to` (both yyyy-mm-dd). */
export function workingDaysBetween(from: string, to: string) {
  let count = 0;
  const day = new Date(`${from}T12:00:00Z`);
  const end = new Date(`${to}T12:00:00Z`);
  while (day < end) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !dutchHolidays(day.getUTCFullYear()).has(iso(day))) count++;
  }
  return count;
}
