import { endpoint } from "../endpoint.ts";
import { personal } from "../personal-data.ts";
import type { PolicyActor } from "../roles.ts";
import { countSchema } from "../small-counts.ts";
import { idParamSchema } from "../validation.ts";
import { z } from "../zod.ts";

/**
 * The report of an experience research project (ADR 0022): the council drafts it from the findings, with
 * recommendations as separate items, signs it off (after that the text is locked) and publishes it. Before
 * publication nobody outside the council sees it. The municipality (beleid) answers each recommendation.
 */
export const reportStatuses = ["draft", "signedOff", "published"] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export const reportEventActions = ["drafted", "signedOff", "reopened", "published"] as const;
export type ReportEventAction = (typeof reportEventActions)[number];
export const responseDecisions = ["adopt", "partly", "not"] as const;
export type ResponseDecision = (typeof responseDecisions)[number];

type ReportRecord = { status: ReportStatus };

/** Only the council drafts, signs off and publishes; the text can change until it is signed off. */
export const canEditReport = (actor: PolicyActor, r: ReportRecord) =>
  actor.role === "clientCouncil" && r.status === "draft";
export const canSignOffReport = canEditReport;
/** A signed-off report not yet published can be reopened by the council (with a reason); it needs a new sign-off. */
export const canReopenReport = (actor: PolicyActor, r: ReportRecord) =>
  actor.role === "clientCouncil" && r.status === "signedOff";
export const canPublishReport = (actor: PolicyActor, r: ReportRecord) =>
  actor.role === "clientCouncil" && r.status === "signedOff";
/** The council sees its drafts; anyone else sees a report once it is published. */
export const canSeeReport = (actor: PolicyActor, r: ReportRecord) =>
  actor.role === "clientCouncil" || r.status === "published";
/** The municipality (beleid) answers a published report. */
export const canRespondToReport = (actor: PolicyActor, r: ReportRecord) =>
  actor.role === "policyOfficer" && r.status === "published";

const text = (max: number, message: string) =>
  z
    .string({ message })
    .trim()
    .min(1, { message })
    .max(max, { message: `Hoogstens ${max} tekens.` });

export const recommendationInputSchema = z.object({
  /** The finding (theme) it follows from; empty for a general recommendation. */
  theme: z.string().trim().max(60, { message: "Een thema heeft hoogstens 60 tekens." }).default(""),
  text: text(2000, "Een aanbeveling mag niet leeg zijn."),
});

export const reportInputSchema = z.object({
  title: text(160, "Geef het rapport een titel."),
  summary: text(8000, "Schrijf in gewone woorden wat het onderzoek liet zien."),
  recommendations: z
    .array(recommendationInputSchema)
    .max(30, { message: "Hoogstens 30 aanbevelingen." })
    .default([]),
});

export const reportCreateSchema = reportInputSchema.extend({
  projectId: z.uuid({ message: "Kies een onderzoek uit de lijst." }),
});

export const reopenInputSchema = z.object({
  reason: text(1000, "Schrijf op waarom het rapport weer open moet."),
});

export const responseInputSchema = z
  .object({
    decision: z.enum(responseDecisions, { message: "Kies: overnemen, deels overnemen of niet overnemen." }),
    reasoning: text(4000, "Leg uit waarom de gemeente dit besluit."),
    /** When the municipality reports back; required unless it does not adopt the recommendation. */
    followUpOn: z.iso.date({ message: "Gebruik een datum als 2027-01-31." }).nullable().default(null),
  })
  .refine((r) => r.decision === "not" || r.followUpOn !== null, {
    message: "Kies een datum waarop de gemeente laat weten hoe het gaat.",
    path: ["followUpOn"],
  });

const responseSchema = z.object({
  decision: z.enum(responseDecisions),
  reasoning: z.string(),
  followUpOn: z.string().nullable(),
  respondedByName: z.string(),
  respondedAt: z.string(),
});

export const recommendationSchema = z.object({
  id: z.uuid(),
  theme: z.string(),
  text: z.string(),
  response: responseSchema.nullable(),
});

