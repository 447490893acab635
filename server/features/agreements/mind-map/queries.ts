import { and, asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { agreementIdea } from "../dialogue/schema.ts";
import { agreementNode, agreementNodeEvent } from "./schema.ts";

const n = agreementNode;

export function listNodes(db: DbOrTx, tenantId: string, trajectoryId: string) {
  return db
    .select()
    .from(n)
    .where(and(eq(n.tenantId, tenantId), eq(n.trajectoryId, trajectoryId)))
    .orderBy(asc(n.seq));
}

/** Nodes of one trajectory by id (ids of other trajectories or tenants are not found). */
export function findNodes(db: DbOrTx, tenantId: string, trajectoryId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(n)
    .where(and(eq(n.tenantId, tenantId), eq(n.trajectoryId, trajectoryId), inArray(n.id, ids)));
}

export async function findNode(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(n)
    .where(and(eq(n.tenantId, tenantId), eq(n.id, id)));
  return row ?? null;
}

export async function insertNode(db: DbOrTx, values: typeof n.$inferInsert) {
  const [row] = await db.insert(n).values(values).returning();
  return row!;
}

export async function updateNode(
  db: DbOrTx,
  tenantId: string,
  id: string,
  values: Partial<typeof n.$inferInsert>,
) {
  await db
    .update(n)
    .set(values)
    .where(and(eq(n.tenantId, tenantId), eq(n.id, id)));
}

export async function insertEvent(db: DbOrTx, values: typeof agreementNodeEvent.$inferInsert) {
  await db.insert(agreementNodeEvent).values(values);
}

export function eventsOf(db: DbOrTx, tenantId: string, nodeId: string) {
  return db
    .select()
    .from(agreementNodeEvent)
    .where(and(eq(agreementNodeEvent.tenantId, tenantId), eq(agreementNodeEvent.nodeId, nodeId)))
    .orderBy(asc(agreementNodeEvent.at));
}

/** Ideas placed in the nodes of a trajectory. */
export function ideasInNodes(db: DbOrTx, tenantId: string, trajectoryId: string) {
  return db
    .select({ id: agreementIdea.id, nodeId: agreementIdea.nodeId })
    .from(agreementIdea)
    .where(and(eq(agreementIdea.tenantId, tenantId), eq(agreementIdea.trajectoryId, trajectoryId)));
}

export async function findIdea(db: DbOrTx, tenantId: string, trajectoryId: string, id: string) {
  const [row] = await db
    .select()
    .from(agreementIdea)
    .where(
      and(
        eq(agreementIdea.tenantId, tenantId),
        eq(agreementIdea.trajectoryId, trajectoryId),
        eq(agreementIdea.id, id),
      ),
    );
  return row ?? null;
}

export async function placeIdea(db: DbOrTx, tenantId: string, ideaId: string, nodeId: string) {
  await db
    .update(agreementIdea)
    .set({ nodeId })
    .where(and(eq(agreementIdea.tenantId, tenantId), eq(agreementIdea.id, ideaId)));
}

/** Moves the ideas of a merged duplicate to the node it was merged into. */
export async function moveIdeas(db: DbOrTx, tenantId: string, fromNodeId: string, toNodeId: string) {
  await db
    .update(agreementIdea)
    .set({ nodeId: toNodeId })
    .where(and(eq(agreementIdea.tenantId, tenantId), eq(agreementIdea.nodeId, fromNodeId)));
}

/** Children of a node (to move the conditions of a merged solution along). */
export async function reparent(db: DbOrTx, tenantId: string, fromParentId: string, toParentId: string) {
  await db
    .update(n)
    .set({ parentId: toParentId })
    .where(and(eq(n.tenantId, tenantId), eq(n.parentId, fromParentId)));
}
