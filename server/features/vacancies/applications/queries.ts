import { and, asc, count, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { person } from "../../accounts/schema.ts";
import { organisation } from "../../organisations/schema.ts";
import { volunteer } from "../../volunteers/schema.ts";
import { application, applicationStatusChange, vacancy } from "../schema.ts";

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

export function listApplicationsOfVolunteer(db: DbOrTx, tenantId: string, volunteerId: string) {
  return db
    .select({ application, title: vacancy.title, organisationName: organisation.name })
    .from(application)
    .innerJoin(vacancy, eq(vacancy.id, application.vacancyId))
    .innerJoin(organisation, eq(organisation.id, vacancy.organisationId))
    .where(and(eq(application.tenantId, tenantId), eq(application.volunteerId, volunteerId)))
    .orderBy(desc(application.createdAt));
}

export async function findApplicationOfVolunteer(
  db: DbOrTx,
  tenantId: string,
  volunteerId: string,
  id: string,
) {
  const [row] = await db
    .select()
    .from(application)
    .where(
      and(
        eq(application.tenantId, tenantId),
        eq(application.id, id),
        eq(application.volunteerId, volunteerId),
      ),
    );
  return row ?? null;
}

export async function setApplicationStatus(
  db: DbOrTx,
  tenantId: string,
  id: string,
  status: typeof application.$inferSelect.status,
) {
  await db
    .update(application)
    .set({ status, updatedAt: new Date() })
    .where(and(eq(application.tenantId, tenantId), eq(application.id, id)));
}

export function listApplicationsOfVacancy(db: DbOrTx, tenantId: string, vacancyId: string) {
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
    .where(and(eq(application.tenantId, tenantId), eq(application.vacancyId, vacancyId)))
    .orderBy(asc(application.createdAt));
}

export async function findApplication(db: DbOrTx, tenantId: string, vacancyId: string, id: string) {
  const [row] = await db
    .select()
    .from(application)
    .where(
      and(eq(application.tenantId, tenantId), eq(application.vacancyId, vacancyId), eq(application.id, id)),
    );
  return row ?? null;
}

/** Locks the vacancy row for the rest of the transaction: placements for its last place queue up here. */
export async function lockVacancy(db: DbOrTx, tenantId: string, id: string) {
  await db
    .select({ id: vacancy.id })
    .from(vacancy)
    .where(and(eq(vacancy.tenantId, tenantId), eq(vacancy.id, id)))
    .for("update");
}

export async function countPlaced(db: DbOrTx, tenantId: string, vacancyId: string) {
  const [row] = await db
    .select({ value: count() })
    .from(application)
    .where(
      and(
        eq(application.tenantId, tenantId),
        eq(application.vacancyId, vacancyId),
        eq(application.status, "placed"),
      ),
    );
  return row?.value ?? 0;
}
