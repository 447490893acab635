import Papa from "papaparse";
import { amsterdamDay } from "../../../shared/dates.ts";
import { type FieldError, nothingImportedMessage } from "../../../shared/errors.ts";
import {
  addressColumns,
  addressCsvRowSchema,
  addressHeader,
  addressLine,
  type addressQuerySchema,
  type Doorstep,
  defaultLetterTemplate,
  type exclusionInputSchema,
  fillLetter,
  type followUpInputSchema,
  type letterInputSchema,
  type Monitor,
  type MonitorCounts,
  type OutreachAddress,
  type OutreachCampaign,
  type OutreachCampaignInput,
  type OutreachCampaignPatch,
  outreachCampaignInputSchema,
  type Shift,
  type ShiftInput,
  type Visit,
  type VisitInput,
  type WalkList,
} from "../../../shared/outreach.ts";
import { monitorExportTable, showMonitor, sumMonitorRows } from "../../../shared/outreach-monitor.ts";
import { hidesSmallCounts } from "../../../shared/small-counts.ts";
import { cutWalkLists, pathMetres, walkOrder } from "../../../shared/walk-lists.ts";
import type { z } from "../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { AppError, notFound, validationFailed } from "../../platform/errors.ts";
import { fetchLogo, renderLetters } from "../../platform/letters-pdf.ts";
import type { Mailer } from "../../platform/mail.ts";
import { applyPatch } from "../../platform/patch.ts";
import { logProcessing } from "../../platform/processing-log.ts";
import { organisationScope, tenantWide } from "../../platform/scope.ts";
import { exportTable } from "../../platform/table-export.ts";
import { getOrganisation, listOrganisationOptions, organisationExists } from "../organisations/service.ts";
import { createReferral, notifyPartner } from "../referrals/service.ts";
import { findTenantById } from "../tenancy/service.ts";
import { findOwnVolunteerId } from "../volunteers/service.ts";
import { mayOpenCampaign, seesHouseholdDetails } from "./policy.ts";
import * as queries from "./queries.ts";
import type { outreachAddress } from "./schema.ts";

const scopeOf = organisationScope;
/** An address file may hold a large town's worth of doors, not more. */
export const MAX_ADDRESS_ROWS = 100_000;

type CampaignRow = NonNullable<Awaited<ReturnType<typeof queries.findCampaign>>>;

function presentCampaign(row: CampaignRow): OutreachCampaign {
  const c = row.campaign;
  return {
    id: c.id,
    name: c.name,
    programme: c.programme,
    organisationId: c.organisationId,
    organisationName: row.organisationName,
    neighbourhoodIds: c.neighbourhoodIds,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    goal: c.goal,
    topics: c.topics,
    incentive: c.incentive,
    followUpWeeks: c.followUpWeeks,
    letterLeadDays: c.letterLeadDays,
    walkListSize: c.walkListSize,
    retentionMonths: c.retentionMonths,
    professionalUserIds: c.professionalUserIds,
    optOutContact: c.optOutContact,
    signatoryName: c.signatoryName,
    signatoryRole: c.signatoryRole,
    letterTemplate: c.letterTemplate || defaultLetterTemplate,
    requiredTraining: c.requiredTraining,
    status: c.status,
    lettersSent: Number(row.lettersSent),
    addresses: Number(row.addresses),
    excluded: Number(row.excluded),
    walkLists: Number(row.walkLists),
  };
}

export async function listCampaigns(db: DbOrTx, actor: Actor) {
  return (await queries.listCampaigns(db, scopeOf(actor)))
    .filter((row) => mayOpenCampaign(actor, row.campaign))
    .map(presentCampaign);
}

/** A campaign in the actor's scope (organisation; a professional's: on call, see policy.ts), or 404. */
async function campaignRow(db: DbOrTx, actor: Actor, id: string) {
  const row = await queries.findCampaign(db, scopeOf(actor), id);
  if (!row || !mayOpenCampaign(actor, row.campaign)) throw notFound();
  return row;
}

export async function getCampaign(db: DbOrTx, actor: Actor, id: string) {
  return presentCampaign(await campaignRow(db, actor, id));
}

/** The organisation (a coordinator's own), neighbourhoods and professionals must belong to the tenant. */
async function checkCampaign(db: DbOrTx, actor: Actor, input: OutreachCampaignInput) {
  const errors: FieldError[] = [];
  const organisationId =
    actor.role === "coordinator" && actor.organisationId ? actor.organisationId : input.organisationId;
  if (!organisationId)
    errors.push({ path: "organisationId", code: "required", message: "Kies een organisatie." });
  else if (!(await organisationExists(db, actor.tenantId, organisationId)))
    errors.push({
      path: "organisationId",
      code: "unknown_organisation",
      message: "Deze organisatie bestaat niet.",
    });
  const neighbourhoods = [...new Set(input.neighbourhoodIds)];
  if ((await queries.countNeighbourhoods(db, actor.tenantId, neighbourhoods)) !== neighbourhoods.length)
    errors.push({
      path: "neighbourhoodIds",
      code: "unknown_neighbourhood",
      message: "Kies buurten uit de lijst.",
    });
  const professionals = new Set((await queries.listProfessionals(db, actor.tenantId)).map((p) => p.userId));
  if (input.professionalUserIds.some((id) => !professionals.has(id)))
    errors.push({
      path: "professionalUserIds",
      code: "unknown_professional",
      message: "Kies professionals uit de lijst.",
    });
  if (errors.length) throw validationFailed(errors);
  return {
    organisationId: organisationId!,
    programme: input.programme,
    name: input.name,
    neighbourhoodIds: neighbourhoods,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    goal: input.goal,
    topics: input.topics,
    incentive: input.incentive,
    followUpWeeks: input.followUpWeeks,
    letterLeadDays: input.letterLeadDays,
    walkListSize: input.walkListSize,
    retentionMonths: input.retentionMonths,
    professionalUserIds: [...new Set(input.professionalUserIds)],
    optOutContact: input.optOutContact,
    signatoryName: input.signatoryName,
    signatoryRole: input.signatoryRole,
    letterTemplate: input.letterTemplate,
    requiredTraining: input.requiredTraining,
    status: input.status,
  };
}

