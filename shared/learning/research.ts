import { amsterdamInstant } from "../dates.ts";
import { personal } from "../personal-data.ts";
import type { PolicyActor } from "../roles.ts";
import { CountTable, countSchema, hideTable, SMALL_COUNT } from "../small-counts.ts";
import { z } from "../zod.ts";

/**
 * The client council's research workspace (ervaringsonderzoek, ADR 0022). Behind the wall: only the
 * council opens projects, participants, interviews, notes and fragments; anyone else gets 404.
 */
export function canOpenWorkspace(actor: PolicyActor) {
  return actor.role === "clientCouncil";
}

/** A participant's contact details are for the council member who recruited them. */
export function canSeeContact(
  actor: PolicyActor & { userId: string },
  participant: { recruitedByUserId: string | null },
) {
  return canOpenWorkspace(actor) && participant.recruitedByUserId === actor.userId;
}

/** Recruitment stages per channel (the funnel): each is a subset of the one before; declined stays at approached. */
export const participantStages = ["approached", "agreed", "interviewed", "declined"] as const;
export type ParticipantStage = (typeof participantStages)[number];
export const funnelColumns = ["approached", "agreed", "interviewed"] as const;

const text = (max: number, message: string) =>
  z
    .string()
    .trim()
    .min(1, { message })
    .max(max, { message: `Hoogstens ${max} tekens.` });

const channelSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{2,40}$/, { message: "Gebruik 2 tot 40 kleine letters, cijfers of streepjes." }),
  label: text(80, "Vul een naam voor het kanaal in."),
});

export const projectInputSchema = z.object({
  title: text(160, "Geef het onderzoek een titel."),
  question: text(2000, "Schrijf de ervaringsvraag op."),
  trajectoryId: z.uuid({ message: "Kies een leertraject uit de lijst." }).nullable().default(null),
  channels: z
    .array(channelSchema)
    .min(1, { message: "Kies minstens één wervingskanaal; meer kanalen tegelijk werkt beter." })
    .max(10, { message: "Hoogstens 10 kanalen." })
    .refine((c) => new Set(c.map((x) => x.code)).size === c.length, {
      message: "Elk kanaal mag maar één keer voorkomen.",
    }),
  topics: z
    .array(text(200, "Een onderwerp mag niet leeg zijn."))
    .max(30, { message: "Hoogstens 30 onderwerpen." })
    .default([]),
});

export const funnelRowSchema = z.object({
  channel: z.string(),
  label: z.string(),
  approached: countSchema,
  agreed: countSchema,
  interviewed: countSchema,
});

export const projectSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  question: z.string(),
  trajectoryId: z.uuid().nullable(),
  channels: z.array(channelSchema),
  topics: z.array(z.string()),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  /** Recruitment per channel, all channels at once. */
  funnel: z.object({ rows: z.array(funnelRowSchema), total: funnelRowSchema }),
});
export type ResearchProject = z.infer<typeof projectSchema>;

/** The funnel per channel with the small-count rule (each stage a subset of the one before). */
export function researchFunnel(
  channels: { code: string; label: string }[],
  stages: { channel: string; stage: ParticipantStage }[],
  hide: boolean,
) {
  const reached = (s: ParticipantStage, column: (typeof funnelColumns)[number]) =>
    column === "approached" ||
    (column === "agreed" && (s === "agreed" || s === "interviewed")) ||
    (column === "interviewed" && s === "interviewed");
  const rows = channels.map((c) =>
    funnelColumns.map((col) => stages.filter((p) => p.channel === c.code && reached(p.stage, col)).length),
  );
  const table = hideTable(rows, funnelColumns.length, { hide, stages: true });
  const toRow = (channel: string, label: string, cells: z.infer<typeof countSchema>[]) => ({
    channel,
    label,
    approached: cells[0]!,
    agreed: cells[1]!,
    interviewed: cells[2]!,
  });
  return {
    rows: channels.map((c, i) => toRow(c.code, c.label, table.rows[i]!)),
    total: toRow("", "Totaal", table.total),
  };
}

const day = z.iso.date({ message: "Gebruik een datum als 2026-01-31." });

export const consentInputSchema = z.object({
  scope: text(500, "Schrijf op waarvoor de deelnemer toestemming geeft."),
  givenOn: day,
  until: day,
});

export const participantInputSchema = z
  .object({
    channel: z.string().trim().min(1, { message: "Kies het kanaal waarlangs u de deelnemer vond." }).max(40),
    stage: z.enum(participantStages, { message: "Kies een stap." }).default("approached"),
    /** How to reach them: for the council member who recruits only. */
    contact: z.string().trim().max(200, { message: "Hoogstens 200 tekens." }).default(""),
    consent: consentInputSchema.nullable().default(null),
  })
  .refine((p) => p.consent === null || p.consent.givenOn <= p.consent.until, {
    message: "De einddatum van de toestemming ligt voor de startdatum.",
    path: ["consent", "until"],
  })
  .refine((p) => p.stage === "approached" || p.stage === "declined" || p.consent !== null, {
    message: "Leg eerst de toestemming vast; zonder toestemming geen gesprek.",
    path: ["consent"],
  });

