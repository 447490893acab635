import { coordinatesFromRow } from "../geo.ts";
import { personal } from "../personal-data.ts";
import { postcodeSchema } from "../validation.ts";
import { z } from "../zod.ts";

/** Achter de Voordeur: the address file, addresses and exclusions. */

/**
 * One row of an address file in a BAG-like layout: the nummeraanduiding id, street, number, letter,
 * addition, postcode, place, and coordinates as LAT/LON (WGS84) or X/Y (RD New). Header names are
 * matched without case; common BAG names are accepted too (see addressHeader).
 */
export const addressCsvRowSchema = z
  .object({
    ID: z
      .string()
      .trim()
      .regex(/^[0-9]{16}$/, { message: "Het nummeraanduiding-id heeft 16 cijfers." }),
    STRAAT: z.string().trim().min(1, { message: "Vul de straat in." }).max(200),
    HUISNUMMER: z
      .string()
      .trim()
      .regex(/^[1-9][0-9]{0,4}$/, { message: "Het huisnummer is een getal van 1 tot 99999." })
      .transform(Number),
    HUISLETTER: z
      .string()
      .trim()
      .regex(/^[A-Za-z]?$/, { message: "Een huisletter is één letter." })
      .transform((value) => value.toUpperCase())
      .default(""),
    TOEVOEGING: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9]{0,4}$/, { message: "Een toevoeging heeft hoogstens 4 letters of cijfers." })
      .default(""),
    POSTCODE: postcodeSchema,
    WOONPLAATS: z.string().trim().min(1, { message: "Vul de woonplaats in." }).max(100),
    LAT: z.string().optional(),
    LON: z.string().optional(),
    X: z.string().optional(),
    Y: z.string().optional(),
  })
  .transform((row, context) => {
    const coordinates = coordinatesFromRow(row);
    if ("message" in coordinates) {
      context.addIssue({ code: "custom", path: [coordinates.column], message: coordinates.message });
      return z.NEVER;
    }
    if (!coordinates.point) {
      context.addIssue({
        code: "custom",
        path: ["LAT"],
        message: "Coördinaten ontbreken: geef LAT en LON, of X en Y (RD).",
      });
      return z.NEVER;
    }
    return {
      bagId: row.ID,
      street: row.STRAAT,
      houseNumber: row.HUISNUMMER,
      houseLetter: row.HUISLETTER,
      addition: row.TOEVOEGING,
      postcode: row.POSTCODE,
      city: row.WOONPLAATS,
      lat: coordinates.point.lat,
      lon: coordinates.point.lon,
    };
  });

/** Header names in address files, mapped to the names above (BAG exports differ per tool). */
export function addressHeader(header: string) {
  const h = header
    .trim()
    .toUpperCase()
    .replace(/[\s_-]+/g, "");
  const names: Record<string, string> = {
    ID: "ID",
    NUMMERAANDUIDING: "ID",
    NUMMERAANDUIDINGID: "ID",
    IDENTIFICATIE: "ID",
    STRAAT: "STRAAT",
    OPENBARERUIMTE: "STRAAT",
    OPENBARERUIMTENAAM: "STRAAT",
    HUISNUMMER: "HUISNUMMER",
    HUISLETTER: "HUISLETTER",
    TOEVOEGING: "TOEVOEGING",
    HUISNUMMERTOEVOEGING: "TOEVOEGING",
    POSTCODE: "POSTCODE",
    WOONPLAATS: "WOONPLAATS",
    WOONPLAATSNAAM: "WOONPLAATS",
    PLAATS: "WOONPLAATS",
    LAT: "LAT",
    LATITUDE: "LAT",
    LON: "LON",
    LNG: "LON",
    LONGITUDE: "LON",
    X: "X",
    Y: "Y",
  };
  return names[h] ?? h;
}

export const addressColumns = ["ID", "STRAAT", "HUISNUMMER", "POSTCODE", "WOONPLAATS"] as const;

/** An address is written as on a letter: "Dorpsstraat 12 A-2". */
export const addressLine = (a: {
  street: string;
  houseNumber: number;
  houseLetter: string;
  addition: string;
}) =>
  `${a.street} ${a.houseNumber}${a.houseLetter ? ` ${a.houseLetter}` : ""}${a.addition ? `-${a.addition}` : ""}`;

export const outreachAddressSchema = z.object({
  id: z.uuid(),
  bagId: z.string(),
  street: personal(z.string()),
  houseNumber: personal(z.number().int()),
  houseLetter: z.string(),
  addition: z.string(),
  postcode: z.string(),
  city: z.string(),
  lat: z.number(),
  lon: z.number(),
  excludedReason: personal(z.string().nullable()),
  letterSentOn: z.string().nullable(),
  followUpDue: z.string().nullable(),
  walkListId: z.uuid().nullable(),
  walkOrder: z.number().int().nullable(),
});
export type OutreachAddress = z.infer<typeof outreachAddressSchema>;

export const addressQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  state: z.enum(["all", "excluded", "unassigned"]).default("all"),
  walkListId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const exclusionInputSchema = z
  .object({
    excluded: z.boolean(),
    reason: z.string().trim().max(300, { message: "Maximaal 300 tekens." }).default(""),
  })
  .refine((e) => !e.excluded || e.reason.length >= 3, {
    message: "Schrijf kort op waarom dit adres niet bezocht wordt.",
    path: ["reason"],
  });
