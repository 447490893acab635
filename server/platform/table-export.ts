import type { FastifyReply } from "fastify";
import writeExcelFile from "write-excel-file/node";

export type ExportCell = string | number;

/** Quotes a CSV cell and neutralises spreadsheet formulas (CSV injection). */
function csvCell(value: ExportCell) {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/**
 * A table (first row = header) as CSV (semicolon, UTF-8 with BOM, for Dutch Excel) or XLSX (header in
 * bold; text cells stay text, so nothing is read as a formula).
 */
export async function exportTable(table: ExportCell[][], format: "csv" | "xlsx"): Promise<Buffer> {
  if (format === "xlsx") {
    return writeExcelFile(
      table.map((line, i) =>
        line.map((value) => ({
          value,
          type: typeof value === "number" ? Number : String,
          fontWeight: i === 0 ? ("bold" as const) : undefined,
        })),
      ),
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
