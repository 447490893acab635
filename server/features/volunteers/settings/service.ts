import type { FieldError } from "../../../../shared/errors.ts";
import {
  defaultVolunteerSettings,
  type VolunteerSettings,
  type VolunteerSettingsPatch,
  volunteerSettingsSchema,
} from "../../../../shared/volunteers.ts";
import type { DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { applyPatch } from "../../../platform/patch.ts";
import * as queries from "./queries.ts";

// --- Settings ---

export async function getSettings(db: DbOrTx, tenantId: string): Promise<VolunteerSettings> {
  const stored = await queries.findSettings(db, tenantId);
  // A key stored before it existed gets its default list, not the schema's empty one.
  return stored
    ? volunteerSettingsSchema.parse({ ...defaultVolunteerSettings, ...(stored as object) })
    : defaultVolunteerSettings;
}

/** A partial update: a list or number left out keeps its value (`{}` changes nothing). */
export async function updateSettings(db: DbOrTx, actor: Actor, patch: VolunteerSettingsPatch) {
  const input = applyPatch(volunteerSettingsSchema, await getSettings(db, actor.tenantId), patch);
  await queries.upsertSettings(db, actor.tenantId, input);
  return getSettings(db, actor.tenantId);
}

/** Codes must come from the tenant's lists; returns field errors for unknown ones. */
export function unknownCodes(
  path: string,
  codes: readonly string[],
  terms: { code: string }[],
  message: string,
): FieldError[] {
  const known = new Set(terms.map((t) => t.code));
  return codes.some((c) => !known.has(c)) ? [{ path, code: "unknown_code", message }] : [];
}
