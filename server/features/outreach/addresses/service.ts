import Papa from "papaparse";
import { type FieldError, nothingImportedMessage } from "../../../../shared/errors.ts";
import {
  addressColumns,
  addressCsvRowSchema,
  addressHeader,
  addressLine,
  type addressQuerySchema,
  type exclusionInputSchema,
  type OutreachAddress,
} from "../../../../shared/outreach.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { notFound, validationFailed } from "../../../platform/errors.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { organisationScope } from "../../../platform/scope.ts";
import { campaignRow } from "../campaigns/service.ts";
import { seesHouseholdDetails } from "../policy.ts";
import type { outreachAddress } from "../schema.ts";
import { refreshRoute } from "../walk-lists/service.ts";
import * as queries from "./queries.ts";

/** An address file may hold a large town's worth of doors, not more. */
export const MAX_ADDRESS_ROWS = 100_000;

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
    rows.push({
      tenantId: actor.tenantId,
      campaignId,
      ...result.data,
      searchText: searchTextOf(result.data),
    });
  });
  if (errors.length > 0) throw validationFailed(errors.slice(0, 200), nothingImportedMessage(errors.length));
  return db.transaction(async (tx) => {
    const known = new Set(
      (await queries.existingBagIds(tx, actor.tenantId, campaignId)).map((row) => row.bagId),
    );
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
  const { rows, total } = await queries.listAddresses(db, actor.tenantId, campaignId, query, query);
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
    const row = await queries.findAddress(tx, organisationScope(actor), addressId);
    if (!row) throw notFound();
    await queries.updateAddress(
      tx,
      actor.tenantId,
      addressId,
      input.excluded
        ? { excludedAt: new Date(), excludedReason: input.reason, walkListId: null, walkOrder: null }
        : { excludedAt: null, excludedReason: null },
    );
    if (input.excluded && row.address.walkListId)
      await refreshRoute(tx, actor.tenantId, row.address.walkListId);
    await logProcessing(tx, actor, {
      activity: "outreach.manage",
      action: "update",
      subjectType: "address",
      subjectIds: [addressId],
    });
    const updated = await queries.findAddress(tx, organisationScope(actor), addressId);
    return presentAddress(updated!.address, seesHouseholdDetails(actor, updated!.campaign));
  });
}
