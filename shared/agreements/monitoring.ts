import { endpoint } from "../endpoint.ts";
import { personal } from "../personal-data.ts";
import { idParamSchema } from "../validation.ts";
import { z } from "../zod.ts";
import { indicatorSources } from "./agreement.ts";
import { trajectoryIdParams } from "./trajectories.ts";

/**
 * Step 3: actual against target per indicator, computed from Inzet's own data for the wijk, and the
 * role-boundary guard ("voorkomen dat de vrijwilliger een professional wordt").
 */
export const lights = ["green", "orange", "red", "unknown"] as const;
export type Light = (typeof lights)[number];

/** A measured value as shown: the number, or hidden because it describes fewer than 5 people. */
export const measureSchema = z.union([
  z.object({ shown: z.number() }),
  z.object({ hidden: z.literal("small") }),
]);
export type Measure = z.infer<typeof measureSchema>;

/** Traffic light: the actual so far against the target so far (target per month × months). */
export function lightOf(actual: Measure, targetSoFar: number): Light {
  if ("hidden" in actual) return "unknown";
  if (targetSoFar <= 0) return "green";
  const ratio = actual.shown / targetSoFar;
  return ratio >= 1 ? "green" : ratio >= 0.75 ? "orange" : "red";
}

/** yyyy-mm months from one day to another, both included. */
export function monthsBetween(from: string, to: string) {
  const out: string[] = [];
  let [y, m] = from.slice(0, 7).split("-").map(Number) as [number, number];
  const end = to.slice(0, 7);
  for (let guard = 0; guard < 240; guard++) {
    const month = `${y}-${String(m).padStart(2, "0")}`;
    if (month > end) break;
    out.push(month);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

const indicatorResultSchema = z.object({
  key: z.string(),
  name: z.string(),
  source: z.enum(indicatorSources),
  targetPerMonth: z.number(),
  months: z.array(z.object({ month: z.string(), actual: measureSchema })),
  total: measureSchema,
  targetSoFar: z.number(),
  light: z.enum(lights),
});

export const guardSignalKinds = ["professionalTask", "overHours", "mixDrift"] as const;
export const guardSignalSchema = z.object({
  kind: z.enum(guardSignalKinds),
  /** The vacancy (task) or the agreement's activity it is about. */
  subject: z.string(),
  /** Only for the coordinator of the vacancy's organisation; others see null. */
  volunteerName: personal(z.string().nullable()),
  hours: z.number(),
  detail: z.string(),
});
export type GuardSignal = z.infer<typeof guardSignalSchema>;

export const monitoringSchema = z.object({
  agreementId: z.uuid(),
  versionNumber: z.number(),
  title: z.string(),
  from: z.string(),
  to: z.string(),
  activities: z.array(
    z.object({
      key: z.string(),
      title: z.string(),
      ownerPartyName: z.string(),
      agreedVolunteerHoursPerMonth: z.number(),
      agreedProfessionalHoursPerMonth: z.number(),
      indicators: z.array(indicatorResultSchema),
      offTrack: z.boolean(),
      /** The off-track signals sent to the owner (agreements.offTrackSignals job), one per month. */
      signalled: z.array(z.object({ month: z.string(), sentAt: z.string(), recipients: z.number() })),
    }),
  ),
  signals: z.array(guardSignalSchema),
});
export type Monitoring = z.infer<typeof monitoringSchema>;

export const monitoringQuerySchema = z.object({
  from: z.iso.date({ message: "Gebruik een datum als 2026-01-31." }).optional(),
  to: z.iso.date({ message: "Gebruik een datum als 2026-01-31." }).optional(),
});

export const guardSettingsSchema = z.object({
  weeklyHours: z.coerce
    .number({ message: "Vul een aantal uren in." })
    .min(1, { message: "Minstens 1 uur." })
    .max(60, { message: "Hoogstens 60 uur." }),
  weeks: z.coerce
    .number({ message: "Vul een aantal weken in." })
    .int({ message: "Een heel aantal weken." })
    .min(1, { message: "Minstens 1 week." })
    .max(26, { message: "Hoogstens 26 weken." }),
  driftPercent: z.coerce
    .number({ message: "Vul een percentage in." })
    .int({ message: "Een heel getal." })
    .min(0, { message: "Niet negatief." })
    .max(500, { message: "Hoogstens 500%." }),
});
export type GuardSettings = z.infer<typeof guardSettingsSchema>;
export const defaultGuardSettings: GuardSettings = { weeklyHours: 16, weeks: 4, driftPercent: 25 };

export const professionalTaskSchema = z.object({
  vacancyId: z.uuid(),
  title: z.string(),
  organisationName: z.string(),
  districtName: z.string().nullable(),
  professionalOnly: z.boolean(),
});

/** A value measured outside Inzet, for an indicator whose source is "manual", for one month. */
export const indicatorValueInputSchema = z.object({
  activityKey: z
    .string({ message: "Kies een activiteit." })
    .trim()
    .min(1, { message: "Kies een activiteit." }),
  indicatorKey: z
    .string({ message: "Kies een indicator." })
    .trim()
    .min(1, { message: "Kies een indicator." }),
  month: z
    .string({ message: "Vul een maand in." })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "Gebruik een maand als 2026-11." }),
  value: z.coerce
    .number({ message: "Vul een getal in." })
    .min(0, { message: "Niet negatief." })
    .max(1_000_000, { message: "Te groot." }),
  note: z.string().trim().max(500, { message: "Hoogstens 500 tekens." }).default(""),
});
export const indicatorValueSchema = z.object({
  activityKey: z.string(),
  indicatorKey: z.string(),
  month: z.string(),
  value: z.number(),
});
/** One entry in the history of values entered by hand; `counts` marks the one that counts for its month. */
export const indicatorValueEntrySchema = z.object({
  id: z.uuid(),
  activityKey: z.string(),
  indicatorKey: z.string(),
  month: z.string(),
  value: z.number(),
  note: z.string(),
  recordedByName: personal(z.string().nullable()),
  recordedAt: z.string(),
  counts: z.boolean(),
});
export type IndicatorValueEntry = z.infer<typeof indicatorValueEntrySchema>;

