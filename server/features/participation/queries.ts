import { and, asc, desc, eq, isNull, type SQL, sql } from "drizzle-orm";
import { activeStatuses } from "../../../shared/participation/agreements.ts";
import type { clientQuerySchema } from "../../../shared/participation/clients.ts";
import type { z } from "../../../shared/zod.ts";
import type { DbOrTx } from "../../db/client.ts";
import { authUser, membership, person } from "../accounts/schema.ts";
import { volunteer } from "../volunteers/schema.ts";
import type { CaseloadScope } from "./policy.ts";
import {
  participationAgreement,
  participationCaseworker,
  participationClient,
  participationRule,
} from "./schema.ts";

/** The scope as a condition on participation_client's caseworker column. */
export function inCaseload(scope: CaseloadScope, caseworker: SQL): SQL {
  if (!scope.team) return sql`${caseworker} = ${scope.userId}`;
  return sql`(${caseworker} = ${scope.userId} or ${caseworker} in (select user_id from participation_caseworker where tenant_id = ${scope.tenantId}::uuid and team = ${scope.team}))`;
}

export async function findCaseworker(db: DbOrTx, tenantId: string, userId: string) {
  const [row] = await db
    .select()
    .from(participationCaseworker)
    .where(and(eq(participationCaseworker.tenantId, tenantId), eq(participationCaseworker.userId, userId)));
  return row ?? null;
}

export function listRules(db: DbOrTx, tenantId: string) {
  return db
    .select()
    .from(participationRule)
    .where(eq(participationRule.tenantId, tenantId))
    .orderBy(desc(participationRule.validFrom));
}

export async function insertRule(db: DbOrTx, values: typeof participationRule.$inferInsert) {
  const [row] = await db
    .insert(participationRule)
    .values(values)
    .onConflictDoUpdate({
      target: [participationRule.tenantId, participationRule.validFrom],
      set: { ...values, createdAt: new Date() },
    })
    .returning();
  return row!;
}

/** Klantmanagers of the tenant by e-mail (an active caseworker membership). */
export async function caseworkersByEmail(db: DbOrTx, tenantId: string) {
  const rows = await db
    .selectDistinct({ userId: authUser.id, email: authUser.email })
    .from(membership)
    .innerJoin(authUser, eq(authUser.id, membership.userId))
    .where(
      and(eq(membership.tenantId, tenantId), eq(membership.role, "caseworker"), isNull(membership.endedAt)),
    );
  return new Map(rows.map((r) => [r.email.toLowerCase(), r.userId]));
}

const counting = sql.join(
  activeStatuses.map((s) => sql`${s}`),
  sql`, `,
);

const clientColumns = {
  client: participationClient,
  givenName: person.givenName,
  familyName: person.familyName,
  email: person.email,
  phone: person.phone,
  caseworkerName: authUser.name,
  isVolunteer: sql<boolean>`exists (select 1 from ${volunteer} v where v.person_id = ${person.id})`,
  agreementCount: sql<number>`(select count(*)::int from ${participationAgreement} a where a.tenant_id = ${participationClient.tenantId} and a.client_id = ${participationClient.id})`,
  activeAgreement: sql<boolean>`exists (select 1 from ${participationAgreement} a where a.tenant_id = ${participationClient.tenantId} and a.client_id = ${participationClient.id} and a.status in (${counting}))`,
};

function clientSelect(db: DbOrTx) {
  return db
    .select(clientColumns)
    .from(participationClient)
    .innerJoin(person, eq(person.id, participationClient.personId))
    .innerJoin(authUser, eq(authUser.id, participationClient.caseworkerUserId));
}
export type ClientRow = Awaited<ReturnType<typeof findClient>> & object;

export async function findClient(db: DbOrTx, scope: CaseloadScope, id: string) {
  const [row] = await clientSelect(db).where(
    and(
      eq(participationClient.tenantId, scope.tenantId),
      eq(participationClient.id, id),
      inCaseload(scope, sql`${participationClient.caseworkerUserId}`),
    ),
  );
  return row ?? null;
}

/** The client record of a signed-in benefit recipient (their own person). */
export async function findClientOfUser(db: DbOrTx, tenantId: string, userId: string) {
  const [row] = await clientSelect(db).where(
    and(eq(participationClient.tenantId, tenantId), eq(person.userId, userId)),
  );
  return row ?? null;
}

type ClientQuery = z.output<typeof clientQuerySchema>;

export async function listClients(db: DbOrTx, scope: CaseloadScope, query: ClientQuery) {
  const conditions: SQL[] = [
    sql`${participationClient.tenantId} = ${scope.tenantId}::uuid`,
    inCaseload(scope, sql`${participationClient.caseworkerUserId}`),
  ];
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, "\\$&")}%`;
    conditions.push(
      sql`(${person.givenName} ilike ${like} or ${person.familyName} ilike ${like} or ${participationClient.clientNumber} ilike ${like})`,
    );
  }
  if (query.exempt) conditions.push(sql`${participationClient.exempt} = ${query.exempt === "true"}`);
  if (query.withoutActivity) conditions.push(sql`not ${clientColumns.activeAgreement}`);
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    clientSelect(db)
      .where(where)
      .orderBy(asc(person.familyName), asc(person.givenName), asc(participationClient.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ value: sql<number>`count(*)::int` })
      .from(participationClient)
      .innerJoin(person, eq(person.id, participationClient.personId))
      .where(where),
  ]);
  return { items, total: total?.value ?? 0 };
}

/** Clients in the caseload, not exempt, with no counting agreement, in Inzet since before `before`. */
export function worklist(db: DbOrTx, scope: CaseloadScope, before: Date, day: string) {
  return clientSelect(db)
    .where(
      and(
        eq(participationClient.tenantId, scope.tenantId),
        inCaseload(scope, sql`${participationClient.caseworkerUserId}`),
        sql`${participationClient.createdAt} < ${before.toISOString()}::timestamptz`,
        sql`not (${participationClient.exempt} and coalesce(${participationClient.exemptUntil} >= ${day}::date, true))`,
        sql`not ${clientColumns.activeAgreement}`,
      ),
    )
    .orderBy(asc(participationClient.createdAt))
    .limit(200);
}

export async function findPersonByEmail(db: DbOrTx, tenantId: string, email: string) {
  const [row] = await db
    .select()
    .from(person)
    .where(and(eq(person.tenantId, tenantId), sql`lower(${person.email}) = ${email.toLowerCase()}`))
    .limit(1);
  return row ?? null;
}

export async function findClientByNumber(db: DbOrTx, tenantId: string, clientNumber: string) {
  const [row] = await db
    .select()
    .from(participationClient)
    .where(
      and(eq(participationClient.tenantId, tenantId), eq(participationClient.clientNumber, clientNumber)),
    );
  return row ?? null;
}
