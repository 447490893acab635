import { describe, expect, it } from "vitest";
import { dutchHolidays, workingDaysBetween } from "./referrals.ts";

describe("working days", () => {
  it("knows the Dutch public holidays, including the moving ones", () => {
    expect([...dutchHolidays(2026)].sort()).toEqual([
      "2026-01-01",
      "2026-04-03",
      "2026-04-05",
      "2026-04-06",
      "2026-04-27",
      "2026-05-05",
      "2026-05-14",
      "2026-05-24",
      "2026-05-25",
      "2026-12-25",
      "2026-12-26",
    ]);
    // 2025: Koningsdag falls on a Sunday and moves to Saturday the 26th.
    expect(dutchHolidays(2025).has("2025-04-26")).toBe(true);
  });

  it("counts working days, skipping weekends and holidays", () => {
    expect(workingDaysBetween("2026-11-23", "2026-11-23")).toBe(0);
    expect(workingDaysBetween("2026-11-20", "2026-11-27")).toBe(5); // Friday to Friday
    expect(workingDaysBetween("2026-12-23", "2026-12-31")).toBe(5); // 24, 28–31: Christmas on Friday and Saturday
    expect(workingDaysBetween("2026-04-02", "2026-04-08")).toBe(2); // Easter weekend
  });
});
