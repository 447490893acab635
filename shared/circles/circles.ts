import { endpoint } from "../endpoint.ts";
import { pageOf } from "../paging.ts";
import { personal } from "../personal-data.ts";
import { can, type PolicyActor } from "../roles.ts";
import { idParamSchema } from "../validation.ts";
import { z } from "../zod.ts";
import { participantSchema } from "./participants.ts";

/** A circle (kring): one season of a programme, with 1–2 leaders and sessions made from the curriculum. */
export const day = z.iso.date({ message: "Gebruik een datum als 2027-01-31." });
export const time = z
  .string({ message: "Vul een tijd in." })
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { message: "Gebruik een tijd als 19:30." });

export const MAX_LEADERS = 2;

export const circleInputSchema = z
  .object({
    programmeId: z.uuid({ message: "Kies een programma." }),
    name: z
      .string({ message: "Vul een naam in." })
      .trim()
      .min(2, { message: "Vul een naam in (minstens 2 tekens)." })
      .max(100, { message: "Hoogstens 100 tekens." }),
    place: z
      .string({ message: "Vul een plek in." })
      .trim()
      .min(2, { message: "Vul in waar de kring samenkomt." })
      .max(200, { message: "Hoogstens 200 tekens." }),
    /** The first session; the next ones follow weekly on the same weekday (public holidays skipped). */
    startsOn: day,
    startTime: time,
    endTime: time,
    leaderIds: z
      .array(z.uuid({ message: "Kies een begeleider." }))
      .min(1, { message: "Kies minstens één begeleider." })
      .max(MAX_LEADERS, { message: "Een kring heeft hoogstens twee begeleiders." })
      .refine((ids) => new Set(ids).size === ids.length, { message: "Kies twee verschillende begeleiders." }),
    /** Residents can sign up on the public page. */
    publicSignup: z.boolean().default(true),
  })
  .refine((c) => c.endTime > c.startTime, {
    message: "De eindtijd ligt voor de begintijd.",
    path: ["endTime"],
  });
export type CircleInput = z.output<typeof circleInputSchema>;

export const leadersInputSchema = z.object({ leaderIds: circleInputSchema.shape.leaderIds });

export const sessionSchema = z.object({
  id: z.uuid(),
  number: z.number(),
  theme: z.string(),
  guide: z.string(),
  date: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  cancelled: z.boolean(),
  note: personal(z.string()),
});
export type CircleSession = z.infer<typeof sessionSchema>;

export const sessionPatchSchema = z
  .object({
    date: day.optional(),
    startTime: time.optional(),
    endTime: time.optional(),
    theme: z.string().trim().min(2, { message: "Vul een thema in." }).max(100).optional(),
    guide: z.string().trim().max(2000, { message: "Hoogstens 2000 tekens." }).optional(),
    cancelled: z.boolean().optional(),
  })
  .refine((p) => !p.startTime || !p.endTime || p.endTime > p.startTime, {
    message: "De eindtijd ligt voor de begintijd.",
    path: ["endTime"],
  });

export const sessionAddSchema = z
  .object({
    date: day,
    startTime: time.optional(),
    endTime: time.optional(),
    theme: z.string().trim().min(2, { message: "Vul een thema in." }).max(100),
    guide: z.string().trim().max(2000, { message: "Hoogstens 2000 tekens." }).default(""),
  })
  .refine((p) => !p.startTime || !p.endTime || p.endTime > p.startTime, {
    message: "De eindtijd ligt voor de begintijd.",
    path: ["endTime"],
  });

export const circleSchema = z.object({
  id: z.uuid(),
  programmeId: z.uuid(),
  programmeName: z.string(),
  organisationId: z.uuid(),
  name: z.string(),
  place: z.string(),
  startsOn: z.string(),
  startTime: z.string(),
  endTime: z.string(),
  maxSize: z.number(),
  publicSignup: z.boolean(),
  leaders: z.array(z.object({ volunteerId: z.uuid(), name: personal(z.string()) })),
  participantCount: z.number(),
  waitlistCount: z.number(),
  can: z.object({ manage: z.boolean() }),
});
export type Circle = z.infer<typeof circleSchema>;

export const circleDetailSchema = circleSchema.extend({
  sessions: z.array(sessionSchema),
  participants: z.array(participantSchema),
  /** The private iCal feed for leaders and participants (null until made). */
  calendarUrl: z.string().nullable(),
});
export type CircleDetail = z.infer<typeof circleDetailSchema>;

export const circleQuerySchema = z.object({
  programmeId: z.uuid({ message: "Ongeldige id." }).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
});

/** A coordinator manages the circles of their own organisation; a beheerder those of the tenant. */
export function canManageCircle(actor: PolicyActor, circle: { organisationId: string }) {
  return (
    can(actor.role, "circles.manage") &&
    (actor.role !== "coordinator" || actor.organisationId === circle.organisationId)
  );
}

const tags = ["kringen"];
const sessionParams = z.object({ id: z.uuid({ message: "Ongeldige id." }) });
export const circleEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/circles",
    tags,
    summary: "Kringen (seizoenen) van mijn organisatie",
    permission: "circles.read",
    processing: "circles.participants",
    query: circleQuerySchema,
    response: pageOf(circleSchema),
  }),
  create: endpoint({
    method: "POST",
    path: "/api/circles",
    tags,
    summary: "Een seizoen starten: begeleiders (training en VOG op elke datum), plek, tijden, bijeenkomsten",
    permission: "circles.manage",
    processing: "circles.participants",
    body: circleInputSchema,
    response: circleDetailSchema,
    status: 201,
  }),
  get: endpoint({
    method: "GET",
    path: "/api/circles/:id",
    tags,
    summary: "Een kring met bijeenkomsten, deelnemers en wachtlijst",
    permission: "circles.read",
    processing: "circles.participants",
    params: idParamSchema,
    response: circleDetailSchema,
  }),
  setLeaders: endpoint({
    method: "PUT",
    path: "/api/circles/:id/leaders",
    tags,
    summary: "Begeleiders van een kring kiezen (training en VOG op elke datum gecontroleerd)",
    permission: "circles.manage",
    processing: "circles.participants",
    params: idParamSchema,
    body: leadersInputSchema,
    response: circleDetailSchema,
  }),
  addSession: endpoint({
    method: "POST",
    path: "/api/circles/:id/sessions",
    tags,
    summary: "Een bijeenkomst toevoegen",
    permission: "circles.manage",
    processing: "circles.participants",
    params: idParamSchema,
    body: sessionAddSchema,
    response: circleDetailSchema,
    status: 201,
  }),
  updateSession: endpoint({
    method: "PATCH",
    path: "/api/circle-sessions/:id",
    tags,
    summary: "Een bijeenkomst verzetten, wijzigen of afzeggen",
    permission: "circles.manage",
    processing: "circles.participants",
    params: sessionParams,
    body: sessionPatchSchema,
    response: circleDetailSchema,
  }),
  renewCalendar: endpoint({
    method: "POST",
    path: "/api/circles/:id/calendar",
    tags,
    summary: "Een nieuwe agendalink (iCal) voor de kring maken; de oude werkt niet meer",
    permission: "circles.manage",
    params: idParamSchema,
    response: z.object({ url: z.string() }),
  }),
  calendarFeed: endpoint({
    method: "GET",
    path: "/api/public/circle-calendar/:file",
    tags,
    summary:
      "Agenda van een kring (iCalendar, Europe/Amsterdam): thema's, plek en tijden; de link is het geheim",
    permission: "public",
    personalData: false,
    params: z.object({ file: z.string().max(100) }),
  }),
};
