import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { district, neighbourhood, postcodeNeighbourhood, tenant } from "./schema.ts";

export async function findTenant(db: DbOrTx, tenantId: string) {
  const [row] = await db.select().from(tenant).where(eq(tenant.id, tenantId));
  return row ?? null;
}

export async function findTenantBySlug(db: DbOrTx, slug: string | undefined) {
  const query = db.select().from(tenant).orderBy(asc(tenant.createdAt)).limit(1);
  const [row] = slug ? await query.where(eq(tenant.slug, slug)) : await query;
  return row ?? null;
}

export async function listDistricts(db: DbOrTx, tenantId: string) {
  const districts = await db
    .select({ id: district.id, code: district.code, name: district.name })
    .from(district)
    .where(eq(district.tenantId, tenantId))
    .orderBy(asc(district.code));
  const neighbourhoods = await db
    .select({
      id: neighbourhood.id,
      code: neighbourhood.code,
      name: neighbourhood.name,
      districtId: neighbourhood.districtId,
    })
    .from(neighbourhood)
    .where(eq(neighbourhood.tenantId, tenantId))
    .orderBy(asc(neighbourhood.code));
  return districts.map((d) => ({
    ...d,
    neighbourhoods: neighbourhoods.filter((n) => n.districtId === d.id).map(({ districtId: _, ...n }) => n),
  }));
}

export async function upsertDistricts(
  db: DbOrTx,
  tenantId: string,
  rows: { code: string; name: string; neighbourhoods: { code: string; name: string }[] }[],
) {
  if (rows.length === 0) return { districts: 0, neighbourhoods: 0 };
  const saved = await db
    .insert(district)
    .values(rows.map((row) => ({ tenantId, code: row.code, name: row.name })))
    .onConflictDoUpdate({ target: [district.tenantId, district.code], set: { name: sql`excluded.name` } })
    .returning({ id: district.id, code: district.code });
  const idByCode = new Map(saved.map((row) => [row.code, row.id]));
  const neighbourhoodRows = rows.flatMap((row) =>
    row.neighbourhoods.map((n) => ({
      tenantId,
      districtId: idByCode.get(row.code)!,
      code: n.code,
      name: n.name,
    })),
  );
  for (let start = 0; start < neighbourhoodRows.length; start += 1000) {
    await db
      .insert(neighbourhood)
      .values(neighbourhoodRows.slice(start, start + 1000))
      .onConflictDoUpdate({
        target: [neighbourhood.tenantId, neighbourhood.code],
        set: { name: sql`excluded.name`, districtId: sql`excluded.district_id` },
      });
  }
  return { districts: rows.length, neighbourhoods: neighbourhoodRows.length };
}

export async function updateTenant(
  db: DbOrTx,
  tenantId: string,
  values: Pick<typeof tenant.$inferInsert, "name" | "theme" | "settings">,
) {
  // The theme is merged, so the stored token set (theme.tokens, saved on its own) is kept.
  const [row] = await db
    .update(tenant)
    .set({
      ...values,
      theme: sql`${tenant.theme} || ${JSON.stringify(values.theme)}::jsonb`,
      updatedAt: new Date(),
    })
    .where(eq(tenant.id, tenantId))
    .returning();
  return row ?? null;
}

export async function setThemeTokens(db: DbOrTx, tenantId: string, tokens: Record<string, string>) {
  const [row] = await db
    .update(tenant)
    .set({
      theme: sql`${tenant.theme} || jsonb_build_object('tokens', ${JSON.stringify(tokens)}::jsonb)`,
      updatedAt: new Date(),
    })
    .where(eq(tenant.id, tenantId))
    .returning({ id: tenant.id });
  return row ?? null;
}

export async function findNeighbourhoodOfPostcode(db: DbOrTx, tenantId: string, postcode: string) {
  const [row] = await db
    .select({
      id: neighbourhood.id,
      name: neighbourhood.name,
      districtId: neighbourhood.districtId,
      lat: postcodeNeighbourhood.lat,
      lon: postcodeNeighbourhood.lon,
    })
    .from(postcodeNeighbourhood)
    .innerJoin(neighbourhood, eq(neighbourhood.id, postcodeNeighbourhood.neighbourhoodId))
    .where(and(eq(postcodeNeighbourhood.tenantId, tenantId), eq(postcodeNeighbourhood.postcode, postcode)));
  return row ?? null;
}

export async function insertPostcodeNeighbourhoods(
  db: DbOrTx,
  rows: { tenantId: string; postcode: string; neighbourhoodId: string }[],
) {
  if (rows.length === 0) return;
  await db.insert(postcodeNeighbourhood).values(rows).onConflictDoNothing();
}

export async function listTenantIds(db: DbOrTx) {
  return (await db.select({ id: tenant.id }).from(tenant)).map((row) => row.id);
}

export function listNeighbourhoodCodes(db: DbOrTx, tenantId: string) {
  return db
    .select({ id: neighbourhood.id, code: neighbourhood.code })
    .from(neighbourhood)
    .where(eq(neighbourhood.tenantId, tenantId));
}

/** Replaces the tenant's postcode table (in batches: a municipality has tens of thousands of PC6). */
export async function replacePostcodes(
  db: DbOrTx,
  tenantId: string,
  mapping: Map<string, { neighbourhoodId: string; lat: number; lon: number; points: number }>,
) {
  await db.delete(postcodeNeighbourhood).where(eq(postcodeNeighbourhood.tenantId, tenantId));
  const rows = [...mapping].map(([postcode, { neighbourhoodId, lat, lon, points }]) => ({
    tenantId,
    postcode,
    neighbourhoodId,
    lat: points > 0 ? lat / points : null,
    lon: points > 0 ? lon / points : null,
  }));
  for (let start = 0; start < rows.length; start += 5000) {
    await db.insert(postcodeNeighbourhood).values(rows.slice(start, start + 5000));
  }
}

export async function countPostcodes(db: DbOrTx, tenantId: string) {
  const [row] = await db
    .select({ value: sql<number>`count(*)::int` })
    .from(postcodeNeighbourhood)
    .where(eq(postcodeNeighbourhood.tenantId, tenantId));
  return row?.value ?? 0;
}
