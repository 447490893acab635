import {
  DEFAULT_MAX_MONTHS,
  type endInputSchema,
  type escalationInputSchema,
  type escalationOutcomeSchema,
  type meetingInputSchema,
  type Trajectory,
  type trajectoryInputSchema,
  type trajectoryStatuses,
} from "../../../shared/coaching.ts";
import type { z } from "../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { AppError, notFound, validationFailed } from "../../platform/errors.ts";
import { logProcessing } from "../../platform/processing-log.ts";
import { findOwnVolunteerId, findVolunteerContactInScope } from "../volunteers/service.ts";
import { canLogTrajectory, canManageTrajectory, trajectoryScope } from "./policy.ts";
import * as queries from "./queries.ts";

type Input<S extends z.ZodType> = z.output<S>;

/** The maximum end: start plus the setting's months (12), the day before the same date. */
function maxEndOf(startsOn: string, months = DEFAULT_MAX_MONTHS) {
  const [y, m, d] = startsOn.split("-").map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y, m - 1 + months, d, 12));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

async function context(db: DbOrTx, actor: Actor) {
  const volunteerId = await findOwnVolunteerId(db, actor);
  return { volunteerId, scope: trajectoryScope(actor, volunteerId) };
}

function present(
  actor: Actor,
  volunteerId: string | null,
  row: queries.TrajectoryRow,
  meetings: Awaited<ReturnType<typeof queries.meetingsOf>>,
): Trajectory {
  const t = row.trajectory;
  const policyActor = { role: actor.role, organisationId: actor.organisationId, volunteerId };
  return {
    id: t.id,
    organisationId: t.organisationId,
    coachVolunteerId: t.coachVolunteerId,
    coachName: `${row.coach.givenName} ${row.coach.familyName}`.trim(),
    household: t.household,
    contact: t.contact,
    startsOn: t.startsOn,
    maxEndOn: t.maxEndOn,
    frequency: t.frequency,
    status: t.status,
    escalationNote: t.escalationNote,
    escalationOutcome: t.escalationOutcome,
    endedOn: t.endedOn,
    endReason: t.endReason,
    outcome: t.outcome,
    meetings: meetings
      .filter((m) => m.trajectoryId === t.id)
      .map((m) => ({ id: m.id, heldOn: m.heldOn, minutes: m.minutes, topics: m.topics, note: m.note })),
    can: { log: canLogTrajectory(policyActor, t), manage: canManageTrajectory(actor, t) },
  };
}

async function logRead(
  tx: DbOrTx,
  actor: Actor,
  ids: string[],
  action: "read" | "create" | "update" = "read",
) {
  await logProcessing(tx, actor, {
    activity: "coaching.trajectories",
    action,
    subjectType: "coachingTrajectory",
    subjectIds: ids,
  });
}

