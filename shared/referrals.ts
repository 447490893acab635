import { instantOfAmsterdamLocal } from "./dates.ts";
import { endpoint } from "./endpoint.ts";
import { pageOf } from "./paging.ts";
import { personal } from "./personal-data.ts";
/**
 * Referrals (doorverwijzingen): a household, with its consent, is referred to a partner organisation
 * (stadsbank, schuldhulp, wijkteam…) that answers how far it got. Shared by every feature that refers:
 * door-to-door visits now, the network of partner organisations later.
 */
import { type ReferralStatus, referralStatuses } from "./referral-statuses.ts";
import { can, type PolicyActor } from "./roles.ts";
import { idParamSchema } from "./validation.ts";
import { z } from "./zod.ts";

export { type ReferralStatus, referralStatuses };
export const referralUrgencies = ["normal", "urgent"] as const;
/** Where a referral starts: the doorstep, a plain intake, or (seams for features built elsewhere) a coaching trajectory, a circle, a klantmanager's client. */
export const referralSources = ["outreachVisit", "intake", "coaching", "circle", "client"] as const;
export const contactPreferences = ["phone", "email", "letter", "viaReferrer"] as const;
export type ContactPreference = (typeof contactPreferences)[number];
/** Why a partner could not help: one set of categories for every partner (shared meaning). */
export const notHelpedReasons = ["outsideTarget", "noCapacity", "otherHelpNeeded", "other"] as const;
export type NotHelpedReason = (typeof notHelpedReasons)[number];
export const closedReferralStatuses: readonly ReferralStatus[] = ["done", "notHelped", "notTakenUp"];

/** Which answers a partner can give next. */
export const referralTransitions: Record<ReferralStatus, ReferralStatus[]> = {
  sent: ["received", "notTakenUp"],
  received: ["intakePlanned", "inProgress", "notHelped", "notTakenUp"],
  intakePlanned: ["inProgress", "done", "notHelped", "notTakenUp"],
  inProgress: ["intakePlanned", "done", "notHelped", "notTakenUp"],
  done: [],
  notHelped: [],
  notTakenUp: [],
};

/** A referral not picked up (still "sent") after this many working days is flagged. */
export const PICK_UP_WORKING_DAYS = 5;

export const referralInputSchema = z.object({
  partnerOrganisationId: z.uuid({ message: "Kies de organisatie waarnaar u doorverwijst." }),
  reason: z.string().trim().min(5, { message: "Schrijf kort waarom (minstens 5 tekens)." }).max(1000),
  urgency: z.enum(referralUrgencies).default("normal"),
  /** How the partner can reach the household (a phone number or a name), given with consent. */
  contact: z.string().trim().max(200, { message: "Hoogstens 200 tekens." }).default(""),
  /** The volunteer is asked to come along to the intake (warm overdracht). */
  handoff: z.boolean().default(false),
  consent: z.literal(true, { message: "Doorverwijzen kan alleen met toestemming van het huishouden." }),
});
export type ReferralInput = z.output<typeof referralInputSchema>;

export const referralAnswerSchema = z
  .object({
    status: z.enum(referralStatuses, { message: "Kies een stap." }),
    /** The partner's case note: only the partner sees it. */
    note: z.string().trim().max(1000, { message: "Hoogstens 1000 tekens." }).default(""),
    /** Ask the volunteer who made the referral to come along to the intake (warm overdracht). */
    askVolunteer: z.boolean().default(false),
    /** The partner's own reference (case or dossier number). */
    partnerReference: z.string().trim().max(100, { message: "Hoogstens 100 tekens." }).optional(),
    /**
     * The intake's moment: with an offset, or as Amsterdam's wall clock ("2026-12-09T10:00", what a
     * datetime-local field gives), never the server's zone. Normalised to an ISO instant in UTC.
     */
    intakeAt: z.iso
      .datetime({ offset: true, local: true, message: "Vul een datum en tijd in." })
      .transform((value) =>
        (/(Z|[+-]\d{2}:?\d{2})$/.test(value)
          ? new Date(value)
          : instantOfAmsterdamLocal(value)!
        ).toISOString(),
      )
      .optional(),
    intakePlace: z.string().trim().max(200, { message: "Hoogstens 200 tekens." }).optional(),
    notHelpedReason: z.enum(notHelpedReasons, { message: "Kies waarom het niet lukte." }).optional(),
  })
  .superRefine((answer, ctx) => {
    if (answer.status === "intakePlanned" && !answer.intakeAt)
      ctx.addIssue({ code: "custom", path: ["intakeAt"], message: "Vul de datum en tijd van de intake in." });
    if (answer.status === "intakePlanned" && !answer.intakePlace)
      ctx.addIssue({ code: "custom", path: ["intakePlace"], message: "Vul in waar de intake is." });
    if (answer.status === "notHelped" && !answer.notHelpedReason)
      ctx.addIssue({ code: "custom", path: ["notHelpedReason"], message: "Kies waarom het niet lukte." });
  });