export const councilReportQuerySchema = monitoringQuerySchema.extend({
  format: z.enum(["csv", "xlsx", "pdf"], { message: "Kies csv, xlsx of pdf." }).default("csv"),
});

const tags = ["wijkaanpak"];
export const monitoringEndpoints = {
  /** Every wijk's agreements, actual against target per indicator; small counts hidden as on screen. */
  councilReport: endpoint({
    method: "GET",
    path: "/api/agreements/council-report",
    tags,
    summary: "Rapport voor de raad: per wijk resultaat tegen streefwaarde per indicator (CSV, XLSX of PDF)",
    permission: "agreements.read",
    processing: "agreements.guard",
    personalData: false,
    query: councilReportQuerySchema,
  }),
  agreement: endpoint({
    method: "GET",
    path: "/api/agreements/documents/:id/monitoring",
    tags,
    summary: "Resultaat tegen streefwaarde per indicator, uit de gegevens van Inzet, met signalen",
    permission: "agreements.read",
    processing: "agreements.guard",
    params: idParamSchema,
    query: monitoringQuerySchema,
    response: monitoringSchema,
  }),
  recordValue: endpoint({
    method: "POST",
    path: "/api/agreements/documents/:id/indicator-values",
    tags,
    summary: "Een gemeten waarde invullen voor een indicator die niet uit Inzet komt (per maand)",
    permission: "agreements.manage",
    params: idParamSchema,
    body: indicatorValueInputSchema,
    response: indicatorValueSchema,
    status: 201,
  }),
  values: endpoint({
    method: "GET",
    path: "/api/agreements/documents/:id/indicator-values",
    tags,
    summary: "Met de hand ingevulde waarden van een afspraak, nieuwste eerst, met wie en wanneer",
    permission: "agreements.read",
    processing: "agreements.manage",
    params: idParamSchema,
    response: z.object({ items: z.array(indicatorValueEntrySchema) }),
  }),
  guard: endpoint({
    method: "GET",
    path: "/api/agreements/trajectories/:trajectoryId/guard",
    tags,
    summary: "Signalen: vrijwilligers die werk van professionals doen of te veel uren maken",
    permission: "agreements.guard",
    processing: "agreements.guard",
    params: trajectoryIdParams,
    response: z.object({ items: z.array(guardSignalSchema), settings: guardSettingsSchema }),
  }),
  settings: endpoint({
    method: "GET",
    path: "/api/agreements/guard-settings",
    tags,
    summary: "Grenzen van de bewaking (uren per week, weken op rij, afwijking van de mix)",
    permission: "agreements.guard",
    response: guardSettingsSchema,
  }),
  saveSettings: endpoint({
    method: "PUT",
    path: "/api/agreements/guard-settings",
    tags,
    summary: "Grenzen van de bewaking instellen",
    permission: "agreements.manage",
    body: guardSettingsSchema,
    response: guardSettingsSchema,
  }),
  tasks: endpoint({
    method: "GET",
    path: "/api/agreements/professional-tasks",
    tags,
    summary: "Taken (vacatures) en of ze alleen voor professionals zijn",
    permission: "agreements.guard",
    response: z.object({ items: z.array(professionalTaskSchema) }),
  }),
  markTask: endpoint({
    method: "PUT",
    path: "/api/agreements/professional-tasks/:id",
    tags,
    summary: "Een taak markeren als alleen voor professionals (of niet meer)",
    permission: "agreements.manage",
    params: idParamSchema,
    body: z.object({ professionalOnly: z.boolean({ message: "Kies ja of nee." }) }),
    response: professionalTaskSchema,
  }),
};
