import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { uuidArray } from "../../db/sql.ts";
import { inScope, type OrganisationScope } from "../../platform/scope.ts";
import { application, vacancy } from "../vacancies/schema.ts";

const placed = sql<number>`(select count(*)::int from ${application} where ${application.vacancyId} = "vacancy"."id" and ${application.status} = 'placed')`;

/**
 * Published vacancies in scope (all of them, or those with the given ids), newest change first, with
 * what the match needs. At most `limit` rows: the caller refuses a batch that is larger.
 */
export function listBatchVacancies(
  db: DbOrTx,
  scope: OrganisationScope,
  ids: string[] | null,
  limit: number,
) {
  return db
    .select({
      id: vacancy.id,
      title: vacancy.title,
      locationType: vacancy.locationType,
      districtId: vacancy.districtId,
      lat: vacancy.lat,
      lon: vacancy.lon,
      scheduleType: vacancy.scheduleType,
      date: vacancy.date,
      startTime: vacancy.startTime,
      slots: vacancy.slots,
      skills: vacancy.skills,
      motives: vacancy.motives,
      goals: vacancy.goals,
      requiredTrainings: vacancy.requiredTrainings,
      vogProfiles: vacancy.vogProfiles,
      places: vacancy.places,
      placed,
    })
    .from(vacancy)
    .where(
      and(
        eq(vacancy.tenantId, scope.tenantId),
        scope.organisationId ? eq(vacancy.organisationId, scope.organisationId) : undefined,
        eq(vacancy.status, "published"),
        ids ? inArray(vacancy.id, ids) : undefined,
      ),
    )
    .orderBy(desc(vacancy.updatedAt), asc(vacancy.id))
    .limit(limit);
}
export type BatchVacancyRow = Awaited<ReturnType<typeof listBatchVacancies>>[number];

export type PoolRow = {
  id: string;
  person_id: string;
  given_name: string;
  family_name: string;
  skills: string[];
  goals: string[];
  availability: number;
  district_id: string | null;
  preferred_district_ids: string[];
  motive_scores: Record<string, number> | string | null;
  lat: number | null;
  lon: number | null;
  max_travel_km: number | null;
  /** Trainings that are valid today (only read when a vacancy needs trainings). */
  trainings: string[] | null;
  /** The screening profiles of each valid VOG (only read when a vacancy needs a VOG). */
  vogs: string[][] | string | null;
};

/**
 * Everyone who can be a candidate at all, in one query: in scope, not erased, with a status that
 * matching accepts (the same conditions as findCandidates in the vacancies feature). The per-vacancy
 * hard constraints and the score are applied to these rows in the service.
 */
export async function listCandidatePool(
  db: DbOrTx,
  scope: OrganisationScope,
  need: { trainings: boolean; vogs: boolean },
) {
  const v = sql.raw('"volunteer"');
  const trainings = need.trainings
    ? sql`array(select distinct t.training from training_record t where t.volunteer_id = ${v}.id
        and (t.expires_on is null or t.expires_on >= current_date))`
    : sql`null::text[]`;
  const vogs = need.vogs
    ? sql`(select json_agg(r.profile_codes) from vog_record r where r.volunteer_id = ${v}.id
        and r.issued_on is not null and r.renewal_due >= current_date)`
    : sql`null::json`;
  const result = (await db.execute(sql`
    select ${v}.id, ${v}.person_id, p.given_name, p.family_name, ${v}.skills, ${v}.goals,
      ${v}.availability, ${v}.district_id, ${v}.preferred_district_ids, ${v}.motive_scores,
      ${v}.lat, ${v}.lon, ${v}.max_travel_km, ${trainings} as trainings, ${vogs} as vogs
    from volunteer ${v} join person p on p.id = ${v}.person_id
    where ${inScope(scope, { tenant: sql`${v}.tenant_id`, organisation: sql`${v}.organisation_id` })}
      and ${v}.erased_at is null and ${v}.status in ('signedUp', 'intakePlanned', 'active')`)) as unknown as {
    rows: PoolRow[];
  };
  return result.rows;
}

/** Who already reacted to (or was invited for) which of these vacancies: they are no candidates. */
export async function listReacted(db: DbOrTx, vacancyIds: string[]) {
  if (vacancyIds.length === 0) return [];
  const result = (await db.execute(
    sql`select vacancy_id, volunteer_id from application where vacancy_id = any(${uuidArray(vacancyIds)})`,
  )) as unknown as { rows: { vacancy_id: string; volunteer_id: string }[] };
  return result.rows;
}