export async function createCampaign(db: Db, actor: Actor, input: OutreachCampaignInput) {
  return db.transaction(async (tx) => {
    const values = await checkCampaign(tx, actor, input);
    const { id } = await queries.insertCampaign(tx, { tenantId: actor.tenantId, ...values });
    return getCampaign(tx, actor, id);
  });
}

/** A partial update: what is left out (status, professionals, letter…) keeps its value. */
export async function updateCampaign(db: Db, actor: Actor, id: string, patch: OutreachCampaignPatch) {
  return db.transaction(async (tx) => {
    const current = presentCampaign(await campaignRow(tx, actor, id));
    const input = applyPatch(outreachCampaignInputSchema, current, patch);
    const values = await checkCampaign(tx, actor, input);
    await queries.updateCampaign(tx, scopeOf(actor), id, values);
    return getCampaign(tx, actor, id);
  });
}

/** Who can be on call for a campaign: the tenant's professionals and coordinators. */
export async function listProfessionals(db: DbOrTx, actor: Actor) {
  const rows = await queries.listProfessionals(db, actor.tenantId);
  const seen = new Set<string>();
  const professionals = rows
    .filter((row) => !seen.has(row.userId) && seen.add(row.userId))
    .map((row) => ({ userId: row.userId, name: row.name }));
  await logProcessing(db, actor, {
    activity: "outreach.manage",
    action: "read",
    subjectType: "user",
    subjectIds: professionals.map((p) => p.userId),
  });
  return professionals;
}

// --- Addresses ---

const searchTextOf = (a: {
  street: string;
  houseNumber: number;
  houseLetter: string;
  addition: string;
  postcode: string;
}) => `${addressLine(a)} ${a.postcode} ${a.postcode.replace(" ", "")}`.toLowerCase();

/**
 * Imports a campaign's addresses from a CSV in a BAG-like layout (see addressCsvRowSchema). Every row is
 * checked first; any error (with its line number) means nothing is imported. An address already in
 * the campaign (same nummeraanduiding id) gets the new details and keeps its list and exclusion.
 */
export async function importAddresses(db: Db, actor: Actor, campaignId: string, csv: string) {
  await campaignRow(db, actor, campaignId);
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: addressHeader,
  });
  const missing = addressColumns.filter((column) => !parsed.meta.fields?.includes(column));
  const hasCoordinates =
    (parsed.meta.fields?.includes("LAT") && parsed.meta.fields.includes("LON")) ||
    (parsed.meta.fields?.includes("X") && parsed.meta.fields.includes("Y"));
  if (missing.length > 0 || !hasCoordinates)
    throw validationFailed([
      {
        path: "csv",
        code: "missing_columns",
        message: `Deze kolommen ontbreken: ${[...missing, ...(hasCoordinates ? [] : ["LAT en LON, of X en Y"])].join(", ")}.`,
      },
    ]);
  if (parsed.data.length === 0)
    throw validationFailed([{ path: "csv", code: "empty", message: "Het bestand bevat geen adressen." }]);
  if (parsed.data.length > MAX_ADDRESS_ROWS)
    throw validationFailed([
      {
        path: "csv",
        code: "too_many_rows",
        message: `Maximaal ${MAX_ADDRESS_ROWS.toLocaleString("nl-NL")} adressen per bestand.`,
      },
    ]);
  const errors: FieldError[] = [];
  const rows: (typeof outreachAddress.$inferInsert)[] = [];
  const lineOf = new Map<string, number>();
  parsed.data.forEach((raw, index) => {
    const line = index + 2;
    const result = addressCsvRowSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues)
        errors.push({
          path: `rows.${line}.${issue.path.join(".")}`,
          code: issue.code,
          message: `Regel ${line}: ${issue.message}`,
        });
      return;
    }
    const first = lineOf.get(result.data.bagId);
    if (first !== undefined) {
      errors.push({
        path: `rows.${line}.ID`,
        code: "duplicate",
        message: `Regel ${line}: dit adres (id ${result.data.bagId}) staat ook op regel ${first}.`,
      });
      return;
    }
    lineOf.set(result.data.bagId, line);
    rows.push({ campaignId, ...result.data, searchText: searchTextOf(result.data) });
  });
  if (errors.length > 0) throw validationFailed(errors.slice(0, 200), nothingImportedMessage(errors.length));
  return db.transaction(async (tx) => {
    const known = new Set((await queries.existingBagIds(tx, campaignId)).map((row) => row.bagId));
    await queries.upsertAddresses(tx, rows);
    const updated = rows.filter((row) => known.has(row.bagId)).length;
    return { added: rows.length - updated, updated };
  });
}

