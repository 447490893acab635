import { addDays, amsterdamDay, amsterdamInstant, amsterdamLocal } from "../../../shared/dates.ts";
import type { ProcessingAction } from "../../../shared/privacy.ts";
import {
  canReopenReferral,
  canWithdrawConsent,
  consentStatement,
  PICK_UP_WORKING_DAYS,
  type Referral,
  type ReferralInput,
  type referralAnswerSchema,
  type referralQuerySchema,
  type referralSources,
  referralTransitions,
  seesCaseNotes,
} from "../../../shared/referrals.ts";
import { workingDaysBetween } from "../../../shared/working-days.ts";
import type { z } from "../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { AppError, notFound, validationFailed } from "../../platform/errors.ts";
import type { Mailer } from "../../platform/mail.ts";
import { logProcessing } from "../../platform/processing-log.ts";
import { pactMemberIds, serviceLevelsOf } from "../network/service.ts";
import { organisationExists } from "../organisations/service.ts";
import { canAnswerReferral, referralScope } from "./policy.ts";
import * as queries from "./queries.ts";

const today = (now = new Date()) => amsterdamDay(now);

const scopeOf = referralScope;

/** The latest day a referral can have been made and now be overdue (after `days` working days). */
export function overdueUpTo(now: Date, days = PICK_UP_WORKING_DAYS) {
  const day = new Date(`${today(now)}T12:00:00Z`);
  while (workingDaysBetween(day.toISOString().slice(0, 10), today(now)) < days)
    day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

export type Row = NonNullable<Awaited<ReturnType<typeof queries.findReferral>>>;
export function present(actor: Actor, row: Row, now: Date): Referral {
  const r = row.referral;
  const days = row.serviceLevelDays ?? PICK_UP_WORKING_DAYS;
  return {
    id: r.id,
    source: r.source,
    sourceId: r.sourceId,
    household: r.household,
    contact: r.contact,
    partnerOrganisationId: r.partnerOrganisationId,
    partnerName: row.partnerName,
    fromOrganisationId: r.fromOrganisationId,
    fromOrganisationName: row.fromName,
    offeringId: r.offeringId,
    contactPreference: r.contactPreference,
    consentText: r.consentText,
    consentAt: r.consentAt?.toISOString() ?? null,
    consentWithdrawn: r.consentWithdrawnAt !== null,
    partnerReference: r.partnerReference,
    intakeAt: r.intakeAt?.toISOString() ?? null,
    intakePlace: r.intakePlace,
    notHelpedReason: r.notHelpedReason ?? null,
    reason: r.reason,
    urgency: r.urgency,
    handoff: r.handoff === "yes",
    volunteerAsked: r.volunteerAskedAt !== null,
    status: r.status,
    statusNote: seesCaseNotes(actor, r) ? r.statusNote : "",
    createdAt: r.createdAt.toISOString(),
    statusChangedAt: r.statusChangedAt.toISOString(),
    overdue: r.status === "sent" && amsterdamDay(r.createdAt) <= overdueUpTo(now, days),
    can: {
      answer: canAnswerReferral(actor, r),
      reopen: canReopenReferral(actor, r),
      withdrawConsent: canWithdrawConsent(actor, r),
    },
  };
}

/**
 * Logs the referrals read or answered. When the partner organisation handles a referral another
 * organisation made, each entry points to the operation that made it (Logboek foreign_operation).
 */
export async function logReferrals(tx: DbOrTx, actor: Actor, action: ProcessingAction, rows: Row[]) {
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
    sourceId: string | null;
    fromOrganisationId: string;
    household: string;
    input: ReferralInput & { offeringId?: string; contactPreference?: Referral["contactPreference"] };
    /** The consent in plain words, as the resident heard it; composed here when not given. */
    consentText?: string;
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
  const pact = await pactMemberIds(tx, actor.tenantId);
  if (pact && !pact.has(made.input.partnerOrganisationId))
    throw validationFailed([
      {
        path: "referral.partnerOrganisationId",
        code: "outside_pact",
        message: "Deze organisatie doet niet mee aan het pact. Kies een organisatie uit de lijst.",
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
    offeringId: made.input.offeringId ?? null,
    contactPreference: made.input.contactPreference ?? "phone",
    consentText:
      made.consentText ??
      consentStatement(
        (await queries.organisationName(tx, actor.tenantId, made.fromOrganisationId)) ?? "de organisatie",
        (await queries.organisationName(tx, actor.tenantId, made.input.partnerOrganisationId)) ??
          "de partner",
      ),
    consentAt: new Date(),
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
    const levels = query.overdue ? await serviceLevelsOf(tx, actor.tenantId) : new Map<string, number>();
    const overdueBefore = new Map(
      [...new Set([PICK_UP_WORKING_DAYS, ...levels.values()])].map((days) => [
        days,
        amsterdamInstant(addDays(overdueUpTo(now, days), 1)),
      ]),
    );
    const { rows, total } = await queries.listReferrals(
      tx,
      scopeOf(actor),
      {
        status: query.status,
        direction: query.direction,
        overdueBefore: query.overdue ? overdueBefore : undefined,
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

/** A step again is no answer, unless it asks the volunteer along or changes the reference or the intake. */
function changesSomething(row: Row, input: z.output<typeof referralAnswerSchema>) {
  const r = row.referral;
  return (
    input.askVolunteer ||
    (input.partnerReference !== undefined && input.partnerReference !== r.partnerReference) ||
    (input.status === "intakePlanned" &&
      (input.intakeAt !== r.intakeAt?.toISOString() || input.intakePlace !== r.intakePlace))
  );
}

function checkAnswer(row: Row, input: z.output<typeof referralAnswerSchema>, now: Date) {
  if (row.referral.consentWithdrawnAt)
    throw new AppError(409, "consent_withdrawn", "De inwoner heeft de toestemming ingetrokken.");
  const same = input.status === row.referral.status;
  if (same ? !changesSomething(row, input) : !referralTransitions[row.referral.status].includes(input.status))
    throw validationFailed([
      {
        path: "status",
        code: "invalid_transition",
        message: "Deze stap kan nu niet; kies een volgende stap.",
      },
    ]);
  if (input.status === "intakePlanned" && input.intakeAt && new Date(input.intakeAt) <= now)
    throw validationFailed([
      {
        path: "intakeAt",
        code: "in_past",
        message: `De intake moet in de toekomst liggen (na ${amsterdamLocal(now).replace("T", " om ")} uur, Nederlandse tijd).`,
      },
    ]);
}

/** The partner answers with a step of shared meaning; its note stays with the partner. */
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
    if (!canAnswerReferral(actor, { ...row.referral, consentWithdrawnAt: null }))
      throw new AppError(
        403,
        "not_receiver",
        "Alleen de organisatie die de doorverwijzing kreeg, kan antwoorden.",
      );
    checkAnswer(row, input, now);
    const details = {
      ...(input.partnerReference !== undefined ? { partnerReference: input.partnerReference } : {}),
      ...(input.status === "intakePlanned"
        ? { intakeAt: new Date(input.intakeAt!), intakePlace: input.intakePlace ?? "" }
        : {}),
      ...(input.status === "notHelped" ? { notHelpedReason: input.notHelpedReason ?? "other" } : {}),
    };
    if (input.status !== row.referral.status)
      await queries.setStatus(tx, actor.tenantId, id, {
        status: input.status,
        note: input.note,
        userId: actor.userId,
        details,
      });
    else await queries.setDetails(tx, id, details);
    const ask = input.askVolunteer && row.referral.createdByUserId && !row.referral.volunteerAskedAt;
    if (ask) await queries.markVolunteerAsked(tx, id);
    await logReferrals(tx, actor, "update", [row]);
    // Warm handoff: the volunteer asked along hears the intake's date and place too.
    const tell = ask || (input.status === "intakePlanned" && row.referral.volunteerAskedAt);
    const volunteer =
      tell && row.referral.createdByUserId
        ? await queries.userContact(tx, row.referral.createdByUserId)
        : null;
    return {
      referral: present(actor, (await queries.findReferral(tx, scopeOf(actor), id))!, now),
      volunteer,
    };
  });
  if (result.volunteer?.email) await askAlong(mailer, actor, result.referral, result.volunteer, input.note);
  return result.referral;
}

const when = (iso: string) =>
  new Intl.DateTimeFormat("nl-NL", {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(iso));

/** Warm handoff: the partner asks the volunteer who made the referral to come along to the intake. */
async function askAlong(
  mailer: Mailer,
  actor: Actor,
  referral: Referral,
  volunteer: { id: string; name: string; email: string },
  note: string,
) {
  await mailer.send({
    tenantId: actor.tenantId,
    recipientUserId: volunteer.id,
    to: volunteer.email,
    subject: `${referral.partnerName} vraagt of u meegaat naar de intake`,
    text: [
      `Beste ${volunteer.name},`,
      "",
      `U verwees ${referral.household} door naar ${referral.partnerName}. Zij vragen of u meegaat naar de intake, zodat het huishouden een bekend gezicht ziet.`,
      ...(referral.intakeAt
        ? [
            "",
            `De intake is op ${when(referral.intakeAt)}${referral.intakePlace ? `, ${referral.intakePlace}` : ""}.`,
          ]
        : []),
      ...(note ? ["", `Bericht: ${note}`] : []),
      "",
      "Neem contact op met uw coördinator om een moment af te spreken.",
    ].join("\n"),
  });
}

/**
 * Tells the partner organisation's people (partner role) that a referral arrived: no details of the
 * household in the mail, only that there is one and how urgent; they read it in Inzet.
 */
export async function notifyPartner(
  db: DbOrTx,
  mailer: Mailer,
  tenantId: string,
  referralId: string,
  /** Between pact members: everyone of the organisation who works with referrals, not only the partner role. */
  everyone = false,
) {
  const row = await queries.findReferral(
    db,
    { tenantId, partnerOrganisationId: null, fromOrganisationId: null },
    referralId,
  );
  if (!row) return 0;
  const recipients = await (everyone ? queries.organisationPeople : queries.partnerRecipients)(
    db,
    tenantId,
    row.referral.partnerOrganisationId,
  );
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
