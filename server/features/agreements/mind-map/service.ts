import {
  type MindMapNode,
  type mergeInputSchema,
  type NodeInput,
  type nodeUpdateSchema,
  parentKindOf,
  type StageInput,
  stageProblems,
} from "../../../../shared/agreements/mind-map.ts";
import { mindMapSvg } from "../../../../shared/agreements/mind-map-svg.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { notFound, validationFailed } from "../../../platform/errors.ts";
import { mindMapPdf } from "../document/service.ts";
import { requireTrajectory } from "../service.ts";
import * as queries from "./queries.ts";

type NodeRow = Awaited<ReturnType<typeof queries.listNodes>>[number];

function present(row: NodeRow, ideaIds: string[]): MindMapNode {
  return {
    id: row.id,
    kind: row.kind,
    parentId: row.parentId,
    title: row.title,
    note: row.note,
    stage: row.stage,
    reason: row.reason,
    feasibility:
      row.kind === "solution" && (row.cost !== null || row.who || row.performer)
        ? { cost: row.cost, who: row.who, performer: row.performer }
        : null,
    mergedIntoId: row.mergedIntoId,
    ideaIds,
    x: row.x,
    y: row.y,
  };
}

async function mapOf(tx: DbOrTx, tenantId: string, trajectoryId: string) {
  const [rows, ideas] = await Promise.all([
    queries.listNodes(tx, tenantId, trajectoryId),
    queries.ideasInNodes(tx, tenantId, trajectoryId),
  ]);
  return rows.map((r) =>
    present(
      r,
      ideas.filter((i) => i.nodeId === r.id).map((i) => i.id),
    ),
  );
}

async function presentOne(tx: DbOrTx, tenantId: string, id: string) {
  const row = (await queries.findNode(tx, tenantId, id))!;
  const ideas = await queries.ideasInNodes(tx, tenantId, row.trajectoryId);
  return present(
    row,
    ideas.filter((i) => i.nodeId === id).map((i) => i.id),
  );
}

export async function getMindMap(db: DbOrTx, actor: Actor, trajectoryId: string) {
  await requireTrajectory(db, actor, trajectoryId);
  return { nodes: await mapOf(db, actor.tenantId, trajectoryId) };
}

/** The mind map as a file: an SVG picture or a PDF, with the same layout. */
export async function mindMapFile(
  db: DbOrTx,
  actor: Actor,
  trajectoryId: string,
  stageLabel: (s: string) => string,
  format: "svg" | "pdf" = "svg",
) {
  const trajectory = await requireTrajectory(db, actor, trajectoryId);
  const nodes = await mapOf(db, actor.tenantId, trajectoryId);
  const title = `Mindmap ${trajectory.districtName}`;
  return format === "pdf" ? mindMapPdf(title, nodes, stageLabel) : mindMapSvg(title, nodes, stageLabel);
}

/** A parent of the right kind in the same map (a need is a root). */
async function checkParent(
  tx: DbOrTx,
  tenantId: string,
  trajectoryId: string,
  kind: NodeInput["kind"],
  parentId: string | null,
) {
  const wanted = parentKindOf[kind];
  if (wanted === null) {
    if (parentId)
      throw validationFailed([
        {
          path: "parentId",
          code: "root_only",
          message: "Een behoefte staat bovenaan, niet onder iets anders.",
        },
      ]);
    return;
  }
  const [parent] = parentId ? await queries.findNodes(tx, tenantId, trajectoryId, [parentId]) : [];
  if (!parent || parent.kind !== wanted || parent.stage === "merged")
    throw validationFailed([
      {
        path: "parentId",
        code: "wrong_parent",
        message:
          kind === "solution"
            ? "Een oplossing hoort onder een behoefte."
            : "Een randvoorwaarde hoort onder een oplossing.",
      },
    ]);
}

export async function addNode(db: Db, actor: Actor, trajectoryId: string, input: NodeInput) {
  return db.transaction(async (tx) => {
    await requireTrajectory(tx, actor, trajectoryId);
    await checkParent(tx, actor.tenantId, trajectoryId, input.kind, input.parentId);
    const idea = input.ideaId ? await queries.findIdea(tx, actor.tenantId, trajectoryId, input.ideaId) : null;
    if (input.ideaId && idea?.status !== "published")
      throw validationFailed([
        { path: "ideaId", code: "unknown_idea", message: "Kies een zichtbaar idee van dit bord." },
      ]);
    const row = await queries.insertNode(tx, {
      tenantId: actor.tenantId,
      trajectoryId,
      parentId: input.parentId,
      kind: input.kind,
      title: input.title,
      note: input.note,
    });
    await queries.insertEvent(tx, {
      tenantId: actor.tenantId,
      nodeId: row.id,
      kind: "created",
      toStage: "raised",
      byUserId: actor.userId,
    });
    if (idea) await queries.placeIdea(tx, actor.tenantId, idea.id, row.id);
    return presentOne(tx, actor.tenantId, row.id);
  });
}

