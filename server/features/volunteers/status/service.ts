import { type statusInputSchema, statusTransitions } from "../../../../shared/volunteers.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { validationFailed } from "../../../platform/errors.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import * as core from "../queries.ts";
import { addMonths, DAY, findInScope, isoDay, present, scopeOf } from "../record/service.ts";
import { getSettings, unknownCodes } from "../settings/service.ts";

// --- Status ---

export async function changeStatus(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof statusInputSchema>,
) {
  return db.transaction(async (tx) => {
    const row = await findInScope(tx, actor, id);
    const v = row.volunteer;
    const settings = await getSettings(tx, actor.tenantId);
    if (!statusTransitions[v.status].includes(input.status)) {
      throw validationFailed(
        [
          {
            path: "status",
            code: "invalid_transition",
            message: `Van "${v.status}" naar "${input.status}" kan niet.`,
          },
        ],
        "Deze statuswijziging kan niet.",
      );
    }
    if (input.on > isoDay(new Date(Date.now() + 366 * DAY))) {
      throw validationFailed([{ path: "on", code: "too_far", message: "Kies een datum binnen een jaar." }]);
    }
    if (input.on < isoDay(v.signedUpAt)) {
      throw validationFailed([
        { path: "on", code: "before_signup", message: "De datum ligt voor de aanmelding." },
      ]);
    }
    if (input.status === "stopped") {
      const errors = unknownCodes(
        "reason",
        [input.reason ?? ""],
        settings.stopReasons,
        "Kies een reden uit de lijst.",
      );
      if (errors.length) throw validationFailed(errors);
    }
    const becomesActive = input.status === "active";
    await core.updateVolunteer(tx, id, {
      status: input.status,
      statusChangedAt: new Date(),
      firstContactAt: v.firstContactAt ?? (input.status === "signedUp" ? null : new Date()),
      activeSince: becomesActive && (v.status !== "paused" || !v.activeSince) ? input.on : v.activeSince,
      nextCheckInOn:
        becomesActive && !v.nextCheckInOn
          ? addMonths(input.on, settings.checkInIntervalMonths)
          : v.nextCheckInOn,
      stoppedOn: input.status === "stopped" ? input.on : null,
      stopReason: input.status === "stopped" ? (input.reason ?? null) : null,
    });
    await core.insertStatusChange(tx, {
      tenantId: actor.tenantId,
      volunteerId: id,
      fromStatus: v.status,
      toStatus: input.status,
      effectiveOn: input.on,
      changedByUserId: actor.userId,
      reason: input.status === "stopped" ? (input.reason ?? null) : null,
      note: input.note,
    });
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "update",
      subjectType: "person",
      subjectIds: [row.person.id],
    });
    return present(tx, (await core.findVolunteer(tx, scopeOf(actor), id))!);
  });
}
