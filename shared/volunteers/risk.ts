import { addDays } from "../dates.ts";
import type { CheckIn, Risk, VolunteerSettings } from "../volunteers.ts";

/**
 * The retention-risk signal: a list of plain reasons with weights, no black box. Based on the
 * strongest predictors of dropout (satisfaction, support, relation with the coordinator, role clarity,
 * workload) plus overdue check-ins and expiring screening. Hours arrive with placements (next issue).
 */
export function assessRisk(
  v: {
    status: string;
    needsContact: boolean;
    nextCheckInOn: string | null;
    checkIns: Pick<
      CheckIn,
      "satisfaction" | "roleClarity" | "support" | "coordinatorRelation" | "workload" | "wishToChange"
    >[];
    vogs: { issuedOn: string | null; renewalDue: string | null }[];
    trainings: { training: string; expiresOn: string | null }[];
    /** Placed somewhere since (the earliest current placement), and the last day with hours; absent = unknown. */
    hours?: { placedSince: string | null; lastHoursOn: string | null };
  },
  settings: Pick<VolunteerSettings, "expiryWarningDays" | "trainings"> & { inactivityWeeks?: number },
  today: string,
): Risk {
  const reasons: Risk["reasons"] = [];
  const add = (code: string, weight: number, message: string) => reasons.push({ code, weight, message });
  if (v.status === "stopped") return { level: "none", reasons };
  if (v.needsContact) add("noContact", 2, "Aangemeld, maar nog geen contact gehad.");
  if (v.status === "active" && v.nextCheckInOn && v.nextCheckInOn < today) {
    add("checkInOverdue", 2, `Het bindingsgesprek is te laat (gepland voor ${v.nextCheckInOn}).`);
  }
  if (v.status === "active" && v.hours?.placedSince && settings.inactivityWeeks) {
    const since = addDays(today, -7 * settings.inactivityWeeks);
    const last = v.hours.lastHoursOn ?? v.hours.placedSince;
    if (last < since) add("noHours", 2, `Geen uren geschreven in ${settings.inactivityWeeks} weken.`);
  }
  const [latest, previous] = v.checkIns;
  if (latest) {
    if (latest.satisfaction <= 2) add("lowSatisfaction", 3, "Lage tevredenheid in het laatste gesprek.");
    if (latest.support <= 2) add("lowSupport", 3, "Voelt weinig steun van de organisatie.");
    if (latest.coordinatorRelation <= 2)
      add("poorRelation", 3, "De relatie met de coördinator is niet goed.");
    if (latest.roleClarity <= 2) add("unclearRole", 2, "De taak of rol is niet duidelijk.");
    if (latest.workload >= 4 && previous && latest.workload > previous.workload) {
      add("risingWorkload", 2, "De werkdruk stijgt.");
    } else if (latest.workload === 5) add("highWorkload", 2, "De werkdruk is veel te hoog.");
    if (latest.wishToChange) add("wishToChange", 1, "Wil iets veranderen aan de inzet.");
  }
  const warnUntil = addDays(today, settings.expiryWarningDays);
  const vog = v.vogs.find((x) => x.issuedOn && x.renewalDue);
  if (vog?.renewalDue) {
    if (vog.renewalDue < today) add("vogExpired", 2, `De VOG is verlopen (${vog.renewalDue}).`);
    else if (vog.renewalDue <= warnUntil)
      add("vogExpiring", 1, `De VOG moet vernieuwd worden voor ${vog.renewalDue}.`);
  }
  for (const t of v.trainings) {
    if (t.expiresOn && t.expiresOn >= today && t.expiresOn <= warnUntil) {
      const name = settings.trainings.find((x) => x.code === t.training)?.label ?? t.training;
      add("trainingExpiring", 1, `${name} verloopt op ${t.expiresOn}.`);
    }
  }
  const score = reasons.reduce((sum, r) => sum + r.weight, 0);
  return { level: score >= 4 ? "high" : score > 0 ? "attention" : "none", reasons };
}
