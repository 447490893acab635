import { amsterdamDay } from "../../../../shared/dates.ts";
import { assessRisk } from "../../../../shared/volunteers/risk.ts";
import { maskToSlots, type Volunteer } from "../../../../shared/volunteers.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { AppError, notFound } from "../../../platform/errors.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { organisationScope, tenantWide } from "../../../platform/scope.ts";
import * as checkInQueries from "../check-ins/queries.ts";
import * as motiveQueries from "../motives/queries.ts";
import * as photoQueries from "../photo/queries.ts";
import * as core from "../queries.ts";
import * as screeningQueries from "../screening/queries.ts";
import { getSettings } from "../settings/service.ts";

export const DAY = 24 * 60 * 60 * 1000;

// --- Dates (ISO yyyy-mm-dd, UTC) ---

/** The calendar day of a moment in Amsterdam (not UTC: just after midnight it is already the next day). */
export const isoDay = (date: Date) => amsterdamDay(date);
export function addMonths(day: string, months: number) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return isoDay(date);
}
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / DAY);
export function ageOn(birthDate: string | null, day: string): number | null {
  if (!birthDate) return null;
  const [y, m, d] = birthDate.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = day.split("-").map(Number) as [number, number, number];
  return ty - y - (tm < m || (tm === m && td < d) ? 1 : 0);
}

/** The denormalised sort and search keys of a volunteer, kept in step with the person's name. */
export function nameKeys(givenName: string, familyName: string, email: string | null | undefined) {
  return {
    sortKey: `${familyName} ${givenName}`.trim().toLowerCase(),
    searchKey: `${givenName} ${familyName} ${email ?? ""}`.trim().toLowerCase(),
  };
}

// --- Scope ---

/** A coordinator of an organisation sees that organisation's volunteers; others the whole tenant. */
export const scopeOf = organisationScope;

// --- One volunteer ---

export async function findInScope(db: DbOrTx, actor: Actor, id: string) {
  const row = await core.findVolunteer(db, scopeOf(actor), id);
  if (!row) throw notFound();
  return row;
}

export async function getVolunteer(db: Db, actor: Actor, id: string) {
  return db.transaction((tx) => getVolunteerIn(tx, actor, id, { log: true }));
}

export async function getVolunteerIn(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  options: { log: boolean },
): Promise<Volunteer> {
  const row = await findInScope(tx, actor, id);
  if (options.log) {
    await logProcessing(tx, actor, {
      activity:
        actor.role === "volunteer" || actor.role === "participant" ? "volunteers.self" : "volunteers.manage",
      action: "read",
      subjectType: "person",
      subjectIds: [row.person.id],
    });
  }
  return present(tx, row);
}

/** The record's own fields: what the volunteer row and its person hold. */
function presentFields(row: core.VolunteerRow, today: string, daysWaiting: number, needsContact: boolean) {
  const v = row.volunteer;
  return {
    id: v.id,
    personId: row.person.id,
    name: `${row.person.givenName} ${row.person.familyName}`.trim(),
    givenName: row.person.givenName,
    familyName: row.person.familyName,
    email: row.person.email,
    phone: row.person.phone,
    organisationId: v.organisationId,
    organisationName: row.organisationName,
    status: v.status,
    signedUpAt: v.signedUpAt.toISOString(),
    daysWaiting,
    needsContact,
    channel: v.channel,
    campaignId: v.campaignId,
    motiveType: v.motiveType,
    neighbourhoodId: v.neighbourhoodId,
    neighbourhoodName: row.neighbourhoodName,
    skills: v.skills,
    assisted: v.assisted,
    street: v.street,
    houseNumber: v.houseNumber,
    postcode: v.postcode,
    city: v.city,
    birthDate: v.birthDate,
    age: ageOn(v.birthDate, today),
    languages: v.languages,
    interests: v.interests,
    availability: maskToSlots(v.availability),
    hoursPerWeek: v.hoursPerWeek,
    preferredDistrictIds: v.preferredDistrictIds,
    maxTravelKm: v.maxTravelKm,
    commitment: v.commitment as Volunteer["commitment"],
    goals: v.goals as Volunteer["goals"],
    emergencyName: v.emergencyName,
    emergencyPhone: v.emergencyPhone,
    motivation: v.motivation,
    activeSince: v.activeSince,
    stoppedOn: v.stoppedOn,
    stopReason: v.stopReason,
    nextCheckInOn: v.nextCheckInOn,
    hasAccount: Boolean(row.person.userId),
    erasureRequestedAt: v.erasureRequestedAt?.toISOString() ?? null,
  };
}

/** Motives, screening, check-ins and status history of a volunteer, newest first. */
async function presentLists(db: DbOrTx, tenantId: string, id: string) {
  const [motives, vogs, trainings, checkIns, history] = await Promise.all([
    motiveQueries.listMotiveResponses(db, tenantId, id),
    screeningQueries.listVogs(db, tenantId, id),
    screeningQueries.listTrainings(db, tenantId, id),
    checkInQueries.listCheckIns(db, tenantId, id),
    core.listStatusChanges(db, tenantId, id),
  ]);
  return {
    motives: motives.map((m) => ({
      id: m.id,
      takenAt: m.takenAt.toISOString(),
      scores: m.scores,
      typeCode: m.typeCode,
      assisted: m.assisted,
    })),
    vogs: vogs.map((vog) => ({
      id: vog.id,
      requestedOn: vog.requestedOn,
      receivedOn: vog.receivedOn,
      issuedOn: vog.issuedOn,
      profileCodes: vog.profileCodes,
      renewalDue: vog.renewalDue,
      note: vog.note,
    })),
    trainings: trainings.map((t) => ({
      id: t.id,
      training: t.training,
      completedOn: t.completedOn,
      expiresOn: t.expiresOn,
      certificate: t.certificate,
    })),
    checkIns: checkIns.map(({ checkIn, byName }) => ({
      id: checkIn.id,
      heldOn: checkIn.heldOn,
      satisfaction: checkIn.satisfaction,
      roleClarity: checkIn.roleClarity,
      support: checkIn.support,
      coordinatorRelation: checkIn.coordinatorRelation,
      workload: checkIn.workload,
      wishToChange: checkIn.wishToChange,
      note: checkIn.note,
      byName,
    })),
    statusHistory: history.map(({ change, byName }) => ({
      from: change.fromStatus,
      to: change.toStatus,
      on: change.effectiveOn,
      at: change.changedAt.toISOString(),
      byName,
      reason: change.reason,
      note: change.note,
    })),
  };
}

