import { addDays, amsterdamDay } from "../../../../shared/dates.ts";
import type { FieldError } from "../../../../shared/errors.ts";
import { addressLine, type Doorstep, type Visit, type VisitInput } from "../../../../shared/outreach.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { AppError, notFound, validationFailed } from "../../../platform/errors.ts";
import type { Mailer } from "../../../platform/mail.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { pactMemberIds } from "../../network/service.ts";
import { listOrganisationOptions } from "../../organisations/service.ts";
import { createReferral, notifyPartner } from "../../referrals/service.ts";
import { findOwnVolunteerId } from "../../volunteers/service.ts";
import * as addressesQueries from "../addresses/queries.ts";
import { campaignRow } from "../campaigns/service.ts";
import { longDate } from "../letters/service.ts";
import { seesHouseholdDetails } from "../policy.ts";
import * as shiftsQueries from "../shifts/queries.ts";
import { presentShifts } from "../shifts/service.ts";
import * as walkListsQueries from "../walk-lists/queries.ts";
import * as queries from "./queries.ts";

type VisitRow = Awaited<ReturnType<typeof queries.listVisits>>[number];

function presentVisit(row: VisitRow, detailed: boolean): Visit {
  const v = row.visit;
  return {
    id: v.id,
    shiftId: v.shiftId,
    addressId: v.addressId,
    addressLine: addressLine(row.address),
    visitedAt: v.visitedAt.toISOString(),
    outcome: v.outcome,
    consent: v.consent,
    signals: detailed ? v.signals : null,
    note: detailed ? v.note : null,
    incentiveGiven: v.incentiveGiven,
    kind: v.kind,
    plan: detailed ? v.plan : null,
    recordedBy: `${row.givenName ?? ""} ${row.familyName ?? ""}`.trim(),
  };
}

/** A member's shift with its campaign, or 404 (not theirs, or not in their tenant). */
async function ownShift(tx: DbOrTx, actor: Actor, shiftId: string) {
  const volunteerId = await findOwnVolunteerId(tx, actor);
  const row = volunteerId
    ? await shiftsQueries.findShift(tx, { tenantId: actor.tenantId, organisationId: null }, shiftId)
    : null;
  if (
    !row ||
    !(await shiftsQueries.membersOf(tx, actor.tenantId, shiftId)).some((m) => m.volunteerId === volunteerId)
  )
    throw notFound();
  return { ...row, volunteerId: volunteerId! };
}

/** Everything the doorstep screen needs for a shift, to keep on the phone: doors in order, topics, visits so far. */
export async function doorstep(db: Db, actor: Actor, shiftId: string): Promise<Doorstep> {
  return db.transaction(async (tx) => {
    const { shift, campaign, volunteerId } = await ownShift(tx, actor, shiftId);
    const [presented] = presentShifts(
      await shiftsQueries.listShifts(tx, { tenantId: actor.tenantId, volunteerId, from: shift.date }),
      volunteerId,
    ).filter((s) => s.id === shiftId);
    const addresses = shift.walkListId
      ? await walkListsQueries.addressesOnList(tx, actor.tenantId, shift.walkListId)
      : [];
    const visits = await queries.listVisits(tx, { tenantId: actor.tenantId, shiftId });
    const pact = await pactMemberIds(tx, actor.tenantId);
    await logProcessing(tx, actor, {
      activity: "outreach.visit",
      action: "read",
      subjectType: "address",
      // The doors on the list are shown even before any visit: reading them is logged too.
      subjectIds: [...addresses.map((a) => a.id), ...visits.map((v) => v.visit.addressId)],
    });
    return {
      shift: presented!,
      topics: campaign.topics,
      incentive: campaign.incentive,
      partners: (await listOrganisationOptions(tx, actor.tenantId)).filter(
        (o) => o.id !== campaign.organisationId && (!pact || pact.has(o.id)),
      ),
      addresses: addresses.map((a) => ({
        id: a.id,
        line: addressLine(a),
        postcode: a.postcode,
        walkOrder: a.walkOrder ?? 0,
      })),
      visits: visits.map((v) => presentVisit(v, true)),
    };
  });
}

