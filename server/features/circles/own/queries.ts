import { and, asc, eq, gte, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { person } from "../../accounts/schema.ts";
import { circle, circleParticipant, circleProgramme, circleSession } from "../schema.ts";

const current = ["active", "waitlisted", "offered"] as const;

/** The signed-in user's own participations (their person in this tenant), current ones only. */
export function ownParticipations(db: DbOrTx, tenantId: string, userId: string, id?: string) {
  return db
    .select({
      participant: circleParticipant,
      personId: person.id,
      circle,
      programmeName: circleProgramme.name,
    })
    .from(circleParticipant)
    .innerJoin(person, eq(person.id, circleParticipant.personId))
    .innerJoin(circle, eq(circle.id, circleParticipant.circleId))
    .innerJoin(circleProgramme, eq(circleProgramme.id, circle.programmeId))
    .where(
      and(
        eq(circleParticipant.tenantId, tenantId),
        eq(person.tenantId, tenantId),
        eq(person.userId, userId),
        inArray(circleParticipant.status, [...current]),
        id ? eq(circleParticipant.id, id) : undefined,
      ),
    )
    .orderBy(asc(circle.startsOn), asc(circle.name));
}
export type OwnRow = Awaited<ReturnType<typeof ownParticipations>>[number];

/** The sessions from `today` on that are not cancelled, of these circles, in date order. */
export function comingSessions(db: DbOrTx, tenantId: string, circleIds: string[], today: string) {
  if (circleIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(circleSession)
    .where(
      and(
        eq(circleSession.tenantId, tenantId),
        inArray(circleSession.circleId, circleIds),
        eq(circleSession.cancelled, false),
        gte(circleSession.date, today),
      ),
    )
    .orderBy(asc(circleSession.date), asc(circleSession.startTime));
}
