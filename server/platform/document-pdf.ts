import PDFDocument from "pdfkit";
import { BOLD_FONT, REGULAR_FONT } from "./letters-pdf.ts";

/** A block of a plain document: a title, headings, paragraphs, quotes, small print and simple tables. */
export type DocumentBlock =
  | { kind: "title"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string; bold?: boolean }
  | { kind: "quote"; text: string }
  | { kind: "small"; text: string }
  | { kind: "table"; header: string[]; rows: string[][]; widths: number[] }
  | { kind: "space"; lines: number };

const MM = 72 / 25.4;
const LEFT = 20 * MM;
const WIDTH = 170 * MM;

/**
 * One A4 PDF (DejaVu Sans embedded as a subset, so the text can be copied and searched and every name
 * prints right), flowing over as many pages as the blocks need, with page numbers in the footer.
 */
export function renderDocument(
  blocks: DocumentBlock[],
  info: { title: string; author: string; footer: string },
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 20 * MM, left: LEFT, right: 20 * MM, bottom: 20 * MM },
    bufferPages: true,
    info: { Title: info.title, Author: info.author, Creator: "Inzet" },
    lang: "nl-NL",
    pdfVersion: "1.7",
    displayTitle: true,
  });
  doc.registerFont("body", REGULAR_FONT);
  doc.registerFont("bold", BOLD_FONT);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  for (const block of blocks) draw(doc, block);
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font("body")
      .fontSize(8)
      .fillColor("#555555")
      .text(`${info.footer} · pagina ${i + 1} van ${range.count}`, LEFT, doc.page.height - 12 * MM, {
        width: WIDTH,
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}

function draw(doc: PDFKit.PDFDocument, block: DocumentBlock) {
  doc.fillColor("#000000");
  switch (block.kind) {
    case "title":
      doc.font("bold").fontSize(18).text(block.text, LEFT, doc.y, { width: WIDTH }).moveDown(0.5);
      return;
    case "heading":
      if (doc.y > doc.page.height - 50 * MM) doc.addPage();
      doc.moveDown(0.6).font("bold").fontSize(13).text(block.text, LEFT, doc.y, { width: WIDTH });
      doc.moveDown(0.3);
      return;
    case "paragraph":
      doc
        .font(block.bold ? "bold" : "body")
        .fontSize(10.5)
        .text(block.text, LEFT, doc.y, { width: WIDTH, lineGap: 2 });
      doc.moveDown(0.4);
      return;
    case "quote":
      doc
        .font("body")
        .fontSize(10.5)
        .fillColor("#333333")
        .text(`“${block.text}”`, LEFT + 8 * MM, doc.y, { width: WIDTH - 8 * MM, lineGap: 2 });
      doc.moveDown(0.3);
      return;
    case "small":
      doc.font("body").fontSize(8.5).fillColor("#444444").text(block.text, LEFT, doc.y, { width: WIDTH });
      doc.moveDown(0.3);
      return;
    case "space":
      doc.moveDown(block.lines);
      return;
    case "table":
      drawTable(doc, block);
  }
}

function drawTable(doc: PDFKit.PDFDocument, block: Extract<DocumentBlock, { kind: "table" }>) {
  const total = block.widths.reduce((a, b) => a + b, 0);
  const widths = block.widths.map((w) => (w / total) * WIDTH);
  const row = (cells: string[], font: "body" | "bold") => {
    doc.font(font).fontSize(9.5);
    const height = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: widths[i]! - 2 * MM })));
    if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const top = doc.y;
    let x = LEFT;
    cells.forEach((cell, i) => {
      doc.text(cell, x, top, { width: widths[i]! - 2 * MM });
      x += widths[i]!;
    });
    doc.y = top + height + 1.5 * MM;
    doc
      .moveTo(LEFT, doc.y - 0.8 * MM)
      .lineTo(LEFT + WIDTH, doc.y - 0.8 * MM)
      .lineWidth(0.3)
      .strokeColor("#999999")
      .stroke();
  };
  row(block.header, "bold");
  for (const cells of block.rows) row(cells, "body");
  doc.x = LEFT;
  doc.moveDown(0.4);
}
