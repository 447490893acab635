import {
  canReopenReferral,
  consentStatement,
  type NetworkReferralInput,
} from "../../../../shared/referrals.ts";
import type { Db } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { AppError, notFound, validationFailed } from "../../../platform/errors.ts";
import type { Mailer } from "../../../platform/mail.ts";
import { appointmentCalendar } from "../../calendar/service.ts";
import { activePactMembers } from "../../network/service.ts";
import { referralScope } from "../policy.ts";
import * as queries from "../queries.ts";
import { createReferral, logReferrals, notifyPartner, present } from "../service.ts";

/**
 * Referrals in both directions between organisations of the pact (ADR 0020): a volunteer organisation to
 * an official body and back, from a plain intake or (seams) a coaching trajectory, a circle, a client.
 */
export async function referBetweenPartners(
  db: Db,
  mailer: Mailer,
  actor: Actor,
  input: NetworkReferralInput,
  now = new Date(),
) {
  const from = actor.organisationId;
  if (!from)
    throw new AppError(
      403,
      "no_organisation",
      "U werkt niet voor een organisatie; doorverwijzen kan dan niet.",
    );
  const made = await db.transaction(async (tx) => {
    const members = await activePactMembers(tx, actor.tenantId, [from, input.partnerOrganisationId]);
    if (!members.has(from))
      throw new AppError(
        403,
        "not_in_pact",
        "Uw organisatie doet niet mee aan het pact; doorverwijzen kan dan niet.",
      );
    if (input.partnerOrganisationId === from || !members.has(input.partnerOrganisationId))
      throw validationFailed([
        {
          path: "partnerOrganisationId",
          code: "outside_pact",
          message: "Kies een andere organisatie die meedoet aan het pact.",
        },
      ]);
    const fromName = (await queries.organisationName(tx, actor.tenantId, from))!;
    const toName = (await queries.organisationName(tx, actor.tenantId, input.partnerOrganisationId))!;
    const id = await createReferral(tx, actor, {
      source: input.source,
      sourceId: input.sourceId ?? null,
      fromOrganisationId: from,
      household: input.resident,
      input,
      consentText: consentStatement(fromName, toName),
    });
    const row = (await queries.findReferral(tx, referralScope(actor), id))!;
    await logReferrals(tx, actor, "create", [row]);
    return present(actor, row, now);
  });
  await notifyPartner(db, mailer, actor.tenantId, made.id, true);
  return made;
}

export async function getReferral(db: Db, actor: Actor, id: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const row = await queries.findReferral(tx, referralScope(actor), id);
    if (!row) throw notFound();
    await logReferrals(tx, actor, "read", [row]);
    return present(actor, row, now);
  });
}

/**
 * The planned intake as a calendar appointment, for both sides (the intake date appears in both
 * calendars). It names the organisations and the place, not the resident: calendars are synced widely.
 */
export async function intakeCalendar(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const row = await queries.findReferral(tx, referralScope(actor), id);
    if (!row) throw notFound();
    const { referral } = row;
    if (referral.status !== "intakePlanned" || !referral.intakeAt)
      throw new AppError(409, "no_intake", "Voor deze doorverwijzing is geen intake gepland.");
    await logReferrals(tx, actor, "read", [row]);
    const made = present(actor, row, new Date());
    const reference = made.partnerReference ? ` (kenmerk ${made.partnerReference})` : "";
    return appointmentCalendar(`Intake bij ${made.partnerName}`, {
      id: `${id}-intake@inzet`,
      summary: `Intake bij ${made.partnerName}${reference}`,
      description: `Doorverwijzing van ${made.fromOrganisationName} naar ${made.partnerName}. De gegevens staan in Inzet.`,
      location: made.intakePlace,
      start: referral.intakeAt,
    });
  });
}

/** The receiver reopens a closed referral, with a note why (back to "in progress"). */
export async function reopenReferral(
  db: Db,
  actor: Actor,
  id: string,
  input: { note: string },
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const row = await queries.findReferral(tx, referralScope(actor), id);
    if (!row) throw notFound();
    if (!canReopenReferral(actor, row.referral))
      throw new AppError(
        409,
        "not_closed",
        "Alleen een afgesloten doorverwijzing kan de ontvanger heropenen.",
      );
    await queries.setStatus(tx, actor.tenantId, id, {
      status: "inProgress",
      note: input.note,
      userId: actor.userId,
      details: { notHelpedReason: null },
    });
    await logReferrals(tx, actor, "update", [row]);
    return present(actor, (await queries.findReferral(tx, referralScope(actor), id))!, now);
  });
}

/**
 * The resident withdrew consent (told either organisation): the details are erased from the referral
 * and its history, for both sides at once, and the other organisation's people are told (no details).
 */
export async function withdrawConsent(db: Db, mailer: Mailer, actor: Actor, id: string, now = new Date()) {
  const result = await db.transaction(async (tx) => {
    const row = await queries.findReferral(tx, referralScope(actor), id);
    if (!row) throw notFound();
    if (row.referral.consentWithdrawnAt)
      throw new AppError(409, "consent_withdrawn", "De toestemming is al ingetrokken.");
    await queries.eraseDetails(tx, actor.tenantId, id, now);
    await logReferrals(tx, actor, "delete", [row]);
    const other =
      actor.organisationId === row.referral.partnerOrganisationId
        ? { id: row.referral.fromOrganisationId, name: row.fromName }
        : { id: row.referral.partnerOrganisationId, name: row.partnerName };
    const recipients = await queries.organisationPeople(tx, actor.tenantId, other.id);
    return {
      referral: present(actor, (await queries.findReferral(tx, referralScope(actor), id))!, now),
      recipients,
      made: row.referral.createdAt,
      by: actor.organisationId === row.referral.partnerOrganisationId ? row.partnerName : row.fromName,
    };
  });
  const day = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "Europe/Amsterdam" }).format(
    result.made,
  );
  for (const person of result.recipients) {
    if (!person.email) continue;
    await mailer.send({
      tenantId: actor.tenantId,
      recipientUserId: person.id,
      to: person.email,
      subject: "Toestemming voor een doorverwijzing ingetrokken",
      text: [
        `Beste ${person.name},`,
        "",
        `Een inwoner heeft bij ${result.by} de toestemming ingetrokken voor de doorverwijzing van ${day}.`,
        "De gegevens van de inwoner zijn daarom uit Inzet gewist, ook bij u.",
        "Gebruik gegevens die u nog buiten Inzet hebt niet meer voor deze doorverwijzing, en verwijder ze.",
      ].join("\n"),
    });
  }
  return result.referral;
}
