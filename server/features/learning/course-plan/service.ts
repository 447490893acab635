import { amsterdamDay } from "../../../../shared/dates.ts";
import {
  type CourseProgress,
  canSignOffPlan,
  FOLLOW_UP_MONTHS,
  type intakeInputSchema,
  type planInputSchema,
} from "../../../../shared/learning/course-plan.ts";
import { drijfverenModules, exerciseCodes } from "../../../../shared/learning/courses.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { renderDocument } from "../../../platform/document-pdf.ts";
import { conflict, notFound } from "../../../platform/errors.ts";
import type { Mailer } from "../../../platform/mail.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import * as recruitment from "../../recruitment/service.ts";
import { listSubmissions, organisationName } from "../courses/queries.ts";
import * as queries from "./queries.ts";

type Row = NonNullable<Awaited<ReturnType<typeof queries.findEnrolment>>>;

/** The organisation's recruitment plan is read and written as its coordinator would. */
const asOrganisation = (actor: Actor, organisationId: string): Actor => ({
  ...actor,
  role: "coordinator",
  organisationId,
});

/** The day the follow-up is due: three months after the sign-off (Amsterdam calendar). */
export function followUpDay(signedOffAt: Date) {
  const [y, m, d] = amsterdamDay(signedOffAt).split("-").map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + FOLLOW_UP_MONTHS, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

async function planActions(db: DbOrTx, actor: Actor, row: Row) {
  const e = row.enrolment;
  if (!e.organisationId || !e.planActionIds?.length) return [];
  const all = await recruitment.listActions(db, asOrganisation(actor, e.organisationId), e.organisationId);
  return all.filter((a) => e.planActionIds!.includes(a.id));
}

async function progressOf(db: DbOrTx, actor: Actor, row: Row): Promise<CourseProgress> {
  const e = row.enrolment;
  const done = new Set((await listSubmissions(db, actor.tenantId, e.id)).map((s) => s.exerciseCode));
  const homeworkDone = exerciseCodes.filter((c) => done.has(c)).length;
  const signedOff =
    e.planSignedOffAt && e.planSignedOffByName
      ? { byName: e.planSignedOffByName, at: e.planSignedOffAt.toISOString() }
      : null;
  const missing = [
    ...(e.intakeHeldAt ? [] : ["Het intakegesprek is nog niet gehouden."]),
    ...(homeworkDone < exerciseCodes.length
      ? [`Nog ${exerciseCodes.length - homeworkDone} van de ${exerciseCodes.length} opdrachten inleveren.`]
      : []),
    ...(e.planSubmittedAt ? [] : ["Het actieplan is nog niet ingediend."]),
    ...(e.planSubmittedAt && !signedOff ? ["Uw manager heeft het actieplan nog niet afgetekend."] : []),
  ];
  return {
    enrolmentId: e.id,
    intake: e.intakeOn
      ? { day: e.intakeOn, held: e.intakeHeldAt !== null, notes: e.intakeNotes ?? "" }
      : null,
    plan: e.planSubmittedAt
      ? {
          submittedAt: e.planSubmittedAt.toISOString(),
          actions: await planActions(db, actor, row),
          signedOff,
        }
      : null,
    homeworkDone,
    homeworkTotal: exerciseCodes.length,
    completed: missing.length === 0,
    missing,
    followUp: e.planSignedOffAt
      ? { on: followUpDay(e.planSignedOffAt), sent: e.followUpSentAt !== null }
      : null,
  };
}

/** The signed-in participant's own enrolment (404 otherwise; the waitlist has no progress yet). */
async function ownEnrolment(db: DbOrTx, actor: Actor, editionId: string) {
  const row = await queries.findEnrolmentOfUser(db, actor.tenantId, editionId, actor.userId);
  if (!row) throw notFound();
  if (row.enrolment.status !== "enrolled")
    throw conflict("on_waitlist", "U staat op de wachtlijst. U krijgt eerst een plaats in de leergang.");
  return row;
}

export async function getProgress(db: DbOrTx, actor: Actor, editionId: string) {
  return progressOf(db, actor, await ownEnrolment(db, actor, editionId));
}

/** The course leader (beheerder) plans the intake call, and records it as held with what was agreed. */
export async function setIntake(
  db: Db,
  actor: Actor,
  enrolmentId: string,
  input: z.output<typeof intakeInputSchema>,
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const row = await queries.findEnrolment(tx, actor.tenantId, enrolmentId);
    if (!row) throw notFound();
    await queries.updateEnrolment(tx, actor.tenantId, enrolmentId, {
      intakeOn: input.day,
      intakeHeldAt: input.held ? (row.enrolment.intakeHeldAt ?? now) : null,
      intakeNotes: input.notes,
    });
    await logProcessing(tx, actor, {
      activity: "learning.courses",
      action: "update",
      subjectType: "user",
      subjectIds: [row.enrolment.userId],
    });
    return progressOf(tx, actor, (await queries.findEnrolment(tx, actor.tenantId, enrolmentId))!);
  });
}

