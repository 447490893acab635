import { and, asc, eq, inArray, lt, sql } from "drizzle-orm";
import type { ParticipantStatus } from "../../../../shared/circles/participants.ts";
import type { DbOrTx } from "../../../db/client.ts";
import { person } from "../../accounts/schema.ts";
import { organisation } from "../../organisations/schema.ts";
import { circle, circleParticipant, circleProgramme, circleSession } from "../schema.ts";

function selectParticipants(db: DbOrTx) {
  return db
    .select({ participant: circleParticipant, person })
    .from(circleParticipant)
    .innerJoin(person, eq(person.id, circleParticipant.personId));
}
export type ParticipantRow = Awaited<ReturnType<ReturnType<typeof selectParticipants>["where"]>>[number];

/** Everyone on a circle's list (active, offered, waitlisted, left, declined), in order of sign-up. */
export function participantsOf(db: DbOrTx, tenantId: string, circleId: string) {
  return selectParticipants(db)
    .where(and(eq(circleParticipant.tenantId, tenantId), eq(circleParticipant.circleId, circleId)))
    .orderBy(asc(circleParticipant.signedUpAt), asc(circleParticipant.id));
}

export async function findParticipant(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await selectParticipants(db).where(
    and(eq(circleParticipant.tenantId, tenantId), eq(circleParticipant.id, id)),
  );
  return row ?? null;
}

export async function findParticipantByOfferToken(db: DbOrTx, tokenHash: string) {
  const [row] = await selectParticipants(db).where(eq(circleParticipant.offerTokenHash, tokenHash));
  return row ?? null;
}

/** Locks the circle row so two sign-ups cannot both take the last place. */
export async function lockCircle(db: DbOrTx, tenantId: string, circleId: string) {
  await db.execute(
    sql`select id from ${circle} where tenant_id = ${tenantId}::uuid and id = ${circleId}::uuid for update`,
  );
}

export async function placesTaken(db: DbOrTx, tenantId: string, circleId: string) {
  const [row] = await db
    .select({ value: sql<number>`count(*)::int` })
    .from(circleParticipant)
    .where(
      and(
        eq(circleParticipant.tenantId, tenantId),
        eq(circleParticipant.circleId, circleId),
        inArray(circleParticipant.status, ["active", "offered"]),
      ),
    );
  return row?.value ?? 0;
}

export async function isOnList(db: DbOrTx, tenantId: string, circleId: string, personId: string) {
  const [row] = await db
    .select({ id: circleParticipant.id })
    .from(circleParticipant)
    .where(
      and(
        eq(circleParticipant.tenantId, tenantId),
        eq(circleParticipant.circleId, circleId),
        eq(circleParticipant.personId, personId),
        inArray(circleParticipant.status, ["active", "offered", "waitlisted"]),
      ),
    );
  return Boolean(row);
}

export async function insertParticipant(db: DbOrTx, values: typeof circleParticipant.$inferInsert) {
  const [row] = await db.insert(circleParticipant).values(values).returning({ id: circleParticipant.id });
  return row!.id;
}

export async function setStatus(
  db: DbOrTx,
  tenantId: string,
  id: string,
  status: ParticipantStatus,
  offer: { tokenHash: string; expiresAt: Date } | null = null,
) {
  await db
    .update(circleParticipant)
    .set({
      status,
      statusChangedAt: new Date(),
      offerTokenHash: offer?.tokenHash ?? null,
      offerExpiresAt: offer?.expiresAt ?? null,
    })
    .where(and(eq(circleParticipant.tenantId, tenantId), eq(circleParticipant.id, id)));
}

/** The first on the waitlist (order of sign-up), or null. */
export async function firstWaiting(db: DbOrTx, tenantId: string, circleId: string) {
  const [row] = await selectParticipants(db)
    .where(
      and(
        eq(circleParticipant.tenantId, tenantId),
        eq(circleParticipant.circleId, circleId),
        eq(circleParticipant.status, "waitlisted"),
      ),
    )
    .orderBy(asc(circleParticipant.signedUpAt), asc(circleParticipant.id))
    .limit(1);
  return row ?? null;
}

/** Offers whose reply deadline has passed (all tenants: for the job). */
export function expiredOffers(db: DbOrTx, now: Date) {
  return db
    .select({
      id: circleParticipant.id,
      tenantId: circleParticipant.tenantId,
      circleId: circleParticipant.circleId,
    })
    .from(circleParticipant)
    .where(and(eq(circleParticipant.status, "offered"), lt(circleParticipant.offerExpiresAt, now)));
}

/** A circle as the public page shows it (any tenant: the id is the address). */
export async function findPublicCircle(db: DbOrTx, id: string) {
  const [row] = await db
    .select({ circle, programme: circleProgramme, organisationName: organisation.name })
    .from(circle)
    .innerJoin(circleProgramme, eq(circleProgramme.id, circle.programmeId))
    .innerJoin(organisation, eq(organisation.id, circle.organisationId))
    .where(eq(circle.id, id));
  return row ?? null;
}

export function sessionThemes(db: DbOrTx, tenantId: string, circleId: string) {
  return db
    .select({ number: circleSession.number, theme: circleSession.theme })
    .from(circleSession)
    .where(
      and(
        eq(circleSession.tenantId, tenantId),
        eq(circleSession.circleId, circleId),
        eq(circleSession.cancelled, false),
      ),
    )
    .orderBy(asc(circleSession.date));
}

export async function insertPerson(db: DbOrTx, values: typeof person.$inferInsert) {
  const [row] = await db.insert(person).values(values).returning({ id: person.id });
  return row!.id;
}

export async function findPersonOfUser(db: DbOrTx, tenantId: string, userId: string) {
  const [row] = await db
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.tenantId, tenantId), eq(person.userId, userId)));
  return row?.id ?? null;
}
