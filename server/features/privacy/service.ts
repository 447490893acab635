import type { Page, PageQuery } from "../../../shared/paging.ts";
import {
  type LogboekExportQuery,
  logboekStatusCode,
  type ProcessingActivity,
  type ProcessingLogEntry,
  processingActivities,
  processingActivityUri,
} from "../../../shared/privacy.ts";
import type { DbOrTx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { logProcessing } from "../../platform/processing-log.ts";
import { csvCell } from "../../platform/table-export.ts";
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
    spanId: entry.spanId,
    processingActivityId: entry.processingActivityId,
    foreignOperation: entry.foreignOperation ?? null,
  };
}

/** Reading or exporting the log is itself a processing: each subject shown is logged, per type. */
async function logLogRead(db: DbOrTx, actor: Actor, rows: Row[], action: "read" | "export") {
  const byType = new Map<string, string[]>();
  for (const { entry } of rows)
    byType.set(entry.subjectType, [...(byType.get(entry.subjectType) ?? []), entry.subjectId]);
  for (const [subjectType, subjectIds] of byType) {
    await logProcessing(db, actor, { activity: "privacy.processingLog", action, subjectType, subjectIds });
  }
}

export async function searchProcessingLog(
  db: DbOrTx,
  actor: Actor,
  query: PageQuery & Omit<queries.LogFilter, "subjectIds"> & { subjectId?: string },
): Promise<Page<ProcessingLogEntry>> {
  const filter = { ...query, subjectIds: query.subjectId ? [query.subjectId] : undefined };
  const { rows, total } = await queries.listEntries(db, actor.tenantId, filter, query);
  await logLogRead(db, actor, rows, "read");
  return { items: rows.map(present), total, page: query.page, pageSize: query.pageSize };
}

const csvColumns = [
  "occurredAt",
  "traceId",
  "spanId",
  "actorUserId",
  "actorName",
  "actorRole",
  "activity",
  "action",
  "subjectType",
  "subjectId",
  "outcome",
] as const;

/** One CSV cell of the log: the shared rule (quoted, formulas neutralised, also tab and carriage return). */
const logCell = (value: unknown) => csvCell(value === null || value === undefined ? null : String(value));

/** All entries of the filter, in batches; every batch is logged as exported before it is handed out. */
async function* exportedBatches(db: DbOrTx, actor: Actor, filter: queries.LogFilter) {
  // Entries written by this export (and later) are not part of it: the database's clock decides.
  const before = await queries.databaseNow(db);
  for await (const rows of queries.iterateEntries(db, actor.tenantId, { ...filter, before })) {
    await logLogRead(db, actor, rows, "export");
    yield rows;
  }
}

export async function* exportProcessingLogCsv(
  db: DbOrTx,
  actor: Actor,
  filter: Omit<queries.LogFilter, "subjectIds"> & { subjectId?: string },
) {
  yield `${csvColumns.join(";")}\n`;
  for await (const rows of exportedBatches(db, actor, {
    ...filter,
    subjectIds: filter.subjectId ? [filter.subjectId] : undefined,
  })) {
    yield rows
      .map(present)
      .map((entry) => `${csvColumns.map((column) => logCell(entry[column])).join(";")}\n`)
      .join("");
  }
}

/** One entry in the fields of the Logboek Dataverwerkingen (one operation per data subject). */
function toLogboek(entry: ProcessingLogEntry) {
  return {
    trace_id: entry.traceId,
    span_id: entry.spanId,
    name: `${entry.activity}:${entry.action}`,
    start_time: entry.occurredAt,
    end_time: entry.occurredAt,
    status_code: logboekStatusCode(entry.outcome),
    foreign_operation: entry.foreignOperation
      ? {
          trace_id: entry.foreignOperation.traceId,
          span_id: entry.foreignOperation.spanId,
          entity: entry.foreignOperation.entity,
        }
      : null,
    resource: { attributes: { "service.name": "inzet" } },
    attributes: {
      "dpl.core.processing_activity_id": entry.processingActivityId ?? processingActivityUri(entry.activity),
      "dpl.core.data_subject_id": entry.subjectId,
      "dpl.core.data_subject_id_type": entry.subjectType,
      "inzet.status": entry.outcome,
      "inzet.action": entry.action,
      "inzet.activity_name": entry.activityName,
      "inzet.actor_user_id": entry.actorUserId,
      "inzet.actor_role": entry.actorRole,
    },
  };
}

const logboekCsvColumns = [
  "trace_id",
  "span_id",
  "name",
  "start_time",
  "end_time",
  "status_code",
  "foreign_operation.trace_id",
  "foreign_operation.span_id",
  "foreign_operation.entity",
  "dpl.core.processing_activity_id",
  "dpl.core.data_subject_id",
  "dpl.core.data_subject_id_type",
  "inzet.status",
  "inzet.action",
  "inzet.activity_name",
  "inzet.actor_user_id",
  "inzet.actor_role",
] as const;

function logboekCsvRow(record: ReturnType<typeof toLogboek>) {
  const flat: Record<string, unknown> = {
    ...record,
    "foreign_operation.trace_id": record.foreign_operation?.trace_id,
    "foreign_operation.span_id": record.foreign_operation?.span_id,
    "foreign_operation.entity": record.foreign_operation?.entity,
    ...record.attributes,
  };
  return `${logboekCsvColumns.map((column) => logCell(flat[column])).join(";")}\n`;
}

/**
 * The log of one person and/or one period, in Logboek field names: a JSON array or a CSV.
 * Scoped to the actor's tenant; the export itself is logged (privacy.processingLog, export).
 */
export async function* exportLogboek(db: DbOrTx, actor: Actor, query: LogboekExportQuery) {
  const filter = { subjectIds: query.subject ? [query.subject] : undefined, from: query.from, to: query.to };
  if (query.format === "csv") yield `${logboekCsvColumns.join(";")}\n`;
  else yield "[";
  let first = true;
  for await (const rows of exportedBatches(db, actor, filter)) {
    const records = rows.map(present).map(toLogboek);
    if (query.format === "csv") {
      yield records.map(logboekCsvRow).join("");
    } else if (records.length > 0) {
      yield `${first ? "\n" : ",\n"}${records.map((r) => JSON.stringify(r)).join(",\n")}`;
      first = false;
    }
  }
  if (query.format === "json") yield "\n]\n";
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
  return Object.entries(processingActivities).map(([code, activity]) => ({
    code,
    id: processingActivityUri(code),
    ...activity,
  }));
}
