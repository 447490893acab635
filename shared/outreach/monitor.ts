import { countSchema } from "../small-counts.ts";
import { z } from "../zod.ts";

/** Achter de Voordeur: the monitor per neighbourhood, with small counts hidden. */

/** One neighbourhood (or the total) of the monitor; `count` is the exact number or a shown/hidden Count. */
const monitorRow = <T extends z.ZodType>(count: T) =>
  z.object({
    neighbourhood: z.string(),
    doors: count,
    visited: count,
    reached: count,
    conversations: count,
    /** Households with a signal (some or serious), per topic code. */
    signals: z.record(z.string(), count),
    plans: count,
    followUpsDone: count,
    referrals: count,
    referralsDone: count,
    referralsNotTakenUp: count,
  });
const monitorOf = <T extends z.ZodType>(count: T) =>
  z.object({
    topics: z.array(z.object({ code: z.string(), label: z.string() })),
    rows: z.array(monitorRow(count)),
    total: monitorRow(count),
    /** Hours walked (check-in to check-out), summed over everyone on the campaign's shifts. */
    volunteerHours: z.number(),
    suppressed: z.boolean(),
  });
/** The exact counts (computed, or kept as the snapshot at retention); never sent as such to a hiding role. */
export const monitorCountsSchema = monitorOf(z.number().int());
export type MonitorCounts = z.infer<typeof monitorCountsSchema>;
/** The monitor as shown: small counts hidden per the one rule (shared/small-counts.ts). */
export const monitorSchema = monitorOf(countSchema);
export type MonitorRow = z.infer<typeof monitorSchema>["rows"][number];
export type Monitor = z.infer<typeof monitorSchema>;
