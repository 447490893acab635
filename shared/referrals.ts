import { endpoint } from "./endpoint.ts";
import { pageOf } from "./paging.ts";
import { personal } from "./personal-data.ts";
import { can, type PolicyActor } from "./roles.ts";
import { idParamSchema } from "./validation.ts";
import { z } from "./zod.ts";

/**
 * Referrals (doorverwijzingen): a household, with its consent, is referred to a partner organisation
 * (stadsbank, schuldhulp, wijkteam…) that answers how far it got. Shared by every feature that refers:
 * door-to-door visits now, the network of partner organisations later.
 */
export const referralStatuses = [
  "sent",
  "received",
  "intakePlanned",
  "inProgress",
  "done",
  "notTakenUp",
] as const;
export type ReferralStatus = (typeof referralStatuses)[number];
export const referralUrgencies = ["normal", "urgent"] as const;
export const referralSources = ["outreachVisit"] as const;

/** Which answers a partner can give next. */
export const referralTransitions: Record<ReferralStatus, ReferralStatus[]> = {
  sent: ["received", "notTakenUp"],
  received: ["intakePlanned", "inProgress", "notTakenUp"],
  intakePlanned: ["inProgress", "done", "notTakenUp"],
  inProgress: ["done", "notTakenUp"],
  done: [],
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

export const referralAnswerSchema = z.object({
  status: z.enum(referralStatuses, { message: "Kies een stap." }),
  note: z.string().trim().max(1000, { message: "Hoogstens 1000 tekens." }).default(""),
  /** Ask the volunteer who made the referral to come along to the intake (warm overdracht). */
  askVolunteer: z.boolean().default(false),
});

export const referralSchema = z.object({
  id: z.uuid(),
  source: z.enum(referralSources),
  /** Where the household is: the address of the visit. */
  household: personal(z.string()),
  contact: personal(z.string()),
  partnerOrganisationId: z.uuid(),
  partnerName: z.string(),
  fromOrganisationName: z.string(),
  reason: personal(z.string()),
  urgency: z.enum(referralUrgencies),
  handoff: z.boolean(),
  /** The partner asked the volunteer to come along to the intake. */
  volunteerAsked: z.boolean(),
  status: z.enum(referralStatuses),
  statusNote: personal(z.string()),
  createdAt: z.string(),
  statusChangedAt: z.string(),
  /** Still not picked up after PICK_UP_WORKING_DAYS working days. */
  overdue: z.boolean(),
  /** What the signed-in user may do with this referral (the UI shows only these actions). */
  can: z.object({ answer: z.boolean() }),
});
export type Referral = z.infer<typeof referralSchema>;

export const referralQuerySchema = z.object({
  status: z.enum(referralStatuses).optional(),
  overdue: z.enum(["true"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});

/** Only the organisation that received a referral answers it, and only a role that answers referrals. */
export function canAnswerReferral(actor: PolicyActor, referral: { partnerOrganisationId: string }) {
  return (
    can(actor.role, "referrals.answer") &&
    actor.organisationId !== null &&
    actor.organisationId === referral.partnerOrganisationId
  );
}

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

// --- Working days (weekends and Dutch public holidays off) ---

const iso = (d: Date) => d.toISOString().slice(0, 10);
const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

/** Easter Sunday (Anonymous Gregorian algorithm). */
function easter(year: number) {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month, day);
}

/** The Dutch public holidays of a year (Bevrijdingsdag every year, as most collective agreements do). */
export function dutchHolidays(year: number): Set<string> {
  const e = easter(year);
  const plus = (days: number) => iso(new Date(e.getTime() + days * 86_400_000));
  const kingsDay = utc(year, 4, 27);
  // Koningsdag moves to the 26th when the 27th is a Sunday.
  if (kingsDay.getUTCDay() === 0) kingsDay.setUTCDate(26);
  return new Set([
    `${year}-01-01`,
    plus(-2), // Goede Vrijdag
    plus(0),
    plus(1), // tweede paasdag
    iso(kingsDay),
    `${year}-05-05`,
    plus(39), // Hemelvaartsdag
    plus(49),
    plus(50), // tweede pinksterdag
    `${year}-12-25`,
    `${year}-12-26`,
  ]);
}

/** Working days after `from` up to and including `to` (both yyyy-mm-dd). */
export function workingDaysBetween(from: string, to: string) {
  let count = 0;
  const day = new Date(`${from}T12:00:00Z`);
  const end = new Date(`${to}T12:00:00Z`);
  while (day < end) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !dutchHolidays(day.getUTCFullYear()).has(iso(day))) count++;
  }
  return count;
}
