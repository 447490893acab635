import { amsterdamDay } from "../../../../shared/dates.ts";
import { allowanceNote } from "../../../../shared/participation/rules.ts";
import type { Db } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { listAgreements } from "../agreements/service.ts";
import * as queries from "../queries.ts";
import { ruleOn } from "../service.ts";

/**
 * "Mijn participatie": the client's own record, the rules that apply today and their agreements. A
 * participant who is not (yet) in a caseload sees the rules and no agreements.
 */
export async function getOwnParticipation(db: Db, actor: Actor, now = new Date()) {
  const day = amsterdamDay(now);
  const [own, rule] = await Promise.all([
    queries.findClientOfUser(db, actor.tenantId, actor.userId),
    ruleOn(db, actor.tenantId, day),
  ]);
  return {
    client: own
      ? {
          givenName: own.givenName,
          caseworkerName: own.caseworkerName,
          exempt: own.client.exempt,
          exemptUntil: own.client.exemptUntil,
          allowance: allowanceNote(own.client.birthDate, day),
        }
      : null,
    rules: rule
      ? {
          regime: rule.regime,
          procedure: rule.procedure,
          maxHoursPerWeek: rule.maxHoursPerWeek,
          countingActivities: rule.countingActivities,
        }
      : null,
    agreements: own ? await listAgreements(db, actor, "self", own.client.id) : [],
  };
}
