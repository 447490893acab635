import type {
  actionInputSchema,
  agendaItemInputSchema,
  Conference,
  ConferenceAction,
  ConferenceOverview,
  conferenceInputSchema,
  conferenceUpdateSchema,
} from "../../../shared/conferences.ts";
import { addDays, amsterdamDay } from "../../../shared/dates.ts";
import { can } from "../../../shared/roles.ts";
import type { z } from "../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { AppError, notFound, validationFailed } from "../../platform/errors.ts";
import { logProcessing } from "../../platform/processing-log.ts";
import { networkChanges } from "../network/service.ts";
import { organisationExists } from "../organisations/service.ts";
import { referralMatrix } from "../referrals/figures/service.ts";
import { canManageConference, canProposeItem, canUpdateAction, seesAttendees } from "./policy.ts";
import * as queries from "./queries.ts";

type Summary = NonNullable<Awaited<ReturnType<typeof queries.findConference>>>;
type ActionRow = Awaited<ReturnType<typeof queries.actionsOf>>[number];

const summary = ({ conference: c, openActions }: Summary) => ({
  id: c.id,
  title: c.title,
  startsAt: c.startsAt.toISOString(),
  place: c.place,
  agendaDeadline: c.agendaDeadline.toISOString(),
  status: c.status,
  openActions: Number(openActions),
});

function presentAction(actor: Actor, row: ActionRow, today: string): ConferenceAction {
  const a = row.action;
  return {
    id: a.id,
    conferenceId: a.conferenceId,
    conferenceTitle: row.conferenceTitle,
    title: a.title,
    ownerOrganisationId: a.ownerOrganisationId,
    ownerName: row.ownerName,
    dueOn: a.dueOn,
    status: a.status,
    note: a.note,
    overdue: a.status === "open" && a.dueOn < today,
    can: { update: canUpdateAction(actor, a) },
  };
}

export async function listConferences(db: DbOrTx, actor: Actor) {
  return (await queries.listConferences(db, actor.tenantId)).map(summary);
}

export async function createConference(
  db: DbOrTx,
  actor: Actor,
  input: z.output<typeof conferenceInputSchema>,
) {
  if (new Date(input.agendaDeadline) > new Date(input.startsAt))
    throw validationFailed([
      {
        path: "agendaDeadline",
        code: "after_start",
        message: "De deadline voor agendapunten ligt na de conferentie.",
      },
    ]);
  const id = await queries.insertConference(db, {
    tenantId: actor.tenantId,
    title: input.title,
    startsAt: new Date(input.startsAt),
    place: input.place,
    agendaDeadline: new Date(input.agendaDeadline),
  });
  return summary((await queries.findConference(db, actor.tenantId, id))!);
}

/** A conference with its agenda: open actions of earlier conferences first, then the items in order. */
async function load(tx: DbOrTx, actor: Actor, id: string, now: Date): Promise<Conference> {
  const row = await queries.findConference(tx, actor.tenantId, id);
  if (!row) throw notFound();
  const c = row.conference;
  const [agenda, registrations, actions, carried] = await Promise.all([
    queries.agenda(tx, actor.tenantId, id),
    queries.registrations(tx, actor.tenantId, id),
    queries.actionsOf(tx, actor.tenantId, id),
    queries.carriedActions(tx, actor.tenantId, c.startsAt),
  ]);
  const manages = canManageConference(actor);
  const today = amsterdamDay(now);
  const named = registrations.filter((r) => seesAttendees(actor, r.registration, manages));
  await logProcessing(tx, actor, {
    activity: "conferences.participate",
    action: "read",
    subjectType: "conferenceRegistration",
    subjectIds: [
      ...named.map((r) => r.registration.id),
      ...agenda.filter((a) => a.item.presenter).map((a) => a.item.id),
    ],
  });
  return {
    ...summary(row),
    minutes: c.minutes,
    carriedActions: carried.map((a) => presentAction(actor, a, today)),
    agenda: agenda.map(({ item, organisationName }) => ({
      id: item.id,
      organisationId: item.organisationId,
      organisationName,
      title: item.title,
      why: item.why,
      presenter: item.presenter,
      position: item.position,
    })),
    registrations: registrations.map(({ registration: r, organisationName }) => ({
      organisationId: r.organisationId,
      organisationName,
      attendees: seesAttendees(actor, r, manages) ? r.attendees : [],
      attendeeCount: r.attendees.length,
      showNames: r.showNames,
      attended: r.attended,
    })),
    actions: actions.map((a) => presentAction(actor, a, today)),
    can: {
      manage: manages,
      propose: canProposeItem(actor, c, now),
      register:
        can(actor.role, "conferences.participate") && actor.organisationId !== null && c.status === "planned",
    },
  };
}

export function getConference(db: Db, actor: Actor, id: string, now = new Date()) {
  return db.transaction((tx) => load(tx, actor, id, now));
}

export async function updateConference(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof conferenceUpdateSchema>,
) {
  return db.transaction(async (tx) => {
    if (!(await queries.findConference(tx, actor.tenantId, id))) throw notFound();
    await queries.updateConference(tx, actor.tenantId, id, {
      ...(input.minutes !== undefined ? { minutes: input.minutes } : {}),
      ...(input.status ? { status: input.status } : {}),
    });
    for (const [position, itemId] of (input.agendaOrder ?? []).entries())
      await queries.setAgendaPosition(tx, actor.tenantId, id, itemId, position + 1);
    return load(tx, actor, id, new Date());
  });
}

