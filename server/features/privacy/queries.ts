import { and, count, desc, eq, gte, ilike, inArray, lt, or, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { escapeLike } from "../../db/sql.ts";
import { processingLog } from "../../platform/schema.ts";
import { authUser } from "../accounts/schema.ts";

export type LogFilter = {
  subjectIds?: string[];
  actorUserId?: string;
  activity?: string;
  from?: string;
  to?: string;
  /** Free text: part of the activity, subject (type or id), trace id, role or name of who did it. */
  q?: string;
};

function textMatches(q: string): SQL | undefined {
  const like = `%${escapeLike(q)}%`;
  return or(
    ilike(processingLog.activity, like),
    ilike(processingLog.subjectType, like),
    ilike(processingLog.subjectId, like),
    ilike(processingLog.traceId, like),
    ilike(processingLog.actorRole, like),
    ilike(authUser.name, like),
  );
}

function where(tenantId: string, filter: LogFilter): SQL | undefined {
  return and(
    eq(processingLog.tenantId, tenantId),
    filter.subjectIds ? inArray(processingLog.subjectId, filter.subjectIds) : undefined,
    filter.actorUserId ? eq(processingLog.actorUserId, filter.actorUserId) : undefined,
    filter.activity ? eq(processingLog.activity, filter.activity) : undefined,
    filter.from ? gte(processingLog.occurredAt, new Date(`${filter.from}T00:00:00Z`)) : undefined,
    filter.to
      ? lt(processingLog.occurredAt, new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000))
      : undefined,
    filter.q ? textMatches(filter.q) : undefined,
  );
}

export async function listEntries(
  db: DbOrTx,
  tenantId: string,
  filter: LogFilter,
  page: { page: number; pageSize: number },
) {
  const condition = where(tenantId, filter);
  const [rows, [total]] = await Promise.all([
    db
      .select({ entry: processingLog, actorName: authUser.name })
      .from(processingLog)
      .leftJoin(authUser, eq(authUser.id, processingLog.actorUserId))
      .where(condition)
      .orderBy(desc(processingLog.occurredAt), desc(processingLog.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db
      .select({ value: count() })
      .from(processingLog)
      .leftJoin(authUser, eq(authUser.id, processingLog.actorUserId))
      .where(condition),
  ]);
  return { rows, total: total?.value ?? 0 };
}

/** All entries matching the filter, newest first, in batches (for export). */
export async function* iterateEntries(db: DbOrTx, tenantId: string, filter: LogFilter, batchSize = 2000) {
  for (let page = 1; ; page++) {
    const { rows } = await listEntries(db, tenantId, filter, { page, pageSize: batchSize });
    yield rows;
    if (rows.length < batchSize) return;
  }
}
