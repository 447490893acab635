import type { ProcessingAction, ProcessingActivity } from "../../shared/privacy.ts";
import type { DbOrTx } from "../db/client.ts";
import type { Actor } from "./actor.ts";
import { processingLog } from "./schema.ts";

export type ProcessingEntry = {
  activity: ProcessingActivity;
  action: ProcessingAction;
  subjectType: "person" | "user" | "address" | "referral";
  subjectIds: string[];
};

/** Who processed: a signed-in actor, or the system on behalf of a public request (userId null). */
export type LogActor = Pick<Actor, "tenantId" | "traceId"> & { userId: string | null; role: string | null };

/** Appends to the processing log: who processed whose data, for which activity. Call inside the transaction. */
export async function logProcessing(db: DbOrTx, actor: LogActor, entry: ProcessingEntry) {
  const subjectIds = [...new Set(entry.subjectIds)];
  if (subjectIds.length === 0) return;
  await db.insert(processingLog).values(
    subjectIds.map((subjectId) => ({
      tenantId: actor.tenantId,
      traceId: actor.traceId,
      actorUserId: actor.userId,
      actorRole: actor.role,
      activity: entry.activity,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId,
    })),
  );
}
