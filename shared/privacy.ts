import { endpoint } from "./endpoint.ts";
import { pageOf, pageQuerySchema } from "./paging.ts";
import { personal } from "./personal-data.ts";
import { optional } from "./validation.ts";
import { z } from "./zod.ts";

export const processingActions = ["read", "create", "update", "delete", "export"] as const;
export type ProcessingAction = (typeof processingActions)[number];
export type ProcessingOutcome = "success" | "denied" | "error";

/**
 * The register of processing activities (verwerkingsregister): every log entry names one.
 * Purpose and legal ground per AVG art. 6; later features add their activities here.
 */
export const processingActivities = {
  "accounts.manage": {
    name: "Gebruikers en rollen beheren",
    purpose: "Toegang tot Inzet geven en intrekken",
    legalGround: "Gerechtvaardigd belang / taak van algemeen belang (art. 6 lid 1 sub e AVG)",
  },
  "accounts.self": {
    name: "Eigen gegevens inzien",
    purpose: "Een persoon ziet zijn eigen gegevens en wie ze verwerkte",
    legalGround: "Recht op inzage (art. 15 AVG)",
  },
  "privacy.processingLog": {
    name: "Verwerkingslog inzien en exporteren",
    purpose: "Toezicht op rechtmatige verwerking",
    legalGround: "Wettelijke verplichting (art. 5 lid 2 en art. 30 AVG)",
  },
  "outbox.read": {
    name: "Verzonden e-mail inzien (ontwikkelomgeving)",
    purpose: "Controleren welke berichten Inzet verstuurt",
    legalGround: "Gerechtvaardigd belang (art. 6 lid 1 sub f AVG)",
  },
  "volunteers.signup": {
    name: "Aanmelding als vrijwilliger",
    purpose: "Een aanmelding ontvangen, bevestigen en opvolgen",
    legalGround: "Toestemming (art. 6 lid 1 sub a AVG)",
  },
  "volunteers.manage": {
    name: "Vrijwilligers begeleiden",
    purpose: "Kennismaking, profiel, screening (VOG), trainingen en binding van vrijwilligers",
    legalGround: "Gerechtvaardigd belang van de organisatie (art. 6 lid 1 sub f AVG)",
  },
  "volunteers.self": {
    name: "Eigen vrijwilligersprofiel",
    purpose: "Een vrijwilliger beheert zijn eigen profiel en drijfveren",
    legalGround: "Toestemming (art. 6 lid 1 sub a AVG)",
  },
  "volunteers.export": {
    name: "Vrijwilligerslijst exporteren",
    purpose: "Werken met een lijst buiten Inzet (bijvoorbeeld voor een mailing)",
    legalGround: "Gerechtvaardigd belang van de organisatie (art. 6 lid 1 sub f AVG)",
  },
  "outreach.manage": {
    name: "Huisbezoeken (Achter de Voordeur) organiseren",
    purpose: "Adressen in een campagne bezoeken of op verzoek overslaan",
    legalGround: "Taak van algemeen belang (art. 6 lid 1 sub e AVG)",
  },
  "outreach.visit": {
    name: "Huisbezoek vastleggen",
    purpose:
      "Met toestemming vastleggen wat een huishouden nodig heeft, om te kunnen helpen en terug te komen",
    legalGround:
      "Toestemming (art. 6 lid 1 sub a AVG); gezondheid: uitdrukkelijke toestemming (art. 9 lid 2 sub a AVG)",
  },
  "referrals.handle": {
    name: "Doorverwijzingen",
    purpose: "Een huishouden met toestemming doorverwijzen naar een partner, en volgen of het is opgepakt",
    legalGround: "Toestemming (art. 6 lid 1 sub a AVG)",
  },
  "learning.research": {
    name: "Ervaringsonderzoek van de cliëntenraad",
    purpose:
      "Deelnemers (met een code) werven, gesprekken plannen en aantekeningen coderen; contact alleen voor wie wierf",
    legalGround: "Toestemming (art. 6 lid 1 sub a AVG), in te trekken; dan worden aantekeningen gewist",
  },
  "learning.reports": {
    name: "Rapport van het ervaringsonderzoek",
    purpose:
      "Citaten die de cliëntenraad koos (met een code, zonder naam) tonen in het gepubliceerde rapport",
    legalGround: "Toestemming (art. 6 lid 1 sub a AVG), in te trekken; dan verdwijnt het citaat",
  },
  "learning.courses": {
    name: "Leergang Drijfveren",
    purpose: "Aanmelden, wachtlijst en huiswerk van deelnemers aan de leergang",
    legalGround: "Gerechtvaardigd belang van de organisatie (art. 6 lid 1 sub f AVG)",
  },
  "circles.signup": {
    name: "Aanmelding voor een kring",
    purpose: "Een bewoner aanmelden voor een kring (Budgetkring, lotgenotengroep) of de wachtlijst",
    legalGround: "Toestemming (art. 6 lid 1 sub a AVG)",
  },
  "circles.participants": {
    name: "Kringen begeleiden",
    purpose:
      "Deelnemers, aanwezigheid, notities en voortgang van een kring bijhouden; notities 24 maanden na het seizoen gewist",
    legalGround: "Toestemming (art. 6 lid 1 sub a AVG)",
  },
  "coaching.trajectories": {
    name: "Thuisadministratie en schuldhulpmaatje (één op één)",
    purpose: "Een huishouden begeleiden: afspraken, gesprekken, opschalen naar een professional en afsluiten",
    legalGround: "Toestemming (art. 6 lid 1 sub a AVG)",
  },
  "network.pact": {
    name: "Contactpersonen van het Solidariteitspact",
    purpose: "Partners in het netwerk weten wie zij bij een andere organisatie kunnen bellen",
    legalGround: "Gerechtvaardigd belang (art. 6 lid 1 sub f AVG)",
  },
  "conferences.participate": {
    name: "Netwerkconferenties",
    purpose: "Aanmelden, aanwezigheid en sprekers van een netwerkconferentie",
    legalGround: "Gerechtvaardigd belang (art. 6 lid 1 sub f AVG)",
  },
  "agreements.manage": {
    name: "Wijkaanpak en prestatieafspraken",
    purpose: "Vastleggen wie een wijktraject trekt en wie namens een partij een prestatieafspraak tekende",
    legalGround: "Taak van algemeen belang (art. 6 lid 1 sub e AVG)",
  },
  "agreements.guard": {
    name: "Bewaking van de rol van vrijwilligers",
    purpose: "Voorkomen dat een vrijwilliger werk van een professional doet of te veel uren maakt",
    legalGround: "Gerechtvaardigd belang van de organisatie (art. 6 lid 1 sub f AVG)",
  },
  "volunteers.erasure": {
    name: "Gegevens van een vrijwilliger wissen",
    purpose: "Recht op vergetelheid uitvoeren; alleen anonieme aantallen blijven",
    legalGround: "Recht op gegevenswissing (art. 17 AVG)",
  },
  participation: {
    name: "Maatschappelijke participatie (Participatiewet)",
    purpose:
      "Afspraken over vrijwilligerswerk en andere activiteiten van mensen met een uitkering vastleggen, beoordelen en volgen; bewaard tot 7 jaar na het einde",
    legalGround: "Wettelijke taak (art. 6 lid 1 sub e AVG; art. 9 en 17 Participatiewet)",
  },
  "participation.self": {
    name: "Eigen participatie",
    purpose: "De klant stelt zelf een activiteit voor en geeft zijn uren door",
    legalGround: "Wettelijke taak (art. 6 lid 1 sub e AVG; Participatiewet)",
  },
  "participation.organisation": {
    name: "Uren van een participatieplaatsing",
    purpose:
      "De organisatie geeft de uren door van een klant die heeft verteld dat het een participatieafspraak is",
    legalGround:
      "Wettelijke taak van de gemeente (art. 6 lid 1 sub e AVG; Participatiewet), met instemming van de klant",
  },
} as const;
export type ProcessingActivity = keyof typeof processingActivities;

