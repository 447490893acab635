import { endpoint } from "../endpoint.ts";
import { personal } from "../personal-data.ts";
import { emailSchema, idParamSchema, optional, phoneSchema } from "../validation.ts";
import { z } from "../zod.ts";

/**
 * Participants of a circle: registered for the whole season. A full circle has a waitlist; a place
 * that opens is offered to the first on it, with a mail and a reply deadline (ADR 0019).
 */
export const participantStatuses = ["active", "waitlisted", "offered", "left", "declined"] as const;
export type ParticipantStatus = (typeof participantStatuses)[number];
export const participantSources = ["public", "coordinator", "referral"] as const;

/** Days to answer an offered place before it goes to the next on the waitlist. */
export const OFFER_REPLY_DAYS = 3;

/** Statuses that hold a place (an offered place is kept for its reply deadline). */
export const holdsPlace = (status: ParticipantStatus) => status === "active" || status === "offered";

const name = (what: string) =>
  z
    .string({ message: `Vul uw ${what} in.` })
    .trim()
    .min(1, { message: `Vul uw ${what} in.` })
    .max(100, { message: "Hoogstens 100 tekens." });

export const publicSignupSchema = z.object({
  givenName: name("voornaam"),
  familyName: name("achternaam"),
  email: emailSchema,
  phone: optional(phoneSchema),
  consent: z.literal(true, { message: "Zet een vinkje als u het goed vindt dat wij uw gegevens bewaren." }),
});
export type PublicSignup = z.output<typeof publicSignupSchema>;

export const participantInputSchema = z.object({
  givenName: name("voornaam"),
  familyName: name("achternaam"),
  email: optional(emailSchema),
  phone: optional(phoneSchema),
});

export const participantSchema = z.object({
  id: z.uuid(),
  personId: z.uuid(),
  name: personal(z.string()),
  email: personal(z.string().nullable()),
  phone: personal(z.string().nullable()),
  status: z.enum(participantStatuses),
  source: z.enum(participantSources),
  /** 1 = the next to get a place (waitlisted only). */
  waitlistPosition: z.number().nullable(),
  offerExpiresAt: z.string().nullable(),
  signedUpAt: z.string(),
});
export type Participant = z.infer<typeof participantSchema>;

export const publicCircleSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  programmeName: z.string(),
  kind: z.string(),
  organisationName: z.string(),
  place: z.string(),
  startsOn: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  sessionCount: z.number(),
  themes: z.array(z.object({ number: z.number(), theme: z.string() })),
  /** Full: a sign-up goes on the waitlist. */
  full: z.boolean(),
});

export const signupResultSchema = z.object({
  status: z.enum(participantStatuses),
  waitlistPosition: z.number().nullable(),
});

export const offerReplySchema = z.object({
  token: z.string().trim().min(20, { message: "Deze link is niet compleet." }).max(100),
  accept: z.boolean({ message: "Kies ja of nee." }),
});

const tags = ["kringen"];
export const participantEndpoints = {
  add: endpoint({
    method: "POST",
    path: "/api/circles/:id/participants",
    tags,
    summary: "Een deelnemer inschrijven (op de wachtlijst als de kring vol is)",
    permission: "circles.manage",
    processing: "circles.participants",
    params: idParamSchema,
    body: participantInputSchema,
    response: participantSchema,
    status: 201,
  }),
  leave: endpoint({
    method: "POST",
    path: "/api/circle-participants/:id/leave",
    tags,
    summary: "Een deelnemer stopt; de vrije plek gaat naar de eerste op de wachtlijst",
    permission: "circles.manage",
    processing: "circles.participants",
    params: idParamSchema,
    response: participantSchema,
  }),
  publicGet: endpoint({
    method: "GET",
    path: "/api/public/circles/:id",
    tags,
    summary: "Een kring voor iedereen: waar, wanneer, welke thema's, of hij vol is",
    permission: "public",
    params: idParamSchema,
    response: publicCircleSchema,
  }),
  publicSignup: endpoint({
    method: "POST",
    path: "/api/public/circles/:id/signups",
    tags,
    summary: "Aanmelden voor een kring (met of zonder account); vol: op de wachtlijst",
    permission: "public",
    params: idParamSchema,
    body: publicSignupSchema,
    response: signupResultSchema,
    status: 201,
  }),
  replyOffer: endpoint({
    method: "POST",
    path: "/api/public/circle-offers/reply",
    tags,
    summary: "Antwoord op een aangeboden plek (ja of nee, vóór de uiterste datum)",
    permission: "public",
    body: offerReplySchema,
    response: signupResultSchema,
  }),
};
