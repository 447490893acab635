import { distanceKm, type LatLon } from "./geo.ts";
import type { MotiveFunction, MotiveScores } from "./motives.ts";
import { availabilitySlots, dayParts, weekDays } from "./volunteers.ts";

export const matchParts = ["skills", "motives", "availability", "location", "goals"] as const;
export type MatchPart = (typeof matchParts)[number];
export type MatchWeights = Record<MatchPart, number>;

export type MatchVacancy = {
  skills: string[];
  motives: MotiveFunction[];
  goals: string[];
  /** Day parts the work needs (bit mask, see availabilitySlots); 0 = flexible. */
  slotMask: number;
  /** The district of the work; null for remote work or no district. */
  districtId: string | null;
  /** Where the work is (from the address's postcode); null when unknown or remote. */
  point: LatLon | null;
};

export type MatchVolunteer = {
  skills: string[];
  goals: string[];
  availability: number;
  districtId: string | null;
  preferredDistrictIds: string[];
  motiveScores: MotiveScores | null;
  /** Where the volunteer lives (from the postcode); null when unknown. */
  point: LatLon | null;
  maxTravelKm: number | null;
};

/** Full marks up to this distance, then less, down to the floor at FAR_KM and beyond. */
export const NEAR_KM = 1;
export const FAR_KM = 10;

/** The distance in km between volunteer and work, when both points are known. */
export const travelKm = (vacancy: MatchVacancy, volunteer: MatchVolunteer) =>
  vacancy.point && volunteer.point ? distanceKm(volunteer.point, vacancy.point) : null;

/**
 * The hard constraints on place: within the volunteer's maximum travel distance (when both points and
 * the maximum are known), and in the work's district, a preferred district, or no preference.
 */
export function placeFits(vacancy: MatchVacancy, volunteer: MatchVolunteer) {
  const km = travelKm(vacancy, volunteer);
  if (km !== null && volunteer.maxTravelKm !== null && km > volunteer.maxTravelKm) return false;
  return (
    vacancy.districtId === null ||
    volunteer.districtId === vacancy.districtId ||
    volunteer.preferredDistrictIds.includes(vacancy.districtId) ||
    volunteer.preferredDistrictIds.length === 0
  );
}

export const popcount = (mask: number) => {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
};

/** Each part of the match, 0–1. The SQL ranking in the vacancies feature computes the same numbers. */
export function matchParts01(vacancy: MatchVacancy, volunteer: MatchVolunteer): Record<MatchPart, number> {
  const overlap = (wanted: string[], have: string[]) =>
    wanted.length === 0 ? 1 : wanted.filter((x) => have.includes(x)).length / wanted.length;
  const motives =
    vacancy.motives.length === 0
      ? 1
      : volunteer.motiveScores === null
        ? 0.5
        : vacancy.motives.reduce((sum, fn) => sum + (volunteer.motiveScores![fn] - 1) / 6, 0) /
          vacancy.motives.length;
  const availability =
    vacancy.slotMask === 0
      ? 1
      : popcount(volunteer.availability & vacancy.slotMask) / popcount(vacancy.slotMask);
  const km = travelKm(vacancy, volunteer);
  const location =
    km !== null
      ? Math.min(1, Math.max(0.4, 1 - (0.6 * (km - NEAR_KM)) / (FAR_KM - NEAR_KM)))
      : vacancy.districtId === null || volunteer.districtId === vacancy.districtId
        ? 1
        : volunteer.preferredDistrictIds.includes(vacancy.districtId)
          ? 0.8
          : 0.4;
  return {
    skills: overlap(vacancy.skills, volunteer.skills),
    motives,
    availability,
    location,
    goals: overlap(vacancy.goals, volunteer.goals),
  };
}

/** The total match score, 0–100, and each part's contribution in points (so the parts add up). */
export function matchScore(vacancy: MatchVacancy, volunteer: MatchVolunteer, weights: MatchWeights) {
  const parts = matchParts01(vacancy, volunteer);
  const totalWeight = matchParts.reduce((sum, part) => sum + weights[part], 0) || 1;
  const points = Object.fromEntries(
    matchParts.map((part) => [part, Math.round(((parts[part] * weights[part]) / totalWeight) * 1000) / 10]),
  ) as Record<MatchPart, number>;
  const score =
    Math.round(
      (matchParts.reduce((sum, part) => sum + parts[part] * weights[part], 0) / totalWeight) * 1000,
    ) / 10;
  return { score, parts, points };
}

/** The day parts a one-off date and time fall in (all three parts when no time is given). */
export function oneOffMask(date: string, startTime: string | null): number {
  const day = weekDays[(new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7]!;
  const hour = startTime ? Number(startTime.slice(0, 2)) : null;
  const parts = hour === null ? dayParts : [hour < 12 ? "morning" : hour < 18 ? "afternoon" : "evening"];
  return parts.reduce(
    (mask, part) =>
      mask | (1 << availabilitySlots.indexOf(`${day}-${part}` as (typeof availabilitySlots)[number])),
    0,
  );
}
