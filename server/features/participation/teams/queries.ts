import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { authUser, membership } from "../../accounts/schema.ts";
import { participationCaseworker, participationClient } from "../schema.ts";

/** Klantmanagers of the tenant (an active caseworker membership), with team and caseload size. */
export function listCaseworkers(db: DbOrTx, tenantId: string, team?: string) {
  return db
    .selectDistinct({
      userId: authUser.id,
      name: authUser.name,
      email: authUser.email,
      team: participationCaseworker.team,
      teamLead: sql<boolean>`coalesce(${participationCaseworker.teamLead}, false)`,
      clients: sql<number>`(select count(*)::int from ${participationClient} c where c.tenant_id = ${tenantId}::uuid and c.caseworker_user_id = ${authUser.id})`,
    })
    .from(membership)
    .innerJoin(authUser, eq(authUser.id, membership.userId))
    .leftJoin(
      participationCaseworker,
      and(eq(participationCaseworker.tenantId, tenantId), eq(participationCaseworker.userId, authUser.id)),
    )
    .where(
      and(
        eq(membership.tenantId, tenantId),
        eq(membership.role, "caseworker"),
        isNull(membership.endedAt),
        team === undefined ? undefined : eq(participationCaseworker.team, team),
      ),
    )
    .orderBy(asc(authUser.name), asc(authUser.id));
}

export async function findCaseworker(db: DbOrTx, tenantId: string, userId: string) {
  const rows = await listCaseworkers(db, tenantId);
  return rows.find((r) => r.userId === userId) ?? null;
}

export async function setTeam(db: DbOrTx, tenantId: string, userId: string, team: string, teamLead: boolean) {
  if (!team) {
    await db
      .delete(participationCaseworker)
      .where(and(eq(participationCaseworker.tenantId, tenantId), eq(participationCaseworker.userId, userId)));
    return;
  }
  await db
    .insert(participationCaseworker)
    .values({ tenantId, userId, team, teamLead })
    .onConflictDoUpdate({
      target: [participationCaseworker.tenantId, participationCaseworker.userId],
      set: { team, teamLead },
    });
}

/** Moves clients of one klantmanager (all, or the given ones) to another; returns the ids moved. */
export async function moveClients(
  db: DbOrTx,
  tenantId: string,
  fromUserId: string,
  toUserId: string,
  clientIds?: string[],
) {
  const rows = await db
    .update(participationClient)
    .set({ caseworkerUserId: toUserId, updatedAt: new Date() })
    .where(
      and(
        eq(participationClient.tenantId, tenantId),
        eq(participationClient.caseworkerUserId, fromUserId),
        clientIds ? inArray(participationClient.id, clientIds) : undefined,
      ),
    )
    .returning({ id: participationClient.id });
  return rows.map((r) => r.id);
}
