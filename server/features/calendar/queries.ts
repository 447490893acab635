import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { organisation } from "../organisations/schema.ts";
import { application, vacancy } from "../vacancies/schema.ts";

/** Placements of a volunteer with the schedule of their vacancy, for the calendar feed. */
export function placementsOfVolunteer(db: DbOrTx, tenantId: string, volunteerId: string) {
  return db
    .select({ application, vacancy, organisationName: organisation.name })
    .from(application)
    .innerJoin(
      vacancy,
      and(eq(vacancy.id, application.vacancyId), eq(vacancy.tenantId, application.tenantId)),
    )
    .innerJoin(organisation, eq(organisation.id, vacancy.organisationId))
    .where(
      and(
        eq(application.tenantId, tenantId),
        eq(application.volunteerId, volunteerId),
        inArray(application.status, ["trial", "placed"]),
      ),
    );
}

/** Placements that have not had their first-shift reminder yet (all tenants, for the reminder job). */
export function placementsAwaitingReminder(db: DbOrTx) {
  return db
    .select({ application, vacancy, organisationName: organisation.name })
    .from(application)
    .innerJoin(
      vacancy,
      and(eq(vacancy.id, application.vacancyId), eq(vacancy.tenantId, application.tenantId)),
    )
    .innerJoin(organisation, eq(organisation.id, vacancy.organisationId))
    .where(
      and(
        eq(application.status, "placed"),
        isNull(application.firstShiftReminderAt),
        sql`${vacancy.scheduleType} <> 'flexible'`,
      ),
    );
}

export async function claimFirstShiftReminder(db: DbOrTx, tenantId: string, applicationId: string) {
  const rows = await db
    .update(application)
    .set({ firstShiftReminderAt: new Date() })
    .where(
      and(
        eq(application.tenantId, tenantId),
        eq(application.id, applicationId),
        isNull(application.firstShiftReminderAt),
      ),
    )
    .returning({ id: application.id });
  return rows.length > 0;
}