export const referralReopenSchema = z.object({
  note: z
    .string()
    .trim()
    .min(5, { message: "Schrijf kort waarom u heropent (minstens 5 tekens)." })
    .max(1000),
});
export const referralWithdrawSchema = z.object({
  note: z.string().trim().max(500, { message: "Hoogstens 500 tekens." }).default(""),
});

/** A referral between two organisations of the pact, from a form (not from a visit). */
export const networkReferralInputSchema = referralInputSchema.extend({
  source: z.enum(referralSources).exclude(["outreachVisit"]).default("intake"),
  sourceId: z.uuid().optional(),
  offeringId: z.uuid({ message: "Kies een aanbod uit de lijst." }).optional(),
  /** The resident's name (or how the partner will know them). */
  resident: z.string().trim().min(2, { message: "Vul de naam van de inwoner in." }).max(200),
  contact: z.string().trim().min(6, { message: "Vul een telefoonnummer of e-mailadres in." }).max(200),
  contactPreference: z.enum(contactPreferences, { message: "Kies hoe de inwoner benaderd wil worden." }),
});
export type NetworkReferralInput = z.output<typeof networkReferralInputSchema>;

/**
 * The consent in plain words, as the resident hears it and as it is stored with the referral: what is
 * shared, with whom, and that it can be withdrawn. The form shows the same sentence.
 */
export function consentStatement(from: string, to: string) {
  return (
    `Ik vind het goed dat ${from} mijn naam, hoe ik bereikbaar ben en de reden van deze doorverwijzing ` +
    `doorgeeft aan ${to}. ${to} neemt dan contact met mij op. ${from} ziet alleen hoe ver het is, ` +
    "niet wat ik met " +
    `${to} bespreek. Ik kan dit altijd weer intrekken; dan worden deze gegevens bij beide organisaties gewist.`
  );
}

export const referralSchema = z.object({
  id: z.uuid(),
  source: z.enum(referralSources),
  /** Where the household is: the address of the visit. */
  household: personal(z.string()),
  contact: personal(z.string()),
  sourceId: z.uuid().nullable(),
  partnerOrganisationId: z.uuid(),
  partnerName: z.string(),
  fromOrganisationId: z.uuid(),
  fromOrganisationName: z.string(),
  offeringId: z.uuid().nullable(),
  contactPreference: z.enum(contactPreferences),
  consentText: personal(z.string()),
  consentAt: z.string().nullable(),
  /** The resident withdrew consent: the details are gone on both sides. */
  consentWithdrawn: z.boolean(),
  partnerReference: z.string(),
  intakeAt: z.string().nullable(),
  intakePlace: z.string(),
  notHelpedReason: z.enum(notHelpedReasons).nullable(),
  reason: personal(z.string()),
  urgency: z.enum(referralUrgencies),
  handoff: z.boolean(),
  /** The partner asked the volunteer to come along to the intake. */
  volunteerAsked: z.boolean(),
  status: z.enum(referralStatuses),
  /** The partner's case note: empty for the sender (it sees status, never the partner's notes). */
  statusNote: personal(z.string()),
  createdAt: z.string(),
  statusChangedAt: z.string(),
  /** Still not picked up after the partner's service level (default PICK_UP_WORKING_DAYS working days). */
  overdue: z.boolean(),
  /** What the signed-in user may do with this referral (the UI shows only these actions). */
  can: z.object({ answer: z.boolean(), reopen: z.boolean(), withdrawConsent: z.boolean() }),
});
export type Referral = z.infer<typeof referralSchema>;

