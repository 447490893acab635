import { and, arrayContains, count, desc, eq, ilike, isNotNull, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { tenant } from "../tenancy/schema.ts";
import { learningTrajectory } from "./schema.ts";

export type TrajectoryFilter = { theme?: string; q?: string };
type Page = { page: number; pageSize: number };

const filterWhere = (filter: TrajectoryFilter): SQL | undefined =>
  and(
    filter.theme ? arrayContains(learningTrajectory.themes, [filter.theme.toLowerCase()]) : undefined,
    filter.q
      ? or(
          ilike(learningTrajectory.title, `%${escapeLike(filter.q)}%`),
          sql`${learningTrajectory.answers}::text ILIKE ${`%${escapeLike(filter.q)}%`}`,
        )
      : undefined,
  );

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

function select(db: DbOrTx) {
  return db
    .select({ trajectory: learningTrajectory, tenantName: tenant.name })
    .from(learningTrajectory)
    .innerJoin(tenant, eq(tenant.id, learningTrajectory.tenantId));
}

async function pageWhere(db: DbOrTx, where: SQL | undefined, page: Page) {
  const [rows, [total]] = await Promise.all([
    select(db)
      .where(where)
      .orderBy(desc(learningTrajectory.updatedAt), desc(learningTrajectory.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ value: count() }).from(learningTrajectory).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

/** The werkgebied's own trajectories. */
export const listTrajectories = (db: DbOrTx, tenantId: string, filter: TrajectoryFilter, page: Page) =>
  pageWhere(db, and(eq(learningTrajectory.tenantId, tenantId), filterWhere(filter)), page);

/** The library: shared trajectories of every werkgebied (the one cross-tenant read, ADR 0022). */
export const listShared = (db: DbOrTx, filter: TrajectoryFilter, page: Page) =>
  pageWhere(db, and(isNotNull(learningTrajectory.sharedAt), filterWhere(filter)), page);

/** One trajectory: of the werkgebied, or shared in the library. */
export async function findVisible(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await select(db).where(
    and(
      eq(learningTrajectory.id, id),
      or(eq(learningTrajectory.tenantId, tenantId), isNotNull(learningTrajectory.sharedAt)),
    ),
  );
  return row ?? null;
}

export async function findOwn(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await select(db).where(
    and(eq(learningTrajectory.id, id), eq(learningTrajectory.tenantId, tenantId)),
  );
  return row ?? null;
}

export async function insertTrajectory(db: DbOrTx, values: typeof learningTrajectory.$inferInsert) {
  const [row] = await db.insert(learningTrajectory).values(values).returning({ id: learningTrajectory.id });
  return row!;
}

export async function updateTrajectory(
  db: DbOrTx,
  tenantId: string,
  id: string,
  values: Partial<typeof learningTrajectory.$inferInsert>,
) {
  const rows = await db
    .update(learningTrajectory)
    .set(values)
    .where(and(eq(learningTrajectory.id, id), eq(learningTrajectory.tenantId, tenantId)))
    .returning({ id: learningTrajectory.id });
  return rows.length > 0;
}