export const reportSummarySchema = z.object({
  id: z.uuid(),
  projectId: z.uuid(),
  title: z.string(),
  status: z.enum(reportStatuses),
  signedOff: z.object({ byName: z.string(), at: z.string() }).nullable(),
  publishedAt: z.string().nullable(),
  recommendations: z.number().int(),
  responded: z.number().int(),
});
export type ReportSummary = z.infer<typeof reportSummarySchema>;

export const reportSchema = reportSummarySchema.extend({
  summary: z.string(),
  /** Participants per theme (small-count rule); frozen at sign-off. */
  findings: z.object({
    interviewed: countSchema,
    rows: z.array(z.object({ theme: z.string(), participants: countSchema })),
  }),
  /** Quotes the council selected (pseudonymised); gone once a participant withdraws consent. */
  quotes: z.array(z.object({ id: z.uuid(), theme: z.string(), text: personal(z.string()) })),
  recommendationItems: z.array(recommendationSchema),
  /** The audit trail: drafted, signed off, reopened (why), published — who and when. */
  history: z.array(
    z.object({
      action: z.enum(reportEventActions),
      reason: z.string().nullable(),
      byName: z.string(),
      at: z.string(),
    }),
  ),
  can: z.object({
    edit: z.boolean(),
    signOff: z.boolean(),
    reopen: z.boolean(),
    publish: z.boolean(),
    respond: z.boolean(),
  }),
});
export type Report = z.infer<typeof reportSchema>;

const tags = ["ervaringsonderzoek"];

export const reportEndpoints = {
  list: endpoint({
    tags,
    permission: "reports.read",
    method: "GET",
    path: "/api/learning/reports",
    summary: "Rapporten van het ervaringsonderzoek (de cliëntenraad ziet ook concepten)",
    response: z.array(reportSummarySchema),
  }),
  get: endpoint({
    tags,
    permission: "reports.read",
    processing: "learning.reports",
    method: "GET",
    path: "/api/learning/reports/:id",
    summary: "Eén rapport: bevindingen, citaten, aanbevelingen en de reactie van de gemeente",
    params: idParamSchema,
    response: reportSchema,
  }),
  create: endpoint({
    tags,
    permission: "reports.write",
    method: "POST",
    path: "/api/learning/reports",
    summary: "Rapport opstellen uit de bevindingen van een onderzoek (concept)",
    body: reportCreateSchema,
    response: reportSummarySchema,
    status: 201,
  }),
  update: endpoint({
    tags,
    permission: "reports.write",
    method: "PUT",
    path: "/api/learning/reports/:id",
    summary: "Concept van een rapport wijzigen (kan niet meer na het aftekenen)",
    params: idParamSchema,
    body: reportInputSchema,
    response: reportSummarySchema,
  }),
  signOff: endpoint({
    tags,
    permission: "reports.write",
    method: "POST",
    path: "/api/learning/reports/:id/sign-off",
    summary: "Rapport aftekenen door de cliëntenraad; daarna ligt de tekst vast",
    params: idParamSchema,
    response: reportSummarySchema,
  }),
  reopen: endpoint({
    tags,
    permission: "reports.write",
    method: "POST",
    path: "/api/learning/reports/:id/reopen",
    summary: "Afgetekend rapport weer openen (met reden); daarna is een nieuwe aftekening nodig",
    params: idParamSchema,
    body: reopenInputSchema,
    response: reportSummarySchema,
  }),
  pdf: endpoint({
    tags,
    permission: "reports.read",
    processing: "learning.reports",
    personalData: true,
    method: "GET",
    path: "/api/learning/reports/:id/pdf",
    summary: "Het rapport als PDF (bevindingen, citaten, aanbevelingen en reacties)",
    params: idParamSchema,
  }),
  publish: endpoint({
    tags,
    permission: "reports.write",
    method: "POST",
    path: "/api/learning/reports/:id/publish",
    summary: "Afgetekend rapport publiceren voor de gemeente",
    params: idParamSchema,
    response: reportSummarySchema,
  }),
  respond: endpoint({
    tags,
    permission: "reports.respond",
    method: "PUT",
    path: "/api/learning/reports/recommendations/:id/response",
    summary: "Reactie van de gemeente op een aanbeveling (overnemen, deels, niet; met uitleg en datum)",
    params: idParamSchema,
    body: responseInputSchema,
    response: recommendationSchema,
  }),
};
