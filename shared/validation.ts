import { z } from "./zod.ts";

/** Dutch postcode, normalised to "1234 AB". */
export const postcodeSchema = z
  .string()
  .trim()
  .regex(/^[1-9][0-9]{3} ?[A-Za-z]{2}$/, { message: "Vul een geldige postcode in, zoals 1234 AB." })
  .transform((value) => `${value.slice(0, 4)} ${value.slice(-2).toUpperCase()}`);

export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{6,20}$/, { message: "Vul een geldig telefoonnummer in, zoals 06 12345678." });

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl." }));

/** An optional text field from a form: empty string becomes undefined. */
export function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === "" || value === null ? undefined : value), schema.optional());
}

/** A calendar date as YYYY-MM-DD (a day in Europe/Amsterdam, never a moment). */
export const isoDateSchema = z.iso.date({ message: "Vul een geldige datum in, zoals 2026-01-31." });

export const idParamSchema = z.object({ id: z.uuid({ message: "Ongeldige id." }) });
