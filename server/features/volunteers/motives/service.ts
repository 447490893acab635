import { type MotiveAnswers, matchMotiveType, scoreMotives } from "../../../../shared/motives.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { notFound } from "../../../platform/errors.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { tenantWide } from "../../../platform/scope.ts";
import * as core from "../queries.ts";
import { ageOn, findInScope, isoDay, ownVolunteerId, present } from "../record/service.ts";
import { getSettings } from "../settings/service.ts";
import * as queries from "./queries.ts";

// --- Motives ---

async function recordMotivesIn(
  tx: DbOrTx,
  actor: Actor,
  row: core.VolunteerRow,
  answers: MotiveAnswers,
  assisted: boolean,
) {
  const settings = await getSettings(tx, actor.tenantId);
  const scores = scoreMotives(answers);
  const match = matchMotiveType(
    scores,
    settings.motiveTypes,
    ageOn(row.volunteer.birthDate, isoDay(new Date())),
  );
  await queries.insertMotiveResponse(tx, {
    tenantId: actor.tenantId,
    volunteerId: row.volunteer.id,
    answers,
    scores,
    typeCode: match?.code ?? null,
    enteredByUserId: actor.userId,
    assisted,
  });
  await core.updateVolunteer(tx, row.volunteer.id, {
    motiveType: match?.code ?? null,
    motiveScores: scores,
  });
  await logProcessing(tx, actor, {
    activity: assisted ? "volunteers.manage" : "volunteers.self",
    action: "create",
    subjectType: "person",
    subjectIds: [row.person.id],
  });
  return present(tx, (await core.findVolunteer(tx, tenantWide(actor), row.volunteer.id))!);
}

export async function recordOwnMotives(db: Db, actor: Actor, answers: MotiveAnswers) {
  const id = await ownVolunteerId(db, actor);
  return db.transaction(async (tx) => {
    const row = await core.findVolunteer(tx, tenantWide(actor), id);
    if (!row) throw notFound();
    return recordMotivesIn(tx, actor, row, answers, false);
  });
}

/** A coordinator fills in the questionnaire with or for the volunteer (assisted; logged as such). */
export async function recordMotives(db: Db, actor: Actor, id: string, answers: MotiveAnswers) {
  return db.transaction(async (tx) =>
    recordMotivesIn(tx, actor, await findInScope(tx, actor, id), answers, true),
  );
}
