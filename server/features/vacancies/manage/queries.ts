import { and, asc, count, desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { escapeLike } from "../../../db/sql.ts";
import type { OrganisationScope } from "../../../platform/scope.ts";
import { organisation } from "../../organisations/schema.ts";
import { district } from "../../tenancy/schema.ts";
import { application, vacancy } from "../schema.ts";

export type Scope = OrganisationScope;

export const scopeWhere = (scope: Scope) =>
  and(
    eq(vacancy.tenantId, scope.tenantId),
    scope.organisationId ? eq(vacancy.organisationId, scope.organisationId) : undefined,
  );

const placed = sql<number>`(select count(*)::int from ${application}
  where ${application.tenantId} = "vacancy"."tenant_id" and ${application.vacancyId} = "vacancy"."id"
    and ${application.status} = 'placed')`;
export const columns = { vacancy, organisationName: organisation.name, districtName: district.name, placed };

export function select(db: DbOrTx) {
  return db
    .select(columns)
    .from(vacancy)
    .innerJoin(organisation, eq(organisation.id, vacancy.organisationId))
    .leftJoin(district, eq(district.id, vacancy.districtId));
}
export type VacancyRow = Awaited<ReturnType<ReturnType<typeof select>["where"]>>[number];

export async function listVacancies(
  db: DbOrTx,
  scope: Scope,
  filter: { q?: string; status?: string; organisationId?: string },
  page: { page: number; pageSize: number },
) {
  const q = filter.q ? escapeLike(filter.q.toLowerCase()) : undefined;
  const where = and(
    scopeWhere(scope),
    filter.status ? eq(vacancy.status, filter.status as "draft") : undefined,
    filter.organisationId ? eq(vacancy.organisationId, filter.organisationId) : undefined,
    q ? sql`${vacancy.searchText} like ${`%${q}%`}` : undefined,
  );
  const [rows, [total]] = await Promise.all([
    select(db)
      .where(where)
      .orderBy(desc(vacancy.updatedAt), asc(vacancy.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ value: count() }).from(vacancy).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export async function findVacancy(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await select(db).where(and(scopeWhere(scope), eq(vacancy.id, id)));
  return row ?? null;
}

export async function insertVacancy(db: DbOrTx, values: typeof vacancy.$inferInsert) {
  const [row] = await db.insert(vacancy).values(values).returning();
  return row!;
}

export async function updateVacancy(
  db: DbOrTx,
  scope: Scope,
  id: string,
  values: Partial<typeof vacancy.$inferInsert>,
) {
  const [row] = await db
    .update(vacancy)
    .set({ ...values, updatedAt: new Date() })
    .where(and(scopeWhere(scope), eq(vacancy.id, id)))
    .returning({ id: vacancy.id });
  return row ?? null;
}
