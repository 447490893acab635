import type { AttachmentInput } from "../../../../shared/attachments.ts";
import { amsterdamDay } from "../../../../shared/dates.ts";
import {
  type CourseEdition,
  drijfverenModules,
  type editionInputSchema,
  editionState,
  MAX_HOMEWORK_FILE_BYTES,
  MAX_HOMEWORK_FILES,
} from "../../../../shared/learning/courses.ts";
import { can } from "../../../../shared/roles.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { decodeAttachment } from "../../../platform/attachments.ts";
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
  const files = await queries.filesOf(
    db,
    actor.tenantId,
    submissions.map((x) => x.id),
  );
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
          submission: s
            ? {
                text: s.text,
                submittedAt: s.submittedAt.toISOString(),
                late: s.late,
                files: files
                  .filter((f) => f.submissionId === s.id)
                  .map(({ submissionId: _, addedAt, ...f }) => ({ ...f, addedAt: addedAt.toISOString() })),
              }
            : null,
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

/** After the day the exercise's homework is due (Amsterdam time), in Amsterdam time. */
function isLate(edition: Edition, code: string, now: Date) {
  const meeting = drijfverenModules.find((m) => m.exercises.some((e) => e.code === code))!.meeting;
  const due = dueOn(edition, meeting);
  return due !== null && amsterdamDay(now) > due;
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
    await queries.upsertSubmission(tx, {
      tenantId: actor.tenantId,
      enrolmentId: enrolment.id,
      exerciseCode: code,
      text,
      late: isLate(edition, code, now),
      submittedAt: now,
    });
    return getHomework(tx, actor, id);
  });
}

/** A file beside the handed-in answer (at most five per exercise); after the deadline it is flagged late. */
export async function addFile(
  db: Db,
  actor: Actor,
  id: string,
  code: string,
  input: AttachmentInput,
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const { edition, enrolment } = await ownEnrolment(tx, actor, id);
    const submission = (await queries.listSubmissions(tx, actor.tenantId, enrolment.id)).find(
      (s) => s.exerciseCode === code,
    );
    if (!submission)
      throw conflict("no_submission", "Lever eerst uw antwoord in. Daarna kunt u een bijlage toevoegen.");
    const files = await queries.filesOf(tx, actor.tenantId, [submission.id]);
    if (files.length >= MAX_HOMEWORK_FILES)
      throw conflict(
        "too_many_files",
        `Hoogstens ${MAX_HOMEWORK_FILES} bijlagen per opdracht. Haal er eerst een weg.`,
      );
    const data = decodeAttachment(input, MAX_HOMEWORK_FILE_BYTES);
    await queries.insertFile(tx, {
      tenantId: actor.tenantId,
      submissionId: submission.id,
      name: input.name,
      contentType: input.contentType,
      size: data.length,
      data,
      late: isLate(edition, code, now),
      addedAt: now,
    });
    return getHomework(tx, actor, id);
  });
}

/** One of the participant's own homework files; anyone else's is not found. */
export async function homeworkFile(db: DbOrTx, actor: Actor, id: string, fileId: string) {
  const { enrolment } = await ownEnrolment(db, actor, id);
  const file = await queries.findFile(db, actor.tenantId, enrolment.id, fileId);
  if (!file) throw notFound();
  return file;
}

export async function removeFile(db: Db, actor: Actor, id: string, fileId: string) {
  return db.transaction(async (tx) => {
    const file = await homeworkFile(tx, actor, id, fileId);
    await queries.deleteFile(tx, actor.tenantId, file.id);
    return getHomework(tx, actor, id);
  });
}
