import { isoDateSchema } from "./validation.ts";
import { z } from "./zod.ts";

/**
 * Tax-free volunteer allowance limits (vrijwilligersvergoeding), as data per year. All limits hold at
 * once, amounts from all organisations add up, months are not averaged, and above a limit the whole
 * amount is taxable (BRIEF.md, "Facts and rules").
 */
export const allowanceLimits: Record<
  number,
  { hourly: number; hourlyUnder21: number; monthly: number; yearly: number }
> = {
  2025: { hourly: 5.6, hourlyUnder21: 3.3, monthly: 210, yearly: 2100 },
  2026: { hourly: 5.75, hourlyUnder21: 3.4, monthly: 220, yearly: 2200 },
};

export type AllowanceWarning = { code: "hourly" | "monthly" | "yearly" | "unknown_year"; message: string };

const euro = (amount: number) => `€ ${amount.toFixed(2).replace(".", ",")}`;

/**
 * Which limits a new payment would exceed, given what the volunteer already received this month and
 * year from every organisation. `age` on the payment date decides the hourly limit (under 21).
 */
export function checkAllowance(input: {
  paidOn: string;
  amount: number;
  hours: number | null;
  age: number | null;
  paidThisMonth: number;
  paidThisYear: number;
}): AllowanceWarning[] {
  const year = Number(input.paidOn.slice(0, 4));
  const limits = allowanceLimits[year];
  if (!limits)
    return [
      { code: "unknown_year", message: `Voor ${year} zijn geen grenzen bekend; controleer de regels.` },
    ];
  const warnings: AllowanceWarning[] = [];
  const hourly = input.age !== null && input.age < 21 ? limits.hourlyUnder21 : limits.hourly;
  if (input.hours && input.amount / input.hours > hourly + 1e-9) {
    warnings.push({
      code: "hourly",
      message: `Dit is ${euro(input.amount / input.hours)} per uur; de grens is ${euro(hourly)}${input.age !== null && input.age < 21 ? " (onder 21 jaar)" : ""}.`,
    });
  }
  if (input.paidThisMonth + input.amount > limits.monthly + 1e-9) {
    warnings.push({
      code: "monthly",
      message: `Deze maand komt het totaal op ${euro(input.paidThisMonth + input.amount)}, boven de maandgrens van ${euro(limits.monthly)}.`,
    });
  }
  if (input.paidThisYear + input.amount > limits.yearly + 1e-9) {
    warnings.push({
      code: "yearly",
      message: `Dit jaar komt het totaal op ${euro(input.paidThisYear + input.amount)}, boven de jaargrens van ${euro(limits.yearly)}.`,
    });
  }
  return warnings;
}

export const hoursInputSchema = z.object({
  date: isoDateSchema,
  hours: z.coerce
    .number({ message: "Vul een aantal uren in." })
    .gt(0, { message: "Vul meer dan 0 uur in." })
    .max(24, { message: "Maximaal 24 uur op een dag." }),
  note: z.string().trim().max(500).default(""),
});

export const allowanceInputSchema = z.object({
  paidOn: isoDateSchema,
  amount: z.coerce
    .number({ message: "Vul een bedrag in." })
    .gt(0, { message: "Vul een bedrag boven 0 in." })
    .max(10_000, { message: "Maximaal € 10.000." }),
  hours: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.coerce.number().gt(0, { message: "Vul meer dan 0 uur in." }).max(744).optional(),
  ),
  /** Pay even though a limit is exceeded (the coordinator saw the warning). */
  acceptWarnings: z.boolean().default(false),
});
