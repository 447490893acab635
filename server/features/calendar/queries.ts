import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { person } from "../accounts/schema.ts";
import { organisation } from "../organisations/schema.ts";
import { referral } from "../referrals/schema.ts";
import { application, vacancy } from "../vacancies/schema.ts";
import { volunteer } from "../volunteers/schema.ts";

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

/**
 * Intakes the volunteer was asked along to (warm handoff): referrals they made, planned by the partner,
 * consent not withdrawn. Only the partner, the time and the place: no household details in a feed.
 */
export function intakesOfVolunteer(db: DbOrTx, tenantId: string, volunteerId: string) {
  return db
    .select({
      id: referral.id,
      intakeAt: referral.intakeAt,
      intakePlace: referral.intakePlace,
      partnerName: organisation.name,
    })
    .from(referral)
    .innerJoin(
      person,
      and(eq(person.tenantId, referral.tenantId), eq(person.userId, referral.createdByUserId)),
    )
    .innerJoin(volunteer, and(eq(volunteer.tenantId, referral.tenantId), eq(volunteer.personId, person.id)))
    .innerJoin(organisation, eq(organisation.id, referral.partnerOrganisationId))
    .where(
      and(
        eq(referral.tenantId, tenantId),
        eq(volunteer.id, volunteerId),
        eq(referral.status, "intakePlanned"),
        isNotNull(referral.volunteerAskedAt),
        isNotNull(referral.intakeAt),
        isNull(referral.consentWithdrawnAt),
      ),
    );
}
