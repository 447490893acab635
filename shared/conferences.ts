import { endpoint } from "./endpoint.ts";
import { personal } from "./personal-data.ts";
import { can, type PolicyActor } from "./roles.ts";
import { countSchema } from "./small-counts.ts";
import { idParamSchema } from "./validation.ts";
import { z } from "./zod.ts";

/**
 * Network conferences (Solidariteitsconferenties, about three a year): a call for agenda items with a
 * deadline, registrations per organisation, attendance, minutes, and actions with one owner organisation
 * and a due date that carry over to the next conference until done (ADR 0020).
 */
export const conferenceStatuses = ["planned", "held"] as const;
export type ConferenceStatus = (typeof conferenceStatuses)[number];
export const actionStatuses = ["open", "done", "dropped"] as const;
export type ActionStatus = (typeof actionStatuses)[number];

const dateTime = (message: string) => z.iso.datetime({ offset: true, message });

export const conferenceInputSchema = z.object({
  title: z.string().trim().min(3, { message: "Vul een titel in van minstens 3 tekens." }).max(200),
  startsAt: dateTime("Vul de datum en tijd van de conferentie in."),
  place: z.string().trim().max(200, { message: "Hoogstens 200 tekens." }).default(""),
  agendaDeadline: dateTime("Vul in tot wanneer partners agendapunten kunnen insturen."),
});

export const conferenceUpdateSchema = z.object({
  minutes: z.string().trim().max(20_000, { message: "Hoogstens 20.000 tekens." }).optional(),
  status: z.enum(conferenceStatuses, { message: "Kies een status." }).optional(),
  /** Agenda item ids in the organiser's order. */
  agendaOrder: z.array(z.uuid()).max(200).optional(),
});

export const agendaItemInputSchema = z.object({
  title: z.string().trim().min(3, { message: "Vul een onderwerp in van minstens 3 tekens." }).max(200),
  why: z.string().trim().min(5, { message: "Schrijf kort waarom (minstens 5 tekens)." }).max(1000),
  presenter: z.string().trim().max(200, { message: "Hoogstens 200 tekens." }).default(""),
  /** The organiser proposes on behalf of an organisation; a partner always for its own. */
  organisationId: z.uuid({ message: "Kies de organisatie." }).optional(),
});

export const registrationInputSchema = z.object({
  attendees: z
    .array(z.string().trim().min(2, { message: "Vul een naam in." }).max(200))
    .min(1, { message: "Vul minstens één naam in." })
    .max(20),
  /** May other organisations see these names? (opt-in) */
  showNames: z.boolean().default(false),
});

export const attendanceInputSchema = z.object({
  organisationId: z.uuid({ message: "Kies de organisatie." }),
  attended: z.boolean(),
});

export const actionInputSchema = z.object({
  title: z.string().trim().min(3, { message: "Beschrijf de actie (minstens 3 tekens)." }).max(500),
  ownerOrganisationId: z.uuid({ message: "Kies de organisatie die de actie oppakt." }),
  dueOn: z.iso.date({ message: "Vul een datum in waarop het klaar is." }),
});

export const actionUpdateSchema = z.object({
  status: z.enum(actionStatuses, { message: "Kies een status." }),
  note: z.string().trim().max(1000, { message: "Hoogstens 1000 tekens." }).default(""),
});

export const actionSchema = z.object({
  id: z.uuid(),
  conferenceId: z.uuid(),
  conferenceTitle: z.string(),
  title: z.string(),
  ownerOrganisationId: z.uuid(),
  ownerName: z.string(),
  dueOn: z.string(),
  status: z.enum(actionStatuses),
  note: z.string(),
  overdue: z.boolean(),
  can: z.object({ update: z.boolean() }),
});
export type ConferenceAction = z.infer<typeof actionSchema>;

export const conferenceSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  startsAt: z.string(),
  place: z.string(),
  agendaDeadline: z.string(),
  status: z.enum(conferenceStatuses),
  openActions: z.number().int(),
});

export const conferenceSchema = conferenceSummarySchema.extend({
  minutes: z.string(),
  /** Open actions of earlier conferences: first on the agenda ("what happened since last time"). */
  carriedActions: z.array(actionSchema),
  agenda: z.array(
    z.object({
      id: z.uuid(),
      organisationId: z.uuid(),
      organisationName: z.string(),
      title: z.string(),
      why: z.string(),
      presenter: personal(z.string()),
      position: z.number().int(),
    }),
  ),
  registrations: z.array(
    z.object({
      organisationId: z.uuid(),
      organisationName: z.string(),
      /** Names only for the organisation itself and the organiser, or when it opted in. */
      attendees: personal(z.array(z.string())),
      attendeeCount: z.number().int(),
      showNames: z.boolean(),
      attended: z.boolean().nullable(),
    }),
  ),
  actions: z.array(actionSchema),
  can: z.object({ manage: z.boolean(), propose: z.boolean(), register: z.boolean() }),
});
export type Conference = z.infer<typeof conferenceSchema>;

/** The pre-made overview: referrals between partners since the previous conference, new partners, stale offerings. */
export const conferenceOverviewSchema = z.object({
  since: z.string(),
  until: z.string(),
  referrals: z.array(
    z.object({
      fromOrganisationName: z.string(),
      toOrganisationName: z.string(),
      total: countSchema,
      outcomes: z.array(countSchema),
      medianPickUpDays: z.number().nullable(),
    }),
  ),
  /** The pairs not listed, summed (see the referral matrix's `others`). */
  otherReferrals: z
    .object({ pairs: z.number().int(), total: countSchema, outcomes: z.array(countSchema) })
    .nullable(),
  referralTotal: countSchema,
  newPartners: z.array(z.object({ organisationName: z.string(), signedOn: z.string() })),
  staleOfferings: z.number().int(),
});
export type ConferenceOverview = z.infer<typeof conferenceOverviewSchema>;

