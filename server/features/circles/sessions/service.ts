import type { AttendanceSync, LeaderSession } from "../../../../shared/circles/attendance.ts";
import type { sessionAddSchema, sessionPatchSchema } from "../../../../shared/circles/circles.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { AppError, conflict, notFound, validationFailed } from "../../../platform/errors.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { eventsCalendar } from "../../calendar/service.ts";
import { findOwnVolunteerId } from "../../volunteers/service.ts";
import { circleScope } from "../policy.ts";
import * as progressQueries from "../progress/queries.ts";
import * as circleQueries from "../queries.ts";
import { checkLeaders, circleDetail } from "../service.ts";
import * as queries from "./queries.ts";

/** The circle (in scope) and programme of a session, or 404. */
async function sessionInScope(tx: DbOrTx, actor: Actor, sessionId: string) {
  const session = await queries.findSession(tx, actor.tenantId, sessionId);
  const row = session && (await circleQueries.findCircle(tx, circleScope(actor), session.circleId));
  if (!session || !row) throw notFound();
  const programme = (await circleQueries.findProgramme(tx, circleScope(actor), row.circle.programmeId))!;
  return { session, circle: row.circle, programme: programme.programme };
}

/** The leaders of the circle must be qualified on a new or moved date. */
async function checkDate(
  tx: DbOrTx,
  actor: Actor,
  circleId: string,
  programme: { requiredTrainings: string[]; vogProfiles: string[] },
  date: string,
) {
  const leaders = await circleQueries.leadersOf(tx, actor.tenantId, [circleId]);
  await checkLeaders(
    tx,
    actor,
    leaders.map((l) => l.volunteerId),
    programme,
    [date],
    "date",
  );
}

export async function addSession(
  db: Db,
  actor: Actor,
  circleId: string,
  input: z.output<typeof sessionAddSchema>,
  publicUrl: string,
) {
  return db.transaction(async (tx) => {
    const row = await circleQueries.findCircle(tx, circleScope(actor), circleId);
    if (!row) throw notFound();
    const programme = (await circleQueries.findProgramme(tx, circleScope(actor), row.circle.programmeId))!;
    await checkDate(tx, actor, circleId, programme.programme, input.date);
    const sessions = await circleQueries.sessionsOf(tx, actor.tenantId, circleId);
    await circleQueries.insertSessions(tx, [
      {
        tenantId: actor.tenantId,
        circleId,
        number: Math.max(0, ...sessions.map((s) => s.number)) + 1,
        date: input.date,
        startTime: input.startTime ?? row.circle.startTime,
        endTime: input.endTime ?? row.circle.endTime,
        theme: input.theme,
        guide: input.guide,
      },
    ]);
    return circleDetail(tx, actor, circleId, publicUrl);
  });
}

/** Move, change or cancel a session; a new date (or one taken up again) is checked against the leaders. */
export async function updateSession(
  db: Db,
  actor: Actor,
  id: string,
  patch: z.output<typeof sessionPatchSchema>,
  publicUrl: string,
) {
  return db.transaction(async (tx) => {
    const { session, circle, programme } = await sessionInScope(tx, actor, id);
    const next = {
      ...session,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    };
    if (next.endTime <= next.startTime)
      throw validationFailed([
        { path: "endTime", code: "invalid_time", message: "De eindtijd ligt voor de begintijd." },
      ]);
    if (!next.cancelled && (next.date !== session.date || session.cancelled))
      await checkDate(tx, actor, circle.id, programme, next.date);
    await queries.updateSession(tx, actor.tenantId, id, {
      date: next.date,
      startTime: next.startTime,
      endTime: next.endTime,
      theme: next.theme,
      guide: next.guide,
      cancelled: next.cancelled,
    });
    return circleDetail(tx, actor, circle.id, publicUrl);
  });
}

// --- The leader's screen ---

async function leaderId(db: DbOrTx, actor: Actor) {
  const id = await findOwnVolunteerId(db, actor);
  if (!id)
    throw new AppError(
      404,
      "no_volunteer_profile",
      "U heeft nog geen vrijwilligersprofiel in dit werkgebied.",
    );
  return id;
}

export async function ownCircles(db: DbOrTx, actor: Actor) {
  const volunteerId = await findOwnVolunteerId(db, actor);
  if (!volunteerId) return { items: [] };
  const circles = await queries.ledCircles(db, actor.tenantId, volunteerId);
  const items = [];
  for (const { circle, programmeName } of circles) {
    const sessions = await circleQueries.sessionsOf(db, actor.tenantId, circle.id);
    items.push({
      id: circle.id,
      name: circle.name,
      place: circle.place,
      programmeName,
      sessions: sessions.map(({ id, number, theme, date, startTime, endTime, cancelled }) => ({
        id,
        number,
        theme,
        date,
        startTime,
        endTime,
        cancelled,
      })),
    });
  }
  return { items };
}

