import { and, asc, count, countDistinct, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import {
  researchFragment,
  researchInterview,
  researchParticipant,
  researchProject,
  researchTheme,
} from "./schema.ts";

// Every function takes the tenant; callers have passed the wall (policy) first.

export function listProjects(db: DbOrTx, tenantId: string) {
  return db
    .select()
    .from(researchProject)
    .where(eq(researchProject.tenantId, tenantId))
    .orderBy(desc(researchProject.createdAt));
}

export async function findProject(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(researchProject)
    .where(and(eq(researchProject.tenantId, tenantId), eq(researchProject.id, id)));
  return row ?? null;
}

export async function insertProject(db: DbOrTx, values: typeof researchProject.$inferInsert) {
  const [row] = await db.insert(researchProject).values(values).returning();
  return row!;
}

/** The stage of every participant of these projects, for the funnel. */
export function stages(db: DbOrTx, tenantId: string, projectIds: string[]) {
  if (projectIds.length === 0) return Promise.resolve([]);
  return db
    .select({
      projectId: researchParticipant.projectId,
      channel: researchParticipant.channel,
      stage: researchParticipant.stage,
    })
    .from(researchParticipant)
    .where(
      and(eq(researchParticipant.tenantId, tenantId), inArray(researchParticipant.projectId, projectIds)),
    );
}

/** The next pseudonym number of a project (atomic). */
export async function takeCode(db: DbOrTx, tenantId: string, projectId: string) {
  const [row] = await db
    .update(researchProject)
    .set({ nextCode: sql`${researchProject.nextCode} + 1` })
    .where(and(eq(researchProject.tenantId, tenantId), eq(researchProject.id, projectId)))
    .returning({ next: researchProject.nextCode });
  return row!.next - 1;
}

export function listParticipants(db: DbOrTx, tenantId: string, projectId: string) {
  return db
    .select()
    .from(researchParticipant)
    .where(and(eq(researchParticipant.tenantId, tenantId), eq(researchParticipant.projectId, projectId)))
    .orderBy(asc(researchParticipant.code));
}

export async function findParticipant(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(researchParticipant)
    .where(and(eq(researchParticipant.tenantId, tenantId), eq(researchParticipant.id, id)));
  return row ?? null;
}

export async function insertParticipant(db: DbOrTx, values: typeof researchParticipant.$inferInsert) {
  const [row] = await db.insert(researchParticipant).values(values).returning();
  return row!;
}

export async function updateParticipant(
  db: DbOrTx,
  tenantId: string,
  id: string,
  values: Partial<typeof researchParticipant.$inferInsert>,
) {
  const [row] = await db
    .update(researchParticipant)
    .set(values)
    .where(and(eq(researchParticipant.tenantId, tenantId), eq(researchParticipant.id, id)))
    .returning();
  return row!;
}

/** Withdrawal: the notes of the participant's interviews and the text of their fragments go. */
export async function eraseContent(db: DbOrTx, tenantId: string, participantId: string) {
  await db
    .update(researchInterview)
    .set({ notes: null })
    .where(and(eq(researchInterview.tenantId, tenantId), eq(researchInterview.participantId, participantId)));
  await db
    .update(researchFragment)
    .set({ text: null, quote: false })
    .where(and(eq(researchFragment.tenantId, tenantId), eq(researchFragment.participantId, participantId)));
}

const interviewColumns = { interview: researchInterview, participantCode: researchParticipant.code };

export function listInterviews(db: DbOrTx, tenantId: string, projectId: string) {
  return db
    .select(interviewColumns)
    .from(researchInterview)
    .innerJoin(researchParticipant, eq(researchParticipant.id, researchInterview.participantId))
    .where(and(eq(researchInterview.tenantId, tenantId), eq(researchInterview.projectId, projectId)))
    .orderBy(asc(researchInterview.startsAt));
}

export async function findInterview(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select(interviewColumns)
    .from(researchInterview)
    .innerJoin(researchParticipant, eq(researchParticipant.id, researchInterview.participantId))
    .where(and(eq(researchInterview.tenantId, tenantId), eq(researchInterview.id, id)));
  return row ?? null;
}

export async function insertInterview(db: DbOrTx, values: typeof researchInterview.$inferInsert) {
  const [row] = await db.insert(researchInterview).values(values).returning({ id: researchInterview.id });
  return row!;
}

export async function updateInterview(
  db: DbOrTx,
  tenantId: string,
  id: string,
  values: Partial<typeof researchInterview.$inferInsert>,
) {
  await db
    .update(researchInterview)
    .set(values)
    .where(and(eq(researchInterview.tenantId, tenantId), eq(researchInterview.id, id)));
}

export function listThemes(db: DbOrTx, tenantId: string) {
  return db
    .select({ label: researchTheme.label })
    .from(researchTheme)
    .where(eq(researchTheme.tenantId, tenantId))
    .orderBy(asc(researchTheme.label));
}

/** The theme with this label (case-insensitive), added to the werkgebied's list when new. */
export async function themeId(db: DbOrTx, tenantId: string, label: string) {
  const existing = async () => {
    const [row] = await db
      .select({ id: researchTheme.id })
      .from(researchTheme)
      .where(and(eq(researchTheme.tenantId, tenantId), sql`lower(${researchTheme.label}) = lower(${label})`));
    return row?.id;
  };
  const found = await existing();
  if (found) return found;
  await db.insert(researchTheme).values({ tenantId, label }).onConflictDoNothing();
  return (await existing())!;
}

const fragmentColumns = {
  fragment: researchFragment,
  theme: researchTheme.label,
  participantCode: researchParticipant.code,
};

function selectFragments(db: DbOrTx) {
  return db
    .select(fragmentColumns)
    .from(researchFragment)
    .innerJoin(researchTheme, eq(researchTheme.id, researchFragment.themeId))
    .innerJoin(researchParticipant, eq(researchParticipant.id, researchFragment.participantId));
}

export function listFragments(db: DbOrTx, tenantId: string, projectId: string) {
  return selectFragments(db)
    .where(and(eq(researchFragment.tenantId, tenantId), eq(researchFragment.projectId, projectId)))
    .orderBy(asc(researchTheme.label), asc(researchFragment.createdAt));
}

export async function findFragment(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await selectFragments(db).where(
    and(eq(researchFragment.tenantId, tenantId), eq(researchFragment.id, id)),
  );
  return row ?? null;
}

export async function insertFragment(db: DbOrTx, values: typeof researchFragment.$inferInsert) {
  const [row] = await db.insert(researchFragment).values(values).returning({ id: researchFragment.id });
  return row!;
}

export async function setQuote(db: DbOrTx, tenantId: string, id: string, quote: boolean) {
  await db
    .update(researchFragment)
    .set({ quote })
    .where(and(eq(researchFragment.tenantId, tenantId), eq(researchFragment.id, id)));
}

/** Distinct participants per theme (fragments without text still count: consent withdrawn). */
export function themeCounts(db: DbOrTx, tenantId: string, projectId: string) {
  return db
    .select({ theme: researchTheme.label, participants: countDistinct(researchFragment.participantId) })
    .from(researchFragment)
    .innerJoin(researchTheme, eq(researchTheme.id, researchFragment.themeId))
    .where(and(eq(researchFragment.tenantId, tenantId), eq(researchFragment.projectId, projectId)))
    .groupBy(researchTheme.label)
    .orderBy(desc(countDistinct(researchFragment.participantId)), asc(researchTheme.label));
}

/** The quotes the council selected, with text (none of a withdrawn participant). */
export function quotes(db: DbOrTx, tenantId: string, projectId: string) {
  return db
    .select({
      id: researchFragment.id,
      text: researchFragment.text,
      theme: researchTheme.label,
      participantId: researchFragment.participantId,
    })
    .from(researchFragment)
    .innerJoin(researchTheme, eq(researchTheme.id, researchFragment.themeId))
    .where(
      and(
        eq(researchFragment.tenantId, tenantId),
        eq(researchFragment.projectId, projectId),
        eq(researchFragment.quote, true),
        isNotNull(researchFragment.text),
      ),
    )
    .orderBy(asc(researchFragment.createdAt));
}

export async function interviewedCount(db: DbOrTx, tenantId: string, projectId: string) {
  const [row] = await db
    .select({ value: count() })
    .from(researchParticipant)
    .where(
      and(
        eq(researchParticipant.tenantId, tenantId),
        eq(researchParticipant.projectId, projectId),
        eq(researchParticipant.stage, "interviewed"),
      ),
    );
  return row?.value ?? 0;
}