export async function listTrajectories(
  db: Db,
  actor: Actor,
  query: { status?: (typeof trajectoryStatuses)[number]; page: number; pageSize: number },
) {
  return db.transaction(async (tx) => {
    const { volunteerId, scope } = await context(tx, actor);
    const { rows, total } = await queries.listTrajectories(tx, scope, query, query);
    const meetings = await queries.meetingsOf(
      tx,
      actor.tenantId,
      rows.map((r) => r.trajectory.id),
    );
    await logRead(
      tx,
      actor,
      rows.map((r) => r.trajectory.id),
    );
    return {
      items: rows.map((r) => present(actor, volunteerId, r, meetings)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  });
}

async function detail(tx: DbOrTx, actor: Actor, id: string, action: "read" | "create" | "update" = "read") {
  const { volunteerId, scope } = await context(tx, actor);
  const row = await queries.findTrajectory(tx, scope, id);
  if (!row) throw notFound();
  await logRead(tx, actor, [id], action);
  return present(actor, volunteerId, row, await queries.meetingsOf(tx, actor.tenantId, [id]));
}

export function getTrajectory(db: Db, actor: Actor, id: string) {
  return db.transaction((tx) => detail(tx, actor, id));
}

/** The coordinator pairs a coach of their organisation with a household. */
export async function createTrajectory(db: Db, actor: Actor, input: Input<typeof trajectoryInputSchema>) {
  return db.transaction(async (tx) => {
    const coach = await findVolunteerContactInScope(tx, actor, input.coachVolunteerId);
    if (!coach || !actor.organisationId)
      throw validationFailed([
        { path: "coachVolunteerId", code: "unknown_volunteer", message: "Kies een coach uit de lijst." },
      ]);
    const id = await queries.insertTrajectory(tx, {
      tenantId: actor.tenantId,
      organisationId: actor.organisationId,
      coachVolunteerId: input.coachVolunteerId,
      household: input.household,
      contact: input.contact,
      startsOn: input.startsOn,
      maxEndOn: maxEndOf(input.startsOn),
      frequency: input.frequency,
      createdByUserId: actor.userId,
    });
    return detail(tx, actor, id, "create");
  });
}

/** A trajectory the actor may log in (coach or coordinator, not ended), or 404/403. */
async function forLogging(tx: DbOrTx, actor: Actor, id: string) {
  const { volunteerId, scope } = await context(tx, actor);
  const row = await queries.findTrajectory(tx, scope, id);
  if (!row) throw notFound();
  if (
    !canLogTrajectory({ role: actor.role, organisationId: actor.organisationId, volunteerId }, row.trajectory)
  )
    throw new AppError(409, "trajectory_ended", "Dit traject is afgesloten.");
  return row.trajectory;
}

export async function addMeeting(db: Db, actor: Actor, id: string, input: Input<typeof meetingInputSchema>) {
  return db.transaction(async (tx) => {
    const t = await forLogging(tx, actor, id);
    if (input.heldOn < t.startsOn)
      throw validationFailed([
        { path: "heldOn", code: "before_start", message: "Dit gesprek ligt voor de start van het traject." },
      ]);
    if (input.heldOn > t.maxEndOn)
      throw validationFailed([
        {
          path: "heldOn",
          code: "past_max_end",
          message: `Het traject loopt tot ${t.maxEndOn}. Vraag de coördinator het traject eerst te verlengen.`,
        },
      ]);
    await queries.insertMeeting(tx, {
      tenantId: actor.tenantId,
      trajectoryId: id,
      ...input,
      recordedByUserId: actor.userId,
    });
    return detail(tx, actor, id, "update");
  });
}

/** Too heavy for a volunteer: a professional takes over or refers; the coach sees the outcome. */
export async function escalate(db: Db, actor: Actor, id: string, input: Input<typeof escalationInputSchema>) {
  return db.transaction(async (tx) => {
    const t = await forLogging(tx, actor, id);
    if (t.status === "escalated")
      throw new AppError(409, "already_escalated", "Dit traject is al opgeschaald.");
    await queries.updateTrajectory(tx, actor.tenantId, id, {
      status: "escalated",
      escalationNote: input.note,
      escalatedAt: new Date(),
      escalationOutcome: "pending",
    });
    return detail(tx, actor, id, "update");
  });
}

async function managed(tx: DbOrTx, actor: Actor, id: string) {
  const { scope } = await context(tx, actor);
  const row = await queries.findTrajectory(tx, scope, id);
  if (!row) throw notFound();
  return row.trajectory;
}

export async function setEscalationOutcome(
  db: Db,
  actor: Actor,
  id: string,
  input: Input<typeof escalationOutcomeSchema>,
) {
  return db.transaction(async (tx) => {
    const t = await managed(tx, actor, id);
    if (t.status !== "escalated")
      throw new AppError(409, "not_escalated", "Dit traject is niet opgeschaald.");
    await queries.updateTrajectory(tx, actor.tenantId, id, {
      escalationOutcome: input.outcome,
      status: input.outcome === "backToCoach" ? "active" : "escalated",
    });
    return detail(tx, actor, id, "update");
  });
}

/** Past the maximum end only with an explicit extension by the coordinator. */
export async function extend(db: Db, actor: Actor, id: string, maxEndOn: string) {
  return db.transaction(async (tx) => {
    const t = await managed(tx, actor, id);
    if (maxEndOn <= t.maxEndOn)
      throw validationFailed([
        { path: "maxEndOn", code: "not_later", message: `Kies een datum na ${t.maxEndOn}.` },
      ]);
    await queries.updateTrajectory(tx, actor.tenantId, id, { maxEndOn });
    return detail(tx, actor, id, "update");
  });
}

export async function endTrajectory(db: Db, actor: Actor, id: string, input: Input<typeof endInputSchema>) {
  return db.transaction(async (tx) => {
    const t = await forLogging(tx, actor, id);
    if (input.endedOn < t.startsOn)
      throw validationFailed([
        { path: "endedOn", code: "before_start", message: "De einddatum ligt voor de start." },
      ]);
    await queries.updateTrajectory(tx, actor.tenantId, id, {
      status: "ended",
      endedOn: input.endedOn,
      endReason: input.reason,
      outcome: input.outcome,
    });
    return detail(tx, actor, id, "update");
  });
}