async function screen(
  tx: DbOrTx,
  actor: Actor,
  volunteerId: string,
  sessionId: string,
): Promise<LeaderSession> {
  const row = await queries.leaderSession(tx, actor.tenantId, volunteerId, sessionId);
  if (!row) throw notFound();
  const participants = await queries.attendanceOf(tx, actor.tenantId, row.circle.id, sessionId);
  const goals = await progressQueries.goalsOfParticipants(
    tx,
    actor.tenantId,
    participants.map((p) => p.participant.id),
  );
  await logProcessing(tx, actor, {
    activity: "circles.participants",
    action: "read",
    subjectType: "person",
    subjectIds: participants.map((p) => p.person.id),
  });
  const s = row.session;
  return {
    circleId: row.circle.id,
    circleName: row.circle.name,
    place: row.circle.place,
    session: {
      id: s.id,
      number: s.number,
      theme: s.theme,
      guide: s.guide,
      date: s.date,
      startTime: s.startTime,
      endTime: s.endTime,
      cancelled: s.cancelled,
      note: s.note,
    },
    participants: participants.map((p) => ({
      participantId: p.participant.id,
      name: `${p.person.givenName} ${p.person.familyName}`.trim(),
      status: p.attendance?.status ?? null,
      progress: p.attendance?.progress ?? "",
      scale: p.attendance?.scale ?? null,
      goals: goals
        .filter((g) => g.participantId === p.participant.id)
        .map((g) => ({ id: g.id, text: g.text, reachedOn: g.reachedOn })),
    })),
  };
}

/** The leader opens a session of a circle they lead (another's is 404). */
export async function leaderSession(db: Db, actor: Actor, sessionId: string) {
  return db.transaction(async (tx) => screen(tx, actor, await leaderId(tx, actor), sessionId));
}

/**
 * One sync from the leader's phone. The sync id is made on the phone: the same id again is 409
 * `already_recorded` (the queue then drops it). One row per participant and session, so a later
 * sync replaces an earlier one and nothing is stored twice.
 */
export async function syncAttendance(
  db: Db,
  actor: Actor,
  sessionId: string,
  syncId: string,
  input: AttendanceSync,
) {
  return db.transaction(async (tx) => {
    const volunteerId = await leaderId(tx, actor);
    const row = await queries.leaderSession(tx, actor.tenantId, volunteerId, sessionId);
    if (!row) throw notFound();
    if (row.session.cancelled)
      throw validationFailed([
        { path: "records", code: "session_cancelled", message: "Deze bijeenkomst is afgezegd." },
      ]);
    if (
      !(await queries.claimSync(tx, {
        id: syncId,
        tenantId: actor.tenantId,
        sessionId,
        records: input.records.length,
        syncedByUserId: actor.userId,
      }))
    )
      throw conflict("already_recorded", "Deze aanwezigheid is al opgeslagen.");
    const ids = input.records.map((r) => r.participantId);
    const known = await queries.activeParticipantIds(tx, actor.tenantId, row.circle.id, ids);
    const unknown = input.records.findIndex((r) => !known.some((k) => k.id === r.participantId));
    if (unknown >= 0)
      throw validationFailed([
        {
          path: `records.${unknown}.participantId`,
          code: "not_in_circle",
          message: "Deze deelnemer hoort niet bij deze kring.",
        },
      ]);
    await queries.upsertAttendance(
      tx,
      input.records.map((r) => ({
        tenantId: actor.tenantId,
        sessionId,
        participantId: r.participantId,
        status: r.status,
        progress: r.progress,
        scale: r.scale,
        recordedByUserId: actor.userId,
        recordedAt: new Date(),
      })),
    );
    if (input.note) await queries.updateSession(tx, actor.tenantId, sessionId, { note: input.note });
    await logProcessing(tx, actor, {
      activity: "circles.participants",
      action: "update",
      subjectType: "person",
      subjectIds: known.map((k) => k.personId),
    });
    return screen(tx, actor, volunteerId, sessionId);
  });
}

/** The circle's iCal feed: its sessions (not cancelled) with theme and place; no names. */
export async function calendarFeed(db: DbOrTx, file: string) {
  const token = file.replace(/\.ics$/, "");
  const row = /^[A-Za-z0-9_-]{20,64}$/.test(token) ? await queries.findCircleByToken(db, token) : null;
  if (!row) throw notFound();
  const sessions = await circleQueries.sessionsOf(db, row.circle.tenantId, row.circle.id);
  return eventsCalendar(
    `${row.circle.name} – ${row.programmeName}`,
    sessions
      .filter((s) => !s.cancelled)
      .map((s) => ({
        id: `${s.id}@inzet`,
        summary: `${row.circle.name}: ${s.theme}`,
        location: row.circle.place,
        date: s.date,
        startTime: s.startTime,
        endTime: s.endTime,
      })),
  );
}
