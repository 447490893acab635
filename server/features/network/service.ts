import { DateTime } from "luxon";
import { amsterdamDay, TIME_ZONE } from "../../../shared/dates.ts";
import {
  DEFAULT_REVIEW_MONTHS,
  type Offering,
  type OfferingInput,
  type offeringQuerySchema,
  type PactMember,
  type PactMemberInput,
  type PublicOffering,
  type publicDirectoryQuerySchema,
} from "../../../shared/network.ts";
import type { z } from "../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { notFound, validationFailed } from "../../platform/errors.ts";
import { logProcessing } from "../../platform/processing-log.ts";
import { organisationExists } from "../organisations/service.ts";
import { getPublicTenant } from "../tenancy/service.ts";
import { assertMayOfferFor, canEditOffering } from "./policy.ts";
import * as queries from "./queries.ts";

type Row = NonNullable<Awaited<ReturnType<typeof queries.findOffering>>>;

/** Offerings last checked before this moment are stale (the werkgebied's review period back from now). */
export async function staleBefore(db: DbOrTx, tenantId: string, now = new Date()) {
  const months = (await queries.reviewMonths(db, tenantId)) ?? DEFAULT_REVIEW_MONTHS;
  return DateTime.fromJSDate(now).setZone(TIME_ZONE).minus({ months }).toJSDate();
}

function present(actor: Actor, { offering: o, organisationName }: Row, stale: Date): Offering {
  return {
    id: o.id,
    organisationId: o.organisationId,
    organisationName,
    name: o.name,
    description: o.description,
    forWhom: o.forWhom,
    conditions: o.conditions,
    howToRefer: o.howToRefer,
    districtIds: o.districtIds,
    languages: o.languages,
    openingHours: o.openingHours,
    phone: o.phone,
    email: o.email,
    website: o.website,
    referralNotes: o.referralNotes,
    status: o.status,
    lastCheckedAt: o.lastCheckedAt.toISOString(),
    stale: o.lastCheckedAt < stale,
    can: { edit: canEditOffering(actor, o) },
  };
}

export function presentPublic({ offering: o, organisationName }: Row): PublicOffering {
  const {
    referralNotes: _notes,
    reviewRemindedAt: _r,
    tenantId: _t,
    createdAt: _c,
    updatedAt: _u,
    ...rest
  } = o;
  return { ...rest, organisationName, lastCheckedAt: o.lastCheckedAt.toISOString() };
}