/** A partner proposes an item for its own organisation until the deadline; the organiser at any time. */
export async function proposeItem(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof agendaItemInputSchema>,
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const row = await queries.findConference(tx, actor.tenantId, id);
    if (!row) throw notFound();
    const manages = canManageConference(actor);
    const organisationId = manages ? (input.organisationId ?? actor.organisationId) : actor.organisationId;
    if (!organisationId)
      throw validationFailed([{ path: "organisationId", code: "required", message: "Kies de organisatie." }]);
    if (manages && !(await organisationExists(tx, actor.tenantId, organisationId)))
      throw validationFailed([
        {
          path: "organisationId",
          code: "unknown_organisation",
          message: "Kies een organisatie uit de lijst.",
        },
      ]);
    if (!canProposeItem(actor, row.conference, now))
      throw new AppError(
        409,
        "deadline_passed",
        "De deadline voor agendapunten is voorbij. Vraag de organisator om het punt toe te voegen.",
      );
    await queries.insertAgendaItem(tx, {
      tenantId: actor.tenantId,
      conferenceId: id,
      organisationId,
      title: input.title,
      why: input.why,
      presenter: input.presenter,
    });
    await logProcessing(tx, actor, {
      activity: "conferences.participate",
      action: "create",
      subjectType: "conferenceAgendaItem",
      subjectIds: [id],
    });
    return load(tx, actor, id, now);
  });
}

export async function register(
  db: Db,
  actor: Actor,
  id: string,
  input: { attendees: string[]; showNames: boolean },
) {
  return db.transaction(async (tx) => {
    const row = await queries.findConference(tx, actor.tenantId, id);
    if (!row) throw notFound();
    if (!actor.organisationId)
      throw new AppError(
        403,
        "no_organisation",
        "U werkt niet voor een organisatie; aanmelden kan dan niet.",
      );
    if (row.conference.status !== "planned")
      throw new AppError(409, "conference_held", "Deze conferentie is al geweest.");
    await queries.upsertRegistration(tx, {
      tenantId: actor.tenantId,
      conferenceId: id,
      organisationId: actor.organisationId,
      attendees: [...new Set(input.attendees)],
      showNames: input.showNames,
    });
    await logProcessing(tx, actor, {
      activity: "conferences.participate",
      action: "update",
      subjectType: "conferenceRegistration",
      subjectIds: [id],
    });
    return load(tx, actor, id, new Date());
  });
}

export async function recordAttendance(
  db: Db,
  actor: Actor,
  id: string,
  input: { organisationId: string; attended: boolean },
) {
  return db.transaction(async (tx) => {
    if (!(await queries.findConference(tx, actor.tenantId, id))) throw notFound();
    if (!(await organisationExists(tx, actor.tenantId, input.organisationId)))
      throw validationFailed([
        {
          path: "organisationId",
          code: "unknown_organisation",
          message: "Kies een organisatie uit de lijst.",
        },
      ]);
    await queries.setAttendance(tx, { tenantId: actor.tenantId, conferenceId: id, ...input });
    return load(tx, actor, id, new Date());
  });
}

/** A decision becomes an action with one owner organisation and a due date. */
export async function addAction(db: Db, actor: Actor, id: string, input: z.output<typeof actionInputSchema>) {
  return db.transaction(async (tx) => {
    if (!(await queries.findConference(tx, actor.tenantId, id))) throw notFound();
    if (!(await organisationExists(tx, actor.tenantId, input.ownerOrganisationId)))
      throw validationFailed([
        {
          path: "ownerOrganisationId",
          code: "unknown_organisation",
          message: "Kies een organisatie uit de lijst.",
        },
      ]);
    await queries.insertAction(tx, { tenantId: actor.tenantId, conferenceId: id, ...input });
    return load(tx, actor, id, new Date());
  });
}

export async function updateAction(
  db: Db,
  actor: Actor,
  id: string,
  input: { status: "open" | "done" | "dropped"; note: string },
) {
  return db.transaction(async (tx) => {
    const row = await queries.findAction(tx, actor.tenantId, id);
    if (!row) throw notFound();
    if (!canUpdateAction(actor, row.action))
      throw new AppError(
        403,
        "not_owner",
        "Alleen de organisatie die de actie oppakt of de organisator kan hem bijwerken.",
      );
    await queries.updateAction(tx, actor.tenantId, id, input);
    return presentAction(actor, (await queries.findAction(tx, actor.tenantId, id))!, amsterdamDay());
  });
}

/**
 * The overview for a conference: referrals between partners since the previous conference (or the four
 * months before this one), small counts always hidden; new partners in that period; stale offerings now.
 */
export async function overview(db: Db, actor: Actor, id: string): Promise<ConferenceOverview> {
  const row = await queries.findConference(db, actor.tenantId, id);
  if (!row) throw notFound();
  const c = row.conference;
  const previous = await queries.previousConference(db, actor.tenantId, c.startsAt, c.id);
  const until = amsterdamDay(c.startsAt);
  const since = previous ? amsterdamDay(previous.startsAt) : addDays(until, -122);
  const matrix = await referralMatrix(db, actor, { from: addDays(since, 1), to: until }, true);
  const changes = await networkChanges(db, actor.tenantId, since, until);
  return {
    since,
    until,
    referrals: matrix.pairs.map((p) => ({
      fromOrganisationName: p.fromOrganisationName,
      toOrganisationName: p.toOrganisationName,
      total: p.total,
      outcomes: p.outcomes,
      medianPickUpDays: p.medianPickUpDays,
    })),
    otherReferrals: matrix.others && {
      pairs: matrix.others.pairs,
      total: matrix.others.total,
      outcomes: matrix.others.outcomes,
    },
    referralTotal: matrix.total,
    ...changes,
  };
}
