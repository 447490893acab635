import {
  and,
  asc,
  count,
  desc,
  eq,
  exists,
  gte,
  isNotNull,
  isNull,
  lt,
  lte,
  notExists,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import { availabilitySlots, type VolunteerListQuery } from "../../../../shared/volunteers.ts";
import type { DbOrTx } from "../../../db/client.ts";
import { escapeLike } from "../../../db/sql.ts";
import { person } from "../../accounts/schema.ts";
import { organisation } from "../../organisations/schema.ts";
import { neighbourhood } from "../../tenancy/schema.ts";
import { type Scope, scopeWhere } from "../queries.ts";
import { trainingRecord, vogRecord, volunteer } from "../schema.ts";

const listColumns = {
  id: volunteer.id,
  personId: volunteer.personId,
  givenName: person.givenName,
  familyName: person.familyName,
  email: person.email,
  userId: person.userId,
  organisationId: volunteer.organisationId,
  organisationName: organisation.name,
  status: volunteer.status,
  signedUpAt: volunteer.signedUpAt,
  firstContactAt: volunteer.firstContactAt,
  channel: volunteer.channel,
  motiveType: volunteer.motiveType,
  neighbourhoodName: neighbourhood.name,
  skills: volunteer.skills,
  assisted: volunteer.assisted,
};

/** Qualified, so correlated subqueries keep pointing at the outer volunteer row in any query shape. */
const outerVolunteerId = sql.raw('"volunteer"."id"');
const outerTenantId = sql.raw('"volunteer"."tenant_id"');

function filterWhere(
  scope: Scope,
  filter: Partial<VolunteerListQuery> & { q?: string },
  staleDays: number,
  expiryDays: number,
): SQL | undefined {
  const today = sql`current_date`;
  const validVog = and(
    sql`${vogRecord.tenantId} = ${outerTenantId}`,
    sql`${vogRecord.volunteerId} = ${outerVolunteerId}`,
    isNotNull(vogRecord.issuedOn),
    gte(vogRecord.renewalDue, sql`${today}`),
  );
  const q = filter.q ? escapeLike(filter.q.toLowerCase()) : undefined;
  return and(
    scopeWhere(scope),
    q ? sql`${volunteer.searchKey} like ${`%${q}%`}` : undefined,
    filter.status ? eq(volunteer.status, filter.status) : undefined,
    filter.organisationId ? eq(volunteer.organisationId, filter.organisationId) : undefined,
    filter.skill ? sql`${volunteer.skills} @> array[${filter.skill}]::text[]` : undefined,
    filter.districtId
      ? or(
          sql`${volunteer.preferredDistrictIds} @> array[${filter.districtId}]::uuid[]`,
          eq(volunteer.districtId, filter.districtId),
        )
      : undefined,
    filter.motiveType ? eq(volunteer.motiveType, filter.motiveType) : undefined,
    filter.available
      ? sql`(${volunteer.availability} & ${1 << availabilitySlots.indexOf(filter.available)}) <> 0`
      : undefined,
    filter.channel ? eq(volunteer.channel, filter.channel) : undefined,
    filter.campaignId ? eq(volunteer.campaignId, filter.campaignId) : undefined,
    filter.needsContact === "true"
      ? and(
          eq(volunteer.status, "signedUp"),
          isNull(volunteer.firstContactAt),
          lt(volunteer.signedUpAt, sql`now() - make_interval(days => ${staleDays})`),
        )
      : undefined,
    filter.screening === "vogValid"
      ? exists(db0(vogRecord, validVog))
      : filter.screening === "vogMissing"
        ? notExists(db0(vogRecord, validVog))
        : filter.screening === "expiringSoon"
          ? or(
              exists(
                db0(
                  vogRecord,
                  and(
                    sql`${vogRecord.tenantId} = ${outerTenantId}`,
                    sql`${vogRecord.volunteerId} = ${outerVolunteerId}`,
                    gte(vogRecord.renewalDue, sql`${today}`),
                    lte(vogRecord.renewalDue, sql`${today} + ${expiryDays}::int`),
                  ),
                ),
              ),
              exists(
                db0(
                  trainingRecord,
                  and(
                    sql`${trainingRecord.tenantId} = ${outerTenantId}`,
                    sql`${trainingRecord.volunteerId} = ${outerVolunteerId}`,
                    gte(trainingRecord.expiresOn, sql`${today}`),
                    lte(trainingRecord.expiresOn, sql`${today} + ${expiryDays}::int`),
                  ),
                ),
              ),
            )
          : undefined,
  );
}

/** A correlated `select 1 from <table> where …` for exists/not exists. */
function db0(table: typeof vogRecord | typeof trainingRecord, where: SQL | undefined) {
  return sql`(select 1 from ${table} where ${where})`;
}

const orderBy = {
  name: [asc(volunteer.sortKey), asc(volunteer.id)],
  signedUpAt: [asc(volunteer.signedUpAt), asc(volunteer.id)],
  "-signedUpAt": [desc(volunteer.signedUpAt), asc(volunteer.id)],
  status: [asc(volunteer.status), asc(volunteer.sortKey), asc(volunteer.id)],
};

/** Counting stops here: beyond it the list says "more than 10,000" (exact counts of huge sets are slow). */
export const COUNT_CAP = 10_000;

export async function listVolunteers(
  db: DbOrTx,
  scope: Scope,
  filter: VolunteerListQuery & { q?: string },
  page: { page: number; pageSize: number } | null,
  rules: { staleDays: number; expiryDays: number },
) {
  const where = filterWhere(scope, filter, rules.staleDays, rules.expiryDays);
  const base = db
    .select(listColumns)
    .from(volunteer)
    .innerJoin(person, eq(person.id, volunteer.personId))
    .leftJoin(organisation, eq(organisation.id, volunteer.organisationId))
    .leftJoin(neighbourhood, eq(neighbourhood.id, volunteer.neighbourhoodId))
    .where(where)
    .orderBy(...orderBy[filter.sort]);
  if (!page) return { rows: await base, total: 0 };
  const capped = db
    .select({ one: sql`1` })
    .from(volunteer)
    .where(where)
    .limit(COUNT_CAP + 1)
    .as("capped");
  const [rows, [total]] = await Promise.all([
    base.limit(page.pageSize).offset((page.page - 1) * page.pageSize),
    db.select({ value: count() }).from(capped),
  ]);
  return { rows, total: total?.value ?? 0 };
}