/** The staff view of the directory: every offering, internal notes and the stale flag included. */
export async function listOfferings(
  db: DbOrTx,
  actor: Actor,
  query: z.output<typeof offeringQuerySchema>,
  now = new Date(),
) {
  const stale = await staleBefore(db, actor.tenantId, now);
  const { rows, total } = await queries.listOfferings(
    db,
    actor.tenantId,
    { ...query, checkedBefore: query.stale ? stale : undefined },
    query,
  );
  return {
    items: rows.map((row) => present(actor, row, stale)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** The public directory of a werkgebied: active offerings of the pact's active members. */
export async function publicDirectory(db: DbOrTx, query: z.output<typeof publicDirectoryQuerySchema>) {
  const tenant = await getPublicTenant(db, query.slug);
  const { rows, total } = await queries.listOfferings(
    db,
    tenant.id,
    { q: query.q, districtId: query.districtId, publicOnly: { today: amsterdamDay() } },
    query,
  );
  return { items: rows.map(presentPublic), total, page: query.page, pageSize: query.pageSize };
}

async function checkOrganisation(db: DbOrTx, actor: Actor, organisationId: string) {
  if (!(await organisationExists(db, actor.tenantId, organisationId)))
    throw validationFailed([
      { path: "organisationId", code: "unknown_organisation", message: "Kies een organisatie uit de lijst." },
    ]);
}

const values = (input: OfferingInput) => ({
  ...input,
  phone: input.phone ?? "",
  email: input.email ?? "",
  website: input.website ?? "",
  districtIds: [...new Set(input.districtIds)],
  languages: [...new Set(input.languages)],
  howToRefer: [...new Set(input.howToRefer)],
});

async function reload(db: DbOrTx, actor: Actor, id: string) {
  const row = await queries.findOffering(db, actor.tenantId, id);
  if (!row) throw notFound();
  return present(actor, row, await staleBefore(db, actor.tenantId));
}

export async function createOffering(db: Db, actor: Actor, input: OfferingInput) {
  assertMayOfferFor(actor, input.organisationId);
  await checkOrganisation(db, actor, input.organisationId);
  const id = await queries.insertOffering(db, { tenantId: actor.tenantId, ...values(input) });
  return reload(db, actor, id);
}

async function editable(db: DbOrTx, actor: Actor, id: string) {
  const row = await queries.findOffering(db, actor.tenantId, id);
  if (!row) throw notFound();
  if (!canEditOffering(actor, row.offering)) throw notFound();
  return row;
}

/** Saving an offering counts as checking it. */
export async function updateOffering(db: Db, actor: Actor, id: string, input: OfferingInput) {
  await editable(db, actor, id);
  assertMayOfferFor(actor, input.organisationId);
  await checkOrganisation(db, actor, input.organisationId);
  await queries.updateOffering(db, actor.tenantId, id, { ...values(input), lastCheckedAt: new Date() });
  return reload(db, actor, id);
}

export async function checkOffering(db: Db, actor: Actor, id: string) {
  await editable(db, actor, id);
  await queries.updateOffering(db, actor.tenantId, id, { lastCheckedAt: new Date() });
  return reload(db, actor, id);
}

// --- Pact membership ---

type MemberRow = Awaited<ReturnType<typeof queries.listMembers>>[number];
function presentMember(
  { member: m, organisationName, organisationType }: MemberRow,
  today: string,
): PactMember {
  return {
    id: m.id,
    organisationId: m.organisationId,
    organisationName,
    organisationType,
    signedOn: m.signedOn,
    endedOn: m.endedOn,
    contactName: m.contactName,
    contactEmail: m.contactEmail,
    contactPhone: m.contactPhone,
    serviceLevelDays: m.serviceLevelDays,
    active: m.signedOn <= today && (m.endedOn === null || m.endedOn > today),
  };
}

export async function listMembers(db: Db, actor: Actor) {
  return db.transaction(async (tx) => {
    const rows = await queries.listMembers(tx, actor.tenantId);
    await logProcessing(tx, actor, {
      activity: "network.pact",
      action: "read",
      subjectType: "pactMember",
      subjectIds: rows.map((r) => r.member.id),
    });
    const today = amsterdamDay();
    return rows.map((row) => presentMember(row, today));
  });
}

export async function saveMember(db: Db, actor: Actor, input: PactMemberInput) {
  if (input.endedOn && input.endedOn < input.signedOn)
    throw validationFailed([
      {
        path: "endedOn",
        code: "before_signed",
        message: "De einddatum ligt voor de datum van ondertekenen.",
      },
    ]);
  return db.transaction(async (tx) => {
    await checkOrganisation(tx, actor, input.organisationId);
    const id = await queries.upsertMember(tx, {
      tenantId: actor.tenantId,
      organisationId: input.organisationId,
      signedOn: input.signedOn,
      endedOn: input.endedOn ?? null,
      contactName: input.contactName,
      contactEmail: input.contactEmail ?? "",
      contactPhone: input.contactPhone ?? "",
      serviceLevelDays: input.serviceLevelDays,
    });
    await logProcessing(tx, actor, {
      activity: "network.pact",
      action: "update",
      subjectType: "pactMember",
      subjectIds: [id],
    });
    const row = (await queries.listMembers(tx, actor.tenantId)).find((r) => r.member.id === id)!;
    return presentMember(row, amsterdamDay());
  });
}

export async function getSettings(db: DbOrTx, actor: Actor) {
  return { reviewMonths: (await queries.reviewMonths(db, actor.tenantId)) ?? DEFAULT_REVIEW_MONTHS };
}

export async function saveSettings(db: DbOrTx, actor: Actor, input: { reviewMonths: number }) {
  await queries.saveReviewMonths(db, actor.tenantId, input.reviewMonths);
  return getSettings(db, actor);
}

// --- For other features (referrals, conferences) ---

/** Which of these organisations are active pact members today, with their service level (working days). */
export async function activePactMembers(db: DbOrTx, tenantId: string, organisationIds: string[]) {
  const rows = await queries.activeMembers(db, tenantId, organisationIds, amsterdamDay());
  return new Map(rows.map((r) => [r.organisationId, r.serviceLevelDays]));
}

/**
 * Where a referral may go: the active pact members once the tenant has a pact; before that (a
 * municipality not using the network) null, meaning any of its organisations.
 */
export async function pactMemberIds(db: DbOrTx, tenantId: string): Promise<Set<string> | null> {
  const rows = await queries.activeMemberIds(db, tenantId, amsterdamDay());
  return rows.length > 0 ? new Set(rows.map((r) => r.organisationId)) : null;
}

/** Today's members with their contact person, by organisation name (conference invitations). */
export function memberContacts(db: DbOrTx, tenantId: string) {
  return queries.activeMemberContacts(db, tenantId, amsterdamDay());
}

/** Every member's service level (working days), ended members included. */
export async function serviceLevelsOf(db: DbOrTx, tenantId: string) {
  const rows = await queries.serviceLevels(db, tenantId);
  return new Map(rows.map((r) => [r.organisationId, r.serviceLevelDays]));
}

/** Members who signed in a period, and the number of stale offerings now (conference overview). */
export async function networkChanges(db: DbOrTx, tenantId: string, since: string, until: string) {
  const members = await queries.listMembers(db, tenantId);
  const stale = await staleBefore(db, tenantId);
  const { total } = await queries.listOfferings(
    db,
    tenantId,
    { checkedBefore: stale },
    { page: 1, pageSize: 1 },
  );
  return {
    newPartners: members
      .filter((m) => m.member.signedOn > since && m.member.signedOn <= until)
      .map((m) => ({ organisationName: m.organisationName, signedOn: m.member.signedOn })),
    staleOfferings: total,
  };
}