/** `detailed`: see policy.ts seesHouseholdDetails (a follow-up due says a conversation took place). */
function presentAddress(a: typeof outreachAddress.$inferSelect, detailed: boolean): OutreachAddress {
  return {
    id: a.id,
    bagId: a.bagId,
    street: a.street,
    houseNumber: a.houseNumber,
    houseLetter: a.houseLetter,
    addition: a.addition,
    postcode: a.postcode,
    city: a.city,
    lat: a.lat,
    lon: a.lon,
    excludedReason: a.excludedAt ? (a.excludedReason ?? "") : null,
    letterSentOn: a.letterSentOn,
    followUpDue: detailed ? a.followUpDue : null,
    walkListId: a.walkListId,
    walkOrder: a.walkOrder,
  };
}

export async function listAddresses(
  db: DbOrTx,
  actor: Actor,
  campaignId: string,
  query: z.output<typeof addressQuerySchema>,
) {
  const { campaign } = await campaignRow(db, actor, campaignId);
  const detailed = seesHouseholdDetails(actor, campaign);
  const { rows, total } = await queries.listAddresses(db, campaignId, query, query);
  await logProcessing(db, actor, {
    activity: "outreach.manage",
    action: "read",
    subjectType: "address",
    subjectIds: rows.map((a) => a.id),
  });
  return {
    items: rows.map((row) => presentAddress(row, detailed)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * Do not visit (for example on request), with a reason, or visit again. An excluded address leaves its
 * walk list. The reason says something about a household, so the change is logged.
 */
export async function setExclusion(
  db: Db,
  actor: Actor,
  addressId: string,
  input: z.output<typeof exclusionInputSchema>,
) {
  return db.transaction(async (tx) => {
    const row = await queries.findAddress(tx, scopeOf(actor), addressId);
    if (!row) throw notFound();
    await queries.updateAddress(
      tx,
      addressId,
      input.excluded
        ? { excludedAt: new Date(), excludedReason: input.reason, walkListId: null, walkOrder: null }
        : { excludedAt: null, excludedReason: null },
    );
    if (input.excluded && row.address.walkListId) await refreshRoute(tx, row.address.walkListId);
    await logProcessing(tx, actor, {
      activity: "outreach.manage",
      action: "update",
      subjectType: "address",
      subjectIds: [addressId],
    });
    const updated = await queries.findAddress(tx, scopeOf(actor), addressId);
    return presentAddress(updated!.address, seesHouseholdDetails(actor, updated!.campaign));
  });
}

// --- Walk lists ---

/**
 * Cuts the campaign's doors (not excluded) into compact walk lists of about the target size, each in
 * walking order. Replaces the campaign's walk lists.
 */
export async function cutCampaign(db: Db, actor: Actor, campaignId: string, targetSize: number | undefined) {
  return db.transaction(async (tx) => {
    const campaign = (await campaignRow(tx, actor, campaignId)).campaign;
    const addresses = await queries.visitableAddresses(tx, campaignId);
    if (addresses.length === 0)
      throw new AppError(409, "no_addresses", "Deze campagne heeft nog geen adressen om te verdelen.");
    const byId = new Map(addresses.map((a) => [a.id, a]));
    const lists = cutWalkLists(addresses, targetSize ?? campaign.walkListSize).map((ids) => {
      const points = ids.map((id) => byId.get(id)!);
      const route = walkOrder(points);
      return { routeMetres: Math.round(route.metres), addressIds: route.order.map((i) => ids[i]!) };
    });
    await queries.replaceWalkLists(tx, campaignId, lists);
    return walkListsOf(tx, actor, campaignId, "create");
  });
}

/** The campaign's walk lists; the addresses on them are logged as read or changed. */
async function walkListsOf(
  db: DbOrTx,
  actor: Actor,
  campaignId: string,
  action: "read" | "create" | "update",
): Promise<WalkList[]> {
  const [lists, addresses] = await Promise.all([
    queries.listWalkLists(db, campaignId),
    queries.addressesOnLists(db, campaignId),
  ]);
  const byList = new Map<string, WalkList["addresses"]>();
  const add = (listId: string | null, a: (typeof addresses)[number], walkOrder: number | null) => {
    if (!listId) return;
    const list = byList.get(listId) ?? [];
    list.push({
      id: a.id,
      line: addressLine(a),
      postcode: a.postcode,
      lat: a.lat,
      lon: a.lon,
      walkOrder: walkOrder ?? 0,
    });
    byList.set(listId, list);
  };
  for (const a of addresses) {
    add(a.walkListId, a, a.walkOrder);
    add(a.followUpListId, a, a.followUpOrder);
  }
  await logProcessing(db, actor, {
    activity: "outreach.manage",
    action,
    subjectType: "address",
    subjectIds: addresses.map((a) => a.id),
  });
  return lists
    .sort((a, b) => (a.kind === b.kind ? a.number - b.number : a.kind === "first" ? -1 : 1))
    .map((list) => ({
      id: list.id,
      number: list.number,
      kind: list.kind,
      name: `${list.kind === "first" ? "Looplijst" : "Nazorglijst"} ${list.number}`,
      doors: byList.get(list.id)?.length ?? 0,
      routeMetres: list.routeMetres,
      addresses: (byList.get(list.id) ?? []).sort((a, b) => a.walkOrder - b.walkOrder),
    }));
}

export async function listWalkLists(db: DbOrTx, actor: Actor, campaignId: string) {
  await campaignRow(db, actor, campaignId);
  return walkListsOf(db, actor, campaignId, "read");
}

/** The route length of a list in its current order. */
async function refreshRoute(db: DbOrTx, listId: string) {
  const points = await queries.addressesOfList(db, listId);
  await queries.setRouteMetres(db, listId, Math.round(pathMetres(points)));
}

/** Moves a door to another list of the same campaign (at the end of its route). */
export async function moveAddress(db: Db, actor: Actor, addressId: string, walkListId: string) {
  return db.transaction(async (tx) => {
    const row = await queries.findAddress(tx, scopeOf(actor), addressId);
    if (!row) throw notFound();
    const target = await queries.findWalkList(tx, scopeOf(actor), walkListId);
    if (!target || target.campaign.id !== row.campaign.id)
      throw validationFailed([
        { path: "walkListId", code: "unknown_walk_list", message: "Kies een looplijst van deze campagne." },
      ]);
    if (row.address.excludedAt)
      throw new AppError(409, "excluded", "Dit adres wordt niet bezocht; zet het eerst weer aan.");
    if (target.list.kind !== "first")
      throw validationFailed([
        {
          path: "walkListId",
          code: "follow_up_list",
          message: "Verplaatsen kan alleen naar een looplijst voor eerste bezoeken.",
        },
      ]);
    const onTarget = await queries.addressesOfList(tx, walkListId);
    await queries.updateAddress(tx, addressId, { walkListId, walkOrder: onTarget.length });
    if (row.address.walkListId) await refreshRoute(tx, row.address.walkListId);
    await refreshRoute(tx, walkListId);
    return walkListsOf(tx, actor, row.campaign.id, "update");
  });
}

/** Puts a list in the shortest walking order again (after moves). */
export async function optimiseWalkList(db: Db, actor: Actor, walkListId: string) {
  return db.transaction(async (tx) => {
    const row = await queries.findWalkList(tx, scopeOf(actor), walkListId);
    if (!row) throw notFound();
    const points = await queries.addressesOfList(tx, walkListId);
    const route = walkOrder(points);
    await queries.setWalkOrder(
      tx,
      route.order.map((index, order) => ({ addressId: points[index]!.id, listId: walkListId, order })),
      row.list.kind,
    );
    await queries.setRouteMetres(tx, walkListId, Math.round(route.metres));
    return walkListsOf(tx, actor, row.campaign.id, "update");
  });
}

// --- Announcement letters ---

const longDate = (iso: string) =>
  new Intl.DateTimeFormat("nl-NL", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso}T12:00:00Z`));
const addDays = (iso: string, days: number) =>
  amsterdamDay(new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000));

/** The first day visits may start after a letter of this date: lead days later, not before the campaign. */
export const firstVisitDay = (letterDate: string, campaign: { startsOn: string; letterLeadDays: number }) => {
  const after = addDays(letterDate, campaign.letterLeadDays);
  return [after, campaign.startsOn].sort()[1]!;
};

/**
 * One PDF with an announcement letter per address to visit (those without a letter yet, or all), from
 * the campaign's template. The addresses are marked as sent on the letter date, in the same
 * transaction, so visits can be held back until the lead days have passed.
 */
export async function makeLetters(
  db: Db,
  actor: Actor,
  campaignId: string,
  input: z.output<typeof letterInputSchema>,
) {
  return db.transaction(async (tx) => {
    const row = await campaignRow(tx, actor, campaignId);
    const c = row.campaign;
    const from = firstVisitDay(input.letterDate, c);
    if (!c.optOutContact)
      throw validationFailed([
        {
          path: "optOutContact",
          code: "opt_out_missing",
          message:
            "Vul eerst bij de campagne in hoe bewoners een bezoek kunnen weigeren; dat moet in de brief staan.",
        },
      ]);
    if (from > c.endsOn)
      throw validationFailed([
        {
          path: "letterDate",
          code: "too_late",
          message: `Na deze brief kunnen de bezoeken pas op ${longDate(from)} beginnen, na het einde van de campagne.`,
        },
      ]);
    const addresses = await queries.letterAddresses(tx, campaignId, input.which === "unsent");
    if (addresses.length === 0)
      throw new AppError(409, "no_addresses", "Er zijn geen adressen (meer) die een brief moeten krijgen.");
    const tenant = await findTenantById(tx, actor.tenantId);
    const municipality = tenant?.name ?? "";
    const template = c.letterTemplate || defaultLetterTemplate;
    const org = await getOrganisation(tx, actor, c.organisationId);
    const letters = addresses.map((a, index) => ({
      addressLines: ["De bewoners van", addressLine(a), `${a.postcode}  ${a.city.toUpperCase()}`],
      reference: `ADV-${c.id.slice(0, 8).toUpperCase()}-${String(index + 1).padStart(4, "0")}`,
      text: fillLetter(template, {
        adres: addressLine(a),
        postcode: a.postcode,
        woonplaats: a.city,
        van: longDate(from),
        tot: longDate(c.endsOn),
        organisatie: row.organisationName,
        gemeente: municipality,
        incentive: c.incentive || "een kleine attentie",
        afmelden: c.optOutContact,
        datum: longDate(input.letterDate),
      }),
    }));
    const pdf = await renderLetters(letters, {
      sender: org,
      placeAndDate: `${org.city ?? municipality}, ${longDate(input.letterDate)}`,
      subject: `Huisbezoek in uw buurt tussen ${longDate(from)} en ${longDate(c.endsOn)}`,
      contact: [org.phone, org.email].filter(Boolean).join(" · ") || c.optOutContact,
      signatory: {
        name: c.signatoryName || org.name,
        role: [c.signatoryRole, c.signatoryName ? org.name : ""].filter(Boolean).join(", "),
      },
      logo: await fetchLogo((tenant?.theme as { logoUrl?: string } | null)?.logoUrl),
    });
    await queries.markLettersSent(
      tx,
      addresses.map((a) => a.id),
      input.letterDate,
    );
    await logProcessing(tx, actor, {
      activity: "outreach.manage",
      action: "export",
      subjectType: "address",
      subjectIds: addresses.map((a) => a.id),
    });
    return { pdf, count: letters.length };
  });
}

// --- Shifts and pairs ---

const shortDate = (iso: string) =>
  new Intl.DateTimeFormat("nl-NL", {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  }).format(new Date(`${iso}T12:00:00Z`));

type ShiftRows = Awaited<ReturnType<typeof queries.listShifts>>;
function presentShifts(rows: ShiftRows, selfVolunteerId: string | null = null): Shift[] {
  return rows.map(({ shift, campaignName, walkListNumber, walkListKind, members }) => ({
    id: shift.id,
    campaignId: shift.campaignId,
    campaignName,
    walkListId: shift.walkListId,
    walkListNumber,
    walkListName:
      walkListNumber === null
        ? null
        : `${walkListKind === "followUp" ? "Nazorglijst" : "Looplijst"} ${walkListNumber}`,
    date: shift.date,
    startTime: shift.startTime,
    endTime: shift.endTime,
    members: members
      .map(({ member, givenName, familyName, userName }) => ({
        volunteerId: member.volunteerId,
        userId: member.userId,
        name: member.volunteerId ? `${givenName ?? ""} ${familyName ?? ""}`.trim() : (userName ?? ""),
        professional: member.userId !== null,
        self: selfVolunteerId !== null && member.volunteerId === selfVolunteerId,
        checkedInAt: member.checkedInAt?.toISOString() ?? null,
        checkedOutAt: member.checkedOutAt?.toISOString() ?? null,
      }))
      .sort((a, b) => Number(a.professional) - Number(b.professional) || a.name.localeCompare(b.name)),
  }));
}

/**
 * Checks a shift against the rules: in the campaign period, on a walk list of the campaign whose letters
 * went out at least the lead days before; at least two people; every volunteer active, with the
 * campaign's training and a VOG valid that day; a volunteer's first shift has a professional along.
 */
async function checkShiftRules(
  tx: DbOrTx,
  actor: Actor,
  campaign: CampaignRow["campaign"],
  input: ShiftInput,
  shiftId: string | null,
) {
  const errors: FieldError[] = [];
  if (input.date < campaign.startsOn || input.date > campaign.endsOn)
    errors.push({
      path: "date",
      code: "outside_campaign",
      message: `Kies een dag in de campagne: ${longDate(campaign.startsOn)} tot en met ${longDate(campaign.endsOn)}.`,
    });
  const list = await queries.findWalkList(tx, scopeOf(actor), input.walkListId);
  if (!list || list.campaign.id !== campaign.id)
    errors.push({
      path: "walkListId",
      code: "unknown_walk_list",
      message: "Kies een looplijst van deze campagne.",
    });
  else if (list.list.kind === "first") {
    const letters = await queries.lettersOfList(tx, input.walkListId);
    if (letters.missing > 0 || !letters.latest)
      errors.push({
        path: "walkListId",
        code: "letters_missing",
        message:
          "Niet alle adressen op deze looplijst hebben een aankondigingsbrief gekregen. Maak eerst de brieven.",
      });
    else if (input.date < firstVisitDay(letters.latest, campaign))
      errors.push({
        path: "date",
        code: "too_soon_after_letter",
        message: `De bewoners kregen hun brief op ${longDate(letters.latest)}; bezoeken kan vanaf ${longDate(firstVisitDay(letters.latest, campaign))}.`,
      });
  }
  const professionals = new Set(campaign.professionalUserIds);
  if (input.professionalUserIds.some((id) => !professionals.has(id)))
    errors.push({
      path: "professionalUserIds",
      code: "unknown_professional",
      message: "Kies professionals die bij deze campagne bereikbaar zijn.",
    });
  // Only volunteers the planner may see (organisation scope): others are "unknown", as if absent.
  const volunteers = await queries.shiftFitness(
    tx,
    scopeOf(actor),
    [...new Set(input.volunteerIds)],
    campaign.requiredTraining,
    input.date,
    shiftId,
  );
  if (volunteers.length !== new Set(input.volunteerIds).size)
    errors.push({
      path: "volunteerIds",
      code: "unknown_volunteer",
      message: "Kies vrijwilligers uit de lijst.",
    });
  for (const v of volunteers) {
    const name = `${v.given_name} ${v.family_name}`.trim();
    if (v.status !== "active")
      errors.push({
        path: "volunteerIds",
        code: "not_active",
        message: `${name} is geen actieve vrijwilliger.`,
      });
    if (!v.trained)
      errors.push({
        path: "volunteerIds",
        code: "training_missing",
        message: `${name} heeft op die dag geen geldige training "${campaign.requiredTraining}".`,
      });
    if (!v.screened)
      errors.push({
        path: "volunteerIds",
        code: "vog_missing",
        message: `${name} heeft op die dag geen geldige VOG.`,
      });
    if (!v.experienced && input.professionalUserIds.length === 0)
      errors.push({
        path: "professionalUserIds",
        code: "first_shift_needs_professional",
        message: `Voor ${name} is dit de eerste dienst: er moet een ervaren professional mee.`,
      });
  }
  if (errors.length) throw validationFailed(errors);
  return volunteers;
}

async function mailShift(
  mailer: Mailer,
  tenantId: string,
  people: { email: string | null; user_id: string | null; given_name: string }[],
  subject: string,
  lines: string[],
) {
  for (const p of people) {
    if (!p.email) continue;
    await mailer.send({
      tenantId,
      recipientUserId: p.user_id,
      to: p.email,
      subject,
      text: [`Beste ${p.given_name},`, "", ...lines].join("\n"),
    });
  }
}

/** Plans a shift (or changes one); volunteers who are added, changed or taken off get an email. */
export async function saveShift(
  db: Db,
  mailer: Mailer,
  actor: Actor,
  campaignId: string,
  shiftId: string | null,
  input: ShiftInput,
) {
  const result = await db.transaction(async (tx) => {
    const campaign = (await campaignRow(tx, actor, campaignId)).campaign;
    const existing = shiftId ? await queries.findShift(tx, scopeOf(actor), shiftId) : null;
    if (shiftId && (!existing || existing.campaign.id !== campaignId)) throw notFound();
    const volunteers = await checkShiftRules(tx, actor, campaign, input, shiftId);
    const values = {
      walkListId: input.walkListId,
      date: input.date,
      startTime: input.startTime,
      endTime: input.endTime,
    };
    const id = shiftId ?? (await queries.insertShift(tx, { campaignId, ...values })).id;
    if (shiftId) await queries.updateShift(tx, shiftId, values);
    const before = shiftId ? await queries.membersOf(tx, shiftId) : [];
    const { added, gone } = await queries.replaceMembers(tx, id, [
      ...[...new Set(input.volunteerIds)].map((volunteerId) => ({ volunteerId, userId: null })),
      ...[...new Set(input.professionalUserIds)].map((userId) => ({ volunteerId: null, userId })),
    ]);
    // Members already on the shift are mailed whatever their organisation.
    const goneVolunteers = await queries.shiftFitness(
      tx,
      tenantWide(actor),
      gone.flatMap((m) => (m.volunteerId ? [m.volunteerId] : [])),
      "",
      input.date,
      id,
    );
    const moved =
      existing &&
      (existing.shift.date !== input.date ||
        existing.shift.startTime !== input.startTime ||
        existing.shift.endTime !== input.endTime ||
        existing.shift.walkListId !== input.walkListId);
    const addedIds = new Set(added.map((m) => m.volunteerId));
    const stayed = before
      .filter((m) => m.volunteerId && !gone.some((g) => g.id === m.id))
      .map((m) => m.volunteerId);
    await logProcessing(tx, actor, {
      activity: "outreach.manage",
      action: shiftId ? "update" : "create",
      subjectType: "person",
      subjectIds: [...volunteers, ...goneVolunteers].map((v) => v.person_id),
    });
    const [shift] = presentShifts(await queries.listShifts(tx, { campaignId, from: input.date })).filter(
      (s) => s.id === id,
    );
    return {
      shift: shift!,
      campaignName: campaign.name,
      added: volunteers.filter((v) => addedIds.has(v.id)),
      changed: moved ? volunteers.filter((v) => stayed.includes(v.id)) : [],
      removed: goneVolunteers,
    };
  });
  const when = `${shortDate(result.shift.date)} van ${result.shift.startTime} tot ${result.shift.endTime}`;
  const list = result.shift.walkListName ? `, ${result.shift.walkListName.toLowerCase()}` : "";
  const pair = result.shift.members.map((m) => m.name).join(", ");
  await mailShift(mailer, actor.tenantId, result.added, `Huisbezoeken op ${shortDate(result.shift.date)}`, [
    `U bent ingeroosterd voor ${result.campaignName}: ${when}${list}.`,
    `U gaat samen met: ${pair}.`,
    "De dienst staat ook in uw agenda-link van Inzet.",
  ]);
  await mailShift(
    mailer,
    actor.tenantId,
    result.changed,
    `Gewijzigd: huisbezoeken op ${shortDate(result.shift.date)}`,
    [
      `Uw dienst voor ${result.campaignName} is gewijzigd. Nieuw: ${when}${list}.`,
      `U gaat samen met: ${pair}.`,
    ],
  );
  await mailShift(mailer, actor.tenantId, result.removed, "Afgezegd: huisbezoeken", [
    `U staat niet meer ingeroosterd voor de dienst van ${result.campaignName} op ${shortDate(result.shift.date)}.`,
  ]);
  return result.shift;
}

/** Cancels a shift; its volunteers get an email. */
export async function cancelShift(db: Db, mailer: Mailer, actor: Actor, shiftId: string) {
  const result = await db.transaction(async (tx) => {
    const row = await queries.findShift(tx, scopeOf(actor), shiftId);
    if (!row) throw notFound();
    const members = await queries.membersOf(tx, shiftId);
    const volunteers = await queries.shiftFitness(
      tx,
      tenantWide(actor),
      members.flatMap((m) => (m.volunteerId ? [m.volunteerId] : [])),
      "",
      row.shift.date,
      shiftId,
    );
    await queries.deleteShift(tx, shiftId);
    await logProcessing(tx, actor, {
      activity: "outreach.manage",
      action: "delete",
      subjectType: "person",
      subjectIds: volunteers.map((v) => v.person_id),
    });
    return { row, volunteers };
  });
  await mailShift(mailer, actor.tenantId, result.volunteers, "Afgezegd: huisbezoeken", [
    `De dienst van ${result.row.campaign.name} op ${shortDate(result.row.shift.date)} van ${result.row.shift.startTime} gaat niet door.`,
  ]);
}

/** The campaign's roster; reading the names is logged. */
export async function listCampaignShifts(db: Db, actor: Actor, campaignId: string) {
  return db.transaction(async (tx) => {
    await campaignRow(tx, actor, campaignId);
    const rows = await queries.listShifts(tx, { campaignId });
    await logProcessing(tx, actor, {
      activity: "outreach.manage",
      action: "read",
      subjectType: "person",
      subjectIds: rows.flatMap((r) => r.members.flatMap((m) => (m.personId ? [m.personId] : []))),
    });
    return presentShifts(rows);
  });
}

export async function eligibleVolunteers(
  db: DbOrTx,
  actor: Actor,
  campaignId: string,
  q: string | undefined,
) {
  const campaign = (await campaignRow(db, actor, campaignId)).campaign;
  const rows = await queries.eligibleVolunteers(db, scopeOf(actor), campaign.requiredTraining, q);
  await logProcessing(db, actor, {
    activity: "outreach.manage",
    action: "read",
    subjectType: "person",
    subjectIds: rows.map((v) => v.person_id),
  });
  return rows.map((v) => ({
    volunteerId: v.id,
    name: `${v.given_name} ${v.family_name}`.trim(),
    experienced: v.experienced,
  }));
}

/** The signed-in volunteer's shifts from today on (for their own page and the doorstep screen). */
export async function ownShifts(db: Db, actor: Actor) {
  return db.transaction(async (tx) => {
    const volunteerId = await findOwnVolunteerId(tx, actor);
    if (!volunteerId) return [];
    const rows = await queries.listShifts(tx, { volunteerId, from: amsterdamDay() });
    // The names of the others on the shift are personal data too.
    await logProcessing(tx, actor, {
      activity: "volunteers.self",
      action: "read",
      subjectType: "person",
      subjectIds: rows.flatMap((r) =>
        r.members.flatMap((m) => (m.personId && m.member.volunteerId !== volunteerId ? [m.personId] : [])),
      ),
    });
    return presentShifts(rows, volunteerId);
  });
}

/** A volunteer checks in (at the start) or out (at the end) of their own shift, on its day only. */
export async function checkInOut(
  db: Db,
  actor: Actor,
  shiftId: string,
  what: "in" | "out",
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const volunteerId = await findOwnVolunteerId(tx, actor);
    const row = volunteerId
      ? await queries.findShift(tx, { tenantId: actor.tenantId, organisationId: null }, shiftId)
      : null;
    const member = row
      ? (await queries.membersOf(tx, shiftId)).find((m) => m.volunteerId === volunteerId)
      : null;
    if (!row || !member) throw notFound();
    if (row.shift.date !== amsterdamDay(now))
      throw new AppError(
        409,
        "not_today",
        `Inchecken kan alleen op de dag van de dienst (${longDate(row.shift.date)}).`,
      );
    const [self] = await queries.shiftFitness(
      tx,
      tenantWide(actor),
      [volunteerId!],
      "",
      row.shift.date,
      null,
    );
    await logProcessing(tx, actor, {
      activity: "volunteers.self",
      action: "update",
      subjectType: "person",
      subjectIds: self ? [self.person_id] : [],
    });
    if (what === "in") {
      if (member.checkedInAt) throw new AppError(409, "already_checked_in", "U bent al ingecheckt.");
      await queries.setCheck(tx, member.id, { checkedInAt: now });
    } else {
      if (!member.checkedInAt) throw new AppError(409, "not_checked_in", "Check eerst in.");
      if (member.checkedOutAt) throw new AppError(409, "already_checked_out", "U bent al uitgecheckt.");
      await queries.setCheck(tx, member.id, { checkedOutAt: now });
    }
    return presentShifts(
      await queries.listShifts(tx, { volunteerId: volunteerId!, from: row.shift.date }),
      volunteerId,
    ).find((s) => s.id === shiftId)!;
  });
}

/** A volunteer's outreach shifts as calendar events (for the private iCalendar feed). */
export async function shiftEvents(db: DbOrTx, volunteerId: string) {
  return presentShifts(await queries.listShifts(db, { volunteerId })).map((s) => ({
    id: `${s.id}@inzet`,
    summary: `Huisbezoeken: ${s.campaignName}${s.walkListName ? `, ${s.walkListName.toLowerCase()}` : ""}`,
    description: `Samen met: ${s.members.map((m) => m.name).join(", ")}`,
    date: s.date,
    startTime: s.startTime,
    endTime: s.endTime,
  }));
}

// --- Visits on the doorstep ---

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
    ? await queries.findShift(tx, { tenantId: actor.tenantId, organisationId: null }, shiftId)
    : null;
  if (!row || !(await queries.membersOf(tx, shiftId)).some((m) => m.volunteerId === volunteerId))
    throw notFound();
  return { ...row, volunteerId: volunteerId! };
}

/** Everything the doorstep screen needs for a shift, to keep on the phone: doors in order, topics, visits so far. */
export async function doorstep(db: Db, actor: Actor, shiftId: string): Promise<Doorstep> {
  return db.transaction(async (tx) => {
    const { shift, campaign, volunteerId } = await ownShift(tx, actor, shiftId);
    const [presented] = presentShifts(
      await queries.listShifts(tx, { volunteerId, from: shift.date }),
      volunteerId,
    ).filter((s) => s.id === shiftId);
    const addresses = shift.walkListId ? await queries.addressesOnList(tx, shift.walkListId) : [];
    const visits = await queries.listVisits(tx, { shiftId });
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
        (o) => o.id !== campaign.organisationId,
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

/**
 * Records a visit made on a shift. The id is made on the phone: a second send of the same visit is
 * refused with 409 already_recorded (the phone then drops it from its queue), so nothing is stored twice.
 * The address must be on the shift's walk list and the visit on the shift's day.
 */
export async function recordVisit(db: Db, mailer: Mailer, actor: Actor, visitId: string, input: VisitInput) {
  let referralId: string | null = null;
  const visit = await db.transaction(async (tx) => {
    const { shift, campaign, volunteerId } = await ownShift(tx, actor, input.shiftId);
    const existing = await queries.findVisit(tx, visitId);
    if (existing) {
      if (existing.recordedByVolunteerId !== volunteerId) throw notFound();
      throw new AppError(409, "already_recorded", "Dit bezoek is al opgeslagen.");
    }
    const errors: FieldError[] = [];
    const address = await queries.findAddressById(tx, input.addressId);
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
    const followUp = address!.followUpListId !== null && address!.followUpListId === shift.walkListId;
    await queries.insertVisit(tx, {
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
    if (!followUp && input.outcome === "conversation" && !address!.followUpDue)
      await queries.updateAddress(tx, input.addressId, {
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
    const [row] = (await queries.listVisits(tx, { shiftId: shift.id })).filter((v) => v.visit.id === visitId);
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
    const rows = await queries.listVisits(tx, { campaignId });
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

// --- Follow-up visits (nazorg) ---

/**
 * Puts the follow-up visits due by a day (default: two weeks from today) on new follow-up lists: compact
 * and in walking order, like the first lists. A conversation on a first visit makes a follow-up due
 * the campaign's interval later; a follow-up visit takes it off.
 */
export async function makeFollowUpLists(
  db: Db,
  actor: Actor,
  campaignId: string,
  input: z.output<typeof followUpInputSchema>,
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const campaign = (await campaignRow(tx, actor, campaignId)).campaign;
    const dueBy = input.dueBy ?? amsterdamDay(new Date(now.getTime() + 14 * 86_400_000));
    const due = await queries.dueFollowUps(tx, campaignId, dueBy);
    if (due.length === 0)
      throw new AppError(
        409,
        "no_follow_ups",
        `Er zijn geen nazorgbezoeken die uiterlijk ${longDate(dueBy)} moeten.`,
      );
    const byId = new Map(due.map((a) => [a.id, a]));
    const lists = cutWalkLists(due, input.targetSize ?? campaign.walkListSize).map((ids) => {
      const route = walkOrder(ids.map((id) => byId.get(id)!));
      return { routeMetres: Math.round(route.metres), addressIds: route.order.map((i) => ids[i]!) };
    });
    await queries.addWalkLists(tx, campaignId, "followUp", lists);
    return walkListsOf(tx, actor, campaignId, "create");
  });
}

// --- Monitoring ---

/** The campaign per neighbourhood, with a total row; small counts hidden for the municipality. */
export async function monitorCampaign(db: DbOrTx, actor: Actor, campaignId: string): Promise<Monitor> {
  const campaign = (await campaignRow(db, actor, campaignId)).campaign;
  const counts = campaign.monitorSnapshot ?? (await computeMonitor(db, actor.tenantId, campaign));
  return showMonitor(counts, hidesSmallCounts(actor.role));
}

/** Exactly what the screen shows, as CSV or XLSX. */
export async function exportMonitor(db: DbOrTx, actor: Actor, campaignId: string, format: "csv" | "xlsx") {
  return exportTable(monitorExportTable(await monitorCampaign(db, actor, campaignId)), format);
}

/** The exact counts per neighbourhood and in total (for the screen, exports and the retention snapshot). */
async function computeMonitor(
  db: DbOrTx,
  tenantId: string,
  campaign: { id: string; topics: { code: string; label: string }[] },
): Promise<MonitorCounts> {
  const codes = campaign.topics.map((t) => t.code);
  const rows = await queries.monitor(db, tenantId, campaign.id, codes);
  const toRow = (r: Record<string, number | string>): MonitorCounts["rows"][number] => ({
    neighbourhood: String(r.neighbourhood),
    doors: Number(r.doors),
    visited: Number(r.visited),
    reached: Number(r.reached),
    conversations: Number(r.conversations),
    signals: Object.fromEntries(codes.map((code, i) => [code, Number(r[`signal_${i}`] ?? 0)])),
    plans: Number(r.plans),
    followUpsDone: Number(r.follow_ups_done),
    referrals: Number(r.referrals),
    referralsDone: Number(r.referrals_done),
    referralsNotTakenUp: Number(r.referrals_not_taken_up),
  });
  const perRow = rows.map(toRow);
  return {
    topics: campaign.topics,
    rows: perRow,
    total: sumMonitorRows(perRow, codes),
    volunteerHours: Math.round((await queries.walkedHours(db, campaign.id)) * 10) / 10,
    suppressed: false,
  };
}

// --- Retention ---

/**
 * Daily: campaigns whose retention period is over lose their personal details (signals, notes, plans,
 * skip reasons, referral contacts); the monitor's counts are kept with the campaign. Idempotent.
 */
export async function purgeExpiredCampaigns(db: Db, now = new Date()) {
  let purged = 0;
  for (const campaign of await queries.campaignsToPurge(db, amsterdamDay(now))) {
    await db.transaction(async (tx) => {
      const snapshot = await computeMonitor(tx, campaign.tenantId, campaign);
      await queries.purgeCampaign(tx, campaign.id, snapshot);
    });
    purged++;
  }
  return { purged };
}
