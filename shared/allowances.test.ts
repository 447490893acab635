import { describe, expect, it } from "vitest";
import { checkAllowance } from "./allowances.ts";

const base = { paidOn: "2026-03-15", amount: 50, hours: 10, age: 30, paidThisMonth: 0, paidThisYear: 0 };

describe("allowance limits", () => {
  it("uses the year's hourly limit and the lower one under 21", () => {
    expect(checkAllowance({ ...base, amount: 57.5 })).toEqual([]); // € 5.75 per hour in 2026
    expect(checkAllowance({ ...base, amount: 58 }).map((w) => w.code)).toEqual(["hourly"]);
    expect(checkAllowance({ ...base, amount: 34, age: 20 })).toEqual([]); // € 3.40 under 21
    expect(checkAllowance({ ...base, amount: 35, age: 20 })[0]!.message).toContain("onder 21 jaar");
    expect(checkAllowance({ ...base, paidOn: "2025-03-15", amount: 57 }).map((w) => w.code)).toEqual([
      "hourly",
    ]);
  });

  it("adds up what was paid this month and year, by every organisation", () => {
    expect(checkAllowance({ ...base, hours: null, amount: 20, paidThisMonth: 200 })).toEqual([]);
    const month = checkAllowance({ ...base, hours: null, amount: 21, paidThisMonth: 200 });
    expect(month.map((w) => w.code)).toEqual(["monthly"]);
    expect(month[0]!.message).toBe(
      "Deze maand komt het totaal op € 221,00, boven de maandgrens van € 220,00.",
    );
    expect(
      checkAllowance({ ...base, hours: null, amount: 10, paidThisYear: 2195 }).map((w) => w.code),
    ).toEqual(["yearly"]);
    expect(checkAllowance({ ...base, paidOn: "2031-01-01" }).map((w) => w.code)).toEqual(["unknown_year"]);
  });
});