/**
 * The stable id of an activity (Logboek `dpl.core.processing_activity_id`): a URN made from its code.
 * Codes are therefore never renamed; a changed activity gets a new code.
 */
export const processingActivityUri = (code: string) => `urn:inzet:verwerkingsactiviteit:${code}`;

export const processingLogEntrySchema = z.object({
  id: z.uuid(),
  traceId: z.string(),
  occurredAt: z.string(),
  actorUserId: z.string().nullable(),
  actorName: personal(z.string().nullable()),
  actorRole: z.string().nullable(),
  activity: z.string(),
  activityName: z.string(),
  action: z.enum(processingActions),
  subjectType: z.string(),
  subjectId: personal(z.string()),
  outcome: z.string(),
  /** Logboek span_id and processing_activity_id; null on entries from before they were kept. */
  spanId: z.string().nullable(),
  processingActivityId: z.string().nullable(),
  /** The operation at another organisation this one follows from (a referral from elsewhere). */
  foreignOperation: z.object({ traceId: z.string(), spanId: z.string(), entity: z.string() }).nullable(),
});
export type ProcessingLogEntry = z.infer<typeof processingLogEntrySchema>;

export const processingLogQuerySchema = z.object({
  subjectId: z.string().max(100).optional(),
  actorUserId: z.string().max(100).optional(),
  activity: z.string().max(100).optional(),
  from: z.iso.date({ message: "Gebruik een datum als 2026-01-31." }).optional(),
  to: z.iso.date({ message: "Gebruik een datum als 2026-01-31." }).optional(),
});

