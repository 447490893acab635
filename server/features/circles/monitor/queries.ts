import { and, count, eq, gt, gte, inArray, isNotNull, lte, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { DbOrTx } from "../../../db/client.ts";
import type { OrganisationScope } from "../../../platform/scope.ts";
import { coachingTrajectory } from "../../coaching/schema.ts";
import { organisation } from "../../organisations/schema.ts";
import { volunteer } from "../../volunteers/schema.ts";
import {
  circle,
  circleAttendance,
  circleGoal,
  circleLeader,
  circleParticipant,
  circleProgramme,
  circleSession,
} from "../schema.ts";

export type Period = { from?: string; to?: string };

/** Circles in scope whose season starts in the period. */
const circlesIn = (scope: OrganisationScope, period: Period) =>
  and(
    eq(circle.tenantId, scope.tenantId),
    scope.organisationId ? eq(circle.organisationId, scope.organisationId) : undefined,
    period.from ? gte(circle.startsOn, period.from) : undefined,
    period.to ? lte(circle.startsOn, period.to) : undefined,
  );

const filtered = (condition: ReturnType<typeof sql>) =>
  sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

export function programmes(db: DbOrTx, scope: OrganisationScope) {
  return db
    .select({ id: circleProgramme.id, name: circleProgramme.name, organisationName: organisation.name })
    .from(circleProgramme)
    .innerJoin(organisation, eq(organisation.id, circleProgramme.organisationId))
    .where(
      and(
        eq(circleProgramme.tenantId, scope.tenantId),
        scope.organisationId ? eq(circleProgramme.organisationId, scope.organisationId) : undefined,
      ),
    )
    .orderBy(organisation.name, circleProgramme.name);
}

export function circlesPerProgramme(db: DbOrTx, scope: OrganisationScope, period: Period) {
  return db
    .select({ programmeId: circle.programmeId, value: count() })
    .from(circle)
    .where(circlesIn(scope, period))
    .groupBy(circle.programmeId);
}

/** Who took part (active or left; not the waitlist) and who left, per programme. */
export function participantsPerProgramme(db: DbOrTx, scope: OrganisationScope, period: Period) {
  return db
    .select({
      programmeId: circle.programmeId,
      participants: filtered(sql`${circleParticipant.status} in ('active', 'left')`),
      left: filtered(sql`${circleParticipant.status} = 'left'`),
    })
    .from(circleParticipant)
    .innerJoin(circle, eq(circle.id, circleParticipant.circleId))
    .where(circlesIn(scope, period))
    .groupBy(circle.programmeId);
}

export function attendancePerProgramme(db: DbOrTx, scope: OrganisationScope, period: Period) {
  return db
    .select({
      programmeId: circle.programmeId,
      recorded: count(),
      present: filtered(sql`${circleAttendance.status} = 'present'`),
    })
    .from(circleAttendance)
    .innerJoin(circleSession, eq(circleSession.id, circleAttendance.sessionId))
    .innerJoin(circle, eq(circle.id, circleSession.circleId))
    .where(circlesIn(scope, period))
    .groupBy(circle.programmeId);
}

export function goalsReachedPerProgramme(db: DbOrTx, scope: OrganisationScope, period: Period) {
  return db
    .select({ programmeId: circle.programmeId, value: count() })
    .from(circleGoal)
    .innerJoin(circleParticipant, eq(circleParticipant.id, circleGoal.participantId))
    .innerJoin(circle, eq(circle.id, circleParticipant.circleId))
    .where(and(circlesIn(scope, period), isNotNull(circleGoal.reachedOn)))
    .groupBy(circle.programmeId);
}

/** Participants who lead a circle that started after the one they took part in (one person, history kept). */
export function leadersPerProgramme(db: DbOrTx, scope: OrganisationScope, period: Period) {
  const led = alias(circle, "led");
  return db
    .select({
      programmeId: circle.programmeId,
      value: sql<number>`count(distinct ${circleParticipant.personId})`.mapWith(Number),
    })
    .from(circleParticipant)
    .innerJoin(circle, eq(circle.id, circleParticipant.circleId))
    .innerJoin(
      volunteer,
      and(eq(volunteer.personId, circleParticipant.personId), eq(volunteer.tenantId, circle.tenantId)),
    )
    .innerJoin(
      circleLeader,
      and(eq(circleLeader.volunteerId, volunteer.id), eq(circleLeader.tenantId, circle.tenantId)),
    )
    .innerJoin(led, and(eq(led.id, circleLeader.circleId), gt(led.startsOn, circle.startsOn)))
    .where(and(circlesIn(scope, period), inArray(circleParticipant.status, ["active", "left"])))
    .groupBy(circle.programmeId);
}

/** Coaching trajectories that start in the period, per organisation, by status and end outcome. */
export function coachingPerOrganisation(db: DbOrTx, scope: OrganisationScope, period: Period) {
  const t = coachingTrajectory;
  return db
    .select({
      organisationId: t.organisationId,
      organisationName: organisation.name,
      started: count(),
      active: filtered(sql`${t.status} = 'active'`),
      escalated: filtered(sql`${t.status} = 'escalated'`),
      ended: filtered(sql`${t.status} = 'ended'`),
      solved: filtered(sql`${t.outcome} = 'solved'`),
      stable: filtered(sql`${t.outcome} = 'stable'`),
      referred: filtered(sql`${t.outcome} = 'referred'`),
      notSolved: filtered(sql`${t.outcome} = 'notSolved'`),
      endedDays:
        sql<number>`coalesce(sum(${t.endedOn} - ${t.startsOn}) filter (where ${t.status} = 'ended'), 0)`.mapWith(
          Number,
        ),
    })
    .from(t)
    .innerJoin(organisation, eq(organisation.id, t.organisationId))
    .where(
      and(
        eq(t.tenantId, scope.tenantId),
        scope.organisationId ? eq(t.organisationId, scope.organisationId) : undefined,
        period.from ? gte(t.startsOn, period.from) : undefined,
        period.to ? lte(t.startsOn, period.to) : undefined,
      ),
    )
    .groupBy(t.organisationId, organisation.name)
    .orderBy(organisation.name);
}
