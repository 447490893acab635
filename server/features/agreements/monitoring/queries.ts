import { and, asc, eq, gte, inArray, lte, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { person } from "../../accounts/schema.ts";
import { organisation } from "../../organisations/schema.ts";
import { outreachAddress, outreachCampaign, outreachVisit } from "../../outreach/schema.ts";
import { district, neighbourhood, postcodeNeighbourhood } from "../../tenancy/schema.ts";
import { application, hoursEntry, vacancy } from "../../vacancies/schema.ts";
import { volunteer } from "../../volunteers/schema.ts";
import { agreementGuardSetting, agreementProfessionalTask } from "./schema.ts";

/**
 * Read-only aggregates over other features' tables (imported from their schema.ts): hours on vacancies
 * and doorstep visits, for one wijk and period. Nothing here writes to another feature's table.
 */

const month = (column: unknown) => sql<string>`to_char(${column}, 'YYYY-MM')`;

/** Hours not rejected, per month, with the number of volunteers who gave them. */
export function volunteerHoursByMonth(
  db: DbOrTx,
  tenantId: string,
  where: { districtId: string; vacancyIds: string[] },
  from: string,
  to: string,
) {
  return db
    .select({
      month: month(hoursEntry.date),
      hours: sql<number>`coalesce(sum(${hoursEntry.hours}), 0)::float8`,
      volunteers: sql<number>`count(distinct ${application.volunteerId})::int`,
    })
    .from(hoursEntry)
    .innerJoin(application, eq(application.id, hoursEntry.applicationId))
    .innerJoin(vacancy, eq(vacancy.id, application.vacancyId))
    .where(
      and(
        eq(vacancy.tenantId, tenantId),
        eq(hoursEntry.tenantId, tenantId),
        where.vacancyIds.length
          ? inArray(vacancy.id, where.vacancyIds)
          : eq(vacancy.districtId, where.districtId),
        ne(hoursEntry.status, "rejected"),
        gte(hoursEntry.date, from),
        lte(hoursEntry.date, to),
      ),
    )
    .groupBy(month(hoursEntry.date));
}

/** Doorstep visits (or only conversations) at addresses whose postcode lies in the wijk, per month. */
export function visitsByMonth(
  db: DbOrTx,
  tenantId: string,
  districtId: string,
  from: Date,
  to: Date,
  conversationsOnly: boolean,
) {
  const local = sql`(${outreachVisit.visitedAt} at time zone 'Europe/Amsterdam')`;
  return db
    .select({ month: month(local), visits: sql<number>`count(*)::int` })
    .from(outreachVisit)
    .innerJoin(outreachCampaign, eq(outreachCampaign.id, outreachVisit.campaignId))
    .innerJoin(outreachAddress, eq(outreachAddress.id, outreachVisit.addressId))
    .innerJoin(
      postcodeNeighbourhood,
      and(
        eq(postcodeNeighbourhood.tenantId, tenantId),
        eq(postcodeNeighbourhood.postcode, outreachAddress.postcode),
      ),
    )
    .innerJoin(neighbourhood, eq(neighbourhood.id, postcodeNeighbourhood.neighbourhoodId))
    .where(
      and(
        eq(outreachCampaign.tenantId, tenantId),
        eq(neighbourhood.districtId, districtId),
        gte(outreachVisit.visitedAt, from),
        lte(outreachVisit.visitedAt, to),
        conversationsOnly ? eq(outreachVisit.outcome, "conversation") : undefined,
      ),
    )
    .groupBy(month(local));
}

const volunteerColumns = {
  volunteerId: volunteer.id,
  givenName: person.givenName,
  familyName: person.familyName,
};

/** Volunteer hours on professional-only tasks in the wijk (or on the named vacancies) since a day. */
export function hoursOnProfessionalTasks(db: DbOrTx, tenantId: string, districtId: string, since: string) {
  return db
    .select({
      vacancyId: vacancy.id,
      vacancyTitle: vacancy.title,
      organisationId: vacancy.organisationId,
      ...volunteerColumns,
      hours: sql<number>`sum(${hoursEntry.hours})::float8`,
    })
    .from(hoursEntry)
    .innerJoin(application, eq(application.id, hoursEntry.applicationId))
    .innerJoin(vacancy, eq(vacancy.id, application.vacancyId))
    .innerJoin(
      agreementProfessionalTask,
      and(
        eq(agreementProfessionalTask.tenantId, tenantId),
        eq(agreementProfessionalTask.vacancyId, vacancy.id),
      ),
    )
    .innerJoin(volunteer, eq(volunteer.id, application.volunteerId))
    .innerJoin(person, eq(person.id, volunteer.personId))
    .where(
      and(
        eq(vacancy.tenantId, tenantId),
        eq(hoursEntry.tenantId, tenantId),
        eq(vacancy.districtId, districtId),
        ne(hoursEntry.status, "rejected"),
        gte(hoursEntry.date, since),
      ),
    )
    .groupBy(
      vacancy.id,
      vacancy.title,
      vacancy.organisationId,
      volunteer.id,
      person.givenName,
      person.familyName,
    );
}

/**
 * Hours per volunteer and week (weeks starting on Monday) across the tenant, for the volunteers who
 * work on a vacancy in the wijk, with the organisations of those vacancies.
 */
export function weeklyHoursOfWijkVolunteers(db: DbOrTx, tenantId: string, districtId: string, since: string) {
  const inWijk = db
    .select({ volunteerId: application.volunteerId })
    .from(application)
    .innerJoin(vacancy, eq(vacancy.id, application.vacancyId))
    .where(and(eq(vacancy.tenantId, tenantId), eq(vacancy.districtId, districtId)));
  const week = sql<string>`to_char(date_trunc('week', ${hoursEntry.date}::timestamp), 'YYYY-MM-DD')`;
  return db
    .select({
      ...volunteerColumns,
      week,
      hours: sql<number>`sum(${hoursEntry.hours})::float8`,
      organisationIds: sql<
        string[]
      >`array_agg(distinct ${vacancy.organisationId}::text) filter (where ${vacancy.districtId} = ${districtId})`,
    })
    .from(hoursEntry)
    .innerJoin(application, eq(application.id, hoursEntry.applicationId))
    .innerJoin(vacancy, eq(vacancy.id, application.vacancyId))
    .innerJoin(volunteer, eq(volunteer.id, application.volunteerId))
    .innerJoin(person, eq(person.id, volunteer.personId))
    .where(
      and(
        eq(vacancy.tenantId, tenantId),
        eq(hoursEntry.tenantId, tenantId),
        inArray(application.volunteerId, inWijk),
        ne(hoursEntry.status, "rejected"),
        gte(hoursEntry.date, since),
      ),
    )
    .groupBy(volunteer.id, person.givenName, person.familyName, week);
}

// --- Settings and professional-only tasks ---

export async function guardSettings(db: DbOrTx, tenantId: string) {
  const [row] = await db
    .select()
    .from(agreementGuardSetting)
    .where(eq(agreementGuardSetting.tenantId, tenantId));
  return row ?? null;
}

export async function saveGuardSettings(
  db: DbOrTx,
  tenantId: string,
  values: { weeklyHours: number; weeks: number; driftPercent: number },
) {
  await db
    .insert(agreementGuardSetting)
    .values({ tenantId, ...values })
    .onConflictDoUpdate({
      target: agreementGuardSetting.tenantId,
      set: { ...values, updatedAt: new Date() },
    });
}

export function listTasks(db: DbOrTx, tenantId: string, vacancyId?: string) {
  return db
    .select({
      vacancyId: vacancy.id,
      title: vacancy.title,
      organisationName: organisation.name,
      districtName: district.name,
      marked: agreementProfessionalTask.vacancyId,
    })
    .from(vacancy)
    .innerJoin(organisation, eq(organisation.id, vacancy.organisationId))
    .leftJoin(district, eq(district.id, vacancy.districtId))
    .leftJoin(
      agreementProfessionalTask,
      and(
        eq(agreementProfessionalTask.tenantId, tenantId),
        eq(agreementProfessionalTask.vacancyId, vacancy.id),
      ),
    )
    .where(and(eq(vacancy.tenantId, tenantId), vacancyId ? eq(vacancy.id, vacancyId) : undefined))
    .orderBy(asc(vacancy.title))
    .limit(500);
}

export async function markTask(db: DbOrTx, tenantId: string, vacancyId: string, userId: string, on: boolean) {
  if (on)
    await db
      .insert(agreementProfessionalTask)
      .values({ tenantId, vacancyId, markedByUserId: userId })
      .onConflictDoNothing();
  else
    await db
      .delete(agreementProfessionalTask)
      .where(
        and(
          eq(agreementProfessionalTask.tenantId, tenantId),
          eq(agreementProfessionalTask.vacancyId, vacancyId),
        ),
      );
}
