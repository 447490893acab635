import { and, desc, eq, gte, lte, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { person } from "../../accounts/schema.ts";
import { organisation } from "../../organisations/schema.ts";
import { district } from "../../tenancy/schema.ts";
import { volunteer } from "../../volunteers/schema.ts";
import { type Scope, scopeWhere } from "../manage/queries.ts";
import { allowancePayment, application, applicationStatusChange, hoursEntry, vacancy } from "../schema.ts";

// --- Hours and allowances ---

export async function placedOn(db: DbOrTx, tenantId: string, applicationId: string) {
  const [row] = await db
    .select({ at: sql<string>`min(${applicationStatusChange.changedAt})::date::text` })
    .from(applicationStatusChange)
    .where(
      and(
        eq(applicationStatusChange.tenantId, tenantId),
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

export function listHours(
  db: DbOrTx,
  tenantId: string,
  filter: { vacancyId?: string; applicationId?: string },
) {
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
        eq(hoursEntry.tenantId, tenantId),
        eq(application.tenantId, tenantId),
        filter.vacancyId ? eq(application.vacancyId, filter.vacancyId) : undefined,
        filter.applicationId ? eq(application.id, filter.applicationId) : undefined,
      ),
    )
    .orderBy(desc(hoursEntry.date), desc(hoursEntry.createdAt));
}

export async function decideHours(
  db: DbOrTx,
  tenantId: string,
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
        eq(hoursEntry.tenantId, tenantId),
        eq(hoursEntry.id, entryId),
        eq(hoursEntry.status, "submitted"),
        sql`${hoursEntry.applicationId} in
          (select id from application where tenant_id = ${tenantId}::uuid and vacancy_id = ${vacancyId}::uuid)`,
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

export { hoursGroups } from "../../../../shared/vacancies.ts";

import type { hoursGroups } from "../../../../shared/vacancies.ts";

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
        eq(hoursEntry.tenantId, scope.tenantId),
        eq(hoursEntry.status, "approved"),
        period.from ? gte(hoursEntry.date, period.from) : undefined,
        period.to ? lte(hoursEntry.date, period.to) : undefined,
      ),
    )
    .groupBy(key)
    .orderBy(key);
}