export async function present(db: DbOrTx, row: core.VolunteerRow): Promise<Volunteer> {
  const v = row.volunteer;
  const settings = await getSettings(db, v.tenantId);
  const [lists, hasPhoto, hours] = await Promise.all([
    presentLists(db, v.tenantId, v.id),
    photoQueries.hasPhoto(db, v.tenantId, v.id),
    core.hoursActivity(db, v.tenantId, v.id),
  ]);
  const now = new Date();
  const today = isoDay(now);
  const daysWaiting = Math.floor((now.getTime() - v.signedUpAt.getTime()) / DAY);
  const needsContact = v.status === "signedUp" && !v.firstContactAt && daysWaiting > settings.signupStaleDays;
  return {
    ...presentFields(row, today, daysWaiting, needsContact),
    hasPhoto,
    ...lists,
    risk: assessRisk(
      {
        status: v.status,
        needsContact,
        nextCheckInOn: v.nextCheckInOn,
        checkIns: lists.checkIns,
        vogs: lists.vogs,
        trainings: lists.trainings,
        hours,
      },
      settings,
      today,
    ),
  };
}

// --- Self ---

export async function ownVolunteerId(db: DbOrTx, actor: Actor) {
  const id = await core.findVolunteerIdOfUser(db, actor.tenantId, actor.userId);
  if (!id)
    throw new AppError(
      404,
      "no_volunteer_profile",
      "U heeft nog geen vrijwilligersprofiel in dit werkgebied.",
    );
  return id;
}

/** The volunteer id of the signed-in user in the actor's tenant, or null (for other features). */
export function findOwnVolunteerId(db: DbOrTx, actor: Actor) {
  return core.findVolunteerIdOfUser(db, actor.tenantId, actor.userId);
}

/** A volunteer reads their own profile (not logged, like /api/me: see ADR 0005). */
export async function getOwnVolunteer(db: DbOrTx, actor: Actor) {
  const id = await ownVolunteerId(db, actor);
  const row = await core.findVolunteer(db, tenantWide(actor), id);
  if (!row) throw notFound();
  return present(db, row);
}

/**
 * Name and contact of a volunteer of the tenant, or null: for mails about a record the volunteer is
 * already part of (their application, their shift). To act on a volunteer by id (invite, plan), use
 * findVolunteerContactInScope.
 */
export async function findVolunteerContact(db: DbOrTx, tenantId: string, volunteerId: string) {
  return contactOf(await core.findVolunteer(db, { tenantId, organisationId: null }, volunteerId));
}

/** Name and contact of a volunteer the actor may see (organisation scope, as reading one), or null. */
export async function findVolunteerContactInScope(db: DbOrTx, actor: Actor, volunteerId: string) {
  return contactOf(await core.findVolunteer(db, scopeOf(actor), volunteerId));
}

function contactOf(row: core.VolunteerRow | null) {
  if (!row) return null;
  return {
    personId: row.person.id,
    userId: row.person.userId,
    name: `${row.person.givenName} ${row.person.familyName}`.trim(),
    email: row.person.email,
    birthDate: row.volunteer.birthDate,
  };
}

/**
 * What matching needs to know of a volunteer in the actor's scope (null when out of scope): profile,
 * unexpired trainings and the screening profiles of VOGs valid today.
 */
export async function matchProfileOf(db: DbOrTx, actor: Actor, volunteerId: string | null) {
  const id = volunteerId ?? (await ownVolunteerId(db, actor));
  const scope = volunteerId ? scopeOf(actor) : tenantWide(actor);
  const row = await core.findVolunteer(db, scope, id);
  if (!row) return null;
  const today = isoDay(new Date());
  const [trainings, vogs] = await Promise.all([
    screeningQueries.listTrainings(db, actor.tenantId, id),
    screeningQueries.listVogs(db, actor.tenantId, id),
  ]);
  return {
    id,
    personId: row.person.id,
    skills: row.volunteer.skills,
    goals: row.volunteer.goals,
    availability: row.volunteer.availability,
    districtId: row.volunteer.districtId,
    preferredDistrictIds: row.volunteer.preferredDistrictIds,
    motiveScores: row.volunteer.motiveScores ?? null,
    point:
      row.volunteer.lat !== null && row.volunteer.lon !== null
        ? { lat: row.volunteer.lat, lon: row.volunteer.lon }
        : null,
    maxTravelKm: row.volunteer.maxTravelKm,
    validTrainings: trainings.filter((t) => !t.expiresOn || t.expiresOn >= today).map((t) => t.training),
    validVogProfiles: [
      ...new Set(
        vogs
          .filter((v) => v.issuedOn && v.renewalDue && v.renewalDue >= today)
          .flatMap((v) => v.profileCodes),
      ),
    ],
  };
}