/**
 * The participant hands in the two-level plan: its lines go into the own organisation's recruitment
 * action plan (with owners and due dates) and stay there after the course. Handing in again before the
 * sign-off replaces the lines; after the sign-off the plan is the organisation's and is changed there.
 */
export async function submitPlan(
  db: Db,
  actor: Actor,
  editionId: string,
  input: z.output<typeof planInputSchema>,
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const row = await ownEnrolment(tx, actor, editionId);
    const e = row.enrolment;
    if (!e.organisationId)
      throw conflict(
        "no_organisation",
        "Uw account hoort niet bij een organisatie. Vraag de beheerder dit te regelen.",
      );
    if (e.planSignedOffAt)
      throw conflict(
        "plan_signed_off",
        "Uw manager heeft het actieplan al afgetekend. Wijzig de acties nu in het actieplan werving & binding.",
      );
    const org = asOrganisation(actor, e.organisationId);
    const existing = new Set((await recruitment.listActions(tx, org, e.organisationId)).map((a) => a.id));
    for (const id of e.planActionIds ?? []) if (existing.has(id)) await recruitment.deleteAction(tx, org, id);
    const ids: string[] = [];
    for (const line of input.actions)
      ids.push((await recruitment.createAction(tx, org, { ...line, status: "open" })).id);
    await queries.updateEnrolment(tx, actor.tenantId, e.id, { planActionIds: ids, planSubmittedAt: now });
    return progressOf(tx, actor, (await queries.findEnrolment(tx, actor.tenantId, e.id))!);
  });
}

async function presentPlan(db: DbOrTx, actor: Actor, row: Row) {
  const e = row.enrolment;
  return {
    enrolmentId: e.id,
    name: row.name,
    editionTitle: row.editionTitle,
    submittedAt: e.planSubmittedAt!.toISOString(),
    actions: await planActions(db, actor, row),
    signedOff:
      e.planSignedOffAt && e.planSignedOffByName
        ? { byName: e.planSignedOffByName, at: e.planSignedOffAt.toISOString() }
        : null,
  };
}

/** The plans of the coordinator's own organisation's participants (not their own: nobody signs their own). */
export async function listPlans(db: Db, actor: Actor) {
  if (!actor.organisationId) return [];
  return db.transaction(async (tx) => {
    const rows = (await queries.plansOfOrganisation(tx, actor.tenantId, actor.organisationId!)).filter((r) =>
      canSignOffPlan(actor, r.enrolment),
    );
    await logProcessing(tx, actor, {
      activity: "learning.courses",
      action: "read",
      subjectType: "user",
      subjectIds: rows.map((r) => r.enrolment.userId),
    });
    return Promise.all(rows.map((r) => presentPlan(tx, actor, r)));
  });
}

/** The manager signs off a submitted plan; another organisation's plan, or one's own, is not found. */
export async function signOffPlan(db: Db, actor: Actor, enrolmentId: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const row = await queries.findEnrolment(tx, actor.tenantId, enrolmentId);
    if (!row || !canSignOffPlan(actor, row.enrolment)) throw notFound();
    if (!row.enrolment.planSubmittedAt)
      throw conflict("no_plan", "De deelnemer heeft nog geen actieplan ingediend.");
    if (!row.enrolment.planSignedOffAt)
      await queries.updateEnrolment(tx, actor.tenantId, enrolmentId, {
        planSignedOffAt: now,
        planSignedOffByUserId: actor.userId,
        planSignedOffByName: actor.name,
      });
    await logProcessing(tx, actor, {
      activity: "learning.courses",
      action: "update",
      subjectType: "user",
      subjectIds: [row.enrolment.userId],
    });
    return presentPlan(tx, actor, (await queries.findEnrolment(tx, actor.tenantId, enrolmentId))!);
  });
}

