import { describe, expect, it } from "vitest";
import {
  addressCsvRowSchema,
  defaultLetterTemplate,
  fillLetter,
  letterFields,
  unknownLetterFields,
} from "./outreach.ts";

describe("announcement letters", () => {
  it("fills every field of the default template and knows which fields do not exist", () => {
    const values = Object.fromEntries(Object.keys(letterFields).map((name) => [name, `<${name}>`])) as Record<
      keyof typeof letterFields,
      string
    >;
    const letter = fillLetter(defaultLetterTemplate, values);
    expect(letter).not.toContain("{{");
    expect(letter).toContain("Tussen <van> en <tot> komen vrijwilligers van <organisatie>");
    expect(letter).toContain("Daar hoeft u zich niet voor te schamen.");
    expect(unknownLetterFields(defaultLetterTemplate)).toEqual([]);
    expect(unknownLetterFields("Beste {{ naam }}, {{adres}} {{ van}}")).toEqual(["naam"]);
    expect(fillLetter("{{ adres }} / {{onbekend}}", values)).toBe("<adres> / {{onbekend}}");
  });
});

describe("address rows", () => {
  const row = {
    ID: "0363200000123456",
    STRAAT: "Prinsengracht",
    HUISNUMMER: "263",
    HUISLETTER: "a",
    TOEVOEGING: "",
    POSTCODE: "1016gv",
    WOONPLAATS: "Amsterdam",
  };
  it("reads RD New and WGS84, normalises letter and postcode", () => {
    const rd = addressCsvRowSchema.parse({ ...row, X: "120811", Y: "487669" });
    expect(rd).toMatchObject({ houseNumber: 263, houseLetter: "A", postcode: "1016 GV" });
    expect(rd.lat).toBeCloseTo(52.3758, 3);
    expect(rd.lon).toBeCloseTo(4.8852, 3);
    expect(addressCsvRowSchema.parse({ ...row, LAT: "52,3758", LON: "4,8852" }).lat).toBeCloseTo(52.3758, 6);
  });
  it("refuses rows outside the Netherlands, without coordinates or with a bad number", () => {
    const issues = (value: object) =>
      addressCsvRowSchema.safeParse(value).error?.issues.map((issue) => issue.path.join("."));
    expect(issues({ ...row, X: "400000", Y: "487669" })).toEqual(["X"]);
    expect(issues({ ...row, LAT: "50.85", LON: "4.35" })).toEqual(["LAT"]); // Brussels
    expect(issues(row)).toEqual(["LAT"]);
    expect(issues({ ...row, HUISNUMMER: "12b", LAT: "52.37", LON: "4.88" })).toEqual(["HUISNUMMER"]);
  });
});
