import { z } from "./zod.ts";

/**
 * Files kept beside a record (a photo of a flip-over, homework): sent as base64 in JSON, stored in the
 * database, and checked on the server by their first bytes, not by the name (server/platform/attachments.ts).
 */
export const fileTypes = {
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "application/pdf": "PDF",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel",
  "application/vnd.oasis.opendocument.text": "OpenDocument-tekst",
  "application/vnd.oasis.opendocument.spreadsheet": "OpenDocument-rekenblad",
} as const;
export type FileType = keyof typeof fileTypes;

/** The input schema for one file of the given types, at most `maxBytes` once decoded. */
export function fileInputSchema<const T extends readonly [FileType, ...FileType[]]>(
  types: T,
  maxBytes: number,
) {
  const kinds = types.map((t) => fileTypes[t]).join(", ");
  const size = `${Math.round(maxBytes / 1000).toLocaleString("nl-NL")} kB`;
  return z.object({
    name: z
      .string()
      .trim()
      .min(1, { message: "Geef het bestand een naam." })
      .max(120, { message: "Hoogstens 120 tekens." }),
    contentType: z.enum(types, { message: `Alleen deze soorten bestanden: ${kinds}.` }),
    /** The file, base64; the decoded size is checked against maxBytes on the server. */
    data: z
      .string()
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, { message: "Het bestand kon niet gelezen worden." })
      .max(Math.ceil(maxBytes / 3) * 4 + 4, { message: `Het bestand is groter dan ${size}.` }),
  });
}
export type AttachmentInput = { name: string; contentType: FileType; data: string };

/** What a list shows of a file: the bytes are fetched through its own link. */
export const attachmentSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  contentType: z.string(),
  size: z.number(),
});

/** The `accept` attribute of a file input for these types. */
export const acceptOf = (types: readonly FileType[]) => types.join(",");
