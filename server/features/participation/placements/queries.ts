import { and, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { person } from "../../accounts/schema.ts";
import { participationAgreement, participationClient } from "../schema.ts";

/** Statuses in which the organisation has the person on its place. */
export const placedStatuses = ["permitted", "notified", "active", "evaluated"] as const;

/**
 * Placements at an organisation that the client disclosed as a participation agreement. The
 * organisation is a required parameter: another organisation's placement is simply not found.
 */
export function listPlacements(db: DbOrTx, tenantId: string, organisationId: string, id?: string) {
  return db
    .select({
      id: participationAgreement.id,
      givenName: person.givenName,
      familyName: person.familyName,
      description: participationAgreement.description,
      hoursPerWeek: participationAgreement.hoursPerWeek,
      startDate: participationAgreement.startDate,
      endDate: participationAgreement.endDate,
      status: participationAgreement.status,
      clientId: participationAgreement.clientId,
    })
    .from(participationAgreement)
    .innerJoin(
      participationClient,
      and(
        eq(participationClient.tenantId, participationAgreement.tenantId),
        eq(participationClient.id, participationAgreement.clientId),
      ),
    )
    .innerJoin(person, eq(person.id, participationClient.personId))
    .where(
      and(
        eq(participationAgreement.tenantId, tenantId),
        eq(participationAgreement.organisationId, organisationId),
        eq(participationAgreement.disclosedToOrganisation, true),
        inArray(participationAgreement.status, [...placedStatuses]),
        id ? eq(participationAgreement.id, id) : undefined,
      ),
    )
    .orderBy(person.familyName, person.givenName, participationAgreement.id)
    .limit(500);
}
