import type { sourceInputSchema } from "../../../../shared/learning/research.ts";
import type { z } from "../../../../shared/zod.ts";
import type { DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { projectInWall } from "../research/service.ts";
import * as queries from "./queries.ts";

/**
 * Linked data of a research project (ADR 0022): obstacles (knelpunten) registered in participation and
 * interviews with staff. The seam to participation is `referenceId`; until that feature is on main the
 * council records the obstacle's id, title and summary here. Behind the same wall as the project.
 */
const present = (s: Awaited<ReturnType<typeof queries.insertSource>>) => ({
  id: s.id,
  kind: s.kind,
  referenceId: s.referenceId,
  title: s.title,
  summary: s.summary,
});

export async function listSources(db: DbOrTx, actor: Actor, projectId: string) {
  await projectInWall(db, actor, projectId);
  return (await queries.listSources(db, actor.tenantId, projectId)).map(present);
}

export async function addSource(
  db: DbOrTx,
  actor: Actor,
  projectId: string,
  input: z.output<typeof sourceInputSchema>,
) {
  await projectInWall(db, actor, projectId);
  return present(await queries.insertSource(db, { tenantId: actor.tenantId, projectId, ...input }));
}