const day = z.iso.date({ message: "Gebruik een datum als 2026-01-31." });

/** Export in the fields of the Logboek Dataverwerkingen: per person (subject), per period, or both. */
export const logboekExportQuerySchema = z
  .object({
    subject: optional(z.string().trim().max(100)),
    from: optional(day),
    to: optional(day),
    format: z.enum(["json", "csv"]).default("json"),
  })
  .refine((q) => q.subject || (q.from && q.to), {
    message: "Kies een persoon, of een periode met een begin- en einddatum.",
    path: ["subject"],
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: "De einddatum ligt voor de begindatum.",
    path: ["to"],
  });
export type LogboekExportQuery = z.output<typeof logboekExportQuerySchema>;

/** Logboek status_code (OpenTelemetry style); our own status (success/denied/error) is an attribute. */
export const logboekStatusCode = (outcome: string) =>
  outcome === "success" ? "STATUS_CODE_OK" : "STATUS_CODE_ERROR";

export const processingActivitySchema = z.object({
  code: z.string(),
  /** The stable URI (Logboek processing_activity_id). */
  id: z.string(),
  name: z.string(),
  purpose: z.string(),
  legalGround: z.string(),
});

// Small counts in aggregate reports: one rule, in its own file (statistical disclosure control).
export { hidesSmallCounts, SMALL_COUNT } from "./small-counts.ts";

const tags = ["privacy"];
export const privacyEndpoints = {
  search: endpoint({
    method: "GET",
    path: "/api/processing-log",
    tags,
    summary: "Verwerkingslog doorzoeken",
    permission: "processingLog.read",
    processing: "privacy.processingLog",
    query: pageQuerySchema.extend(processingLogQuerySchema.shape),
    response: pageOf(processingLogEntrySchema),
  }),
  export: endpoint({
    method: "GET",
    path: "/api/processing-log/export",
    tags,
    summary: "Verwerkingslog exporteren (CSV)",
    permission: "processingLog.read",
    processing: "privacy.processingLog",
    personalData: true,
    query: processingLogQuerySchema.extend({ q: pageQuerySchema.shape.q }),
  }),
  logboek: endpoint({
    method: "GET",
    path: "/api/processing-log/logboek",
    tags,
    summary:
      "Verwerkingslog van een persoon of periode, in de velden van de Logboek Dataverwerkingen (JSON of CSV)",
    permission: "processingLog.read",
    processing: "privacy.processingLog",
    personalData: true,
    query: logboekExportQuerySchema,
  }),
  activities: endpoint({
    method: "GET",
    path: "/api/processing-activities",
    tags,
    summary: "Register van verwerkingsactiviteiten",
    permission: "authenticated",
    response: z.array(processingActivitySchema),
  }),
  mine: endpoint({
    method: "GET",
    path: "/api/me/processing-log",
    tags,
    summary: "Wie verwerkte mijn gegevens?",
    permission: "authenticated",
    processing: "accounts.self",
    processingNotLogged: "self",
    query: pageQuerySchema,
    response: pageOf(processingLogEntrySchema),
  }),
};
