/** Volunteers: the status flow, weekly availability and what someone wants from volunteering. */

// --- Status flow: aangemeld → kennismaking gepland → actief → pauze → gestopt ---

export const volunteerStatuses = ["signedUp", "intakePlanned", "active", "paused", "stopped"] as const;
/** The VOG filters of the volunteers list. */
export const screeningFilters = ["vogValid", "vogMissing", "expiringSoon"] as const;
export type VolunteerStatus = (typeof volunteerStatuses)[number];

/** Which status may follow which. Stopped volunteers can come back (as active or as a new sign-up). */
export const statusTransitions: Record<VolunteerStatus, VolunteerStatus[]> = {
  signedUp: ["intakePlanned", "active", "stopped"],
  intakePlanned: ["signedUp", "active", "stopped"],
  active: ["paused", "stopped"],
  paused: ["active", "stopped"],
  stopped: ["signedUp", "active"],
};

// --- Weekly availability: day × part of day, stored as a 21-bit mask ---

export const weekDays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export const dayParts = ["morning", "afternoon", "evening"] as const;
/** Times of a day part when work has no set time of its own (calendar, reminders). */
export const dayPartTimes: Record<(typeof dayParts)[number], [string, string]> = {
  morning: ["09:00", "12:00"],
  afternoon: ["13:00", "17:00"],
  evening: ["19:00", "21:00"],
};
export const availabilitySlots = weekDays.flatMap((day) => dayParts.map((part) => `${day}-${part}` as const));
export type AvailabilitySlot = (typeof availabilitySlots)[number];

export function slotsToMask(slots: readonly string[]): number {
  return slots.reduce((mask, slot) => mask | (1 << availabilitySlots.indexOf(slot as AvailabilitySlot)), 0);
}
export function maskToSlots(mask: number): AvailabilitySlot[] {
  return availabilitySlots.filter((_, index) => (mask & (1 << index)) !== 0);
}

export const commitmentPatterns = ["regular", "occasional", "oneOff"] as const;
export const personalGoals = [
  "workExperience",
  "reference",
  "socialContact",
  "learning",
  "structure",
  "useSkills",
  "giveBack",
] as const;
