import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { organisation } from "../organisations/schema.ts";
import { district } from "../tenancy/schema.ts";
import { vacancy } from "../vacancies/schema.ts";
import { agreement, agreementSignature, agreementTrajectory, agreementVersion } from "./schema.ts";

const t = agreementTrajectory;

function selectTrajectories(db: DbOrTx) {
  return db
    .select({
      trajectory: t,
      districtCode: district.code,
      districtName: district.name,
      leadOrganisationName: organisation.name,
    })
    .from(t)
    .innerJoin(district, eq(district.id, t.districtId))
    .innerJoin(organisation, eq(organisation.id, t.leadOrganisationId));
}
export type TrajectoryRow = Awaited<ReturnType<typeof findTrajectory>> & {};

export function listTrajectories(db: DbOrTx, tenantId: string) {
  return selectTrajectories(db).where(eq(t.tenantId, tenantId)).orderBy(asc(district.name));
}

export async function findTrajectory(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await selectTrajectories(db).where(and(eq(t.tenantId, tenantId), eq(t.id, id)));
  return row ?? null;
}

export async function insertTrajectory(db: DbOrTx, values: typeof t.$inferInsert) {
  const [row] = await db.insert(t).values(values).onConflictDoNothing().returning({ id: t.id });
  return row ?? null;
}

export async function updateTrajectory(
  db: DbOrTx,
  tenantId: string,
  id: string,
  values: Partial<typeof t.$inferInsert>,
) {
  await db
    .update(t)
    .set(values)
    .where(and(eq(t.tenantId, tenantId), eq(t.id, id)));
}

export async function districtExists(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select({ id: district.id })
    .from(district)
    .where(and(eq(district.tenantId, tenantId), eq(district.id, id)));
  return Boolean(row);
}

export async function existingOrganisations(db: DbOrTx, tenantId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: organisation.id })
    .from(organisation)
    .where(and(eq(organisation.tenantId, tenantId), inArray(organisation.id, ids)));
  return new Set(rows.map((r) => r.id));
}

export async function existingVacancies(db: DbOrTx, tenantId: string, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ id: vacancy.id })
    .from(vacancy)
    .where(and(eq(vacancy.tenantId, tenantId), inArray(vacancy.id, ids)));
  return new Set(rows.map((r) => r.id));
}

// --- Agreements ---

export async function insertAgreement(db: DbOrTx, tenantId: string, trajectoryId: string) {
  const [row] = await db.insert(agreement).values({ tenantId, trajectoryId }).returning();
  return row!;
}

export async function findAgreement(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(agreement)
    .where(and(eq(agreement.tenantId, tenantId), eq(agreement.id, id)));
  return row ?? null;
}

/** Every agreement of the tenant, newest first (the council report). */
export function listAgreements(db: DbOrTx, tenantId: string) {
  return db
    .select()
    .from(agreement)
    .where(eq(agreement.tenantId, tenantId))
    .orderBy(desc(agreement.createdAt));
}

export function listAgreementsOf(db: DbOrTx, tenantId: string, trajectoryId: string) {
  return db
    .select()
    .from(agreement)
    .where(and(eq(agreement.tenantId, tenantId), eq(agreement.trajectoryId, trajectoryId)))
    .orderBy(desc(agreement.createdAt));
}

export function versionsOf(db: DbOrTx, tenantId: string, agreementIds: string[]) {
  if (agreementIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(agreementVersion)
    .where(and(eq(agreementVersion.tenantId, tenantId), inArray(agreementVersion.agreementId, agreementIds)))
    .orderBy(asc(agreementVersion.number));
}

export function signaturesOf(db: DbOrTx, tenantId: string, versionIds: string[]) {
  if (versionIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(agreementSignature)
    .where(and(eq(agreementSignature.tenantId, tenantId), inArray(agreementSignature.versionId, versionIds)))
    .orderBy(asc(agreementSignature.createdAt));
}

export async function insertVersion(db: DbOrTx, values: typeof agreementVersion.$inferInsert) {
  const [row] = await db.insert(agreementVersion).values(values).returning();
  return row!;
}

export async function updateVersion(
  db: DbOrTx,
  tenantId: string,
  id: string,
  values: Partial<typeof agreementVersion.$inferInsert>,
) {
  await db
    .update(agreementVersion)
    .set(values)
    .where(and(eq(agreementVersion.tenantId, tenantId), eq(agreementVersion.id, id)));
}

export async function deleteSignatures(db: DbOrTx, tenantId: string, versionId: string) {
  await db
    .delete(agreementSignature)
    .where(and(eq(agreementSignature.tenantId, tenantId), eq(agreementSignature.versionId, versionId)));
}

export async function insertSignature(db: DbOrTx, values: typeof agreementSignature.$inferInsert) {
  const [row] = await db.insert(agreementSignature).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

/** The version in force: the active one of an agreement. */
export async function activeVersion(db: DbOrTx, tenantId: string, agreementId: string) {
  const [row] = await db
    .select()
    .from(agreementVersion)
    .where(
      and(
        eq(agreementVersion.tenantId, tenantId),
        eq(agreementVersion.agreementId, agreementId),
        eq(agreementVersion.status, "active"),
      ),
    );
  return row ?? null;
}
