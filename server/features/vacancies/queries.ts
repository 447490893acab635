import { and, asc, count, desc, eq, gte, inArray, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import { FAR_KM, NEAR_KM } from "../../../shared/matching.ts";
import { availabilitySlots } from "../../../shared/volunteers.ts";
import type { DbOrTx } from "../../db/client.ts";
import { escapeLike, textArray, uuidArray } from "../../db/sql.ts";
import { inScope, type OrganisationScope } from "../../platform/scope.ts";
import { person } from "../accounts/schema.ts";
import { organisation } from "../organisations/schema.ts";
import { district } from "../tenancy/schema.ts";
import { volunteer } from "../volunteers/schema.ts";
import { allowancePayment, application, applicationStatusChange, hoursEntry, vacancy } from "./schema.ts";

export type Scope = OrganisationScope;

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
  const q = filter.q ? escapeLike(filter.q.toLowerCase()) : undefined;
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

// --- Matching ---

export type CandidateFilter = {
  tenantId: string;
  /** A coordinator's organisation: only its volunteers are candidates (null: the whole tenant). */
  organisationId: string | null;
  vacancyId: string;
  skills: string[];
  motives: string[];
  goals: string[];
  slotMask: number;
  districtId: string | null;
  point: { lat: number; lon: number } | null;
  requiredTrainings: string[];
  vogProfiles: string[];
  weights: { skills: number; motives: number; availability: number; location: number; goals: number };
  limit: number;
};

/**
 * The best candidates for a vacancy, ranked in SQL (the same formula as shared/matching.ts, which
 * explains each result). Hard constraints filter: status, valid trainings and VOG with the right
 * screening profiles, an overlapping day part, the district (or no preference), not already reacted.
 *
 * Exact top-N without scoring every volunteer (see docs/adr/0009-candidate-ranking.md):
 * 1. Rank the volunteers an index finds who are perfect on one part (all wanted skills; else the
 *    vacancy's district; else all wanted goals). The N-th of them has score τ.
 * 2. Anyone else loses at least that part's smallest loss, so to reach τ they can lose little on the
 *    other parts. Each part whose smallest loss exceeds what is left becomes a condition ("has all wanted
 *    goals", "lives in the district", "available on every wanted day part", …), most of them on indexes.
 *    Ranking those few and merging gives the same top-N as ranking everyone; a test compares both.
 */
export async function findCandidates(db: DbOrTx, f: CandidateFilter) {
  const v = sql.raw('"volunteer"');
  const w = f.weights;
  const totalWeight = w.skills + w.motives + w.availability + w.location + w.goals || 1;
  const share = (column: SQL, wanted: string[]) =>
    wanted.length === 0
      ? sql`1.0`
      : sql`((${sql.join(
          wanted.map((x) => sql`(case when ${column} @> ${textArray([x])} then 1 else 0 end)`),
          sql` + `,
        )})::float8 / ${wanted.length})`;
  const motives =
    f.motives.length === 0
      ? sql`1.0`
      : sql`coalesce((${sql.join(
          f.motives.map((fn) => sql`(${v}.motive_scores ->> ${fn})::float8`),
          sql` + `,
        )} - ${f.motives.length}) / ${6 * f.motives.length}, 0.5)`;
  const slots = popcountOf(f.slotMask);
  const overlap = sql`bit_count((${v}.availability & ${f.slotMask})::bit(21))`;
  const availability = f.slotMask === 0 ? sql`1.0` : sql`(${overlap}::float8 / ${slots})`;
  // Distance in km as in shared/geo.ts distanceKm (flat, around the work's latitude).
  const km = f.point
    ? sql`sqrt(power((${v}.lat - ${f.point.lat}::float8) * 111.195, 2)
        + power((${v}.lon - ${f.point.lon}::float8) * 111.195 * ${Math.cos((f.point.lat * Math.PI) / 180)}::float8, 2))`
    : null;
  const byDistrict =
    f.districtId === null
      ? sql`1.0`
      : sql`(case when ${v}.district_id = ${f.districtId}::uuid then 1.0
               when ${v}.preferred_district_ids @> array[${f.districtId}::uuid] then 0.8 else 0.4 end)`;
  const location = km
    ? sql`(case when ${v}.lat is null or ${v}.lon is null then ${byDistrict}
          else greatest(0.4, least(1.0, 1.0 - 0.6 * (${km} - ${NEAR_KM}) / ${FAR_KM - NEAR_KM})) end)`
    : byDistrict;
  const score = sql`((${w.skills} * ${share(sql`${v}.skills`, f.skills)} + ${w.motives} * ${motives}
    + ${w.availability} * ${availability} + ${w.location} * ${location}
    + ${w.goals} * ${share(sql`${v}.goals`, f.goals)}) / ${totalWeight})`;
  const where = and(
    inScope(f, { tenant: sql`${v}.tenant_id`, organisation: sql`${v}.organisation_id` }),
    sql`${v}.erased_at is null`,
    // "|| ''" keeps the planner off the (tenant, status) index: in one big tenant it matches nearly
    // everyone, and combining it with the skills index was measured at 60 ms of 1M-row work.
    sql`(${v}.status || '') in ('signedUp', 'intakePlanned', 'active')`,
    f.slotMask === 0 ? undefined : sql`(${v}.availability & ${f.slotMask}) <> 0`,
    f.districtId === null
      ? undefined
      : sql`(${v}.district_id = ${f.districtId}::uuid or ${v}.preferred_district_ids @> array[${f.districtId}::uuid]
             or cardinality(${v}.preferred_district_ids) = 0)`,
    km
      ? sql`(${v}.max_travel_km is null or ${v}.lat is null or ${v}.lon is null or ${km} <= ${v}.max_travel_km)`
      : undefined,
    sql`not exists (select 1 from application a where a.vacancy_id = ${f.vacancyId}::uuid and a.volunteer_id = ${v}.id)`,
  );

  // Screening (trainings, VOG) costs an index lookup per volunteer, so it is checked on the best few
  // first (see rank below).
  const screening = and(
    f.requiredTrainings.length === 0
      ? undefined
      : sql`(select count(distinct t.training) from training_record t where t.volunteer_id = ${v}.id
             and t.training = any(${textArray(f.requiredTrainings)})
             and (t.expires_on is null or t.expires_on >= current_date)) = ${f.requiredTrainings.length}`,
    f.vogProfiles.length === 0
      ? undefined
      : // A scalar subquery with limit: looked up per remaining volunteer through the index (measured:
        // as "exists" the planner hashes every VOG record of every tenant first).
        sql`(select true from vog_record r where r.volunteer_id = ${v}.id and r.issued_on is not null
             and r.renewal_due >= current_date and r.profile_codes @> ${textArray(f.vogProfiles)} limit 1)`,
  );

  // Per part: when it scores full marks, the smallest loss (0–1 of the total score) when it does not,
  // and a condition every volunteer who loses at most `slack` on it meets.
  type Part = { perfect: SQL; least: number; within: (slack: number) => SQL | undefined };
  const listPart = (column: SQL, wanted: string[], weight: number): Part | null => {
    if (wanted.length === 0 || weight === 0) return null;
    const step = weight / totalWeight / wanted.length;
    const all = sql`${column} @> ${textArray(wanted)}`;
    return {
      perfect: all,
      least: step,
      within: (slack) => {
        const needed = wanted.length - Math.floor(slack / step + 1e-9);
        return needed >= wanted.length
          ? all
          : needed >= 1
            ? sql`${column} && ${textArray(wanted)}`
            : undefined;
      },
    };
  };
  const skillsPart = listPart(sql`${v}.skills`, f.skills, w.skills);
  const goalsPart = listPart(sql`${v}.goals`, f.goals, w.goals);
  // With a distance the location part is continuous: no district condition can bound it.
  const locationPart: Part | null =
    f.districtId === null || w.location === 0 || km
      ? null
      : {
          perfect: sql`${v}.district_id = ${f.districtId}::uuid`,
          least: (0.2 * w.location) / totalWeight,
          within: (slack) =>
            slack < (0.2 * w.location) / totalWeight
              ? sql`${v}.district_id = ${f.districtId}::uuid`
              : slack < (0.6 * w.location) / totalWeight
                ? sql`(${v}.district_id = ${f.districtId}::uuid or ${v}.preferred_district_ids @> array[${f.districtId}::uuid])`
                : undefined,
        };
  const availabilityPart: Part | null =
    f.slotMask === 0 || w.availability === 0
      ? null
      : {
          perfect: sql`(${v}.availability & ${f.slotMask}) = ${f.slotMask}`,
          least: w.availability / totalWeight / slots,
          within: (slack) => {
            const needed = slots - Math.floor((slack * totalWeight * slots) / w.availability + 1e-9);
            return needed >= 2 ? sql`${overlap} >= ${needed}` : undefined;
          },
        };
  const motivesPart: Part | null =
    f.motives.length === 0 || w.motives === 0
      ? null
      : {
          perfect: sql`${motives} >= 1`,
          least: 0,
          within: (slack) => {
            const atLeast = 1 - (slack * totalWeight) / w.motives;
            return atLeast > 0 ? sql`${motives} >= ${atLeast - 1e-9}` : undefined;
          },
        };

  // A plan this small gains nothing from JIT compilation, which costs ~30 ms on PostgreSQL.
  await db.execute(sql`set local jit = off`);
  const query = async (condition: SQL | undefined, limit: number) =>
    (
      (await db.execute(sql`
        select best.*, p.given_name, p.family_name from (
          select ${v}.id, ${v}.person_id, ${v}.status, ${v}.skills, ${v}.goals, ${v}.availability,
            ${v}.district_id, ${v}.preferred_district_ids, ${v}.motive_scores, ${v}.lat, ${v}.lon,
            ${v}.max_travel_km, ${score} as score
          from volunteer ${v}
          where ${condition}
          order by score desc, ${v}.id
          limit ${limit}
        ) best join person p on p.id = best.person_id
        order by best.score desc, best.id`)) as unknown as { rows: CandidateRow[] }
    ).rows;
  // The top N of those who pass screening are the first N who pass it among the top 4N without it,
  // when there are N of them there (or the 4N were everyone); otherwise screening goes in the query.
  const rank = async (within: SQL | undefined) => {
    if (!screening) return query(and(where, within), f.limit);
    const unscreened = await query(and(where, within), 4 * f.limit);
    const ids = unscreened.map((row) => row.id);
    const passed =
      ids.length === 0
        ? new Set<string>()
        : new Set(
            (
              (await db.execute(
                sql`select ${v}.id from volunteer ${v} where ${v}.id = any(${uuidArray(ids)}) and ${screening}`,
              )) as unknown as { rows: { id: string }[] }
            ).rows.map((row) => row.id),
          );
    const screened = unscreened.filter((row) => passed.has(row.id));
    if (screened.length >= f.limit || unscreened.length < 4 * f.limit) return screened.slice(0, f.limit);
    return query(and(where, within, screening), f.limit);
  };

  const anchor = skillsPart ?? locationPart ?? goalsPart;
  if (!anchor) return rank(undefined);
  const first = await rank(anchor.perfect);
  if (first.length < f.limit) return rank(undefined);
  const threshold = Number(first[first.length - 1]!.score);
  // Everyone else loses at least anchor.least; what they may lose on the other parts to still reach τ:
  const slack = 1 - threshold + 1e-9;
  const rest = slack - anchor.least;
  if (rest < 0) return first;
  const others = [skillsPart, locationPart, goalsPart, availabilityPart, motivesPart].filter(
    (part): part is Part => part !== null && part !== anchor,
  );
  const second = await rank(
    and(
      sql`(${anchor.perfect}) is not true`,
      anchor.within(slack),
      ...others.map((part) => part.within(rest)),
    ),
  );
  return [...first, ...second]
    .sort((a, b) => Number(b.score) - Number(a.score) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, f.limit);
}

type CandidateRow = {
  id: string;
  person_id: string;
  given_name: string;
  family_name: string;
  status: string;
  skills: string[];
  goals: string[];
  availability: number;
  district_id: string | null;
  preferred_district_ids: string[];
  motive_scores: Record<string, number> | string | null;
  lat: number | null;
  lon: number | null;
  max_travel_km: number | null;
  score: number;
};

function popcountOf(mask: number) {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
}

export async function findApplicationOfVolunteer(db: DbOrTx, volunteerId: string, id: string) {
  const [row] = await db
    .select()
    .from(application)
    .where(and(eq(application.id, id), eq(application.volunteerId, volunteerId)));
  return row ?? null;
}

export async function setApplicationStatus(
  db: DbOrTx,
  id: string,
  status: typeof application.$inferSelect.status,
) {
  await db.update(application).set({ status, updatedAt: new Date() }).where(eq(application.id, id));
}

export function listApplicationsOfVacancy(db: DbOrTx, vacancyId: string) {
  return db
    .select({
      application,
      personId: person.id,
      givenName: person.givenName,
      familyName: person.familyName,
    })
    .from(application)
    .innerJoin(volunteer, eq(volunteer.id, application.volunteerId))
    .innerJoin(person, eq(person.id, volunteer.personId))
    .where(eq(application.vacancyId, vacancyId))
    .orderBy(asc(application.createdAt));
}

export async function findApplication(db: DbOrTx, vacancyId: string, id: string) {
  const [row] = await db
    .select()
    .from(application)
    .where(and(eq(application.vacancyId, vacancyId), eq(application.id, id)));
  return row ?? null;
}

/** Locks the vacancy row for the rest of the transaction: placements for its last place queue up here. */
export async function lockVacancy(db: DbOrTx, id: string) {
  await db.select({ id: vacancy.id }).from(vacancy).where(eq(vacancy.id, id)).for("update");
}

export async function countPlaced(db: DbOrTx, vacancyId: string) {
  const [row] = await db
    .select({ value: count() })
    .from(application)
    .where(and(eq(application.vacancyId, vacancyId), eq(application.status, "placed")));
  return row?.value ?? 0;
}

// --- Hours and allowances ---

export async function placedOn(db: DbOrTx, applicationId: string) {
  const [row] = await db
    .select({ at: sql<string>`min(${applicationStatusChange.changedAt})::date::text` })
    .from(applicationStatusChange)
    .where(
      and(
        eq(applicationStatusChange.applicationId, applicationId),
        eq(applicationStatusChange.toStatus, "placed"),
      ),
    );
  return row?.at ?? null;
}

export async function insertHours(db: DbOrTx, values: typeof hoursEntry.$inferInsert) {
  const [row] = await db.insert(hoursEntry).values(values).returning();
  return row!;
}

export function listHours(db: DbOrTx, filter: { vacancyId?: string; applicationId?: string }) {
  return db
    .select({
      entry: hoursEntry,
      applicationId: application.id,
      givenName: person.givenName,
      familyName: person.familyName,
      personId: person.id,
    })
    .from(hoursEntry)
    .innerJoin(application, eq(application.id, hoursEntry.applicationId))
    .innerJoin(volunteer, eq(volunteer.id, application.volunteerId))
    .innerJoin(person, eq(person.id, volunteer.personId))
    .where(
      and(
        filter.vacancyId ? eq(application.vacancyId, filter.vacancyId) : undefined,
        filter.applicationId ? eq(application.id, filter.applicationId) : undefined,
      ),
    )
    .orderBy(desc(hoursEntry.date), desc(hoursEntry.createdAt));
}

export async function decideHours(
  db: DbOrTx,
  vacancyId: string,
  entryId: string,
  status: "approved" | "rejected",
  userId: string,
) {
  const rows = await db
    .update(hoursEntry)
    .set({ status, decidedByUserId: userId })
    .where(
      and(
        eq(hoursEntry.id, entryId),
        eq(hoursEntry.status, "submitted"),
        sql`${hoursEntry.applicationId} in (select id from application where vacancy_id = ${vacancyId}::uuid)`,
      ),
    )
    .returning({ id: hoursEntry.id, applicationId: hoursEntry.applicationId });
  return rows[0] ?? null;
}

/** What a volunteer was paid in a period, from every organisation. */
export async function paidBetween(db: DbOrTx, volunteerId: string, from: string, to: string) {
  const [row] = await db
    .select({ total: sql<string>`coalesce(sum(${allowancePayment.amount}), 0)::text` })
    .from(allowancePayment)
    .where(
      and(
        eq(allowancePayment.volunteerId, volunteerId),
        gte(allowancePayment.paidOn, from),
        lte(allowancePayment.paidOn, to),
      ),
    );
  return Number(row?.total ?? 0);
}

export async function insertPayment(db: DbOrTx, values: typeof allowancePayment.$inferInsert) {
  const [row] = await db.insert(allowancePayment).values(values).returning();
  return row!;
}

export const hoursGroups = ["volunteer", "organisation", "vacancy", "district", "month"] as const;

/** Approved hours summed per group, within scope and period. */
export async function hoursReport(
  db: DbOrTx,
  scope: Scope,
  groupBy: (typeof hoursGroups)[number],
  period: { from?: string; to?: string },
) {
  const key = {
    volunteer: sql<string>`${person.givenName} || ' ' || ${person.familyName} || '|' || ${person.id}`,
    organisation: sql<string>`${organisation.name}`,
    vacancy: sql<string>`${vacancy.title}`,
    district: sql<string>`coalesce(${district.name}, '–')`,
    month: sql<string>`to_char(${hoursEntry.date}, 'YYYY-MM')`,
  }[groupBy];
  return db
    .select({ key, hours: sql<string>`sum(${hoursEntry.hours})::text`, entries: sql<number>`count(*)::int` })
    .from(hoursEntry)
    .innerJoin(application, eq(application.id, hoursEntry.applicationId))
    .innerJoin(vacancy, eq(vacancy.id, application.vacancyId))
    .innerJoin(organisation, eq(organisation.id, vacancy.organisationId))
    .leftJoin(district, eq(district.id, vacancy.districtId))
    .innerJoin(volunteer, eq(volunteer.id, application.volunteerId))
    .innerJoin(person, eq(person.id, volunteer.personId))
    .where(
      and(
        scopeWhere(scope),
        eq(hoursEntry.status, "approved"),
        period.from ? gte(hoursEntry.date, period.from) : undefined,
        period.to ? lte(hoursEntry.date, period.to) : undefined,
      ),
    )
    .groupBy(key)
    .orderBy(key);
}

/** Placements of a volunteer with the schedule of their vacancy, for the calendar feed. */
export function placementsOfVolunteer(db: DbOrTx, volunteerId: string) {
  return db
    .select({ application, vacancy, organisationName: organisation.name })
    .from(application)
    .innerJoin(vacancy, eq(vacancy.id, application.vacancyId))
    .innerJoin(organisation, eq(organisation.id, vacancy.organisationId))
    .where(and(eq(application.volunteerId, volunteerId), inArray(application.status, ["trial", "placed"])));
}

/** Placements that have not had their first-shift reminder yet (all tenants, for the reminder job). */
export function placementsAwaitingReminder(db: DbOrTx) {
  return db
    .select({ application, vacancy, organisationName: organisation.name })
    .from(application)
    .innerJoin(vacancy, eq(vacancy.id, application.vacancyId))
    .innerJoin(organisation, eq(organisation.id, vacancy.organisationId))
    .where(
      and(
        eq(application.status, "placed"),
        isNull(application.firstShiftReminderAt),
        sql`${vacancy.scheduleType} <> 'flexible'`,
      ),
    );
}

export async function claimFirstShiftReminder(db: DbOrTx, applicationId: string) {
  const rows = await db
    .update(application)
    .set({ firstShiftReminderAt: new Date() })
    .where(and(eq(application.id, applicationId), isNull(application.firstShiftReminderAt)))
    .returning({ id: application.id });
  return rows.length > 0;
}
