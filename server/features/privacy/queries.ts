import { and, count, desc, eq, gte, ilike, inArray, lt, or, type SQL, sql } from "drizzle-orm";
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
  /** Only entries written before this moment (an export does not see the entries it writes itself). */
  before?: Date;
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
    // Days are days in Amsterdam: from the start of `from` up to the end of `to`.
    filter.from
      ? gte(processingLog.occurredAt, sql`(${filter.from}::date)::timestamp at time zone 'Europe/Amsterdam'`)
      : undefined,
    filter.to
      ? lt(processingLog.occurredAt, sql`(${filter.to}::date + 1)::timestamp at time zone 'Europe/Amsterdam'`)
      : undefined,
    filter.before ? lt(processingLog.occurredAt, filter.before) : undefined,
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

/** The database's current time (the clock processing-log entries are stamped with). */
export async function databaseNow(db: DbOrTx) {
  const result = (await db.execute(sql`select clock_timestamp() as now`)) as unknown as {
    rows: { now: Date | string }[];
  };
  return new Date(result.rows[0]!.now);
}
