import {
  and,
  asc,
  count,
  desc,
  eq,
  exists,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  notExists,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import {
  availabilitySlots,
  type VolunteerListQuery,
  type VolunteerSettings,
} from "../../../shared/volunteers.ts";
import type { DbOrTx } from "../../db/client.ts";
import { escapeLike } from "../../db/sql.ts";
import type { OrganisationScope } from "../../platform/scope.ts";
import { authUser, person } from "../accounts/schema.ts";
import { organisation } from "../organisations/schema.ts";
import { recruitmentCampaign } from "../recruitment/schema.ts";
import { neighbourhood } from "../tenancy/schema.ts";
import {
  checkIn,
  motiveResponse,
  signupRequest,
  trainingRecord,
  vogRecord,
  volunteer,
  volunteerPhoto,
  volunteerSettings,
  volunteerStatusChange,
} from "./schema.ts";

// --- Settings ---

export async function findSettings(db: DbOrTx, tenantId: string) {
  const [row] = await db.select().from(volunteerSettings).where(eq(volunteerSettings.tenantId, tenantId));
  return row?.settings ?? null;
}

export async function upsertSettings(db: DbOrTx, tenantId: string, settings: VolunteerSettings) {
  await db
    .insert(volunteerSettings)
    .values({ tenantId, settings })
    .onConflictDoUpdate({ target: volunteerSettings.tenantId, set: { settings, updatedAt: new Date() } });
}

// --- Volunteers ---

/** Who may see which volunteers: the whole tenant, or one organisation's. */
export type Scope = OrganisationScope;

const scopeWhere = (scope: Scope) =>
  and(
    eq(volunteer.tenantId, scope.tenantId),
    isNull(volunteer.erasedAt),
    scope.organisationId ? eq(volunteer.organisationId, scope.organisationId) : undefined,
  );

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

function filterWhere(
  scope: Scope,
  filter: Partial<VolunteerListQuery> & { q?: string },
  staleDays: number,
  expiryDays: number,
): SQL | undefined {
  const today = sql`current_date`;
  const validVog = and(
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

export async function findVolunteer(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await db
    .select({ volunteer, person, organisationName: organisation.name, neighbourhoodName: neighbourhood.name })
    .from(volunteer)
    .innerJoin(person, eq(person.id, volunteer.personId))
    .leftJoin(organisation, eq(organisation.id, volunteer.organisationId))
    .leftJoin(neighbourhood, eq(neighbourhood.id, volunteer.neighbourhoodId))
    .where(and(scopeWhere(scope), eq(volunteer.id, id)));
  return row ?? null;
}
export type VolunteerRow = NonNullable<Awaited<ReturnType<typeof findVolunteer>>>;

export async function findVolunteerIdOfUser(db: DbOrTx, tenantId: string, userId: string) {
  const [row] = await db
    .select({ id: volunteer.id })
    .from(volunteer)
    .innerJoin(person, eq(person.id, volunteer.personId))
    .where(and(eq(volunteer.tenantId, tenantId), eq(person.userId, userId), isNull(volunteer.erasedAt)));
  return row?.id ?? null;
}

/** A volunteer (not erased) of the tenant whose person has this email: for merging duplicate sign-ups. */
export async function findVolunteerByEmail(db: DbOrTx, tenantId: string, email: string) {
  const [row] = await db
    .select({ id: volunteer.id, personId: person.id, userId: person.userId, status: volunteer.status })
    .from(volunteer)
    .innerJoin(person, eq(person.id, volunteer.personId))
    .where(and(eq(volunteer.tenantId, tenantId), eq(person.email, email), isNull(volunteer.erasedAt)));
  return row ?? null;
}

export async function findPersonByEmail(db: DbOrTx, tenantId: string, email: string) {
  const [row] = await db
    .select()
    .from(person)
    .where(and(eq(person.tenantId, tenantId), eq(person.email, email)));
  return row ?? null;
}

export async function findUserIdByEmail(db: DbOrTx, email: string) {
  const [row] = await db.select({ id: authUser.id }).from(authUser).where(eq(authUser.email, email));
  return row?.id ?? null;
}

export async function insertPerson(db: DbOrTx, values: typeof person.$inferInsert) {
  const [row] = await db.insert(person).values(values).returning();
  return row!;
}

export async function updatePerson(db: DbOrTx, id: string, values: Partial<typeof person.$inferInsert>) {
  await db
    .update(person)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(person.id, id));
}

export async function insertVolunteer(db: DbOrTx, values: typeof volunteer.$inferInsert) {
  const [row] = await db.insert(volunteer).values(values).returning();
  return row!;
}

export async function updateVolunteer(
  db: DbOrTx,
  id: string,
  values: Partial<typeof volunteer.$inferInsert>,
) {
  await db
    .update(volunteer)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(volunteer.id, id));
}

export async function insertStatusChange(db: DbOrTx, values: typeof volunteerStatusChange.$inferInsert) {
  await db.insert(volunteerStatusChange).values(values);
}

export function listStatusChanges(db: DbOrTx, volunteerId: string) {
  return db
    .select({ change: volunteerStatusChange, byName: authUser.name })
    .from(volunteerStatusChange)
    .leftJoin(authUser, eq(authUser.id, volunteerStatusChange.changedByUserId))
    .where(eq(volunteerStatusChange.volunteerId, volunteerId))
    .orderBy(desc(volunteerStatusChange.changedAt));
}

// --- Sign-up requests ---

export async function insertSignupRequest(db: DbOrTx, values: typeof signupRequest.$inferInsert) {
  await db.insert(signupRequest).values(values);
}

export async function findSignupRequest(db: DbOrTx, tokenHash: string) {
  const [row] = await db.select().from(signupRequest).where(eq(signupRequest.tokenHash, tokenHash));
  return row ?? null;
}

/** Marks it confirmed, once: a second confirmation of the same token finds nothing. */
export async function confirmSignupRequest(db: DbOrTx, id: string) {
  const [row] = await db
    .update(signupRequest)
    .set({ confirmedAt: new Date() })
    .where(and(eq(signupRequest.id, id), isNull(signupRequest.confirmedAt)))
    .returning({ id: signupRequest.id });
  return Boolean(row);
}

// --- Motives, screening, training, check-ins ---

export async function insertMotiveResponse(db: DbOrTx, values: typeof motiveResponse.$inferInsert) {
  const [row] = await db.insert(motiveResponse).values(values).returning();
  return row!;
}

export function listMotiveResponses(db: DbOrTx, volunteerId: string) {
  return db
    .select()
    .from(motiveResponse)
    .where(eq(motiveResponse.volunteerId, volunteerId))
    .orderBy(desc(motiveResponse.takenAt));
}

export async function insertVog(db: DbOrTx, values: typeof vogRecord.$inferInsert) {
  const [row] = await db.insert(vogRecord).values(values).returning();
  return row!;
}

export async function updateVog(
  db: DbOrTx,
  volunteerId: string,
  id: string,
  values: Partial<typeof vogRecord.$inferInsert>,
) {
  const [row] = await db
    .update(vogRecord)
    .set(values)
    .where(and(eq(vogRecord.volunteerId, volunteerId), eq(vogRecord.id, id)))
    .returning();
  return row ?? null;
}

export function listVogs(db: DbOrTx, volunteerId: string) {
  return db
    .select()
    .from(vogRecord)
    .where(eq(vogRecord.volunteerId, volunteerId))
    .orderBy(desc(sql`coalesce(${vogRecord.issuedOn}, ${vogRecord.requestedOn}, ${vogRecord.receivedOn})`));
}

export async function insertTraining(db: DbOrTx, values: typeof trainingRecord.$inferInsert) {
  const [row] = await db.insert(trainingRecord).values(values).returning();
  return row!;
}

export async function deleteTraining(db: DbOrTx, volunteerId: string, id: string) {
  const rows = await db
    .delete(trainingRecord)
    .where(and(eq(trainingRecord.volunteerId, volunteerId), eq(trainingRecord.id, id)))
    .returning({ id: trainingRecord.id });
  return rows.length > 0;
}

export function listTrainings(db: DbOrTx, volunteerId: string) {
  return db
    .select()
    .from(trainingRecord)
    .where(eq(trainingRecord.volunteerId, volunteerId))
    .orderBy(desc(trainingRecord.completedOn));
}

export async function insertCheckIn(db: DbOrTx, values: typeof checkIn.$inferInsert) {
  const [row] = await db.insert(checkIn).values(values).returning();
  return row!;
}

export function listCheckIns(db: DbOrTx, volunteerId: string) {
  return db
    .select({ checkIn, byName: authUser.name })
    .from(checkIn)
    .leftJoin(authUser, eq(authUser.id, checkIn.byUserId))
    .where(eq(checkIn.volunteerId, volunteerId))
    .orderBy(desc(checkIn.heldOn), desc(checkIn.createdAt));
}

/** VOG renewals and training expiries between today and `until`, within scope. */
export async function findExpiring(db: DbOrTx, scope: Scope, until: string) {
  const name = sql<string>`${person.givenName} || ' ' || ${person.familyName}`;
  const [vogs, trainings] = await Promise.all([
    db
      .select({
        id: vogRecord.id,
        volunteerId: volunteer.id,
        personId: volunteer.personId,
        name,
        dueOn: vogRecord.renewalDue,
        email: person.email,
        reminderSentAt: vogRecord.reminderSentAt,
        tenantId: volunteer.tenantId,
        userId: person.userId,
      })
      .from(vogRecord)
      .innerJoin(volunteer, eq(volunteer.id, vogRecord.volunteerId))
      .innerJoin(person, eq(person.id, volunteer.personId))
      .where(
        and(
          scopeWhere(scope),
          inArray(volunteer.status, ["signedUp", "intakePlanned", "active", "paused"]),
          gte(vogRecord.renewalDue, sql`current_date`),
          lte(vogRecord.renewalDue, until),
        ),
      )
      .orderBy(asc(vogRecord.renewalDue)),
    db
      .select({
        id: trainingRecord.id,
        volunteerId: volunteer.id,
        personId: volunteer.personId,
        name,
        dueOn: trainingRecord.expiresOn,
        training: trainingRecord.training,
        email: person.email,
        reminderSentAt: trainingRecord.reminderSentAt,
        tenantId: volunteer.tenantId,
        userId: person.userId,
      })
      .from(trainingRecord)
      .innerJoin(volunteer, eq(volunteer.id, trainingRecord.volunteerId))
      .innerJoin(person, eq(person.id, volunteer.personId))
      .where(
        and(
          scopeWhere(scope),
          inArray(volunteer.status, ["signedUp", "intakePlanned", "active", "paused"]),
          gte(trainingRecord.expiresOn, sql`current_date`),
          lte(trainingRecord.expiresOn, until),
        ),
      )
      .orderBy(asc(trainingRecord.expiresOn)),
  ]);
  return { vogs, trainings };
}

/** Claims a reminder (idempotent across instances): true only for the first caller. */
export async function claimReminder(db: DbOrTx, kind: "vog" | "training", id: string) {
  const table = kind === "vog" ? vogRecord : trainingRecord;
  const rows = await db
    .update(table)
    .set({ reminderSentAt: new Date() })
    .where(and(eq(table.id, id), isNull(table.reminderSentAt)))
    .returning({ id: table.id });
  return rows.length > 0;
}

// --- Erasure ---

export async function eraseVolunteer(db: DbOrTx, id: string, personId: string) {
  await db.delete(motiveResponse).where(eq(motiveResponse.volunteerId, id));
  await db.delete(volunteerPhoto).where(eq(volunteerPhoto.volunteerId, id));
  await db.delete(vogRecord).where(eq(vogRecord.volunteerId, id));
  await db.delete(trainingRecord).where(eq(trainingRecord.volunteerId, id));
  await db.delete(checkIn).where(eq(checkIn.volunteerId, id));
  await db.update(volunteerStatusChange).set({ note: "" }).where(eq(volunteerStatusChange.volunteerId, id));
  await db
    .update(volunteer)
    .set({
      erasedAt: new Date(),
      sortKey: "",
      searchKey: "",
      birthDate: null,
      street: null,
      houseNumber: null,
      postcode: null,
      city: null,
      neighbourhoodId: null,
      languages: [],
      skills: [],
      interests: [],
      availability: 0,
      hoursPerWeek: null,
      preferredDistrictIds: [],
      maxTravelKm: null,
      goals: [],
      emergencyName: null,
      emergencyPhone: null,
      motivation: "",
      motiveScores: null,
      updatedAt: new Date(),
    })
    .where(eq(volunteer.id, id));
  const [row] = await db
    .update(person)
    .set({
      givenName: "Gewist",
      familyName: "",
      email: null,
      phone: null,
      userId: null,
      updatedAt: new Date(),
    })
    .where(eq(person.id, personId))
    .returning({ id: person.id });
  return row;
}

export async function campaignInTenant(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select({ id: recruitmentCampaign.id })
    .from(recruitmentCampaign)
    .where(and(eq(recruitmentCampaign.tenantId, tenantId), eq(recruitmentCampaign.id, id)));
  return Boolean(row);
}

/** Fills only what is still empty, so a duplicate sign-up never overwrites what the volunteer set. */
export async function mergeVolunteerFields(
  db: DbOrTx,
  id: string,
  values: {
    postcode: string | null;
    birthDate: string | null;
    organisationId: string | null;
    channel: string | null;
    motivation: string;
  },
) {
  await db
    .update(volunteer)
    .set({
      postcode: sql`coalesce(${volunteer.postcode}, ${values.postcode})`,
      birthDate: sql`coalesce(${volunteer.birthDate}, ${values.birthDate}::date)`,
      organisationId: sql`coalesce(${volunteer.organisationId}, ${values.organisationId}::uuid)`,
      channel: sql`coalesce(${volunteer.channel}, ${values.channel})`,
      motivation: values.motivation
        ? sql`btrim(${volunteer.motivation} || E'\n\n' || ${values.motivation}, E' \n')`
        : volunteer.motivation,
      updatedAt: new Date(),
    })
    .where(eq(volunteer.id, id));
}

export async function deleteSignupRequests(db: DbOrTx, tenantId: string, email: string) {
  await db
    .delete(signupRequest)
    .where(and(eq(signupRequest.tenantId, tenantId), eq(signupRequest.email, email)));
}

export async function countRecentSignupRequests(db: DbOrTx, tenantId: string, email: string, since: Date) {
  const [row] = await db
    .select({ value: count() })
    .from(signupRequest)
    .where(
      and(
        eq(signupRequest.tenantId, tenantId),
        eq(signupRequest.email, email),
        gte(signupRequest.createdAt, since),
      ),
    );
  return row?.value ?? 0;
}

export async function upsertPhoto(db: DbOrTx, volunteerId: string, contentType: string, data: string) {
  await db
    .insert(volunteerPhoto)
    .values({ volunteerId, contentType, data })
    .onConflictDoUpdate({
      target: volunteerPhoto.volunteerId,
      set: { contentType, data, updatedAt: new Date() },
    });
}

export async function findPhoto(db: DbOrTx, volunteerId: string) {
  const [row] = await db.select().from(volunteerPhoto).where(eq(volunteerPhoto.volunteerId, volunteerId));
  return row ?? null;
}

export async function deletePhoto(db: DbOrTx, volunteerId: string) {
  await db.delete(volunteerPhoto).where(eq(volunteerPhoto.volunteerId, volunteerId));
}

export async function hasPhoto(db: DbOrTx, volunteerId: string) {
  const [row] = await db
    .select({ id: volunteerPhoto.volunteerId })
    .from(volunteerPhoto)
    .where(eq(volunteerPhoto.volunteerId, volunteerId));
  return Boolean(row);
}

export async function setCalendarToken(db: DbOrTx, id: string, token: string) {
  await db.update(volunteer).set({ calendarToken: token }).where(eq(volunteer.id, id));
}

export async function findVolunteerByCalendarToken(db: DbOrTx, token: string) {
  const [row] = await db
    .select({ id: volunteer.id, tenantId: volunteer.tenantId, givenName: person.givenName })
    .from(volunteer)
    .innerJoin(person, eq(person.id, volunteer.personId))
    .where(and(eq(volunteer.calendarToken, token), isNull(volunteer.erasedAt)));
  return row ?? null;
}

export async function findCalendarToken(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ token: volunteer.calendarToken })
    .from(volunteer)
    .where(eq(volunteer.id, id));
  return row?.token ?? null;
}

/** Since when the volunteer has a current placement, and the last day they wrote (non-rejected) hours. */
export async function hoursActivity(db: DbOrTx, volunteerId: string) {
  const [row] = await db
    .execute(sql`
    select
      (select min(c.changed_at)::date::text from application a
         join application_status_change c on c.application_id = a.id and c.to_status = 'placed'
        where a.volunteer_id = ${volunteerId}::uuid and a.status = 'placed') as placed_since,
      (select max(h.date)::text from hours_entry h join application a on a.id = h.application_id
        where a.volunteer_id = ${volunteerId}::uuid and h.status <> 'rejected') as last_hours_on`)
    .then(
      (result) =>
        (result as unknown as { rows: { placed_since: string | null; last_hours_on: string | null }[] }).rows,
    );
  return { placedSince: row?.placed_since ?? null, lastHoursOn: row?.last_hours_on ?? null };
}
