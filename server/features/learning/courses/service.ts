import { amsterdamDay } from "../../../../shared/dates.ts";
import {
  type CourseEdition,
  drijfverenModules,
  type editionInputSchema,
  editionState,
} from "../../../../shared/learning/courses.ts";
import { can } from "../../../../shared/roles.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { conflict, notFound } from "../../../platform/errors.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { getDropoutReport } from "../../recruitment/service.ts";
import * as queries from "./queries.ts";

type Edition = NonNullable<Awaited<ReturnType<typeof queries.findEdition>>>;
type Counts = Awaited<ReturnType<typeof queries.statusCounts>>;
type Mine = Awaited<ReturnType<typeof queries.enrolmentsOfUser>>;

function present(actor: Actor, e: Edition, counts: Counts, mine: Mine): CourseEdition {
  const countOf = (status: string) =>
    Number(counts.find((c) => c.editionId === e.id && c.status === status)?.value ?? 0);
  const enrolled = countOf("enrolled");
  const myStatus = mine.find((m) => m.editionId === e.id)?.status ?? null;
  return {
    id: e.id,
    title: e.title,
    minParticipants: e.minParticipants,
    maxParticipants: e.maxParticipants,
    meetingDays: e.meetingDays,
    enrolled,
    waitlisted: countOf("waitlisted"),
    state: editionState(enrolled, e),
    myStatus,
    can: {
      enrol: can(actor.role, "courses.enrol") && myStatus === null,
      setMeetings: can(actor.role, "courses.manage") && enrolled >= e.minParticipants,
    },
  };
}

async function presentOne(db: DbOrTx, actor: Actor, id: string) {
  const edition = await queries.findEdition(db, actor.tenantId, id);
  if (!edition) throw notFound();
  return present(
    actor,
    edition,
    await queries.statusCounts(db, actor.tenantId),
    await queries.enrolmentsOfUser(db, actor.tenantId, actor.userId),
  );
}

export async function listEditions(db: DbOrTx, actor: Actor) {
  const [editions, counts, mine] = await Promise.all([
    queries.listEditions(db, actor.tenantId),
    queries.statusCounts(db, actor.tenantId),
    queries.enrolmentsOfUser(db, actor.tenantId, actor.userId),
  ]);
  return editions.map((e) => present(actor, e, counts, mine));
}

export async function createEdition(db: DbOrTx, actor: Actor, input: z.output<typeof editionInputSchema>) {
  const row = await queries.insertEdition(db, { tenantId: actor.tenantId, ...input });
  return presentOne(db, actor, row.id);
}

/** Sign-up: a place while there is room, otherwise the waitlist (in order of sign-up). */
export async function enrol(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const edition = await queries.findEdition(tx, actor.tenantId, id, true);
    if (!edition) throw notFound();
    const counts = await queries.statusCounts(tx, actor.tenantId);
    const enrolled = Number(counts.find((c) => c.editionId === id && c.status === "enrolled")?.value ?? 0);
    const row = await queries.insertEnrolment(tx, {
      tenantId: actor.tenantId,
      editionId: id,
      userId: actor.userId,
      organisationId: actor.organisationId,
      status: enrolled < edition.maxParticipants ? "enrolled" : "waitlisted",
    });
    if (!row) throw conflict("already_enrolled", "U bent al aangemeld voor deze leergang.");
    await logProcessing(tx, actor, {
      activity: "learning.courses",
      action: "create",
      subjectType: "user",
      subjectIds: [actor.userId],
    });
    return presentOne(tx, actor, id);
  });
}

/** The three days are set once enough people signed up (the schema checks the four-week rhythm). */
export async function setMeetings(db: Db, actor: Actor, id: string, days: string[]) {
  return db.transaction(async (tx) => {
    const edition = await presentOne(tx, actor, id);
    if (edition.enrolled < edition.minParticipants)
      throw conflict(
        "not_enough_signups",
        `Nog niet genoeg aanmeldingen: de datums worden vastgezet vanaf ${edition.minParticipants} deelnemers (nu ${edition.enrolled}).`,
      );
    await queries.setMeetingDays(tx, actor.tenantId, id, days);
    return presentOne(tx, actor, id);
  });
}

