import type { FastifyReply } from "fastify";
import { type AttachmentInput, type FileType, fileTypes } from "../../shared/attachments.ts";
import { validationFailed } from "./errors.ts";

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Office Open XML names its parts by folder; the central directory at the end lists every name. */
const ooxml = [
  ["word/", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  ["xl/", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
] as const;

/** The type a file really is, from its bytes (a name or a browser's guess is not trusted). */
export function sniff(bytes: Buffer): FileType | null {
  if (bytes.subarray(0, 8).equals(PNG)) return "image/png";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  if (bytes.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  if (!bytes.subarray(0, 4).equals(ZIP)) return null;
  // OpenDocument: the first entry is the uncompressed "mimetype" file, right after its 38-byte header.
  const head = bytes.subarray(30, 120).toString("latin1");
  if (head.startsWith("mimetype")) {
    const mime = head.slice("mimetype".length);
    if (mime.startsWith("application/vnd.oasis.opendocument.text"))
      return "application/vnd.oasis.opendocument.text";
    if (mime.startsWith("application/vnd.oasis.opendocument.spreadsheet"))
      return "application/vnd.oasis.opendocument.spreadsheet";
    return null;
  }
  const all = bytes.toString("latin1");
  if (!all.includes("[Content_Types].xml")) return null;
  return ooxml.find(([folder]) => all.includes(folder))?.[1] ?? null;
}

/** The decoded bytes of an uploaded file; an empty, too large or mislabelled file is a field error. */
export function decodeAttachment(input: AttachmentInput, maxBytes: number) {
  const bytes = Buffer.from(input.data, "base64");
  const size = `${Math.round(maxBytes / 1000).toLocaleString("nl-NL")} kB`;
  if (bytes.length === 0 || bytes.length > maxBytes)
    throw validationFailed([
      { path: "data", code: "too_large", message: `Het bestand is leeg of groter dan ${size}.` },
    ]);
  if (sniff(bytes) !== input.contentType)
    throw validationFailed([
      {
        path: "data",
        code: "wrong_type",
        message: `Dit bestand is geen ${fileTypes[input.contentType]}-bestand, of het type klopt niet.`,
      },
    ]);
  return bytes;
}

/** Sends a stored file as a download under its own name. */
export function sendAttachment(
  reply: FastifyReply,
  file: { name: string; contentType: string; data: Buffer | Uint8Array },
) {
  return reply
    .type(file.contentType)
    .header("content-disposition", `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .header("x-content-type-options", "nosniff")
    .send(Buffer.from(file.data));
}
