import { randomBytes } from "node:crypto";
import type { CircleDetail, CircleInput, circleQuerySchema } from "../../../shared/circles/circles.ts";
import { firstUnqualifiedDate, planSessions } from "../../../shared/circles/leaders.ts";
import type { Participant } from "../../../shared/circles/participants.ts";
import type { Programme, ProgrammeInput } from "../../../shared/circles/programmes.ts";
import type { z } from "../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { notFound, validationFailed } from "../../platform/errors.ts";
import { logProcessing } from "../../platform/processing-log.ts";
import { organisationExists } from "../organisations/service.ts";
import { findVolunteerContactInScope, getSettings } from "../volunteers/service.ts";
import * as participantQueries from "./participants/queries.ts";
import { canManageCircle, circleScope } from "./policy.ts";
import * as queries from "./queries.ts";

const fullName = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`.trim();

function presentProgramme(row: queries.ProgrammeRow): Programme {
  const p = row.programme;
  return {
    id: p.id,
    name: p.name,
    kind: p.kind,
    organisationId: p.organisationId,
    organisationName: row.organisationName,
    curriculum: p.curriculum,
    sessionCount: p.sessionCount,
    targetSize: p.targetSize,
    maxSize: p.maxSize,
    requiredTrainings: p.requiredTrainings,
    vogProfiles: p.vogProfiles,
    circleCount: row.circleCount,
  };
}

// --- Programmes ---

export async function listProgrammes(db: DbOrTx, actor: Actor) {
  return { items: (await queries.listProgrammes(db, circleScope(actor))).map(presentProgramme) };
}

async function checkProgramme(db: DbOrTx, actor: Actor, input: ProgrammeInput) {
  const { trainings } = await getSettings(db, actor.tenantId);
  const unknown = input.requiredTrainings.filter((code) => !trainings.some((t) => t.code === code));
  if (unknown.length > 0)
    throw validationFailed([
      { path: "requiredTrainings", code: "unknown_training", message: "Kies trainingen uit de lijst." },
    ]);
  const organisationId = actor.role === "coordinator" ? actor.organisationId : input.organisationId;
  if (!organisationId || !(await organisationExists(db, actor.tenantId, organisationId)))
    throw validationFailed([
      { path: "organisationId", code: "unknown_organisation", message: "Kies een organisatie uit de lijst." },
    ]);
  return organisationId;
}

const programmeValues = (input: ProgrammeInput) => ({
  name: input.name,
  kind: input.kind,
  curriculum: input.curriculum,
  sessionCount: input.sessionCount,
  targetSize: input.targetSize,
  maxSize: input.maxSize,
  requiredTrainings: input.requiredTrainings,
  vogProfiles: input.vogProfiles,
});

export async function createProgramme(db: Db, actor: Actor, input: ProgrammeInput) {
  return db.transaction(async (tx) => {
    const organisationId = await checkProgramme(tx, actor, input);
    const id = await queries.insertProgramme(tx, {
      tenantId: actor.tenantId,
      organisationId,
      ...programmeValues(input),
    });
    return presentProgramme((await queries.findProgramme(tx, circleScope(actor), id))!);
  });
}

export async function updateProgramme(db: Db, actor: Actor, id: string, input: ProgrammeInput) {
  return db.transaction(async (tx) => {
    if (!(await queries.findProgramme(tx, circleScope(actor), id))) throw notFound();
    const organisationId = await checkProgramme(tx, actor, input);
    await queries.updateProgramme(tx, actor.tenantId, id, { organisationId, ...programmeValues(input) });
    return presentProgramme((await queries.findProgramme(tx, circleScope(actor), id))!);
  });
}

// --- Leaders: training and VOG on every session date ---

const missingText = (u: NonNullable<ReturnType<typeof firstUnqualifiedDate>>) =>
  u.missing === "vog" ? "geen geldige VOG" : `training ${u.training} niet (meer) geldig`;

/** Refuses leaders who lack a required training or VOG on one of the dates (not cancelled sessions). */
export async function checkLeaders(
  db: DbOrTx,
  actor: Actor,
  leaderIds: string[],
  requirements: { requiredTrainings: string[]; vogProfiles: string[] },
  dates: string[],
  path = "leaderIds",
) {
  const leaders = [];
  for (const [index, id] of leaderIds.entries()) {
    const contact = await findVolunteerContactInScope(db, actor, id);
    if (!contact)
      throw validationFailed([
        {
          path: `${path}.${index}`,
          code: "unknown_volunteer",
          message: "Kies een vrijwilliger uit de lijst.",
        },
      ]);
    const unqualified = firstUnqualifiedDate(
      await queries.qualificationRecords(db, actor.tenantId, id),
      requirements,
      dates,
    );
    if (unqualified)
      throw validationFailed([
        {
          path: `${path}.${index}`,
          code: "leader_not_qualified",
          message: `${contact.name} kan de bijeenkomst van ${unqualified.date} niet begeleiden: ${missingText(unqualified)}.`,
        },
      ]);
    leaders.push(contact);
  }
  return leaders;
}

// --- Circles ---

export async function createCircle(db: Db, actor: Actor, input: CircleInput, publicUrl: string) {
  return db.transaction(async (tx) => {
    const programme = await queries.findProgramme(tx, circleScope(actor), input.programmeId);
    if (!programme)
      throw validationFailed([
        { path: "programmeId", code: "unknown_programme", message: "Kies een programma uit de lijst." },
      ]);
    const p = programme.programme;
    const planned = planSessions(input.startsOn, p.sessionCount, p.curriculum);
    await checkLeaders(
      tx,
      actor,
      input.leaderIds,
      p,
      planned.map((s) => s.date),
    );
    const id = await queries.insertCircle(tx, {
      tenantId: actor.tenantId,
      organisationId: p.organisationId,
      programmeId: p.id,
      name: input.name,
      place: input.place,
      startsOn: input.startsOn,
      startTime: input.startTime,
      endTime: input.endTime,
      maxSize: p.maxSize,
      publicSignup: input.publicSignup,
    });
    await queries.replaceLeaders(tx, actor.tenantId, id, input.leaderIds);
    await queries.insertSessions(
      tx,
      planned.map((s) => ({
        tenantId: actor.tenantId,
        circleId: id,
        ...s,
        startTime: input.startTime,
        endTime: input.endTime,
      })),
    );
    return circleDetail(tx, actor, id, publicUrl);
  });
}

export async function listCircles(db: Db, actor: Actor, query: z.output<typeof circleQuerySchema>) {
  return db.transaction(async (tx) => {
    const { rows, total } = await queries.listCircles(tx, circleScope(actor), query, query);
    const leaders = await queries.leadersOf(
      tx,
      actor.tenantId,
      rows.map((r) => r.circle.id),
    );
    await logProcessing(tx, actor, {
      activity: "circles.participants",
      action: "read",
      subjectType: "person",
      subjectIds: leaders.map((l) => l.personId),
    });
    return {
      items: rows.map((row) => presentCircle(actor, row, leaders)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

function presentCircle(
  actor: Actor,
  row: queries.CircleRow,
  leaders: Awaited<ReturnType<typeof queries.leadersOf>>,
) {
  const c = row.circle;
  return {
    id: c.id,
    programmeId: c.programmeId,
    programmeName: row.programmeName,
    organisationId: c.organisationId,
    name: c.name,
    place: c.place,
    startsOn: c.startsOn,
    startTime: c.startTime,
    endTime: c.endTime,
    maxSize: c.maxSize,
    publicSignup: c.publicSignup,
    leaders: leaders
      .filter((l) => l.circleId === c.id)
      .map((l) => ({ volunteerId: l.volunteerId, name: fullName(l) })),
    participantCount: row.participantCount,
    waitlistCount: row.waitlistCount,
    can: { manage: canManageCircle(actor, c) },
  };
}

export function presentParticipants(rows: participantQueries.ParticipantRow[]): Participant[] {
  let position = 0;
  return rows.map(({ participant: p, person }) => ({
    id: p.id,
    personId: person.id,
    name: fullName(person),
    email: person.email,
    phone: person.phone,
    status: p.status,
    source: p.source,
    waitlistPosition: p.status === "waitlisted" ? ++position : null,
    offerExpiresAt: p.offerExpiresAt?.toISOString() ?? null,
    signedUpAt: p.signedUpAt.toISOString(),
  }));
}

/** A circle in the actor's scope with its sessions and list; logs the persons shown. 404 outside it. */
export async function circleDetail(
  tx: DbOrTx,
  actor: Actor,
  id: string,
  publicUrl: string,
): Promise<CircleDetail> {
  const row = await queries.findCircle(tx, circleScope(actor), id);
  if (!row) throw notFound();
  const [leaders, sessions, participants] = await Promise.all([
    queries.leadersOf(tx, actor.tenantId, [id]),
    queries.sessionsOf(tx, actor.tenantId, id),
    participantQueries.participantsOf(tx, actor.tenantId, id),
  ]);
  await logProcessing(tx, actor, {
    activity: "circles.participants",
    action: "read",
    subjectType: "person",
    subjectIds: [...leaders.map((l) => l.personId), ...participants.map((p) => p.person.id)],
  });
  return {
    ...presentCircle(actor, row, leaders),
    sessions: sessions.map((s) => ({
      id: s.id,
      number: s.number,
      theme: s.theme,
      guide: s.guide,
      date: s.date,
      startTime: s.startTime,
      endTime: s.endTime,
      cancelled: s.cancelled,
      note: s.note,
    })),
    participants: presentParticipants(participants),
    calendarUrl: row.circle.calendarToken ? calendarUrl(publicUrl, row.circle.calendarToken) : null,
  };
}

const calendarUrl = (publicUrl: string, token: string) =>
  `${publicUrl}/api/public/circle-calendar/${token}.ics`;

export async function getCircle(db: Db, actor: Actor, id: string, publicUrl: string) {
  return db.transaction((tx) => circleDetail(tx, actor, id, publicUrl));
}

export async function setLeaders(db: Db, actor: Actor, id: string, leaderIds: string[], publicUrl: string) {
  return db.transaction(async (tx) => {
    const row = await queries.findCircle(tx, circleScope(actor), id);
    if (!row) throw notFound();
    const programme = (await queries.findProgramme(tx, circleScope(actor), row.circle.programmeId))!;
    const dates = (await queries.sessionsOf(tx, actor.tenantId, id))
      .filter((s) => !s.cancelled)
      .map((s) => s.date);
    await checkLeaders(tx, actor, leaderIds, programme.programme, dates);
    await queries.replaceLeaders(tx, actor.tenantId, id, leaderIds);
    return circleDetail(tx, actor, id, publicUrl);
  });
}

/** A new secret link for the circle's iCal feed; the old one stops working. */
export async function renewCalendar(db: Db, actor: Actor, id: string, publicUrl: string) {
  return db.transaction(async (tx) => {
    if (!(await queries.findCircle(tx, circleScope(actor), id))) throw notFound();
    const token = randomBytes(24).toString("base64url");
    await queries.setCalendarToken(tx, actor.tenantId, id, token);
    return { url: calendarUrl(publicUrl, token) };
  });
}

export { eraseCircleData, purgeExpiredCircleNotes } from "./privacy/service.ts";