async function requireNode(tx: DbOrTx, actor: Actor, id: string) {
  const row = await queries.findNode(tx, actor.tenantId, id);
  if (!row) throw notFound();
  return row;
}

export async function updateNode(db: Db, actor: Actor, id: string, input: z.output<typeof nodeUpdateSchema>) {
  return db.transaction(async (tx) => {
    const row = await requireNode(tx, actor, id);
    if (input.parentId !== undefined && input.parentId !== row.parentId) {
      await checkParent(tx, actor.tenantId, row.trajectoryId, row.kind, input.parentId);
      await queries.insertEvent(tx, {
        tenantId: actor.tenantId,
        nodeId: id,
        kind: "moved",
        otherNodeId: input.parentId,
        byUserId: actor.userId,
      });
    }
    await queries.updateNode(tx, actor.tenantId, id, input);
    return presentOne(tx, actor.tenantId, id);
  });
}

/** Moves a solution through the funnel; "checked" records the feasibility, "not chosen" its reason. */
export async function changeStage(db: Db, actor: Actor, id: string, input: StageInput) {
  return db.transaction(async (tx) => {
    const row = await requireNode(tx, actor, id);
    if (row.kind !== "solution")
      throw validationFailed([
        { path: "stage", code: "not_solution", message: "Alleen een oplossing gaat door de trechter." },
      ]);
    const problems = stageProblems(row.stage, input);
    if (problems.length) throw validationFailed(problems);
    await queries.updateNode(tx, actor.tenantId, id, {
      stage: input.stage,
      reason: input.reason,
      ...(input.stage === "checked" && { cost: input.cost, who: input.who, performer: input.performer }),
    });
    await queries.insertEvent(tx, {
      tenantId: actor.tenantId,
      nodeId: id,
      kind: "stage",
      fromStage: row.stage,
      toStage: input.stage,
      reason: input.reason,
      byUserId: actor.userId,
    });
    return presentOne(tx, actor.tenantId, id);
  });
}

/**
 * Merges a duplicate solution into another of the same map: the duplicate keeps its row (stage
 * "merged", pointing to the other), its ideas and conditions move along, both get an event.
 */
export async function mergeNode(db: Db, actor: Actor, id: string, input: z.output<typeof mergeInputSchema>) {
  return db.transaction(async (tx) => {
    const row = await requireNode(tx, actor, id);
    const [into] = await queries.findNodes(tx, actor.tenantId, row.trajectoryId, [input.intoId]);
    const problems = [];
    if (row.kind !== "solution" || row.stage === "merged" || row.stage === "chosen")
      problems.push({
        path: "intoId",
        code: "cannot_merge",
        message: "Alleen een open oplossing kan worden samengevoegd.",
      });
    else if (!into || into.id === id || into.kind !== "solution" || into.stage === "merged")
      problems.push({
        path: "intoId",
        code: "wrong_target",
        message: "Kies een andere oplossing uit deze mindmap.",
      });
    if (problems.length) throw validationFailed(problems);
    await queries.updateNode(tx, actor.tenantId, id, {
      stage: "merged",
      mergedIntoId: input.intoId,
      reason: input.reason,
    });
    await queries.moveIdeas(tx, actor.tenantId, id, input.intoId);
    await queries.reparent(tx, actor.tenantId, id, input.intoId);
    const event = { tenantId: actor.tenantId, reason: input.reason, byUserId: actor.userId };
    await queries.insertEvent(tx, {
      ...event,
      nodeId: id,
      kind: "merged",
      fromStage: row.stage,
      toStage: "merged",
      otherNodeId: input.intoId,
    });
    await queries.insertEvent(tx, { ...event, nodeId: input.intoId, kind: "mergedFrom", otherNodeId: id });
    return { nodes: await mapOf(tx, actor.tenantId, row.trajectoryId) };
  });
}

export async function nodeHistory(db: DbOrTx, actor: Actor, id: string) {
  const row = await requireNode(db, actor, id);
  const [events, nodes] = await Promise.all([
    queries.eventsOf(db, actor.tenantId, id),
    queries.listNodes(db, actor.tenantId, row.trajectoryId),
  ]);
  const titles = new Map(nodes.map((n) => [n.id, n.title]));
  return {
    items: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      fromStage: e.fromStage,
      toStage: e.toStage,
      reason: e.reason,
      otherNodeTitle: e.otherNodeId ? (titles.get(e.otherNodeId) ?? null) : null,
      at: e.at.toISOString(),
    })),
  };
}

/** What happened to the solutions ideas were placed in, following merges (for the board). */
export async function outcomesOf(db: DbOrTx, tenantId: string, trajectoryId: string) {
  const nodes = await queries.listNodes(db, tenantId, trajectoryId);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return (nodeId: string | null) => {
    let node = nodeId ? byId.get(nodeId) : undefined;
    for (let hops = 0; node?.mergedIntoId && hops < 20; hops++) node = byId.get(node.mergedIntoId);
    return node ? { stage: node.stage, reason: node.reason, solution: node.title } : null;
  };
}
