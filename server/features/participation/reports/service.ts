import {
  buildParticipationReport,
  type obstacleInputSchema,
} from "../../../../shared/participation/reports.ts";
import { hidesSmallCounts } from "../../../../shared/small-counts.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import * as queries from "./queries.ts";

/** The policy report: counts only, with small counts hidden for the policy officer and the client council. */
export async function participationReport(db: Db, actor: Actor) {
  return buildParticipationReport(
    await queries.reportFigures(db, actor.tenantId),
    hidesSmallCounts(actor.role),
  );
}

/** An obstacle caused by the rules, stored anonymised at once: no client, no user, only the role. */
export function recordObstacle(db: Db, actor: Actor, input: z.output<typeof obstacleInputSchema>) {
  return queries.insertObstacle(db, {
    tenantId: actor.tenantId,
    category: input.category,
    text: input.text,
    reporterRole: actor.role,
  });
}
