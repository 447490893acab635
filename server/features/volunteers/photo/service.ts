import { PHOTO_MAX_BYTES } from "../../../../shared/volunteers.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { notFound, validationFailed } from "../../../platform/errors.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { tenantWide } from "../../../platform/scope.ts";
import * as core from "../queries.ts";
import { findInScope, ownVolunteerId } from "../record/service.ts";
import * as queries from "./queries.ts";

// --- Photo ---

const photoSignatures: [string, (b: Buffer) => boolean][] = [
  ["image/jpeg", (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff],
  [
    "image/png",
    (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  ],
  [
    "image/webp",
    (b) => b.subarray(0, 4).toString("latin1") === "RIFF" && b.subarray(8, 12).toString("latin1") === "WEBP",
  ],
];

/** Stores the volunteer's own photo after checking that the bytes really are the image type claimed. */
export async function saveOwnPhoto(db: Db, actor: Actor, dataUrl: string) {
  const [, type = "", base64 = ""] = /^data:([^;]+);base64,(.*)$/.exec(dataUrl) ?? [];
  const bytes = Buffer.from(base64, "base64");
  const matches = photoSignatures.find(([t]) => t === type)?.[1](bytes) ?? false;
  if (!matches) {
    throw validationFailed([
      { path: "dataUrl", code: "not_an_image", message: "Dit bestand is geen geldige foto." },
    ]);
  }
  if (bytes.length > PHOTO_MAX_BYTES) {
    throw validationFailed([
      { path: "dataUrl", code: "too_big", message: "De foto is te groot (maximaal 1 MB)." },
    ]);
  }
  return db.transaction(async (tx) => {
    const id = await ownVolunteerId(tx, actor);
    const row = await core.findVolunteer(tx, tenantWide(actor), id);
    await queries.upsertPhoto(tx, actor.tenantId, id, type, base64);
    await logProcessing(tx, actor, {
      activity: "volunteers.self",
      action: "update",
      subjectType: "person",
      subjectIds: [row!.person.id],
    });
    return { hasPhoto: true };
  });
}

export async function deleteOwnPhoto(db: Db, actor: Actor) {
  return db.transaction(async (tx) => {
    const id = await ownVolunteerId(tx, actor);
    const row = await core.findVolunteer(tx, tenantWide(actor), id);
    await queries.deletePhoto(tx, actor.tenantId, id);
    await logProcessing(tx, actor, {
      activity: "volunteers.self",
      action: "delete",
      subjectType: "person",
      subjectIds: [row!.person.id],
    });
    return { hasPhoto: false };
  });
}

export async function getOwnPhoto(db: DbOrTx, actor: Actor) {
  const photo = await queries.findPhoto(db, actor.tenantId, await ownVolunteerId(db, actor));
  if (!photo) throw notFound();
  return { contentType: photo.contentType, bytes: Buffer.from(photo.data, "base64") };
}

/** A coordinator sees the photo of a volunteer in scope (logged as a read). */
export async function getPhoto(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const row = await findInScope(tx, actor, id);
    const photo = await queries.findPhoto(tx, actor.tenantId, id);
    if (!photo) throw notFound();
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "read",
      subjectType: "person",
      subjectIds: [row.person.id],
    });
    return { contentType: photo.contentType, bytes: Buffer.from(photo.data, "base64") };
  });
}
