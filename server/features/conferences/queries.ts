import { and, asc, desc, eq, lt, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { organisation } from "../organisations/schema.ts";
import { conference, conferenceAction, conferenceAgendaItem, conferenceRegistration } from "./schema.ts";

// Columns written out: inside a sub-select drizzle would render "id" unqualified (then a.id).
const openActions = sql<number>`(select count(*)::int from conference_action a
  where a.tenant_id = "conference"."tenant_id" and a.conference_id = "conference"."id" and a.status = 'open')`;

export function listConferences(db: DbOrTx, tenantId: string) {
  return db
    .select({ conference, openActions })
    .from(conference)
    .where(eq(conference.tenantId, tenantId))
    .orderBy(desc(conference.startsAt));
}

export async function findConference(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select({ conference, openActions })
    .from(conference)
    .where(and(eq(conference.tenantId, tenantId), eq(conference.id, id)));
  return row ?? null;
}

/** The conference before this one (by date), if any: the overview counts from its day. */
export async function previousConference(db: DbOrTx, tenantId: string, startsAt: Date, id: string) {
  const [row] = await db
    .select()
    .from(conference)
    .where(and(eq(conference.tenantId, tenantId), lt(conference.startsAt, startsAt), ne(conference.id, id)))
    .orderBy(desc(conference.startsAt))
    .limit(1);
  return row ?? null;
}

export async function insertConference(db: DbOrTx, values: typeof conference.$inferInsert) {
  const [row] = await db.insert(conference).values(values).returning({ id: conference.id });
  return row!.id;
}

export async function updateConference(
  db: DbOrTx,
  tenantId: string,
  id: string,
  values: Partial<Pick<typeof conference.$inferInsert, "minutes" | "status">>,
) {
  if (Object.keys(values).length > 0)
    await db
      .update(conference)
      .set(values)
      .where(and(eq(conference.tenantId, tenantId), eq(conference.id, id)));
}

export function agenda(db: DbOrTx, tenantId: string, conferenceId: string) {
  return db
    .select({ item: conferenceAgendaItem, organisationName: organisation.name })
    .from(conferenceAgendaItem)
    .innerJoin(organisation, eq(organisation.id, conferenceAgendaItem.organisationId))
    .where(
      and(eq(conferenceAgendaItem.tenantId, tenantId), eq(conferenceAgendaItem.conferenceId, conferenceId)),
    )
    .orderBy(asc(conferenceAgendaItem.position), asc(conferenceAgendaItem.createdAt));
}

export async function insertAgendaItem(db: DbOrTx, values: typeof conferenceAgendaItem.$inferInsert) {
  const [last] = await db
    .select({ max: sql<number>`coalesce(max(${conferenceAgendaItem.position}), 0)::int` })
    .from(conferenceAgendaItem)
    .where(
      and(
        eq(conferenceAgendaItem.tenantId, values.tenantId),
        eq(conferenceAgendaItem.conferenceId, values.conferenceId),
      ),
    );
  await db.insert(conferenceAgendaItem).values({ ...values, position: (last?.max ?? 0) + 1 });
}

export async function setAgendaPosition(
  db: DbOrTx,
  tenantId: string,
  conferenceId: string,
  id: string,
  position: number,
) {
  await db
    .update(conferenceAgendaItem)
    .set({ position })
    .where(
      and(
        eq(conferenceAgendaItem.tenantId, tenantId),
        eq(conferenceAgendaItem.conferenceId, conferenceId),
        eq(conferenceAgendaItem.id, id),
      ),
    );
}

export function registrations(db: DbOrTx, tenantId: string, conferenceId: string) {
  return db
    .select({ registration: conferenceRegistration, organisationName: organisation.name })
    .from(conferenceRegistration)
    .innerJoin(organisation, eq(organisation.id, conferenceRegistration.organisationId))
    .where(
      and(
        eq(conferenceRegistration.tenantId, tenantId),
        eq(conferenceRegistration.conferenceId, conferenceId),
      ),
    )
    .orderBy(asc(organisation.name));
}

export async function upsertRegistration(db: DbOrTx, values: typeof conferenceRegistration.$inferInsert) {
  await db
    .insert(conferenceRegistration)
    .values(values)
    .onConflictDoUpdate({
      target: [
        conferenceRegistration.tenantId,
        conferenceRegistration.conferenceId,
        conferenceRegistration.organisationId,
      ],
      set: { attendees: values.attendees, showNames: values.showNames },
    });
}

export async function setAttendance(
  db: DbOrTx,
  values: { tenantId: string; conferenceId: string; organisationId: string; attended: boolean },
) {
  await db
    .insert(conferenceRegistration)
    .values(values)
    .onConflictDoUpdate({
      target: [
        conferenceRegistration.tenantId,
        conferenceRegistration.conferenceId,
        conferenceRegistration.organisationId,
      ],
      set: { attended: values.attended },
    });
}

const actionSelect = (db: DbOrTx) =>
  db
    .select({ action: conferenceAction, ownerName: organisation.name, conferenceTitle: conference.title })
    .from(conferenceAction)
    .innerJoin(organisation, eq(organisation.id, conferenceAction.ownerOrganisationId))
    .innerJoin(conference, eq(conference.id, conferenceAction.conferenceId));

export function actionsOf(db: DbOrTx, tenantId: string, conferenceId: string) {
  return actionSelect(db)
    .where(and(eq(conferenceAction.tenantId, tenantId), eq(conferenceAction.conferenceId, conferenceId)))
    .orderBy(asc(conferenceAction.dueOn), asc(conferenceAction.createdAt));
}

/** Open actions agreed at conferences before this one: carried over to its agenda. */
export function carriedActions(db: DbOrTx, tenantId: string, before: Date) {
  return actionSelect(db)
    .where(
      and(
        eq(conferenceAction.tenantId, tenantId),
        eq(conferenceAction.status, "open"),
        lt(conference.startsAt, before),
      ),
    )
    .orderBy(asc(conferenceAction.dueOn), asc(conferenceAction.createdAt));
}

export async function findAction(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await actionSelect(db).where(
    and(eq(conferenceAction.tenantId, tenantId), eq(conferenceAction.id, id)),
  );
  return row ?? null;
}

export async function insertAction(db: DbOrTx, values: typeof conferenceAction.$inferInsert) {
  await db.insert(conferenceAction).values(values);
}

export async function updateAction(
  db: DbOrTx,
  tenantId: string,
  id: string,
  values: Pick<typeof conferenceAction.$inferInsert, "status" | "note">,
) {
  await db
    .update(conferenceAction)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(conferenceAction.tenantId, tenantId), eq(conferenceAction.id, id)));
}
