import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import type { OrganisationScope } from "../../platform/scope.ts";
import { person } from "../accounts/schema.ts";
import { organisation } from "../organisations/schema.ts";
import { trainingRecord, vogRecord, volunteer } from "../volunteers/schema.ts";
import { circle, circleLeader, circleParticipant, circleProgramme, circleSession } from "./schema.ts";

const inOrg = (
  scope: OrganisationScope,
  column: typeof circle.organisationId | typeof circleProgramme.organisationId,
) => (scope.organisationId ? eq(column, scope.organisationId) : undefined);

// --- Programmes ---

export function listProgrammes(db: DbOrTx, scope: OrganisationScope) {
  return db
    .select({
      programme: circleProgramme,
      organisationName: organisation.name,
      circleCount: sql<number>`(select count(*)::int from ${circle} where ${circle.programmeId} = ${circleProgramme.id})`,
    })
    .from(circleProgramme)
    .innerJoin(organisation, eq(organisation.id, circleProgramme.organisationId))
    .where(and(eq(circleProgramme.tenantId, scope.tenantId), inOrg(scope, circleProgramme.organisationId)))
    .orderBy(asc(circleProgramme.name));
}
export type ProgrammeRow = Awaited<ReturnType<typeof listProgrammes>>[number];

export async function findProgramme(db: DbOrTx, scope: OrganisationScope, id: string) {
  const rows = await listProgrammes(db, scope);
  return rows.find((r) => r.programme.id === id) ?? null;
}

export async function insertProgramme(db: DbOrTx, values: typeof circleProgramme.$inferInsert) {
  const [row] = await db.insert(circleProgramme).values(values).returning({ id: circleProgramme.id });
  return row!.id;
}

export async function updateProgramme(
  db: DbOrTx,
  tenantId: string,
  id: string,
  values: Partial<typeof circleProgramme.$inferInsert>,
) {
  await db
    .update(circleProgramme)
    .set(values)
    .where(and(eq(circleProgramme.tenantId, tenantId), eq(circleProgramme.id, id)));
}

// --- Circles ---

const participantCount = (status: "active" | "waitlisted") =>
  sql<number>`(select count(*)::int from ${circleParticipant} p where p.circle_id = ${circle.id} and p.status ${
    status === "active" ? sql`in ('active', 'offered')` : sql`= 'waitlisted'`
  })`;

function selectCircles(db: DbOrTx) {
  return db
    .select({
      circle,
      programmeName: circleProgramme.name,
      participantCount: participantCount("active"),
      waitlistCount: participantCount("waitlisted"),
    })
    .from(circle)
    .innerJoin(circleProgramme, eq(circleProgramme.id, circle.programmeId));
}
export type CircleRow = Awaited<ReturnType<ReturnType<typeof selectCircles>["where"]>>[number];

export async function listCircles(
  db: DbOrTx,
  scope: OrganisationScope,
  filter: { programmeId?: string },
  page: { page: number; pageSize: number },
) {
  const where = and(
    eq(circle.tenantId, scope.tenantId),
    inOrg(scope, circle.organisationId),
    filter.programmeId ? eq(circle.programmeId, filter.programmeId) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    selectCircles(db)
      .where(where)
      .orderBy(sql`${circle.startsOn} desc`, asc(circle.name))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ value: count() }).from(circle).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export async function findCircle(db: DbOrTx, scope: OrganisationScope, id: string) {
  const [row] = await selectCircles(db).where(
    and(eq(circle.tenantId, scope.tenantId), inOrg(scope, circle.organisationId), eq(circle.id, id)),
  );
  return row ?? null;
}

export async function insertCircle(db: DbOrTx, values: typeof circle.$inferInsert) {
  const [row] = await db.insert(circle).values(values).returning({ id: circle.id });
  return row!.id;
}

export async function setCalendarToken(db: DbOrTx, tenantId: string, id: string, token: string) {
  await db
    .update(circle)
    .set({ calendarToken: token })
    .where(and(eq(circle.tenantId, tenantId), eq(circle.id, id)));
}

// --- Leaders ---

/** Leaders of circles with their names (person), for one or more circles of a tenant. */
export function leadersOf(db: DbOrTx, tenantId: string, circleIds: string[]) {
  if (circleIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      circleId: circleLeader.circleId,
      volunteerId: circleLeader.volunteerId,
      personId: person.id,
      givenName: person.givenName,
      familyName: person.familyName,
    })
    .from(circleLeader)
    .innerJoin(volunteer, eq(volunteer.id, circleLeader.volunteerId))
    .innerJoin(person, eq(person.id, volunteer.personId))
    .where(and(eq(circleLeader.tenantId, tenantId), inArray(circleLeader.circleId, circleIds)))
    .orderBy(asc(person.familyName));
}

export async function replaceLeaders(db: DbOrTx, tenantId: string, circleId: string, volunteerIds: string[]) {
  await db
    .delete(circleLeader)
    .where(and(eq(circleLeader.tenantId, tenantId), eq(circleLeader.circleId, circleId)));
  await db
    .insert(circleLeader)
    .values(volunteerIds.map((volunteerId) => ({ tenantId, circleId, volunteerId })));
}

/** Trainings and VOGs of a volunteer of the tenant, for the check on the session dates. */
export async function qualificationRecords(db: DbOrTx, tenantId: string, volunteerId: string) {
  const own = and(eq(volunteer.tenantId, tenantId), eq(volunteer.id, volunteerId));
  const [trainings, vogs] = await Promise.all([
    db
      .select({
        training: trainingRecord.training,
        completedOn: trainingRecord.completedOn,
        expiresOn: trainingRecord.expiresOn,
      })
      .from(trainingRecord)
      .innerJoin(volunteer, eq(volunteer.id, trainingRecord.volunteerId))
      .where(own),
    db
      .select({
        issuedOn: vogRecord.issuedOn,
        renewalDue: vogRecord.renewalDue,
        profileCodes: vogRecord.profileCodes,
      })
      .from(vogRecord)
      .innerJoin(volunteer, eq(volunteer.id, vogRecord.volunteerId))
      .where(own),
  ]);
  return { trainings, vogs };
}

// --- Sessions ---

export function sessionsOf(db: DbOrTx, tenantId: string, circleId: string) {
  return db
    .select()
    .from(circleSession)
    .where(and(eq(circleSession.tenantId, tenantId), eq(circleSession.circleId, circleId)))
    .orderBy(asc(circleSession.date), asc(circleSession.startTime), asc(circleSession.number));
}

export async function insertSessions(db: DbOrTx, rows: (typeof circleSession.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(circleSession).values(rows);
}