export const stageInputSchema = z.object({
  stage: z.enum(participantStages, { message: "Kies een stap." }),
  consent: consentInputSchema.nullable().optional(),
});

export const participantSchema = z.object({
  id: z.uuid(),
  /** Pseudonym: the only name of a participant in Inzet. */
  code: z.string(),
  channel: z.string(),
  stage: z.enum(participantStages),
  /** Null unless the signed-in council member recruited this participant. */
  contact: personal(z.string().nullable()),
  consent: z
    .object({ scope: z.string(), givenOn: z.string(), until: z.string(), withdrawnAt: z.string().nullable() })
    .nullable(),
  recruitedByMe: z.boolean(),
  can: z.object({ seeContact: z.boolean() }),
});
export type ResearchParticipant = z.infer<typeof participantSchema>;

const time = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { message: "Gebruik een tijd als 14:30." });

export const interviewInputSchema = z.object({
  participantId: z.uuid({ message: "Kies een deelnemer." }),
  day,
  time,
  place: z.string().trim().max(200, { message: "Hoogstens 200 tekens." }).default(""),
  /** Empty: the project's topic list. */
  topics: z.array(text(200, "Een onderwerp mag niet leeg zijn.")).max(30).optional(),
});

/** When an interview starts, from an Amsterdam day and time (never a local date string). */
export const interviewStart = (input: { day: string; time: string }) =>
  amsterdamInstant(input.day, input.time);

export const notesInputSchema = z.object({
  notes: z.string().max(20_000, { message: "Hoogstens 20.000 tekens." }),
  held: z.boolean().default(true),
});

export const interviewSchema = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  participantCode: z.string(),
  startsAt: z.string(),
  place: personal(z.string()),
  topics: z.array(z.string()),
  interviewerName: z.string(),
  held: z.boolean(),
  /** Null after the participant withdrew consent (the notes are erased). */
  notes: personal(z.string().nullable()),
});
export type ResearchInterview = z.infer<typeof interviewSchema>;

export const fragmentInputSchema = z.object({
  text: text(2000, "Kies of plak het stuk uit de aantekeningen."),
  /** A theme from the list, or a new one (added to the werkgebied's list). */
  theme: z
    .string()
    .trim()
    .min(2, { message: "Een thema heeft minstens 2 tekens." })
    .max(60, { message: "Een thema heeft hoogstens 60 tekens." }),
  quote: z.boolean().default(false),
});

export const fragmentSchema = z.object({
  id: z.uuid(),
  interviewId: z.uuid(),
  participantCode: z.string(),
  theme: z.string(),
  /** Null after withdrawal of consent: the mark stays, so the count is kept. */
  text: personal(z.string().nullable()),
  quote: z.boolean(),
});

export const quoteInputSchema = z.object({ quote: z.boolean({ message: "Kies wel of geen citaat." }) });

export const findingsSchema = z.object({
  /** Participants interviewed in the project. */
  interviewed: countSchema,
  suppressedBelow: z.number().int(),
  rows: z.array(
    z.object({
      theme: z.string(),
      /** Distinct participants who mentioned the theme. */
      participants: countSchema,
      quotes: z.array(z.object({ id: z.uuid(), text: personal(z.string()) })),
    }),
  ),
});
export type Findings = z.infer<typeof findingsSchema>;

/**
 * The findings table: participants per theme and the interviewed total, with the small-count rule. Themes
 * overlap (one participant names several), so no line adds up and the primary rule is enough.
 */
export function findingsTable(
  counts: { theme: string; participants: number }[],
  quotes: { id: string; theme: string; text: string | null }[],
  interviewed: number,
  hide: boolean,
): Findings {
  const table = new CountTable();
  const ids = counts.map((c) => table.count(Number(c.participants)));
  const total = table.count(interviewed);
  const shown = table.suppress(hide);
  return {
    interviewed: shown[total]!,
    suppressedBelow: hide ? SMALL_COUNT : 0,
    rows: counts.map((c, i) => ({
      theme: c.theme,
      participants: shown[ids[i]!]!,
      quotes: quotes
        .filter((q) => q.theme === c.theme && q.text !== null)
        .map((q) => ({ id: q.id, text: q.text! })),
    })),
  };
}

export const sourceKinds = ["participationObstacle", "staffInterview"] as const;
export const sourceInputSchema = z.object({
  kind: z.enum(sourceKinds, { message: "Kies het soort bron." }),
  /** For an obstacle registered in participation: its id (a seam, ADR 0022). */
  referenceId: z.uuid({ message: "Ongeldige verwijzing." }).nullable().default(null),
  title: text(160, "Geef de bron een titel."),
  summary: z.string().trim().max(4000, { message: "Hoogstens 4000 tekens." }).default(""),
});
export const sourceSchema = z.object({
  id: z.uuid(),
  kind: z.enum(sourceKinds),
  referenceId: z.uuid().nullable(),
  title: z.string(),
  summary: z.string(),
});
