import type { FastifyReply } from "fastify";
import writeExcelFile from "write-excel-file/node";

export type ExportCell = string | number | null;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Decimal comma, no grouping: what Dutch spreadsheets read as a number from a ;-separated file. */
const dutchNumber = new Intl.NumberFormat("nl-NL", { useGrouping: false, maximumFractionDigits: 10 });
const dutchDay = (day: string) => `${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}`;

/**
 * One CSV cell: numbers with a decimal comma, days as dd-mm-jjjj, text quoted with spreadsheet formulas
 * neutralised (CSV injection: a leading =, +, -, @, tab or carriage return gets a ').
 */
export function csvCell(value: ExportCell | undefined) {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return dutchNumber.format(value);
  if (DAY.test(value)) return dutchDay(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * A table (first row = header) as CSV (semicolon, UTF-8 with BOM, decimal comma, for Dutch Excel) or
 * XLSX (a named sheet, header in bold, columns as wide as their content; days are real dates, numbers
 * real numbers, and text stays text, so nothing is read as a formula).
 */
export async function exportTable(
  table: ExportCell[][],
  format: "csv" | "xlsx",
  sheet = "Inzet",
): Promise<Buffer> {
  if (format === "xlsx") {
    const widths = table[0]?.map((_, column) =>
      Math.min(60, Math.max(8, ...table.map((line) => String(line[column] ?? "").length + 2))),
    );
    return writeExcelFile(
      table.map((line, i) =>
        line.map((value) => {
          const fontWeight = i === 0 ? ("bold" as const) : undefined;
          if (value === null) return null;
          if (typeof value === "number") return { value, type: Number, fontWeight };
          if (i > 0 && DAY.test(value))
            return { value: new Date(`${value}T00:00:00Z`), type: Date, format: "dd-mm-yyyy", fontWeight };
          return { value, type: String, fontWeight };
        }),
      ),
      // Excel allows 31 characters and none of []:*?/\ in a sheet name.
      {
        sheet: sheet.replace(/[[\]:*?/\\]/g, " ").slice(0, 31),
        columns: widths?.map((width) => ({ width })),
      },
    ).toBuffer();
  }
  return Buffer.from(`\uFEFF${table.map((line) => line.map(csvCell).join(";")).join("\r\n")}\r\n`);
}

/** Sends an exported table as a download, with the content type of its format. */
export function sendTable(
  reply: FastifyReply,
  file: Buffer,
  format: "csv" | "xlsx",
  name: string,
): FastifyReply {
  return reply
    .type(
      format === "xlsx"
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv; charset=utf-8",
    )
    .header("content-disposition", `attachment; filename="${name}.${format}"`)
    .send(file);
}
