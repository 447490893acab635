import { describe, expect, it } from "vitest";
import {
  addDays,
  amsterdamDay,
  amsterdamInstant,
  amsterdamLocal,
  amsterdamTime,
  instantOfAmsterdamLocal,
  longDay,
  nextWeekday,
  weekdayOf,
} from "./dates.ts";
import { referralAnswerSchema } from "./referrals.ts";

describe("dates in Europe/Amsterdam", () => {
  it("knows that just after midnight in Amsterdam it is already the next day, while UTC is not", () => {
    expect(amsterdamDay(new Date("2026-12-01T23:30:00Z"))).toBe("2026-12-02");
    expect(amsterdamDay(new Date("2026-12-01T22:59:00Z"))).toBe("2026-12-01");
    expect(amsterdamDay(new Date("2027-06-30T22:10:00Z"))).toBe("2027-07-01"); // summer: UTC+2
    expect(amsterdamTime(new Date("2027-06-30T22:10:00Z"))).toBe("00:10");
  });

  it("turns Amsterdam wall-clock times into moments, also on the days the clocks change", () => {
    expect(amsterdamInstant("2026-12-01", "09:00").toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(amsterdamInstant("2027-07-01", "09:00").toISOString()).toBe("2027-07-01T07:00:00.000Z");
    // 28 March 2027: 02:00 → 03:00. Before and after the jump.
    expect(amsterdamInstant("2027-03-28", "01:30").toISOString()).toBe("2027-03-28T00:30:00.000Z");
    expect(amsterdamInstant("2027-03-28", "03:30").toISOString()).toBe("2027-03-28T01:30:00.000Z");
    // 31 October 2027: 03:00 → 02:00; midday is plain CET.
    expect(amsterdamInstant("2027-10-31", "12:00").toISOString()).toBe("2027-10-31T11:00:00.000Z");
    for (const day of ["2026-01-15", "2026-03-29", "2026-10-25", "2026-12-31"]) {
      expect(amsterdamDay(amsterdamInstant(day, "00:00"))).toBe(day);
      expect(amsterdamDay(amsterdamInstant(day, "23:59"))).toBe(day);
    }
  });

  it("counts days and weekdays without daylight-saving surprises", () => {
    expect(addDays("2027-03-27", 1)).toBe("2027-03-28");
    expect(addDays("2027-03-28", 1)).toBe("2027-03-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-03-01", -1)).toBe("2027-02-28");
    expect(weekdayOf("2026-12-01")).toBe(1); // a Tuesday
    expect(nextWeekday("2026-12-01", 1)).toBe("2026-12-01");
    expect(nextWeekday("2026-12-01", 0)).toBe("2026-12-07");
    expect(nextWeekday("2026-12-01", 6)).toBe("2026-12-06");
  });

  it("reads a datetime-local value as Amsterdam's wall clock, in winter and in summer", () => {
    expect(instantOfAmsterdamLocal("2026-12-09T10:00")?.toISOString()).toBe("2026-12-09T09:00:00.000Z");
    expect(instantOfAmsterdamLocal("2026-07-01T10:00")?.toISOString()).toBe("2026-07-01T08:00:00.000Z");
    expect(instantOfAmsterdamLocal("")).toBeUndefined();
    expect(instantOfAmsterdamLocal("9 december")).toBeUndefined();
    expect(amsterdamLocal(new Date("2026-12-01T23:30:00Z"))).toBe("2026-12-02T00:30");
  });

  it("takes an intake moment without offset as Amsterdam time and one with offset as given", () => {
    const parse = (intakeAt: string) =>
      referralAnswerSchema.parse({ status: "intakePlanned", intakeAt, intakePlace: "Markt 1" }).intakeAt;
    expect(parse("2026-12-09T10:00")).toBe("2026-12-09T09:00:00.000Z");
    expect(parse("2026-12-09T10:00:00+01:00")).toBe("2026-12-09T09:00:00.000Z");
    expect(parse("2026-12-09T09:00:00Z")).toBe("2026-12-09T09:00:00.000Z");
    expect(referralAnswerSchema.safeParse({ status: "intakePlanned", intakeAt: "morgen" }).success).toBe(
      false,
    );
  });

  it("writes a day as people read it, in Dutch or English, whatever the server's TZ", () => {
    expect(longDay("2026-12-01")).toBe("1 december 2026");
    expect(longDay("2027-03-28", "en")).toBe("28 March 2027");
    expect(longDay("2026-01-01")).toBe("1 januari 2026");
  });
});
