import { and, type SQL, sql } from "drizzle-orm";
import { FAR_KM, NEAR_KM } from "../../../../shared/matching.ts";
import type { DbOrTx } from "../../../db/client.ts";
import { textArray, uuidArray } from "../../../db/sql.ts";
import { inScope } from "../../../platform/scope.ts";

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
  const terms = scoreTerms(f);
  const where = hardConstraints(f, terms.km);
  const screening = screeningOf(f);
  const rank = ranker(db, f, terms.score, where, screening);
  // A plan this small gains nothing from JIT compilation, which costs ~30 ms on PostgreSQL.
  await db.execute(sql`set local jit = off`);

  const parts = boundParts(f, terms);
  const anchor = parts.skills ?? parts.location ?? parts.goals;
  if (!anchor) return rank(undefined);
  const first = await rank(anchor.perfect);
  if (first.length < f.limit) return rank(undefined);
  const threshold = Number(first[first.length - 1]!.score);
  // Everyone else loses at least anchor.least; what they may lose on the other parts to still reach τ:
  const slack = 1 - threshold + 1e-9;
  const rest = slack - anchor.least;
  if (rest < 0) return first;
  const others = [parts.skills, parts.location, parts.goals, parts.availability, parts.motives].filter(
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

const v = sql.raw('"volunteer"');

/** The parts of the score as SQL (the same formula as shared/matching.ts), and the whole score. */
function scoreTerms(f: CandidateFilter) {
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
  return { totalWeight, motives, slots, overlap, km, score };
}
type ScoreTerms = ReturnType<typeof scoreTerms>;

/** Status, day part, district, travel distance and not already reacted: who can be a candidate at all. */
function hardConstraints(f: CandidateFilter, km: SQL | null) {
  return and(
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
    sql`not exists (select 1 from application a
          where a.tenant_id = ${v}.tenant_id and a.vacancy_id = ${f.vacancyId}::uuid and a.volunteer_id = ${v}.id)`,
  );
}

/**
 * Screening (trainings, VOG) costs an index lookup per volunteer, so it is checked on the best few
 * first (see ranker).
 */
function screeningOf(f: CandidateFilter) {
  return and(
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
}

/**
 * Ranks the candidates meeting a condition. The top N of those who pass screening are the first N who
 * pass it among the top 4N without it, when there are N of them there (or the 4N were everyone);
 * otherwise screening goes in the query.
 */
function ranker(
  db: DbOrTx,
  f: CandidateFilter,
  score: SQL,
  where: SQL | undefined,
  screening: SQL | undefined,
) {
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
  return async (within: SQL | undefined) => {
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
}

/**
 * Per part: when it scores full marks, the smallest loss (0–1 of the total score) when it does not,
 * and a condition every volunteer who loses at most `slack` on it meets.
 */
type Part = { perfect: SQL; least: number; within: (slack: number) => SQL | undefined };

function listPart(column: SQL, wanted: string[], weight: number, totalWeight: number): Part | null {
  if (wanted.length === 0 || weight === 0) return null;
  const step = weight / totalWeight / wanted.length;
  const all = sql`${column} @> ${textArray(wanted)}`;
  return {
    perfect: all,
    least: step,
    within: (slack) => {
      const needed = wanted.length - Math.floor(slack / step + 1e-9);
      return needed >= wanted.length ? all : needed >= 1 ? sql`${column} && ${textArray(wanted)}` : undefined;
    },
  };
}

function boundParts(f: CandidateFilter, { totalWeight, motives, slots, overlap, km }: ScoreTerms) {
  const w = f.weights;
  // With a distance the location part is continuous: no district condition can bound it.
  const location: Part | null =
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
  const availability: Part | null =
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
  return {
    skills: listPart(sql`${v}.skills`, f.skills, w.skills, totalWeight),
    goals: listPart(sql`${v}.goals`, f.goals, w.goals, totalWeight),
    location,
    availability,
    motives: motivesPart,
  };
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
