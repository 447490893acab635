import { unzipSync } from "fflate";
import Papa from "papaparse";
import readXlsxFile from "read-excel-file/node";
import { describe, expect, it } from "vitest";
import { exportTable } from "./table-export.ts";

// Read back with parsers we did not write: papaparse for CSV, read-excel-file for XLSX.
const table = [
  ["Vrijwilliger", "Uren", "Vergoeding", "Eerste dag", "Opmerking"],
  ["Fatma Kaya", 6.25, 5.75, "2026-12-01", '=HYPERLINK("http://x")'],
  ["Jan de Vries", 12, 0, "2027-01-31", "\tgeen"],
  ["Totaal", 18.25, null, "2026-12", "-5 is geen som"],
];

describe("table export", () => {
  it("writes CSV that Dutch spreadsheets read: semicolons, decimal comma, dd-mm-jjjj, no formulas", async () => {
    const csv = (await exportTable(table, "csv")).toString("utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const { data, errors } = Papa.parse<string[]>(csv.slice(1).trim(), { delimiter: ";" });
    expect(errors).toEqual([]);
    expect(data[0]).toEqual(table[0]);
    expect(data[1]).toEqual(["Fatma Kaya", "6,25", "5,75", "01-12-2026", '\'=HYPERLINK("http://x")']);
    expect(data[2]).toEqual(["Jan de Vries", "12", "0", "31-01-2027", "'\tgeen"]);
    // An empty cell stays empty; a month is text, not a date; a leading minus is neutralised.
    expect(data[3]).toEqual(["Totaal", "18,25", "", "2026-12", "'-5 is geen som"]);
  });

  it("writes XLSX with a named sheet, real numbers and dates, text as text, and column widths", async () => {
    const file = await exportTable(table, "xlsx", "Uren per vrijwilliger");
    const [sheet] = await readXlsxFile(file);
    expect(sheet?.sheet).toBe("Uren per vrijwilliger");
    const rows = sheet!.data;
    expect(rows[1]?.[1]).toBe(6.25);
    expect(rows[1]?.[3]).toBeInstanceOf(Date);
    expect((rows[1]![3] as unknown as Date).toISOString().slice(0, 10)).toBe("2026-12-01");
    expect(rows[1]?.[4]).toBe('=HYPERLINK("http://x")'); // stored as text, not as a formula
    expect(rows[3]?.[2]).toBeNull();
    const sheetXml = new TextDecoder().decode(unzipSync(file)["xl/worksheets/sheet1.xml"]);
    expect(sheetXml).not.toContain("<f>");
    expect(sheetXml).toMatch(/<col [^>]*width="14"/); // "Vrijwilliger" and "Jan de Vries": 12 + 2
  });
});
