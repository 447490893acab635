import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import PDFDocument from "pdfkit";

/** One letter: the address block for a window envelope, its own reference, and the filled-in text. */
export type Letter = { addressLines: string[]; reference: string; text: string };

/** Who sends the letters: the sender block top right, the return address above the window. */
export type LetterSender = {
  name: string;
  street: string | null;
  postcode: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
};

export type LetterOptions = {
  sender: LetterSender;
  /** "Almere, 1 december 2026". */
  placeAndDate: string;
  subject: string;
  /** How to reach the sender about this letter (phone, e-mail), shown beside the date. */
  contact: string;
  signatory: { name: string; role: string };
  logo: Buffer | null;
};

const MM = 72 / 25.4;
const LEFT = 20 * MM;
const WIDTH = 170 * MM;

/**
 * DejaVu Sans (open licence, wide coverage: Latin Extended, Greek, Cyrillic, Hebrew, Arabic…), embedded
 * as a subset, so names like "Şükrü Ağaoğlu" print right and the text can be copied and searched.
 */
const fontDir = join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
export const REGULAR_FONT = join(fontDir, "DejaVuSans.ttf");
export const BOLD_FONT = join(fontDir, "DejaVuSans-Bold.ttf");

/**
 * One PDF with a letter per address (A4, one page each), laid out as a Dutch municipal letter: logo or
 * sender name and the sender block at the top; the return address and the address where a window
 * envelope shows them (NEN 1026, window 20 mm from the left and 50 mm from the top, 90 × 40 mm); place
 * and date, reference, subject and contact; the text (salutation to closing) and the signatory.
 */
export function renderLetters(letters: Letter[], options: LetterOptions): Promise<Buffer> {
  const { sender } = options;
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 15 * MM, left: LEFT, right: 20 * MM, bottom: 15 * MM },
    autoFirstPage: false,
    info: { Title: `${options.subject} – ${sender.name}`, Author: sender.name, Creator: "Inzet" },
    lang: "nl-NL",
    pdfVersion: "1.7",
  });
  doc.registerFont("body", REGULAR_FONT);
  doc.registerFont("bold", BOLD_FONT);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const place = [sender.postcode, sender.city].filter(Boolean).join("  ");
  const senderLines = [sender.street, place, sender.phone, sender.email, sender.website].filter(
    (line): line is string => Boolean(line),
  );
  const returnAddress = ["Retouradres:", sender.name, sender.street, place].filter(Boolean).join(" ");

  for (const letter of letters) {
    doc.addPage();
    drawHeader(doc, sender.name, options.logo);
    doc
      .font("bold")
      .fontSize(9)
      .text(sender.name, 130 * MM, 15 * MM, { width: 60 * MM });
    doc
      .font("body")
      .fontSize(8.5)
      .text(senderLines.join("\n"), { width: 60 * MM, lineGap: 1 });

    // The envelope window: a small return address line, then the recipient.
    doc
      .font("body")
      .fontSize(6.5)
      .text(returnAddress, LEFT, 50 * MM, { width: 90 * MM, lineBreak: false });
    doc.fontSize(10.5).text(letter.addressLines.join("\n"), LEFT, 56 * MM, { width: 90 * MM, lineGap: 1 });

    let y = 98 * MM;
    for (const [label, value] of [
      ["Datum", options.placeAndDate],
      ["Ons kenmerk", letter.reference],
      ["Onderwerp", options.subject],
      ["Contact", options.contact],
    ] as const) {
      doc
        .font("bold")
        .fontSize(8.5)
        .text(label, LEFT, y, { width: 30 * MM });
      doc
        .font("body")
        .fontSize(8.5)
        .text(value, LEFT + 30 * MM, y, { width: WIDTH - 30 * MM });
      y = Math.max(doc.y, y + 4.5 * MM) + 1 * MM;
    }

    doc
      .font("body")
      .fontSize(10.5)
      .text(letter.text, LEFT, y + 8 * MM, { width: WIDTH, lineGap: 2.5 });
    doc.moveDown(0.5);
    doc.font("bold").text(options.signatory.name, { width: WIDTH });
    doc.font("body").text(options.signatory.role, { width: WIDTH });
  }
  doc.end();
  return done;
}

function drawHeader(doc: PDFKit.PDFDocument, name: string, logo: Buffer | null) {
  if (logo) {
    try {
      doc.image(logo, LEFT, 15 * MM, { fit: [60 * MM, 20 * MM] });
      return;
    } catch {
      // Not an image pdfkit can read: the name instead.
    }
  }
  doc
    .font("bold")
    .fontSize(14)
    .text(name, LEFT, 18 * MM, { width: 100 * MM });
}

/** The tenant's logo when it is a PNG or JPEG that can be fetched quickly; otherwise null (name instead). */
export async function fetchLogo(url: string | undefined): Promise<Buffer | null> {
  if (!url) return null;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
    if (!response.ok) return null;
    const bytes = Buffer.from(await response.arrayBuffer());
    const png = bytes.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
    return (png || jpeg) && bytes.length <= 2_000_000 ? bytes : null;
  } catch {
    return null;
  }
}
