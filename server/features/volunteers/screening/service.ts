import { addDays, longDay } from "../../../../shared/dates.ts";
import type { trainingInputSchema, vogInputSchema } from "../../../../shared/volunteers.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { notFound, validationFailed } from "../../../platform/errors.ts";
import type { Mailer } from "../../../platform/mail.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { listTenantIds } from "../../tenancy/service.ts";
import { addMonths, daysBetween, findInScope, isoDay, present, scopeOf } from "../record/service.ts";
import { getSettings, unknownCodes } from "../settings/service.ts";
import * as queries from "./queries.ts";

// --- Screening and training ---

export async function addVog(db: Db, actor: Actor, id: string, input: z.output<typeof vogInputSchema>) {
  return saveVog(db, actor, id, null, input);
}

export async function updateVog(
  db: Db,
  actor: Actor,
  id: string,
  vogId: string,
  input: z.output<typeof vogInputSchema>,
) {
  return saveVog(db, actor, id, vogId, input);
}

async function saveVog(
  db: Db,
  actor: Actor,
  id: string,
  vogId: string | null,
  input: z.output<typeof vogInputSchema>,
) {
  return db.transaction(async (tx) => {
    const row = await findInScope(tx, actor, id);
    const settings = await getSettings(tx, actor.tenantId);
    const today = isoDay(new Date());
    if ((input.issuedOn && input.issuedOn > today) || (input.receivedOn && input.receivedOn > today)) {
      throw validationFailed([
        {
          path: input.issuedOn && input.issuedOn > today ? "issuedOn" : "receivedOn",
          code: "future",
          message: "Deze datum ligt in de toekomst.",
        },
      ]);
    }
    const values = {
      requestedOn: input.requestedOn ?? null,
      receivedOn: input.receivedOn ?? null,
      issuedOn: input.issuedOn ?? null,
      profileCodes: input.profileCodes,
      note: input.note,
      renewalDue: input.issuedOn ? addMonths(input.issuedOn, settings.vogRenewalYears * 12) : null,
      reminderSentAt: null,
    };
    if (vogId) {
      if (!(await queries.updateVog(tx, actor.tenantId, id, vogId, values))) throw notFound();
    } else {
      await queries.insertVog(tx, { tenantId: actor.tenantId, volunteerId: id, ...values });
    }
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: vogId ? "update" : "create",
      subjectType: "person",
      subjectIds: [row.person.id],
    });
    return present(tx, row);
  });
}

export async function addTraining(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof trainingInputSchema>,
) {
  return db.transaction(async (tx) => {
    const row = await findInScope(tx, actor, id);
    const settings = await getSettings(tx, actor.tenantId);
    const errors = unknownCodes(
      "training",
      [input.training],
      settings.trainings,
      "Kies een training uit de lijst.",
    );
    if (input.completedOn > isoDay(new Date()))
      errors.push({ path: "completedOn", code: "future", message: "Deze datum ligt in de toekomst." });
    if (errors.length) throw validationFailed(errors);
    await queries.insertTraining(tx, {
      tenantId: actor.tenantId,
      volunteerId: id,
      training: input.training,
      completedOn: input.completedOn,
      expiresOn: input.expiresOn ?? null,
      certificate: input.certificate,
    });
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "create",
      subjectType: "person",
      subjectIds: [row.person.id],
    });
    return present(tx, row);
  });
}

export async function deleteTraining(db: Db, actor: Actor, id: string, trainingId: string) {
  return db.transaction(async (tx) => {
    const row = await findInScope(tx, actor, id);
    if (!(await queries.deleteTraining(tx, actor.tenantId, id, trainingId))) throw notFound();
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "delete",
      subjectType: "person",
      subjectIds: [row.person.id],
    });
    return present(tx, row);
  });
}

// --- Expiries and reminders ---

export async function listExpiring(db: DbOrTx, actor: Actor) {
  const settings = await getSettings(db, actor.tenantId);
  const today = isoDay(new Date());
  const { vogs, trainings } = await queries.findExpiring(
    db,
    scopeOf(actor),
    addDays(today, settings.expiryWarningDays),
  );
  const items = [
    ...vogs.map((v) => ({
      volunteerId: v.volunteerId,
      volunteerName: v.name,
      kind: "vog" as const,
      label: "VOG",
      dueOn: v.dueOn!,
      daysLeft: daysBetween(today, v.dueOn!),
    })),
    ...trainings.map((t) => ({
      volunteerId: t.volunteerId,
      volunteerName: t.name,
      kind: "training" as const,
      label: settings.trainings.find((x) => x.code === t.training)?.label ?? t.training,
      dueOn: t.dueOn!,
      daysLeft: daysBetween(today, t.dueOn!),
    })),
  ].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  await logProcessing(db, actor, {
    activity: "volunteers.manage",
    action: "read",
    subjectType: "person",
    subjectIds: [...vogs, ...trainings].map((r) => r.personId),
  });
  return items;
}

/**
 * Mails volunteers whose VOG renewal or training expiry falls within the warning window. Each record
 * is claimed first, so a reminder goes out once even with several app instances. Run daily.
 */
export async function sendExpiryReminders(db: Db, mailer: Mailer, onlyTenantIds?: string[]) {
  let sent = 0;
  for (const tenantId of onlyTenantIds ?? (await listTenantIds(db))) {
    const settings = await getSettings(db, tenantId);
    const until = addDays(isoDay(new Date()), settings.expiryWarningDays);
    const { vogs, trainings } = await queries.findExpiring(db, { tenantId, organisationId: null }, until);
    const due = [
      ...vogs.map((v) => ({ ...v, kind: "vog" as const, what: "uw Verklaring Omtrent het Gedrag (VOG)" })),
      ...trainings.map((t) => ({
        ...t,
        kind: "training" as const,
        what: `uw certificaat ${settings.trainings.find((x) => x.code === t.training)?.label ?? t.training}`,
      })),
    ].filter((item) => item.email && !item.reminderSentAt);
    for (const item of due) {
      if (!(await queries.claimReminder(db, tenantId, item.kind, item.id))) continue;
      await mailer.send({
        tenantId,
        recipientUserId: item.userId,
        to: item.email!,
        periodic: true,
        subject:
          item.kind === "vog"
            ? "Uw VOG moet binnenkort vernieuwd worden"
            : "Uw certificaat verloopt binnenkort",
        text: [
          `Beste ${item.name},`,
          "",
          `${item.what[0]!.toUpperCase()}${item.what.slice(1)} verloopt ${item.dueOn ? `op ${longDay(item.dueOn)}` : "binnenkort"}.`,
          "Neem contact op met uw coördinator om dit op tijd te regelen.",
          "",
          "Met vriendelijke groet,",
          "Inzet",
        ].join("\n"),
      });
      sent++;
    }
  }
  return sent;
}
