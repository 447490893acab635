import { addDays } from "../dates.ts";
import { dutchHolidays } from "../referrals.ts";

/**
 * Pure rules of a circle's season: the leaders' training and VOG on each session date, and the weekly
 * sessions made from a curriculum. Dates are `yyyy-mm-dd` (Europe/Amsterdam calendar days).
 */
export type LeaderRecords = {
  trainings: { training: string; completedOn: string; expiresOn: string | null }[];
  vogs: { issuedOn: string | null; renewalDue: string | null; profileCodes: string[] }[];
};
export type LeaderRequirements = { requiredTrainings: string[]; vogProfiles: string[] };
export type Unqualified =
  | { date: string; missing: "training"; training: string }
  | { date: string; missing: "vog" };

/** The first session date on which the leader lacks a required training or a valid VOG, or null. */
export function firstUnqualifiedDate(
  leader: LeaderRecords,
  requirements: LeaderRequirements,
  dates: string[],
): Unqualified | null {
  for (const date of [...dates].sort()) {
    for (const training of requirements.requiredTrainings) {
      const valid = leader.trainings.some(
        (t) => t.training === training && t.completedOn <= date && (!t.expiresOn || t.expiresOn >= date),
      );
      if (!valid) return { date, missing: "training", training };
    }
    if (requirements.vogProfiles.length > 0) {
      const valid = leader.vogs.some(
        (v) =>
          v.issuedOn !== null &&
          v.issuedOn <= date &&
          v.renewalDue !== null &&
          v.renewalDue >= date &&
          requirements.vogProfiles.every((p) => v.profileCodes.includes(p)),
      );
      if (!valid) return { date, missing: "vog" };
    }
  }
  return null;
}

/** Weekly sessions from the first date, public holidays skipped; themes from the curriculum in order. */
export function planSessions(
  startsOn: string,
  count: number,
  curriculum: readonly { theme: string; guide: string }[],
) {
  const sessions: { number: number; date: string; theme: string; guide: string }[] = [];
  let date = startsOn;
  while (sessions.length < count) {
    if (!dutchHolidays(Number(date.slice(0, 4))).has(date)) {
      const item = curriculum[sessions.length];
      sessions.push({
        number: sessions.length + 1,
        date,
        theme: item?.theme ?? `Bijeenkomst ${sessions.length + 1}`,
        guide: item?.guide ?? "",
      });
    }
    date = addDays(date, 7);
  }
  return sessions;
}
