import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { person } from "../../accounts/schema.ts";
import { type Scope, scopeWhere, type WithTenant } from "../queries.ts";
import { trainingRecord, vogRecord, volunteer } from "../schema.ts";

export async function insertVog(db: DbOrTx, values: WithTenant<typeof vogRecord.$inferInsert>) {
  const [row] = await db.insert(vogRecord).values(values).returning();
  return row!;
}

export async function updateVog(
  db: DbOrTx,
  tenantId: string,
  volunteerId: string,
  id: string,
  values: Partial<typeof vogRecord.$inferInsert>,
) {
  const [row] = await db
    .update(vogRecord)
    .set(values)
    .where(
      and(eq(vogRecord.tenantId, tenantId), eq(vogRecord.volunteerId, volunteerId), eq(vogRecord.id, id)),
    )
    .returning();
  return row ?? null;
}

export function listVogs(db: DbOrTx, tenantId: string, volunteerId: string) {
  return db
    .select()
    .from(vogRecord)
    .where(and(eq(vogRecord.tenantId, tenantId), eq(vogRecord.volunteerId, volunteerId)))
    .orderBy(desc(sql`coalesce(${vogRecord.issuedOn}, ${vogRecord.requestedOn}, ${vogRecord.receivedOn})`));
}

export async function insertTraining(db: DbOrTx, values: WithTenant<typeof trainingRecord.$inferInsert>) {
  const [row] = await db.insert(trainingRecord).values(values).returning();
  return row!;
}

export async function deleteTraining(db: DbOrTx, tenantId: string, volunteerId: string, id: string) {
  const rows = await db
    .delete(trainingRecord)
    .where(
      and(
        eq(trainingRecord.tenantId, tenantId),
        eq(trainingRecord.volunteerId, volunteerId),
        eq(trainingRecord.id, id),
      ),
    )
    .returning({ id: trainingRecord.id });
  return rows.length > 0;
}

export function listTrainings(db: DbOrTx, tenantId: string, volunteerId: string) {
  return db
    .select()
    .from(trainingRecord)
    .where(and(eq(trainingRecord.tenantId, tenantId), eq(trainingRecord.volunteerId, volunteerId)))
    .orderBy(desc(trainingRecord.completedOn));
}

/** VOG renewals and training expiries between today and `until`, within scope. */
export async function findExpiring(db: DbOrTx, scope: Scope, until: string) {
  const name = sql<string>`${person.givenName} || ' ' || ${person.familyName}`;
  const [vogs, trainings] = await Promise.all([
    db
      .select({
        id: vogRecord.id,
        volunteerId: volunteer.id,
        personId: volunteer.personId,
        name,
        dueOn: vogRecord.renewalDue,
        email: person.email,
        reminderSentAt: vogRecord.reminderSentAt,
        tenantId: volunteer.tenantId,
        userId: person.userId,
      })
      .from(vogRecord)
      .innerJoin(
        volunteer,
        and(eq(volunteer.id, vogRecord.volunteerId), eq(volunteer.tenantId, vogRecord.tenantId)),
      )
      .innerJoin(person, eq(person.id, volunteer.personId))
      .where(
        and(
          scopeWhere(scope),
          inArray(volunteer.status, ["signedUp", "intakePlanned", "active", "paused"]),
          gte(vogRecord.renewalDue, sql`current_date`),
          lte(vogRecord.renewalDue, until),
        ),
      )
      .orderBy(asc(vogRecord.renewalDue)),
    db
      .select({
        id: trainingRecord.id,
        volunteerId: volunteer.id,
        personId: volunteer.personId,
        name,
        dueOn: trainingRecord.expiresOn,
        training: trainingRecord.training,
        email: person.email,
        reminderSentAt: trainingRecord.reminderSentAt,
        tenantId: volunteer.tenantId,
        userId: person.userId,
      })
      .from(trainingRecord)
      .innerJoin(
        volunteer,
        and(eq(volunteer.id, trainingRecord.volunteerId), eq(volunteer.tenantId, trainingRecord.tenantId)),
      )
      .innerJoin(person, eq(person.id, volunteer.personId))
      .where(
        and(
          scopeWhere(scope),
          inArray(volunteer.status, ["signedUp", "intakePlanned", "active", "paused"]),
          gte(trainingRecord.expiresOn, sql`current_date`),
          lte(trainingRecord.expiresOn, until),
        ),
      )
      .orderBy(asc(trainingRecord.expiresOn)),
  ]);
  return { vogs, trainings };
}

/** Claims a reminder (idempotent across instances): true only for the first caller. */
export async function claimReminder(db: DbOrTx, tenantId: string, kind: "vog" | "training", id: string) {
  const table = kind === "vog" ? vogRecord : trainingRecord;
  const rows = await db
    .update(table)
    .set({ reminderSentAt: new Date() })
    .where(and(eq(table.tenantId, tenantId), eq(table.id, id), isNull(table.reminderSentAt)))
    .returning({ id: table.id });
  return rows.length > 0;
}
