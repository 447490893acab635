import { and, asc, count, desc, eq, gte, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import { availabilitySlots } from "../../../shared/volunteers.ts";
import type { DbOrTx } from "../../db/client.ts";
import { organisation } from "../organisations/schema.ts";
import { district } from "../tenancy/schema.ts";
import { application, applicationStatusChange, vacancy } from "./schema.ts";

export type Scope = { tenantId: string; organisationId: string | null };

const scopeWhere = (scope: Scope) =>
  and(
    eq(vacancy.tenantId, scope.tenantId),
    scope.organisationId ? eq(vacancy.organisationId, scope.organisationId) : undefined,
  );

const placed = sql<number>`(select count(*)::int from ${application} where ${application.vacancyId} = "vacancy"."id" and ${application.status} = 'placed')`;
const columns = { vacancy, organisationName: organisation.name, districtName: district.name, placed };

function select(db: DbOrTx) {
  return db
    .select(columns)
    .from(vacancy)
    .innerJoin(organisation, eq(organisation.id, vacancy.organisationId))
    .leftJoin(district, eq(district.id, vacancy.districtId));
}
export type VacancyRow = Awaited<ReturnType<ReturnType<typeof select>["where"]>>[number];

export async function listVacancies(
  db: DbOrTx,
  scope: Scope,
  filter: { q?: string; status?: string; organisationId?: string },
  page: { page: number; pageSize: number },
) {
  const q = filter.q?.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
  const where = and(
    scopeWhere(scope),
    filter.status ? eq(vacancy.status, filter.status as "draft") : undefined,
    filter.organisationId ? eq(vacancy.organisationId, filter.organisationId) : undefined,
    q ? sql`${vacancy.searchText} like ${`%${q}%`}` : undefined,
  );
  const [rows, [total]] = await Promise.all([
    select(db)
      .where(where)
      .orderBy(desc(vacancy.updatedAt), asc(vacancy.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ value: count() }).from(vacancy).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export async function findVacancy(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await select(db).where(and(scopeWhere(scope), eq(vacancy.id, id)));
  return row ?? null;
}

export async function insertVacancy(db: DbOrTx, values: typeof vacancy.$inferInsert) {
  const [row] = await db.insert(vacancy).values(values).returning();
  return row!;
}

export async function updateVacancy(
  db: DbOrTx,
  scope: Scope,
  id: string,
  values: Partial<typeof vacancy.$inferInsert>,
) {
  const [row] = await db
    .update(vacancy)
    .set({ ...values, updatedAt: new Date() })
    .where(and(scopeWhere(scope), eq(vacancy.id, id)))
    .returning({ id: vacancy.id });
  return row ?? null;
}

const published = (today: string) =>
  and(
    eq(vacancy.status, "published"),
    or(isNull(vacancy.publishFrom), lte(vacancy.publishFrom, today)),
    or(isNull(vacancy.publishUntil), gte(vacancy.publishUntil, today)),
  );

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Typo-tolerant text match: a word of the vacancy is similar to the query (pg_trgm word similarity),
 * or the text contains the query, or the start of its longest word (Dutch compounds: "maaltjd" finds
 * "buurtmaaltijd" through "maalt"). All three can use the trigram index.
 */
function textMatches(q: string) {
  const longest = q.split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? "";
  const stem = longest.length >= 5 ? longest.slice(0, Math.ceil(longest.length * 0.6)) : null;
  return or(
    sql`${q} <% ${vacancy.searchText}`,
    sql`${vacancy.searchText} like ${`%${escapeLike(q)}%`}`,
    stem ? sql`${vacancy.searchText} like ${`%${escapeLike(stem)}%`}` : undefined,
  );
}

/**
 * The public search: published vacancies of a tenant. The text search tolerates typos: a vacancy
 * matches when a word in it is similar to the query (pg_trgm word similarity) or contains it.
 */
export async function searchPublished(
  db: DbOrTx,
  tenantId: string,
  today: string,
  filter: {
    q?: string;
    districtId?: string;
    slot?: string;
    schedule?: "oneOff" | "regular";
    theme?: string;
    remote?: string;
  },
  page: { page: number; pageSize: number },
) {
  const q = filter.q?.toLowerCase();
  const where: SQL | undefined = and(
    eq(vacancy.tenantId, tenantId),
    published(today),
    q ? textMatches(q) : undefined,
    filter.districtId ? eq(vacancy.districtId, filter.districtId) : undefined,
    filter.slot
      ? sql`(${vacancy.scheduleType} = 'flexible' or (${vacancy.slots} & ${1 << availabilitySlots.indexOf(filter.slot as (typeof availabilitySlots)[number])}) <> 0)`
      : undefined,
    filter.schedule === "oneOff" ? eq(vacancy.scheduleType, "oneOff") : undefined,
    filter.schedule === "regular" ? sql`${vacancy.scheduleType} <> 'oneOff'` : undefined,
    filter.theme ? eq(vacancy.theme, filter.theme) : undefined,
    filter.remote ? eq(vacancy.locationType, "remote") : undefined,
  );
  const rank = q ? sql`word_similarity(${q}, ${vacancy.searchText}) desc,` : sql``;
  // "<%" uses the trigram index with this threshold (default 0.6 misses common typos); local to the transaction.
  await db.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.4', true)`);
  const [rows, [total]] = await Promise.all([
    select(db)
      .where(where)
      .orderBy(sql`${rank} ${vacancy.publishFrom} desc nulls last, ${vacancy.id}`)
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ value: count() }).from(vacancy).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export async function findPublished(db: DbOrTx, tenantId: string, today: string, id: string) {
  const [row] = await select(db).where(
    and(eq(vacancy.tenantId, tenantId), published(today), eq(vacancy.id, id)),
  );
  return row ?? null;
}

// --- Applications ---

export async function insertApplication(db: DbOrTx, values: typeof application.$inferInsert) {
  const [row] = await db.insert(application).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

export async function insertApplicationChange(
  db: DbOrTx,
  values: typeof applicationStatusChange.$inferInsert,
) {
  await db.insert(applicationStatusChange).values(values);
}

export function listApplicationsOfVolunteer(db: DbOrTx, volunteerId: string) {
  return db
    .select({ application, title: vacancy.title, organisationName: organisation.name })
    .from(application)
    .innerJoin(vacancy, eq(vacancy.id, application.vacancyId))
    .innerJoin(organisation, eq(organisation.id, vacancy.organisationId))
    .where(eq(application.volunteerId, volunteerId))
    .orderBy(desc(application.createdAt));
}