export async function listParticipants(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    if (!(await queries.findEdition(tx, actor.tenantId, id))) throw notFound();
    const rows = await queries.listEnrolments(tx, actor.tenantId, id);
    await logProcessing(tx, actor, {
      activity: "learning.courses",
      action: "read",
      subjectType: "user",
      subjectIds: rows.map((r) => r.enrolment.userId),
    });
    return rows.map((r) => ({
      id: r.enrolment.id,
      name: r.name,
      organisationName: r.organisationName,
      status: r.enrolment.status,
      enrolledAt: r.enrolment.enrolledAt.toISOString(),
    }));
  });
}

/** A meeting's homework is due on the next meeting day; the last meeting's (the plan) on its own day. */
const dueOn = (edition: Edition, meeting: number) =>
  edition.meetingDays?.[Math.min(meeting, edition.meetingDays.length - 1)] ?? null;

async function ownEnrolment(db: DbOrTx, actor: Actor, id: string) {
  const edition = await queries.findEdition(db, actor.tenantId, id);
  const mine = (await queries.enrolmentsOfUser(db, actor.tenantId, actor.userId)).find(
    (m) => m.editionId === id,
  );
  if (!edition || !mine) throw notFound();
  if (mine.status !== "enrolled")
    throw conflict(
      "on_waitlist",
      "U staat op de wachtlijst. Het huiswerk komt vrij als u een plaats krijgt.",
    );
  return { edition, enrolment: mine };
}

/** The homework per meeting, with the figures of the participant's own organisation beside it. */
export async function getHomework(db: DbOrTx, actor: Actor, id: string) {
  const { edition, enrolment } = await ownEnrolment(db, actor, id);
  const submissions = await queries.listSubmissions(db, actor.tenantId, enrolment.id);
  // The own organisation's volunteers by motive type and channel, as its coordinator sees them.
  const report = enrolment.organisationId
    ? await getDropoutReport(
        db,
        { ...actor, role: "coordinator", organisationId: enrolment.organisationId },
        {},
      )
    : null;
  const rows = (groups: NonNullable<typeof report>["byMotiveType"] | undefined) =>
    (groups ?? []).map((g) => ({ key: g.key, label: g.label, volunteers: g.volunteers, stopped: g.stopped }));
  return {
    edition: await presentOne(db, actor, id),
    modules: drijfverenModules.map((m) => ({
      meeting: m.meeting,
      title: m.title,
      summary: m.summary,
      dueOn: dueOn(edition, m.meeting),
      exercises: m.exercises.map((e) => {
        const s = submissions.find((x) => x.exerciseCode === e.code);
        return {
          ...e,
          submission: s ? { text: s.text, submittedAt: s.submittedAt.toISOString(), late: s.late } : null,
        };
      }),
    })),
    ownData: {
      organisationName: await queries.organisationName(db, actor.tenantId, enrolment.organisationId),
      byMotiveType: rows(report?.byMotiveType),
      byChannel: rows(report?.byChannel),
    },
  };
}

/** Homework after the deadline is accepted and flagged late. */
export async function submitHomework(
  db: Db,
  actor: Actor,
  id: string,
  code: string,
  text: string,
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const { edition, enrolment } = await ownEnrolment(tx, actor, id);
    const meeting = drijfverenModules.find((m) => m.exercises.some((e) => e.code === code))!.meeting;
    const due = dueOn(edition, meeting);
    await queries.upsertSubmission(tx, {
      tenantId: actor.tenantId,
      enrolmentId: enrolment.id,
      exerciseCode: code,
      text,
      late: due !== null && amsterdamDay(now) > due,
      submittedAt: now,
    });
    return getHomework(tx, actor, id);
  });
}
