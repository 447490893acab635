import { amsterdamDay } from "../../../shared/dates.ts";
import {
  PICK_UP_WORKING_DAYS,
  type Referral,
  type ReferralInput,
  type referralAnswerSchema,
  type referralQuerySchema,
  type referralSources,
  referralTransitions,
  workingDaysBetween,
} from "../../../shared/referrals.ts";
import type { z } from "../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { AppError, notFound, validationFailed } from "../../platform/errors.ts";
import type { Mailer } from "../../platform/mail.ts";
import { logProcessing } from "../../platform/processing-log.ts";
import { organisationExists } from "../organisations/service.ts";
import { canAnswerReferral, referralScope } from "./policy.ts";
import * as queries from "./queries.ts";

const today = (now = new Date()) => amsterdamDay(now);

const scopeOf = referralScope;

/** The latest day a referral can have been made and now be overdue (PICK_UP_WORKING_DAYS working days). */
function overdueUpTo(now: Date) {
  const day = new Date(`${today(now)}T12:00:00Z`);
  while (workingDaysBetween(day.toISOString().slice(0, 10), today(now)) < PICK_UP_WORKING_DAYS)
    day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

type Row = NonNullable<Awaited<ReturnType<typeof queries.findReferral>>>;
function present(actor: Actor, row: Row, now: Date): Referral {
  const r = row.referral;
  return {
    id: r.id,
    source: r.source,
    household: r.household,
    contact: r.contact,
    partnerOrganisationId: r.partnerOrganisationId,
    partnerName: row.partnerName,
    fromOrganisationName: row.fromName,
    reason: r.reason,
    urgency: r.urgency,
    handoff: r.handoff === "yes",
    volunteerAsked: r.volunteerAskedAt !== null,
    status: r.status,
    statusNote: r.statusNote,
    createdAt: r.createdAt.toISOString(),
    statusChangedAt: r.statusChangedAt.toISOString(),
    overdue: r.status === "sent" && amsterdamDay(r.createdAt) <= overdueUpTo(now),
    can: { answer: canAnswerReferral(actor, r) },
  };
}

/**
 * Logs the referrals read or answered. When the partner organisation handles a referral another
 * organisation made, each entry points to the operation that made it (Logboek foreign_operation).
 */
async function logReferrals(tx: DbOrTx, actor: Actor, action: "read" | "update", rows: Row[]) {
  const local: string[] = [];
  for (const { referral: r } of rows) {
    const foreign =
      actor.organisationId === r.partnerOrganisationId &&
      r.fromOrganisationId !== r.partnerOrganisationId &&
      r.createdTraceId &&
      r.createdSpanId;
    if (!foreign) {
      local.push(r.id);
      continue;
    }
    await logProcessing(tx, actor, {
      activity: "referrals.handle",
      action,
      subjectType: "referral",
      subjectIds: [r.id],
      foreignOperation: {
        traceId: r.createdTraceId!,
        spanId: r.createdSpanId!,
        entity: `urn:inzet:organisatie:${r.fromOrganisationId}`,
      },
    });
  }
  await logProcessing(tx, actor, {
    activity: "referrals.handle",
    action,
    subjectType: "referral",
    subjectIds: local,
  });
}

/**
 * Makes a referral, inside the caller's transaction (e.g. recording a visit). Consent is part of the
 * input schema; the partner must be an organisation of the tenant.
 */
export async function createReferral(
  tx: DbOrTx,
  actor: Actor,
  made: {
    source: (typeof referralSources)[number];
    sourceId: string;
    fromOrganisationId: string;
    household: string;
    input: ReferralInput;
  },
) {
  if (!(await organisationExists(tx, actor.tenantId, made.input.partnerOrganisationId)))
    throw validationFailed([
      {
        path: "referral.partnerOrganisationId",
        code: "unknown_organisation",
        message: "Kies een organisatie uit de lijst.",
      },
    ]);
  const { id } = await queries.insertReferral(tx, {
    tenantId: actor.tenantId,
    source: made.source,
    sourceId: made.sourceId,
    fromOrganisationId: made.fromOrganisationId,
    partnerOrganisationId: made.input.partnerOrganisationId,
    household: made.household,
    contact: made.input.contact,
    reason: made.input.reason,
    urgency: made.input.urgency,
    handoff: made.input.handoff ? "yes" : "no",
    createdByUserId: actor.userId,
    createdTraceId: actor.traceId,
    createdSpanId: actor.spanId ?? null,
  });
  return id;
}

/** The referrals the actor may see, urgent first; "overdue" finds those not picked up in time. */
export async function listReferrals(
  db: Db,
  actor: Actor,
  query: z.output<typeof referralQuerySchema>,
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const { rows, total } = await queries.listReferrals(
      tx,
      scopeOf(actor),
      {
        status: query.status,
        overdueBefore: query.overdue ? new Date(`${overdueUpTo(now)}T23:59:59.999Z`) : undefined,
      },
      query,
    );
    await logReferrals(tx, actor, "read", rows);
    return {
      items: rows.map((row) => present(actor, row, now)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

/** The partner answers: received, intake planned, in progress, done or not taken up. */
export async function answerReferral(
  db: Db,
  mailer: Mailer,
  actor: Actor,
  id: string,
  input: z.output<typeof referralAnswerSchema>,
  now = new Date(),
) {
  const result = await db.transaction(async (tx) => {
    const row = await queries.findReferral(tx, scopeOf(actor), id);
    if (!row) throw notFound();
    if (!canAnswerReferral(actor, row.referral))
      throw new AppError(
        403,
        "not_receiver",
        "Alleen de organisatie die de doorverwijzing kreeg, kan antwoorden.",
      );
    // The same status again only to ask the volunteer along; otherwise a next step.
    const same = input.status === row.referral.status;
    if (same ? !input.askVolunteer : !referralTransitions[row.referral.status].includes(input.status))
      throw validationFailed([
        {
          path: "status",
          code: "invalid_transition",
          message: "Deze stap kan nu niet; kies een volgende stap.",
        },
      ]);
    if (!same)
      await queries.setStatus(tx, id, { status: input.status, note: input.note, userId: actor.userId });
    const ask = input.askVolunteer && row.referral.createdByUserId && !row.referral.volunteerAskedAt;
    if (ask) await queries.markVolunteerAsked(tx, id);
    await logReferrals(tx, actor, "update", [row]);
    const volunteer = ask ? await queries.userContact(tx, row.referral.createdByUserId!) : null;
    return {
      referral: present(actor, (await queries.findReferral(tx, scopeOf(actor), id))!, now),
      volunteer,
    };
  });
  // Warm handoff: the partner asks the volunteer who made the referral to come along to the intake.
  if (result.volunteer?.email)
    await mailer.send({
      tenantId: actor.tenantId,
      recipientUserId: result.volunteer.id,
      to: result.volunteer.email,
      subject: `${result.referral.partnerName} vraagt of u meegaat naar de intake`,
      text: [
        `Beste ${result.volunteer.name},`,
        "",
        `U verwees ${result.referral.household} door naar ${result.referral.partnerName}. Zij vragen of u meegaat naar de intake, zodat het huishouden een bekend gezicht ziet.`,
        ...(input.note ? ["", `Bericht: ${input.note}`] : []),
        "",
        "Neem contact op met uw coördinator om een moment af te spreken.",
      ].join("\n"),
    });
  return result.referral;
}

/**
 * Tells the partner organisation's people (partner role) that a referral arrived: no details of the
 * household in the mail, only that there is one and how urgent; they read it in Inzet.
 */
export async function notifyPartner(db: DbOrTx, mailer: Mailer, tenantId: string, referralId: string) {
  const row = await queries.findReferral(
    db,
    { tenantId, partnerOrganisationId: null, fromOrganisationId: null },
    referralId,
  );
  if (!row) return 0;
  const recipients = await queries.partnerRecipients(db, tenantId, row.referral.partnerOrganisationId);
  for (const r of recipients) {
    if (!r.email) continue;
    await mailer.send({
      tenantId,
      recipientUserId: r.id,
      to: r.email,
      subject: `${row.referral.urgency === "urgent" ? "Urgent: n" : "N"}ieuwe doorverwijzing van ${row.fromName}`,
      text: [
        `Beste ${r.name},`,
        "",
        `${row.fromName} heeft een huishouden naar ${row.partnerName} doorverwezen, met toestemming van het huishouden.`,
        "Log in bij Inzet en kijk onder Doorverwijzingen. Laat binnen 5 werkdagen weten dat u de doorverwijzing hebt ontvangen.",
      ].join("\n"),
    });
  }
  return recipients.length;
}
