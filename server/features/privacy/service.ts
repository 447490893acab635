import type { Page, PageQuery } from "../../../shared/paging.ts";
import {
  type ProcessingActivity,
  type ProcessingLogEntry,
  processingActivities,
} from "../../../shared/privacy.ts";
import type { DbOrTx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { findPersonIdsOfUser } from "../accounts/service.ts";
import * as queries from "./queries.ts";

type Row = Awaited<ReturnType<typeof queries.listEntries>>["rows"][number];

function present({ entry, actorName }: Row): ProcessingLogEntry {
  return {
    id: entry.id,
    traceId: entry.traceId,
    occurredAt: entry.occurredAt.toISOString(),
    actorUserId: entry.actorUserId,
    actorName,
    actorRole: entry.actorRole,
    activity: entry.activity,
    activityName: processingActivities[entry.activity as ProcessingActivity]?.name ?? entry.activity,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    outcome: entry.outcome,
  };
}

export async function searchProcessingLog(
  db: DbOrTx,
  actor: Actor,
  query: PageQuery & Omit<queries.LogFilter, "subjectIds"> & { subjectId?: string },
): Promise<Page<ProcessingLogEntry>> {
  const filter = { ...query, subjectIds: query.subjectId ? [query.subjectId] : undefined };
  const { rows, total } = await queries.listEntries(db, actor.tenantId, filter, query);
  return { items: rows.map(present), total, page: query.page, pageSize: query.pageSize };
}

const csvColumns = [
  "occurredAt",
  "traceId",
  "actorUserId",
  "actorName",
  "actorRole",
  "activity",
  "action",
  "subjectType",
  "subjectId",
  "outcome",
] as const;

function csvCell(value: unknown) {
  const text = value === null || value === undefined ? "" : String(value);
  // Quote always; neutralise spreadsheet formulas.
  return `"${(/^[=+\-@]/.test(text) ? `'${text}` : text).replaceAll('"', '""')}"`;
}

export async function* exportProcessingLogCsv(
  db: DbOrTx,
  actor: Actor,
  filter: Omit<queries.LogFilter, "subjectIds"> & { subjectId?: string },
) {
  yield `${csvColumns.join(";")}\n`;
  for await (const rows of queries.iterateEntries(db, actor.tenantId, {
    ...filter,
    subjectIds: filter.subjectId ? [filter.subjectId] : undefined,
  })) {
    yield rows
      .map(present)
      .map((entry) => `${csvColumns.map((column) => csvCell(entry[column])).join(";")}\n`)
      .join("");
  }
}

/** Who processed the data of the signed-in person (their person records in the active tenant). */
export async function listMyProcessing(
  db: DbOrTx,
  actor: Actor,
  query: PageQuery,
): Promise<Page<ProcessingLogEntry>> {
  const personIds = await findPersonIdsOfUser(db, actor.tenantId, actor.userId);
  if (personIds.length === 0) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  const { rows, total } = await queries.listEntries(
    db,
    actor.tenantId,
    { subjectIds: personIds, q: query.q },
    query,
  );
  return { items: rows.map(present), total, page: query.page, pageSize: query.pageSize };
}

export function listActivities() {
  return Object.entries(processingActivities).map(([code, activity]) => ({ code, ...activity }));
}
