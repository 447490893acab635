import type { checkInInputSchema } from "../../../../shared/volunteers.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { validationFailed } from "../../../platform/errors.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import * as core from "../queries.ts";
import { addMonths, findInScope, isoDay, present, scopeOf } from "../record/service.ts";
import { getSettings } from "../settings/service.ts";
import * as queries from "./queries.ts";

// --- Check-ins ---

export async function addCheckIn(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof checkInInputSchema>,
) {
  return db.transaction(async (tx) => {
    const row = await findInScope(tx, actor, id);
    if (input.heldOn < isoDay(row.volunteer.signedUpAt)) {
      throw validationFailed([
        { path: "heldOn", code: "before_signup", message: "De datum ligt voor de aanmelding." },
      ]);
    }
    const settings = await getSettings(tx, actor.tenantId);
    await queries.insertCheckIn(tx, {
      tenantId: actor.tenantId,
      volunteerId: id,
      ...input,
      byUserId: actor.userId,
    });
    const latest = (await queries.listCheckIns(tx, actor.tenantId, id))[0]!.checkIn.heldOn;
    await core.updateVolunteer(tx, id, {
      nextCheckInOn: addMonths(latest, settings.checkInIntervalMonths),
      firstContactAt: row.volunteer.firstContactAt ?? new Date(),
    });
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "create",
      subjectType: "person",
      subjectIds: [row.person.id],
    });
    return present(tx, (await core.findVolunteer(tx, scopeOf(actor), id))!);
  });
}