/** The address must be on the shift's walk list and not excluded, the visit on the shift's day, the topics the campaign's. */
async function checkVisit(
  tx: DbOrTx,
  tenantId: string,
  shift: { date: string; walkListId: string | null },
  campaign: { topics: { code: string }[] },
  input: VisitInput,
) {
  const errors: FieldError[] = [];
  const address = await addressesQueries.findAddressById(tx, tenantId, input.addressId);
  const onShiftList =
    address !== null &&
    shift.walkListId !== null &&
    (address.walkListId === shift.walkListId || address.followUpListId === shift.walkListId);
  if (!address || !onShiftList)
    errors.push({
      path: "addressId",
      code: "not_on_walk_list",
      message: "Dit adres staat niet op de looplijst van uw dienst.",
    });
  else if (address.excludedAt)
    errors.push({
      path: "addressId",
      code: "excluded",
      message: "Dit adres wordt niet bezocht (op verzoek).",
    });
  if (amsterdamDay(new Date(input.visitedAt)) !== shift.date)
    errors.push({
      path: "visitedAt",
      code: "not_on_shift_day",
      message: `Dit bezoek valt niet op de dag van de dienst (${longDate(shift.date)}).`,
    });
  const topics = new Set(campaign.topics.map((t) => t.code));
  if (Object.keys(input.signals).some((topic) => !topics.has(topic)))
    errors.push({ path: "signals", code: "unknown_topic", message: "Kies onderwerpen van deze campagne." });
  if (errors.length) throw validationFailed(errors);
  return address!;
}

/**
 * Records a visit made on a shift. The id is made on the phone: a second send of the same visit is
 * refused with 409 already_recorded (the phone then drops it from its queue), so nothing is stored twice.
 * The address must be on the shift's walk list and the visit on the shift's day.
 */
export async function recordVisit(db: Db, mailer: Mailer, actor: Actor, visitId: string, input: VisitInput) {
  let referralId: string | null = null;
  const visit = await db.transaction(async (tx) => {
    const { shift, campaign, volunteerId } = await ownShift(tx, actor, input.shiftId);
    const existing = await queries.findVisit(tx, actor.tenantId, visitId);
    if (existing) {
      if (existing.recordedByVolunteerId !== volunteerId) throw notFound();
      throw new AppError(409, "already_recorded", "Dit bezoek is al opgeslagen.");
    }
    const address = await checkVisit(tx, actor.tenantId, shift, campaign, input);
    const followUp = address.followUpListId !== null && address.followUpListId === shift.walkListId;
    await queries.insertVisit(tx, {
      tenantId: actor.tenantId,
      id: visitId,
      kind: followUp ? "followUp" : "first",
      plan: input.consent && input.plan ? input.plan : null,
      campaignId: campaign.id,
      shiftId: shift.id,
      addressId: input.addressId,
      recordedByVolunteerId: volunteerId,
      visitedAt: new Date(input.visitedAt),
      outcome: input.outcome,
      consent: input.consent,
      signals: input.consent
        ? Object.fromEntries(Object.entries(input.signals).filter(([, s]) => s !== "none"))
        : {},
      note: input.consent ? input.note : "",
      incentiveGiven: input.incentiveGiven,
    });
    await logProcessing(tx, actor, {
      activity: "outreach.visit",
      action: "create",
      subjectType: "address",
      subjectIds: [input.addressId],
    });
    // A conversation on a first visit: the follow-up visit is due the campaign's interval later.
    if (!followUp && input.outcome === "conversation" && !address.followUpDue)
      await addressesQueries.updateAddress(tx, actor.tenantId, input.addressId, {
        followUpDue: addDays(shift.date, campaign.followUpWeeks * 7),
      });
    if (input.referral && address) {
      referralId = await createReferral(tx, actor, {
        source: "outreachVisit",
        sourceId: visitId,
        fromOrganisationId: campaign.organisationId,
        household: `${addressLine(address)}, ${address.postcode} ${address.city}`,
        input: input.referral,
      });
      await logProcessing(tx, actor, {
        activity: "referrals.handle",
        action: "create",
        subjectType: "referral",
        subjectIds: [referralId],
      });
    }
    const [row] = (await queries.listVisits(tx, { tenantId: actor.tenantId, shiftId: shift.id })).filter(
      (v) => v.visit.id === visitId,
    );
    return presentVisit(row!, true);
  });
  // After the commit: the partner organisation hears of the new referral.
  if (referralId) await notifyPartner(db, mailer, actor.tenantId, referralId);
  return visit;
}

/**
 * The campaign's visits. Signals and notes (health, money) only for the campaign's coordinators and its
 * professionals on call (and, on their own screen, the pair); the beheerder and the policy officer see
 * that visits took place, not what was said.
 */
export async function campaignVisits(db: Db, actor: Actor, campaignId: string) {
  return db.transaction(async (tx) => {
    const { campaign } = await campaignRow(tx, actor, campaignId);
    const detailed = seesHouseholdDetails(actor, campaign);
    const rows = await queries.listVisits(tx, { tenantId: actor.tenantId, campaignId });
    // Even without the details, that a household was visited in this campaign is logged.
    await logProcessing(tx, actor, {
      activity: "outreach.visit",
      action: "read",
      subjectType: "address",
      subjectIds: rows.map((r) => r.visit.addressId),
    });
    return rows.map((row) => presentVisit(row, detailed));
  });
}
