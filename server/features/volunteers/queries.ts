import { and, desc, eq, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import type { OrganisationScope } from "../../platform/scope.ts";
import { authUser, person } from "../accounts/schema.ts";
import { organisation } from "../organisations/schema.ts";
import { neighbourhood } from "../tenancy/schema.ts";
import { volunteer, volunteerStatusChange } from "./schema.ts";

// --- Volunteers ---

/** Who may see which volunteers: the whole tenant, or one organisation's. */
export type Scope = OrganisationScope;

export const scopeWhere = (scope: Scope) =>
  and(
    eq(volunteer.tenantId, scope.tenantId),
    isNull(volunteer.erasedAt),
    scope.organisationId ? eq(volunteer.organisationId, scope.organisationId) : undefined,
  );

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
    .select({
      id: volunteer.id,
      tenantId: volunteer.tenantId,
      personId: person.id,
      userId: person.userId,
      status: volunteer.status,
    })
    .from(volunteer)
    .innerJoin(person, eq(person.id, volunteer.personId))
    .where(and(eq(volunteer.tenantId, tenantId), eq(person.email, email), isNull(volunteer.erasedAt)));
  return row ?? null;
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

export type WithTenant<T> = T & { tenantId: string };

export async function insertStatusChange(
  db: DbOrTx,
  values: WithTenant<typeof volunteerStatusChange.$inferInsert>,
) {
  await db.insert(volunteerStatusChange).values(values);
}

export function listStatusChanges(db: DbOrTx, tenantId: string, volunteerId: string) {
  return db
    .select({ change: volunteerStatusChange, byName: authUser.name })
    .from(volunteerStatusChange)
    .leftJoin(authUser, eq(authUser.id, volunteerStatusChange.changedByUserId))
    .where(
      and(eq(volunteerStatusChange.tenantId, tenantId), eq(volunteerStatusChange.volunteerId, volunteerId)),
    )
    .orderBy(desc(volunteerStatusChange.changedAt));
}
/** Since when the volunteer has a current placement, and the last day they wrote (non-rejected) hours. */
export async function hoursActivity(db: DbOrTx, tenantId: string, volunteerId: string) {
  const [row] = await db
    .execute(sql`
    select
      (select min(c.changed_at)::date::text from application a
         join application_status_change c on c.application_id = a.id and c.tenant_id = a.tenant_id
          and c.to_status = 'placed'
        where a.tenant_id = ${tenantId}::uuid and a.volunteer_id = ${volunteerId}::uuid
          and a.status = 'placed') as placed_since,
      (select max(h.date)::text from hours_entry h join application a on a.id = h.application_id
        where h.tenant_id = ${tenantId}::uuid and a.tenant_id = ${tenantId}::uuid
          and a.volunteer_id = ${volunteerId}::uuid and h.status <> 'rejected') as last_hours_on`)
    .then(
      (result) =>
        (result as unknown as { rows: { placed_since: string | null; last_hours_on: string | null }[] }).rows,
    );
  return { placedSince: row?.placed_since ?? null, lastHoursOn: row?.last_hours_on ?? null };
}
