import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { organisation } from "../../organisations/schema.ts";
import { participationAgreement, participationHours, participationLetter } from "../schema.ts";

const agreementSelect = (db: DbOrTx) =>
  db
    .select({ agreement: participationAgreement, organisationName: organisation.name })
    .from(participationAgreement)
    .leftJoin(
      organisation,
      and(
        eq(organisation.id, participationAgreement.organisationId),
        eq(organisation.tenantId, participationAgreement.tenantId),
      ),
    );
export type AgreementRow = Awaited<ReturnType<typeof listOfClient>>[number];

export function listOfClient(db: DbOrTx, tenantId: string, clientId: string) {
  return agreementSelect(db)
    .where(and(eq(participationAgreement.tenantId, tenantId), eq(participationAgreement.clientId, clientId)))
    .orderBy(desc(participationAgreement.createdAt), asc(participationAgreement.id));
}

export async function findAgreement(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await agreementSelect(db).where(
    and(eq(participationAgreement.tenantId, tenantId), eq(participationAgreement.id, id)),
  );
  return row ?? null;
}

export async function insertAgreement(db: DbOrTx, values: typeof participationAgreement.$inferInsert) {
  const [row] = await db
    .insert(participationAgreement)
    .values(values)
    .returning({ id: participationAgreement.id });
  return row!.id;
}

export async function updateAgreement(
  db: DbOrTx,
  tenantId: string,
  id: string,
  values: Partial<typeof participationAgreement.$inferInsert>,
) {
  await db
    .update(participationAgreement)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(participationAgreement.tenantId, tenantId), eq(participationAgreement.id, id)));
}

/** Hours per agreement: total, weeks reported, the last week. */
export async function hoursOf(db: DbOrTx, tenantId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, { total: number; weeks: number; lastWeek: string | null }>();
  const rows = await db
    .select({
      agreementId: participationHours.agreementId,
      total: sql<number>`coalesce(sum(${participationHours.hours}), 0)::float8`,
      weeks: sql<number>`count(*)::int`,
      lastWeek: sql<string | null>`max(${participationHours.week})::text`,
    })
    .from(participationHours)
    .where(and(eq(participationHours.tenantId, tenantId), inArray(participationHours.agreementId, ids)))
    .groupBy(participationHours.agreementId);
  return new Map(rows.map((r) => [r.agreementId, { total: r.total, weeks: r.weeks, lastWeek: r.lastWeek }]));
}

export async function lettersOf(db: DbOrTx, tenantId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: participationLetter.id,
      agreementId: participationLetter.agreementId,
      kind: participationLetter.kind,
      reference: participationLetter.reference,
      delivery: participationLetter.delivery,
      createdAt: participationLetter.createdAt,
    })
    .from(participationLetter)
    .where(and(eq(participationLetter.tenantId, tenantId), inArray(participationLetter.agreementId, ids)))
    .orderBy(asc(participationLetter.createdAt));
}

export async function findLetter(db: DbOrTx, tenantId: string, agreementId: string, id: string) {
  const [row] = await db
    .select()
    .from(participationLetter)
    .where(
      and(
        eq(participationLetter.tenantId, tenantId),
        eq(participationLetter.agreementId, agreementId),
        eq(participationLetter.id, id),
      ),
    );
  return row ?? null;
}

export async function upsertHours(db: DbOrTx, values: typeof participationHours.$inferInsert) {
  await db
    .insert(participationHours)
    .values(values)
    .onConflictDoUpdate({
      target: [participationHours.tenantId, participationHours.agreementId, participationHours.week],
      set: { hours: values.hours, reportedBy: values.reportedBy, updatedAt: new Date() },
    });
}

/** The latest reported weeks of the agreements, newest first, at most `per` each. */
export async function recentWeeks(db: DbOrTx, tenantId: string, ids: string[], per = 12) {
  if (ids.length === 0)
    return new Map<
      string,
      { week: string; hours: number; reportedBy: "client" | "organisation" | "caseworker" }[]
    >();
  const rows = await db
    .select({
      agreementId: participationHours.agreementId,
      week: sql<string>`${participationHours.week}::text`,
      hours: participationHours.hours,
      reportedBy: participationHours.reportedBy,
    })
    .from(participationHours)
    .where(and(eq(participationHours.tenantId, tenantId), inArray(participationHours.agreementId, ids)))
    .orderBy(desc(participationHours.week));
  const byAgreement = new Map<
    string,
    { week: string; hours: number; reportedBy: "client" | "organisation" | "caseworker" }[]
  >();
  for (const { agreementId, ...week } of rows) {
    const list = byAgreement.get(agreementId) ?? [];
    if (list.length < per) list.push(week);
    byAgreement.set(agreementId, list);
  }
  return byAgreement;
}