export const referralQuerySchema = z.object({
  status: z.enum(referralStatuses).optional(),
  /** incoming: sent to my organisation; outgoing: sent by it. */
  direction: z.enum(["incoming", "outgoing"]).optional(),
  overdue: z.enum(["true"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});

type PolicyReferral = {
  partnerOrganisationId: string;
  fromOrganisationId: string;
  status: ReferralStatus;
  consentWithdrawnAt?: Date | string | null;
};

/** Only the organisation that received a referral answers it, and only a role that answers referrals. */
export function canAnswerReferral(actor: PolicyActor, referral: PolicyReferral) {
  return (
    can(actor.role, "referrals.answer") &&
    actor.organisationId !== null &&
    actor.organisationId === referral.partnerOrganisationId &&
    !referral.consentWithdrawnAt
  );
}

/** The receiver reopens a closed referral (with a note). */
export function canReopenReferral(actor: PolicyActor, referral: PolicyReferral) {
  return canAnswerReferral(actor, referral) && closedReferralStatuses.includes(referral.status);
}

/** Either side records that the resident withdrew consent (once). */
export function canWithdrawConsent(actor: PolicyActor, referral: PolicyReferral) {
  return (
    can(actor.role, "referrals.read") &&
    actor.organisationId !== null &&
    (actor.organisationId === referral.partnerOrganisationId ||
      actor.organisationId === referral.fromOrganisationId) &&
    !referral.consentWithdrawnAt
  );
}

/** The sender sees the status, never the partner's case notes. */
export const seesCaseNotes = (actor: PolicyActor, referral: { partnerOrganisationId: string }) =>
  actor.organisationId !== null && actor.organisationId === referral.partnerOrganisationId;

const tags = ["doorverwijzingen"];
export const referralEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/referrals",
    tags,
    summary: "Doorverwijzingen die mijn organisatie deed of kreeg (urgent eerst)",
    permission: "referrals.read",
    processing: "referrals.handle",
    query: referralQuerySchema,
    response: pageOf(referralSchema),
  }),
  create: endpoint({
    method: "POST",
    path: "/api/referrals",
    tags,
    summary: "Een inwoner met toestemming doorverwijzen naar een andere organisatie in het pact",
    permission: "referrals.create",
    processing: "referrals.handle",
    body: networkReferralInputSchema,
    response: referralSchema,
    status: 201,
  }),
  get: endpoint({
    method: "GET",
    path: "/api/referrals/:id",
    tags,
    summary: "Eén doorverwijzing",
    permission: "referrals.read",
    processing: "referrals.handle",
    params: idParamSchema,
    response: referralSchema,
  }),
  intakeCalendar: endpoint({
    method: "GET",
    path: "/api/referrals/:id/intake.ics",
    tags,
    summary:
      "De geplande intake als agenda-afspraak (iCalendar, Europe/Amsterdam), voor de ontvanger en de verwijzer; zonder naam of adres",
    permission: "referrals.read",
    processing: "referrals.handle",
    // The partner's reference (kenmerk) points to a resident, so the file counts as personal data.
    personalData: true,
    params: idParamSchema,
  }),
  reopen: endpoint({
    method: "POST",
    path: "/api/referrals/:id/reopen",
    tags,
    summary: "Een afgesloten doorverwijzing heropenen, met een notitie",
    permission: "referrals.answer",
    processing: "referrals.handle",
    params: idParamSchema,
    body: referralReopenSchema,
    response: referralSchema,
  }),
  withdrawConsent: endpoint({
    method: "POST",
    path: "/api/referrals/:id/withdraw-consent",
    tags,
    summary: "De inwoner trekt de toestemming in: gegevens worden aan beide kanten gewist",
    permission: "referrals.read",
    processing: "referrals.handle",
    params: idParamSchema,
    body: referralWithdrawSchema,
    response: referralSchema,
  }),
  answer: endpoint({
    method: "POST",
    path: "/api/referrals/:id/answer",
    tags,
    summary: "Antwoord van de partner: ontvangen, intake gepland, bezig, klaar of niet opgepakt",
    permission: "referrals.answer",
    processing: "referrals.handle",
    params: idParamSchema,
    body: referralAnswerSchema,
    response: referralSchema,
  }),
};

export { dutchHolidays, workingDaysBetween } from "./working-days.ts";
