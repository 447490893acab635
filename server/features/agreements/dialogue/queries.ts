import { and, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { organisation } from "../../organisations/schema.ts";
import { district } from "../../tenancy/schema.ts";
import { agreementTrajectory } from "../schema.ts";
import { agreementAttachment, agreementIdea, agreementIdeaSupport, agreementMeeting } from "./schema.ts";

const m = agreementMeeting;
const i = agreementIdea;

export function listMeetings(db: DbOrTx, tenantId: string, trajectoryId: string) {
  return db
    .select({ meeting: m, organisationName: organisation.name })
    .from(m)
    .innerJoin(organisation, eq(organisation.id, m.organisationId))
    .where(and(eq(m.tenantId, tenantId), eq(m.trajectoryId, trajectoryId)))
    .orderBy(desc(m.heldOn));
}

export async function findMeeting(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select({ meeting: m, organisationName: organisation.name })
    .from(m)
    .innerJoin(organisation, eq(organisation.id, m.organisationId))
    .where(and(eq(m.tenantId, tenantId), eq(m.id, id)));
  return row ?? null;
}

export async function insertMeeting(db: DbOrTx, values: typeof m.$inferInsert) {
  const [row] = await db.insert(m).values(values).returning({ id: m.id });
  return row!;
}

export function attachmentsOf(db: DbOrTx, tenantId: string, meetingIds: string[]) {
  if (meetingIds.length === 0) return Promise.resolve([]);
  const a = agreementAttachment;
  return db
    .select({ id: a.id, meetingId: a.meetingId, name: a.name, contentType: a.contentType, size: a.size })
    .from(a)
    .where(and(eq(a.tenantId, tenantId), inArray(a.meetingId, meetingIds)))
    .orderBy(asc(a.createdAt));
}

export async function insertAttachment(db: DbOrTx, values: typeof agreementAttachment.$inferInsert) {
  await db.insert(agreementAttachment).values(values);
}

export async function findAttachment(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(agreementAttachment)
    .where(and(eq(agreementAttachment.tenantId, tenantId), eq(agreementAttachment.id, id)));
  return row ?? null;
}

// --- Ideas ---

export async function listIdeas(
  db: DbOrTx,
  tenantId: string,
  trajectoryId: string,
  filter: { status?: (typeof i.$inferSelect)["status"] },
  page: { page: number; pageSize: number },
) {
  const where = and(
    eq(i.tenantId, tenantId),
    eq(i.trajectoryId, trajectoryId),
    filter.status ? eq(i.status, filter.status) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(i)
      .where(where)
      .orderBy(desc(i.createdAt))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ value: count() }).from(i).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export function publishedIdeas(db: DbOrTx, trajectoryId: string) {
  return db
    .select()
    .from(i)
    .where(and(eq(i.trajectoryId, trajectoryId), eq(i.status, "published")))
    .orderBy(desc(i.supportCount), desc(i.createdAt))
    .limit(200);
}

export async function findIdea(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(i)
    .where(and(eq(i.tenantId, tenantId), eq(i.id, id)));
  return row ?? null;
}

/** A published idea by id alone, for the public board (its tenant comes from the row). */
export async function findPublishedIdea(db: DbOrTx, id: string) {
  const [row] = await db
    .select()
    .from(i)
    .where(and(eq(i.id, id), eq(i.status, "published")));
  return row ?? null;
}

export async function insertIdea(db: DbOrTx, values: typeof i.$inferInsert) {
  const [row] = await db.insert(i).values(values).returning();
  return row!;
}

export async function updateIdea(
  db: DbOrTx,
  tenantId: string,
  id: string,
  values: Partial<typeof i.$inferInsert>,
) {
  await db
    .update(i)
    .set(values)
    .where(and(eq(i.tenantId, tenantId), eq(i.id, id)));
}

/** Counts one support per supporter; answers the new count (unchanged when already supported). */
export async function addSupport(db: DbOrTx, tenantId: string, ideaId: string, supporterHash: string) {
  const added = await db
    .insert(agreementIdeaSupport)
    .values({ tenantId, ideaId, supporterHash })
    .onConflictDoNothing()
    .returning({ ideaId: agreementIdeaSupport.ideaId });
  if (added.length)
    await db
      .update(i)
      .set({ supportCount: sql`${i.supportCount} + 1` })
      .where(eq(i.id, ideaId));
  const [row] = await db.select({ supportCount: i.supportCount }).from(i).where(eq(i.id, ideaId));
  return row?.supportCount ?? 0;
}

/** One more report; answers the new count. */
export async function addReport(db: DbOrTx, ideaId: string) {
  const [row] = await db
    .update(i)
    .set({
      reports: sql`${i.reports} + 1`,
      flags: sql`case when 'reported' = any(${i.flags}) then ${i.flags} else array_append(${i.flags}, 'reported') end`,
    })
    .where(eq(i.id, ideaId))
    .returning({ reports: i.reports });
  return row?.reports ?? 0;
}

// --- Public ---

export function openTrajectories(db: DbOrTx, tenantId: string) {
  const t = agreementTrajectory;
  return db
    .select({ id: t.id, districtName: district.name, goal: t.goal })
    .from(t)
    .innerJoin(district, eq(district.id, t.districtId))
    .where(and(eq(t.tenantId, tenantId), eq(t.status, "active")))
    .orderBy(asc(district.name))
    .limit(200);
}

export async function findOpenTrajectory(db: DbOrTx, id: string) {
  const t = agreementTrajectory;
  const [row] = await db
    .select({ id: t.id, tenantId: t.tenantId, districtName: district.name, goal: t.goal })
    .from(t)
    .innerJoin(district, eq(district.id, t.districtId))
    .where(and(eq(t.id, id), eq(t.status, "active")));
  return row ?? null;
}
