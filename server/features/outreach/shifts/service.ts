import type { FieldError } from "../../../../shared/errors.ts";
import type { Shift, ShiftInput } from "../../../../shared/outreach.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { notFound, validationFailed } from "../../../platform/errors.ts";
import type { Mailer } from "../../../platform/mail.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { organisationScope, tenantWide } from "../../../platform/scope.ts";
import { type CampaignRow, campaignRow } from "../campaigns/service.ts";
import * as lettersQueries from "../letters/queries.ts";
import { firstVisitDay, longDate } from "../letters/service.ts";
import * as walkListsQueries from "../walk-lists/queries.ts";
import * as queries from "./queries.ts";

const shortDate = (iso: string) =>
  new Intl.DateTimeFormat("nl-NL", {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(new Date(`${iso}T12:00:00Z`));

type ShiftRows = Awaited<ReturnType<typeof queries.listShifts>>;

export function presentShifts(rows: ShiftRows, selfVolunteerId: string | null = null): Shift[] {
  return rows.map(({ shift, campaignName, walkListNumber, walkListKind, members }) => ({
    id: shift.id,
    campaignId: shift.campaignId,
    campaignName,
    walkListId: shift.walkListId,
    walkListNumber,
    walkListName:
      walkListNumber === null
        ? null
        : `${walkListKind === "followUp" ? "Nazorglijst" : "Looplijst"} ${walkListNumber}`,
    date: shift.date,
    startTime: shift.startTime,
    endTime: shift.endTime,
    members: members
      .map(({ member, givenName, familyName, userName }) => ({
        volunteerId: member.volunteerId,
        userId: member.userId,
        name: member.volunteerId ? `${givenName ?? ""} ${familyName ?? ""}`.trim() : (userName ?? ""),
        professional: member.userId !== null,
        self: selfVolunteerId !== null && member.volunteerId === selfVolunteerId,
        checkedInAt: member.checkedInAt?.toISOString() ?? null,
        checkedOutAt: member.checkedOutAt?.toISOString() ?? null,
      }))
      .sort((a, b) => Number(a.professional) - Number(b.professional) || a.name.localeCompare(b.name)),
  }));
}

/**
 * Checks a shift against the rules: in the campaign period, on a walk list of the campaign whose letters
 * went out at least the lead days before; at least two people; every volunteer active, with the
 * campaign's training and a VOG valid that day; a volunteer's first shift has a professional along.
 */
async function checkShiftRules(
  tx: DbOrTx,
  actor: Actor,
  campaign: CampaignRow["campaign"],
  input: ShiftInput,
  shiftId: string | null,
) {
  const errors: FieldError[] = [];
  if (input.date < campaign.startsOn || input.date > campaign.endsOn)
    errors.push({
      path: "date",
      code: "outside_campaign",
      message: `Kies een dag in de campagne: ${longDate(campaign.startsOn)} tot en met ${longDate(campaign.endsOn)}.`,
    });
  const list = await walkListsQueries.findWalkList(tx, organisationScope(actor), input.walkListId);
  if (!list || list.campaign.id !== campaign.id)
    errors.push({
      path: "walkListId",
      code: "unknown_walk_list",
      message: "Kies een looplijst van deze campagne.",
    });
  else if (list.list.kind === "first") {
    const letters = await lettersQueries.lettersOfList(tx, actor.tenantId, input.walkListId);
    if (letters.missing > 0 || !letters.latest)
      errors.push({
        path: "walkListId",
        code: "letters_missing",
        message:
          "Niet alle adressen op deze looplijst hebben een aankondigingsbrief gekregen. Maak eerst de brieven.",
      });
    else if (input.date < firstVisitDay(letters.latest, campaign))
      errors.push({
        path: "date",
        code: "too_soon_after_letter",
        message: `De bewoners kregen hun brief op ${longDate(letters.latest)}; bezoeken kan vanaf ${longDate(firstVisitDay(letters.latest, campaign))}.`,
      });
  }
  const professionals = new Set(campaign.professionalUserIds);
  if (input.professionalUserIds.some((id) => !professionals.has(id)))
    errors.push({
      path: "professionalUserIds",
      code: "unknown_professional",
      message: "Kies professionals die bij deze campagne bereikbaar zijn.",
    });
  // Only volunteers the planner may see (organisation scope): others are "unknown", as if absent.
  const volunteers = await queries.shiftFitness(
    tx,
    organisationScope(actor),
    [...new Set(input.volunteerIds)],
    campaign.requiredTraining,
    input.date,
    shiftId,
  );
  if (volunteers.length !== new Set(input.volunteerIds).size)
    errors.push({
      path: "volunteerIds",
      code: "unknown_volunteer",
      message: "Kies vrijwilligers uit de lijst.",
    });
  for (const v of volunteers) errors.push(...volunteerErrors(v, campaign, input));
  if (errors.length) throw validationFailed(errors);
  return volunteers;
}

/** What keeps one volunteer off a shift on its day: not active, training or VOG missing, first shift alone. */
function volunteerErrors(
  v: Awaited<ReturnType<typeof queries.shiftFitness>>[number],
  campaign: CampaignRow["campaign"],
  input: ShiftInput,
) {
  const errors: FieldError[] = [];
  const name = `${v.given_name} ${v.family_name}`.trim();
  if (v.status !== "active")
    errors.push({
      path: "volunteerIds",
      code: "not_active",
      message: `${name} is geen actieve vrijwilliger.`,
    });
  if (!v.trained)
    errors.push({
      path: "volunteerIds",
      code: "training_missing",
      message: `${name} heeft op die dag geen geldige training "${campaign.requiredTraining}".`,
    });
  if (!v.screened)
    errors.push({
      path: "volunteerIds",
      code: "vog_missing",
      message: `${name} heeft op die dag geen geldige VOG.`,
    });
  if (!v.experienced && input.professionalUserIds.length === 0)
    errors.push({
      path: "professionalUserIds",
      code: "first_shift_needs_professional",
      message: `Voor ${name} is dit de eerste dienst: er moet een ervaren professional mee.`,
    });
  return errors;
}

async function mailShift(
  mailer: Mailer,
  tenantId: string,
  people: { email: string | null; user_id: string | null; given_name: string }[],
  subject: string,
  lines: string[],
) {
  for (const p of people) {
    if (!p.email) continue;
    await mailer.send({
      tenantId,
      recipientUserId: p.user_id,
      to: p.email,
      subject,
      text: [`Beste ${p.given_name},`, "", ...lines].join("\n"),
    });
  }
}

type ShiftPeople = Parameters<typeof mailShift>[2];

/** Mails who was added to a shift, whose shift moved, and who was taken off. */
async function mailShiftChanges(
  mailer: Mailer,
  tenantId: string,
  result: {
    shift: Shift;
    campaignName: string;
    added: ShiftPeople;
    changed: ShiftPeople;
    removed: ShiftPeople;
  },
) {
  const when = `${shortDate(result.shift.date)} van ${result.shift.startTime} tot ${result.shift.endTime}`;
  const list = result.shift.walkListName ? `, ${result.shift.walkListName.toLowerCase()}` : "";
  const pair = result.shift.members.map((m) => m.name).join(", ");
  await mailShift(mailer, tenantId, result.added, `Huisbezoeken op ${shortDate(result.shift.date)}`, [
    `U bent ingeroosterd voor ${result.campaignName}: ${when}${list}.`,
    `U gaat samen met: ${pair}.`,
    "De dienst staat ook in uw agenda-link van Inzet.",
  ]);
  await mailShift(
    mailer,
    tenantId,
    result.changed,
    `Gewijzigd: huisbezoeken op ${shortDate(result.shift.date)}`,
    [
      `Uw dienst voor ${result.campaignName} is gewijzigd. Nieuw: ${when}${list}.`,
      `U gaat samen met: ${pair}.`,
    ],
  );
  await mailShift(mailer, tenantId, result.removed, "Afgezegd: huisbezoeken", [
    `U staat niet meer ingeroosterd voor de dienst van ${result.campaignName} op ${shortDate(result.shift.date)}.`,
  ]);
}

/** Plans a shift (or changes one); volunteers who are added, changed or taken off get an email. */
export async function saveShift(
  db: Db,
  mailer: Mailer,
  actor: Actor,
  campaignId: string,
  shiftId: string | null,
  input: ShiftInput,
) {
  const result = await db.transaction(async (tx) => {
    const campaign = (await campaignRow(tx, actor, campaignId)).campaign;
    const existing = shiftId ? await queries.findShift(tx, organisationScope(actor), shiftId) : null;
    if (shiftId && (!existing || existing.campaign.id !== campaignId)) throw notFound();
    const volunteers = await checkShiftRules(tx, actor, campaign, input, shiftId);
    const values = {
      walkListId: input.walkListId,
      date: input.date,
      startTime: input.startTime,
      endTime: input.endTime,
    };
    const id =
      shiftId ?? (await queries.insertShift(tx, { tenantId: actor.tenantId, campaignId, ...values })).id;
    if (shiftId) await queries.updateShift(tx, actor.tenantId, shiftId, values);
    const before = shiftId ? await queries.membersOf(tx, actor.tenantId, shiftId) : [];
    const { added, gone } = await queries.replaceMembers(tx, actor.tenantId, id, [
      ...[...new Set(input.volunteerIds)].map((volunteerId) => ({ volunteerId, userId: null })),
      ...[...new Set(input.professionalUserIds)].map((userId) => ({ volunteerId: null, userId })),
    ]);
    // Members already on the shift are mailed whatever their organisation.
    const goneVolunteers = await queries.shiftFitness(
      tx,
      tenantWide(actor),
      gone.flatMap((m) => (m.volunteerId ? [m.volunteerId] : [])),
      "",
      input.date,
      id,
    );
    const moved =
      existing &&
      (existing.shift.date !== input.date ||
        existing.shift.startTime !== input.startTime ||
        existing.shift.endTime !== input.endTime ||
        existing.shift.walkListId !== input.walkListId);
    const addedIds = new Set(added.map((m) => m.volunteerId));
    const stayed = before
      .filter((m) => m.volunteerId && !gone.some((g) => g.id === m.id))
      .map((m) => m.volunteerId);
    await logProcessing(tx, actor, {
      activity: "outreach.manage",
      action: shiftId ? "update" : "create",
      subjectType: "person",
      subjectIds: [...volunteers, ...goneVolunteers].map((v) => v.person_id),
    });
    const [shift] = presentShifts(
      await queries.listShifts(tx, { tenantId: actor.tenantId, campaignId, from: input.date }),
    ).filter((s) => s.id === id);
    return {
      shift: shift!,
      campaignName: campaign.name,
      added: volunteers.filter((v) => addedIds.has(v.id)),
      changed: moved ? volunteers.filter((v) => stayed.includes(v.id)) : [],
      removed: goneVolunteers,
    };
  });
  await mailShiftChanges(mailer, actor.tenantId, result);
  return result.shift;
}

/** Cancels a shift; its volunteers get an email. */
export async function cancelShift(db: Db, mailer: Mailer, actor: Actor, shiftId: string) {
  const result = await db.transaction(async (tx) => {
    const row = await queries.findShift(tx, organisationScope(actor), shiftId);
    if (!row) throw notFound();
    const members = await queries.membersOf(tx, actor.tenantId, shiftId);
    const volunteers = await queries.shiftFitness(
      tx,
      tenantWide(actor),
      members.flatMap((m) => (m.volunteerId ? [m.volunteerId] : [])),
      "",
      row.shift.date,
      shiftId,
    );
    await queries.deleteShift(tx, actor.tenantId, shiftId);
    await logProcessing(tx, actor, {
      activity: "outreach.manage",
      action: "delete",
      subjectType: "person",
      subjectIds: volunteers.map((v) => v.person_id),
    });
    return { row, volunteers };
  });
  await mailShift(mailer, actor.tenantId, result.volunteers, "Afgezegd: huisbezoeken", [
    `De dienst van ${result.row.campaign.name} op ${shortDate(result.row.shift.date)} van ${result.row.shift.startTime} gaat niet door.`,
  ]);
}

/** The campaign's roster; reading the names is logged. */
export async function listCampaignShifts(db: Db, actor: Actor, campaignId: string) {
  return db.transaction(async (tx) => {
    await campaignRow(tx, actor, campaignId);
    const rows = await queries.listShifts(tx, { tenantId: actor.tenantId, campaignId });
    await logProcessing(tx, actor, {
      activity: "outreach.manage",
      action: "read",
      subjectType: "person",
      subjectIds: rows.flatMap((r) => r.members.flatMap((m) => (m.personId ? [m.personId] : []))),
    });
    return presentShifts(rows);
  });
}

export async function eligibleVolunteers(
  db: DbOrTx,
  actor: Actor,
  campaignId: string,
  q: string | undefined,
) {
  const campaign = (await campaignRow(db, actor, campaignId)).campaign;
  const rows = await queries.eligibleVolunteers(db, organisationScope(actor), campaign.requiredTraining, q);
  await logProcessing(db, actor, {
    activity: "outreach.manage",
    action: "read",
    subjectType: "person",
    subjectIds: rows.map((v) => v.person_id),
  });
  return rows.map((v) => ({
    volunteerId: v.id,
    name: `${v.given_name} ${v.family_name}`.trim(),
    experienced: v.experienced,
  }));
}
