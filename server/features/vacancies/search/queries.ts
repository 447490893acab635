import { and, count, eq, gte, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import { availabilitySlots } from "../../../../shared/volunteers.ts";
import type { DbOrTx } from "../../../db/client.ts";
import { escapeLike } from "../../../db/sql.ts";
import { organisation } from "../../organisations/schema.ts";
import { district } from "../../tenancy/schema.ts";
import { columns, select } from "../manage/queries.ts";
import { vacancy } from "../schema.ts";

const published = (today: string) =>
  and(
    eq(vacancy.status, "published"),
    or(isNull(vacancy.publishFrom), lte(vacancy.publishFrom, today)),
    or(isNull(vacancy.publishUntil), gte(vacancy.publishUntil, today)),
  );

/** Counting search hits stops here ("more than 1,000"). */
export const SEARCH_COUNT_CAP = 1000;

/**
 * Typo-tolerant text match: the text contains the query, or the start or the end of its longest word
 * (40 %, at least 4 letters). One typo leaves one of the two intact, and Dutch compounds still match
 * ("maaltjd" finds "buurtmaaltijd"). All three are trigram-index lookups; the ranking by word
 * similarity then puts the closest first. (Filtering on similarity itself, "<%", was measured: it
 * rechecks far too many rows.)
 */
function textMatches(q: string) {
  const longest = q.split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? "";
  const part = Math.max(4, Math.ceil(longest.length * 0.4));
  const head = longest.length >= 5 ? longest.slice(0, part) : null;
  const tail = longest.length >= 5 ? longest.slice(-part) : null;
  return or(
    sql`${vacancy.searchText} like ${`%${escapeLike(q)}%`}`,
    head ? sql`${vacancy.searchText} like ${`%${escapeLike(head)}%`}` : undefined,
    tail ? sql`${vacancy.searchText} like ${`%${escapeLike(tail)}%`}` : undefined,
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
    /** Within km of a point; vacancies without an address count when they are in its district. */
    near?: { lat: number; lon: number; km: number; districtId: string | null };
  },
  page: { page: number; pageSize: number },
) {
  const q = filter.q?.toLowerCase();
  const near = filter.near ? nearPoint(filter.near) : null;
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
    near
      ? sql`(${near.within} or (${vacancy.lat} is null and ${vacancy.districtId} = ${filter.near!.districtId}))`
      : undefined,
  );
  // Best word similarity first (measured: GiST index-ordered KNN was slower than GIN filter + sort).
  const order = q
    ? sql`word_similarity(${q}, ${vacancy.searchText}) desc, ${vacancy.id}`
    : near
      ? sql`${near.km} nulls last, ${vacancy.id}`
      : sql`${vacancy.publishFrom} desc nulls last, ${vacancy.id}`;
  const capped = () =>
    db.select({ value: count() }).from(
      db
        .select({ one: sql`1` })
        .from(vacancy)
        .where(where)
        .limit(SEARCH_COUNT_CAP + 1)
        .as("capped"),
    );
  if (!q) {
    const [rows, [total]] = await Promise.all([
      select(db)
        .where(where)
        .orderBy(order)
        .limit(page.pageSize)
        .offset((page.page - 1) * page.pageSize),
      capped(),
    ]);
    return { rows, total: total?.value ?? 0 };
  }
  // With a text the ranking sees every match anyway, so the same query counts them (no second search).
  const rows = await db
    .select({ ...columns, total: sql<number>`(count(*) over ())::int` })
    .from(vacancy)
    .innerJoin(organisation, eq(organisation.id, vacancy.organisationId))
    .leftJoin(district, eq(district.id, vacancy.districtId))
    .where(where)
    .orderBy(order)
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const total = rows.length > 0 ? rows[0]!.total : ((await capped())[0]?.value ?? 0);
  return { rows, total: Math.min(total, SEARCH_COUNT_CAP + 1) };
}

/** Distance to a point in km (shared/geo.ts distanceKm), and "within" with a box the index can use. */
function nearPoint(point: { lat: number; lon: number; km: number }) {
  const cos = Math.cos((point.lat * Math.PI) / 180);
  const km = sql`sqrt(power((${vacancy.lat} - ${point.lat}::float8) * 111.195, 2)
    + power((${vacancy.lon} - ${point.lon}::float8) * 111.195 * ${cos}::float8, 2))`;
  const dLat = point.km / 111.195;
  const within = sql`(${vacancy.lat} between ${point.lat - dLat}::float8 and ${point.lat + dLat}::float8
    and ${km} <= ${point.km}::float8)`;
  return { km, within };
}

export async function findPublished(db: DbOrTx, tenantId: string, today: string, id: string) {
  const [row] = await select(db).where(
    and(eq(vacancy.tenantId, tenantId), published(today), eq(vacancy.id, id)),
  );
  return row ?? null;
}