/** The pact's active members and whether their contact person was invited to a conference. */
export const invitationsSchema = z.object({
  members: z.array(
    z.object({
      organisationId: z.uuid(),
      organisationName: z.string(),
      contactName: personal(z.string()),
      /** Without a contact e-mail address no invitation can go out (set it under Netwerk → Pact). */
      hasEmail: z.boolean(),
      invitedAt: z.string().nullable(),
    }),
  ),
  /** Invitations sent by this request (0 for a plain read). */
  sent: z.number().int(),
});
export type Invitations = z.infer<typeof invitationsSchema>;

/** The organiser (the municipality's network role) manages conferences; any partner proposes until the deadline. */
export const canManageConference = (actor: PolicyActor) => can(actor.role, "conferences.manage");
export function canProposeItem(
  actor: PolicyActor,
  conference: { agendaDeadline: Date; status: string },
  now: Date,
) {
  if (canManageConference(actor)) return true;
  return (
    can(actor.role, "conferences.participate") &&
    actor.organisationId !== null &&
    conference.status === "planned" &&
    now <= conference.agendaDeadline
  );
}
export function canUpdateAction(actor: PolicyActor, action: { ownerOrganisationId: string }) {
  return (
    canManageConference(actor) ||
    (can(actor.role, "conferences.participate") && actor.organisationId === action.ownerOrganisationId)
  );
}

const tags = ["conferenties"];
const withId = { params: idParamSchema };
export const conferenceEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/conferences",
    tags,
    summary: "Netwerkconferenties, nieuwste eerst",
    permission: "conferences.read",
    response: z.array(conferenceSummarySchema),
  }),
  create: endpoint({
    method: "POST",
    path: "/api/conferences",
    tags,
    summary: "Een conferentie plannen en de oproep voor agendapunten openen",
    permission: "conferences.manage",
    body: conferenceInputSchema,
    response: conferenceSummarySchema,
    status: 201,
  }),
  get: endpoint({
    method: "GET",
    path: "/api/conferences/:id",
    tags,
    summary: "Een conferentie: agenda (open acties eerst), aanmeldingen, acties",
    permission: "conferences.read",
    processing: "conferences.participate",
    ...withId,
    response: conferenceSchema,
  }),
  update: endpoint({
    method: "PATCH",
    path: "/api/conferences/:id",
    tags,
    summary: "Verslag, status of volgorde van de agenda",
    permission: "conferences.manage",
    processing: "conferences.participate",
    ...withId,
    body: conferenceUpdateSchema,
    response: conferenceSchema,
  }),
  propose: endpoint({
    method: "POST",
    path: "/api/conferences/:id/agenda",
    tags,
    summary: "Een agendapunt voorstellen (na de deadline alleen de organisator)",
    permission: "conferences.participate",
    processing: "conferences.participate",
    ...withId,
    body: agendaItemInputSchema,
    response: conferenceSchema,
    status: 201,
  }),
  register: endpoint({
    method: "PUT",
    path: "/api/conferences/:id/registration",
    tags,
    summary: "Mijn organisatie aanmelden, met wie er komen",
    permission: "conferences.participate",
    processing: "conferences.participate",
    ...withId,
    body: registrationInputSchema,
    response: conferenceSchema,
  }),
  attendance: endpoint({
    method: "POST",
    path: "/api/conferences/:id/attendance",
    tags,
    summary: "Aanwezigheid op de dag",
    permission: "conferences.manage",
    processing: "conferences.participate",
    ...withId,
    body: attendanceInputSchema,
    response: conferenceSchema,
  }),
  addAction: endpoint({
    method: "POST",
    path: "/api/conferences/:id/actions",
    tags,
    summary: "Een afgesproken actie: één organisatie die hem oppakt en een datum",
    permission: "conferences.manage",
    processing: "conferences.participate",
    ...withId,
    body: actionInputSchema,
    response: conferenceSchema,
    status: 201,
  }),
  updateAction: endpoint({
    method: "PATCH",
    path: "/api/conference-actions/:id",
    tags,
    summary: "Een actie bijwerken (de eigenaar of de organisator)",
    permission: "conferences.participate",
    ...withId,
    body: actionUpdateSchema,
    response: actionSchema,
  }),
  overview: endpoint({
    method: "GET",
    path: "/api/conferences/:id/overview",
    tags,
    summary: "Overzicht sinds de vorige conferentie: doorverwijzingen, nieuwe partners, verouderd aanbod",
    permission: "conferences.read",
    ...withId,
    response: conferenceOverviewSchema,
  }),
  invitations: endpoint({
    method: "GET",
    path: "/api/conferences/:id/invitations",
    tags,
    summary: "Welke partners zijn uitgenodigd (de contactpersonen van het pact)",
    permission: "conferences.manage",
    processing: "conferences.participate",
    ...withId,
    response: invitationsSchema,
  }),
  invite: endpoint({
    method: "POST",
    path: "/api/conferences/:id/invitations",
    tags,
    summary: "De uitnodiging mailen aan de contactpersonen die nog niet zijn uitgenodigd",
    permission: "conferences.manage",
    processing: "conferences.participate",
    ...withId,
    response: invitationsSchema,
  }),
  report: endpoint({
    method: "GET",
    path: "/api/conferences/:id/report.pdf",
    tags,
    summary: "De conferentie als PDF: acties van eerder, agenda, aanmeldingen, acties, verslag en overzicht",
    permission: "conferences.read",
    processing: "conferences.participate",
    personalData: true,
    ...withId,
  }),
};
