import { can } from "../../../../shared/roles.ts";
import type { Actor } from "../../../platform/actor.ts";
import { forbidden } from "../../../platform/errors.ts";

/**
 * Hours per volunteer name people: only for roles that may read volunteers (the same rule as the
 * volunteer list). Other groupings are counts, open to everyone with `vacancies.read`.
 */
export function checkHoursGrouping(actor: Actor, groupBy: string) {
  if (groupBy === "volunteer" && !can(actor.role, "volunteers.read"))
    throw forbidden("Uren per vrijwilliger zijn alleen voor wie vrijwilligers mag zien.");
}