const dutchDay = (day: string) =>
  new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${day}T12:00:00Z`),
  );

/** The certificate, once the intake was held, all homework is in and the manager signed off the plan. */
export async function certificatePdf(db: DbOrTx, actor: Actor, editionId: string) {
  const row = await ownEnrolment(db, actor, editionId);
  const progress = await progressOf(db, actor, row);
  if (!progress.completed)
    throw conflict("not_completed", `Het certificaat komt als alles af is. ${progress.missing.join(" ")}`);
  const e = row.enrolment;
  const organisation = await organisationName(db, actor.tenantId, e.organisationId);
  const hours = drijfverenModules.flatMap((m) => m.exercises).reduce((sum, x) => sum + x.hours, 0);
  const signed = progress.plan!.signedOff!;
  return renderDocument(
    [
      { kind: "space", lines: 4 },
      { kind: "title", text: "Certificaat" },
      { kind: "paragraph", text: "Leergang ‘Slim inspelen op drijfveren’", bold: true },
      { kind: "space", lines: 1 },
      { kind: "paragraph", text: `${row.name}${organisation ? `, ${organisation}` : ""},` },
      {
        kind: "paragraph",
        text: `heeft de leergang ‘${row.editionTitle}’ afgerond: een intakegesprek, drie bijeenkomsten van een dag en ${hours} uur huiswerk over de eigen organisatie.`,
      },
      {
        kind: "paragraph",
        text: `Het actieplan op twee niveaus (wie benaderen we en hoe; welke randvoorwaarden regelen we) is afgetekend door ${signed.byName} op ${dutchDay(amsterdamDay(new Date(signed.at)))}.`,
      },
      {
        kind: "table",
        header: ["Bijeenkomst", "Onderwerp", "Datum"],
        widths: [1, 3, 1.4],
        rows: drijfverenModules.map((m, i) => {
          const day = row.meetingDays?.[i];
          return [String(m.meeting), m.title, day ? dutchDay(day) : "–"];
        }),
      },
      { kind: "space", lines: 2 },
      { kind: "small", text: `Uitgegeven op ${dutchDay(amsterdamDay())} via Inzet.` },
    ],
    { title: `Certificaat – ${row.name}`, author: "Inzet", footer: `Certificaat ${row.editionTitle}` },
  );
}

const statusText = { open: "nog niet begonnen", inProgress: "bezig", done: "klaar" } as const;

/**
 * The follow-up three months after the manager's sign-off: one mail to the participant, "how is the
 * plan going?", with the plan's lines as they stand now in the recruitment plan. Claimed per enrolment
 * first, so a rerun or a second instance mails nobody twice. Returns the number of mails sent.
 */
export async function sendFollowUps(db: Db, mailer: Mailer, publicUrl: string, now = new Date()) {
  const today = amsterdamDay(now);
  // Three months is at least 89 days; the exact day is checked per row on the Amsterdam calendar.
  const rows = (await queries.dueFollowUps(db, new Date(now.getTime() - 89 * 86_400_000))).filter(
    (r) => followUpDay(r.enrolment.planSignedOffAt!) <= today,
  );
  let sent = 0;
  for (const row of rows) {
    if (!(await queries.claimFollowUp(db, row.enrolment.id, now))) continue;
    const e = row.enrolment;
    const actor = {
      traceId: crypto.randomUUID(),
      userId: e.userId,
      name: row.name,
      email: row.email,
      twoFactorEnabled: false,
      membershipId: "",
      tenantId: e.tenantId,
      organisationId: e.organisationId,
      role: "coordinator",
    } satisfies Actor;
    const actions = await planActions(db, actor, row);
    const lines = actions.map(
      (a) =>
        `- ${a.title} (${a.owner}${a.dueOn ? `, uiterlijk ${dutchDay(a.dueOn)}` : ""}): ${statusText[a.status]}`,
    );
    await mailer.send({
      to: row.email,
      tenantId: e.tenantId,
      recipientUserId: e.userId,
      subject: "Hoe gaat het met uw actieplan?",
      text: [
        `Beste ${row.name},`,
        "",
        `Drie maanden geleden tekende uw manager het actieplan af dat u maakte in de leergang '${row.editionTitle}'. Hoe gaat het met het plan?`,
        "",
        ...(lines.length ? ["Zo staan de acties er nu voor:", ...lines, ""] : []),
        `Werk de acties bij in het actieplan werving & binding: ${publicUrl}/werving/actieplan`,
        "",
        "Dit is de enige herinnering die u hierover krijgt.",
      ].join("\n"),
    });
    sent++;
  }
  return { sent };
}
