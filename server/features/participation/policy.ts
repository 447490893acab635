import type { DbOrTx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import * as queries from "./queries.ts";

/**
 * Whose client files an actor opens (ADR 0018): a klantmanager their own caseload, a team lead the
 * caseloads of their team. Nobody else — not the beheerder, not the policy officer — and a client
 * outside it is "not found".
 */
export type CaseloadScope = { tenantId: string; userId: string; team: string | null };

export async function caseloadScope(db: DbOrTx, actor: Actor): Promise<CaseloadScope> {
  const profile = await queries.findCaseworker(db, actor.tenantId, actor.userId);
  return { tenantId: actor.tenantId, userId: actor.userId, team: profile?.teamLead ? profile.team : null };
}

/** Record rules shared with the web (answers carry them as `can`). */
export { agreementActions } from "../../../shared/participation/agreements.ts";
