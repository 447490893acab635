import { and, asc, count, eq, ilike, inArray, or, type SQL } from "drizzle-orm";
import type { OrganisationType } from "../../../shared/organisations.ts";
import type { DbOrTx } from "../../db/client.ts";
import { escapeLike } from "../../db/sql.ts";
import { district } from "../tenancy/schema.ts";
import { organisation, organisationDistrict } from "./schema.ts";

export type OrganisationFilter = {
  q?: string;
  type?: OrganisationType;
  districtId?: string;
};

function filterWhere(db: DbOrTx, tenantId: string, filter: OrganisationFilter): SQL | undefined {
  const escaped = filter.q ? escapeLike(filter.q) : undefined;
  return and(
    eq(organisation.tenantId, tenantId),
    filter.type ? eq(organisation.type, filter.type) : undefined,
    escaped
      ? or(ilike(organisation.name, `%${escaped}%`), ilike(organisation.city, `%${escaped}%`))
      : undefined,
    filter.districtId
      ? inArray(
          organisation.id,
          db
            .select({ id: organisationDistrict.organisationId })
            .from(organisationDistrict)
            .where(eq(organisationDistrict.districtId, filter.districtId)),
        )
      : undefined,
  );
}

export async function listOrganisations(
  db: DbOrTx,
  tenantId: string,
  filter: OrganisationFilter,
  page: { page: number; pageSize: number },
) {
  const where = filterWhere(db, tenantId, filter);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(organisation)
      .where(where)
      .orderBy(asc(organisation.name), asc(organisation.id))
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ value: count() }).from(organisation).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

export async function findDistrictIdsOf(db: DbOrTx, organisationIds: string[]) {
  if (organisationIds.length === 0) return new Map<string, string[]>();
  const rows = await db
    .select()
    .from(organisationDistrict)
    .where(inArray(organisationDistrict.organisationId, organisationIds));
  const map = new Map<string, string[]>();
  for (const row of rows)
    map.set(row.organisationId, [...(map.get(row.organisationId) ?? []), row.districtId]);
  return map;
}

export async function findOrganisation(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(organisation)
    .where(and(eq(organisation.tenantId, tenantId), eq(organisation.id, id)));
  return row ?? null;
}

/** The subset of `districtIds` that belongs to the tenant. */
export async function findTenantDistrictIds(db: DbOrTx, tenantId: string, districtIds: string[]) {
  if (districtIds.length === 0) return [];
  const rows = await db
    .select({ id: district.id })
    .from(district)
    .where(and(eq(district.tenantId, tenantId), inArray(district.id, districtIds)));
  return rows.map((row) => row.id);
}

export async function insertOrganisation(db: DbOrTx, values: typeof organisation.$inferInsert) {
  const [row] = await db.insert(organisation).values(values).returning();
  return row!;
}

export async function updateOrganisation(
  db: DbOrTx,
  tenantId: string,
  id: string,
  values: Partial<typeof organisation.$inferInsert>,
) {
  const [row] = await db
    .update(organisation)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(organisation.tenantId, tenantId), eq(organisation.id, id)))
    .returning();
  return row ?? null;
}

export async function replaceDistricts(db: DbOrTx, organisationId: string, districtIds: string[]) {
  await db.delete(organisationDistrict).where(eq(organisationDistrict.organisationId, organisationId));
  if (districtIds.length > 0) {
    await db
      .insert(organisationDistrict)
      .values(districtIds.map((districtId) => ({ organisationId, districtId })));
  }
}
