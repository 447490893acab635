import { endpoint } from "../endpoint.ts";
import { type Count, countSchema, hideTable, rate, rateSchema, SMALL_COUNT } from "../small-counts.ts";
import { z } from "../zod.ts";
import { refusalCategories } from "./agreements.ts";
import { activityTypes } from "./rules.ts";

/** Obstacles caused by the rules (knelpunten), counted per category for policy and the client council. */
export const obstacleCategories = [
  "permissionSlow",
  "allowanceDeducted",
  "travelCosts",
  "insurance",
  "unclearRules",
  "other",
] as const;
export type ObstacleCategory = (typeof obstacleCategories)[number];

export const obstacleInputSchema = z.object({
  category: z.enum(obstacleCategories, { message: "Kies een soort knelpunt." }),
  text: z
    .string()
    .trim()
    .min(5, { message: "Schrijf kort wat er misging (minstens 5 tekens)." })
    .max(1000, { message: "Hoogstens 1000 tekens." }),
});

/** Hours per week of the agreements, in these bands (upper bound exclusive; the last is open). */
export const hourBands = [
  { key: "under8", upTo: 8 },
  { key: "8to16", upTo: 16 },
  { key: "16to20", upTo: 20.0001 },
  { key: "over20", upTo: Number.POSITIVE_INFINITY },
] as const;

const countedRows = <K extends string>(keys: readonly K[]) =>
  z.object({
    rows: z.array(z.object({ key: z.enum(keys as unknown as [K, ...K[]]), count: countSchema })),
    total: countSchema,
  });

export const participationReportSchema = z.object({
  smallCountsHidden: z.boolean(),
  byActivity: countedRows(activityTypes),
  foundByClient: z.object({ count: countSchema, of: countSchema, share: rateSchema }),
  /** Days from request to decision; null when fewer than SMALL_COUNT decisions (for anyone who hides small counts). */
  decisionDays: z.object({
    decisions: countSchema,
    median: z.number().nullable(),
    p90: z.number().nullable(),
  }),
  refusals: countedRows(refusalCategories),
  obstacles: countedRows(obstacleCategories),
  hours: countedRows(hourBands.map((b) => b.key)),
});
export type ParticipationReport = z.infer<typeof participationReportSchema>;

/** The exact figures, as counted in the database. */
export type ReportFigures = {
  byActivity: Record<string, number>;
  foundByClient: number;
  agreements: number;
  decisionDays: number[];
  refusals: Record<string, number>;
  obstacles: Record<string, number>;
  hoursPerWeek: number[];
};

function counted<K extends string>(keys: readonly K[], values: Record<string, number>, hide: boolean) {
  const table = hideTable(
    keys.map((k) => [values[k] ?? 0]),
    1,
    { hide },
  );
  return {
    rows: keys.map((key, i) => ({ key, count: table.rows[i]![0]! as Count })),
    total: table.total[0]!,
  };
}

/** A percentile (0–1) of sorted values, nearest rank. */
export function percentile(sorted: number[], p: number) {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/** The policy report from exact figures, with the small-count rule for roles that need it. */
export function buildParticipationReport(f: ReportFigures, hide: boolean): ParticipationReport {
  const bands: Record<string, number> = {};
  for (const h of f.hoursPerWeek) {
    const band = hourBands.find((b) => h < b.upTo)!;
    bands[band.key] = (bands[band.key] ?? 0) + 1;
  }
  const found = hideTable([[f.foundByClient, f.agreements - f.foundByClient]], 2, { hide, rowTotals: true });
  const foundCount = found.rows[0]![0]!;
  const of = found.grandTotal!;
  const days = [...f.decisionDays].sort((a, b) => a - b);
  const tooFew = hide && days.length < SMALL_COUNT;
  const decisions = hideTable([[days.length]], 1, { hide }).rows[0]![0]!;
  return {
    smallCountsHidden: hide,
    byActivity: counted(activityTypes, f.byActivity, hide),
    foundByClient: {
      count: foundCount,
      of,
      share: rate(foundCount, of, { numerator: f.foundByClient, denominator: f.agreements }),
    },
    decisionDays: {
      decisions,
      median: tooFew ? null : percentile(days, 0.5),
      p90: tooFew ? null : percentile(days, 0.9),
    },
    refusals: counted(refusalCategories, f.refusals, hide),
    obstacles: counted(obstacleCategories, f.obstacles, hide),
    hours: counted(
      hourBands.map((b) => b.key),
      bands,
      hide,
    ),
  };
}

const tags = ["participatie"];
export const reportEndpoints = {
  report: endpoint({
    method: "GET",
    path: "/api/participation/report",
    tags,
    summary: "Beleidsrapport participatie: aantallen, kleine aantallen verborgen",
    permission: "participation.report",
    response: participationReportSchema,
  }),
  obstacle: endpoint({
    method: "POST",
    path: "/api/participation/obstacles",
    tags,
    summary: "Een knelpunt door de regels melden (direct anoniem)",
    permission: "participation.obstacles",
    body: obstacleInputSchema,
    response: z.object({ id: z.uuid() }),
    status: 201,
  }),
};
