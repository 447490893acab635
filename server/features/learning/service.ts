import {
  type Trajectory,
  type TrajectoryInput,
  trajectoryFields,
  type trajectoryQuerySchema,
} from "../../../shared/learning/trajectories.ts";
import type { z } from "../../../shared/zod.ts";
import type { DbOrTx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { notFound } from "../../platform/errors.ts";
import { canEditTrajectory } from "./policy.ts";
import * as queries from "./queries.ts";

type Row = NonNullable<Awaited<ReturnType<typeof queries.findOwn>>>;
type Query = z.output<typeof trajectoryQuerySchema>;

function present(actor: Actor, { trajectory: t, tenantName }: Row): Trajectory {
  const editable = canEditTrajectory(actor, t);
  return {
    id: t.id,
    title: t.title,
    ...(Object.fromEntries(trajectoryFields.map((f) => [f, t.answers[f] ?? ""])) as Record<
      (typeof trajectoryFields)[number],
      string
    >),
    links: t.links,
    themes: t.themes,
    sharedAt: t.sharedAt?.toISOString() ?? null,
    tenantName,
    updatedAt: t.updatedAt.toISOString(),
    can: { edit: editable, share: editable },
  };
}

const valuesOf = (input: TrajectoryInput) => ({
  title: input.title,
  answers: Object.fromEntries(trajectoryFields.map((f) => [f, input[f]])) as Record<
    (typeof trajectoryFields)[number],
    string
  >,
  links: input.links,
  themes: input.themes,
});

const pageOf = (
  actor: Actor,
  query: Query,
  { rows, total }: Awaited<ReturnType<typeof queries.listShared>>,
) => ({
  items: rows.map((row) => present(actor, row)),
  total,
  page: query.page,
  pageSize: query.pageSize,
});

export async function listTrajectories(db: DbOrTx, actor: Actor, query: Query) {
  return pageOf(actor, query, await queries.listTrajectories(db, actor.tenantId, query, query));
}

/** The library: what any werkgebied on this installation chose to share. */
export async function listLibrary(db: DbOrTx, actor: Actor, query: Query) {
  return pageOf(actor, query, await queries.listShared(db, query, query));
}

export async function getTrajectory(db: DbOrTx, actor: Actor, id: string) {
  const row = await queries.findVisible(db, actor.tenantId, id);
  if (!row) throw notFound();
  return present(actor, row);
}

export async function createTrajectory(db: DbOrTx, actor: Actor, input: TrajectoryInput) {
  const { id } = await queries.insertTrajectory(db, {
    tenantId: actor.tenantId,
    createdByUserId: actor.userId,
    ...valuesOf(input),
  });
  return getTrajectory(db, actor, id);
}

export async function updateTrajectory(db: DbOrTx, actor: Actor, id: string, input: TrajectoryInput) {
  const changed = await queries.updateTrajectory(db, actor.tenantId, id, {
    ...valuesOf(input),
    updatedAt: new Date(),
  });
  if (!changed) throw notFound();
  return getTrajectory(db, actor, id);
}

/** Opt-in per trajectory: shared with the library of every werkgebied, or taken back. */
export async function shareTrajectory(db: DbOrTx, actor: Actor, id: string, shared: boolean) {
  const row = await queries.findOwn(db, actor.tenantId, id);
  if (!row) throw notFound();
  await queries.updateTrajectory(db, actor.tenantId, id, {
    sharedAt: shared ? (row.trajectory.sharedAt ?? new Date()) : null,
  });
  return getTrajectory(db, actor, id);
}
