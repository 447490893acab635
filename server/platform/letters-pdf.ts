import PDFDocument from "pdfkit";

/** One letter: the address block for a window envelope, and the filled-in text. */
export type Letter = { addressLines: string[]; text: string };

const MM = 72 / 25.4;

/**
 * One PDF with a letter per address (A4, one page each): the tenant's logo (or its name) at the top,
 * the address where a window envelope shows it (NEN 1026: 20 mm from the left, 50 mm from the top), the
 * date, and the text. Standard PDF fonts, so no font files are needed.
 */
export function renderLetters(
  letters: Letter[],
  { sender, date, logo }: { sender: string; date: string; logo: Buffer | null },
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 20 * MM, left: 20 * MM, right: 20 * MM, bottom: 20 * MM },
    autoFirstPage: false,
    info: { Title: `Aankondigingsbrieven ${sender}`, Author: sender, Creator: "Inzet" },
    lang: "nl-NL",
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  for (const letter of letters) {
    doc.addPage();
    if (logo) {
      try {
        doc.image(logo, 20 * MM, 15 * MM, { fit: [60 * MM, 20 * MM] });
      } catch {
        doc
          .font("Helvetica-Bold")
          .fontSize(14)
          .text(sender, 20 * MM, 18 * MM);
      }
    } else {
      doc
        .font("Helvetica-Bold")
        .fontSize(14)
        .text(sender, 20 * MM, 18 * MM);
    }
    doc.font("Helvetica").fontSize(11);
    doc.text(letter.addressLines.join("\n"), 20 * MM, 50 * MM, { width: 85 * MM });
    doc.text(date, 20 * MM, 85 * MM);
    doc.text(letter.text, 20 * MM, 100 * MM, { width: 170 * MM, lineGap: 3, paragraphGap: 6 });
  }
  doc.end();
  return done;
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
