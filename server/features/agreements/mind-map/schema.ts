import { bigint, doublePrecision, index, numeric, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { FunnelStage, NodeKind, performers } from "../../../../shared/agreements/mind-map.ts";
import { tenant } from "../../tenancy/schema.ts";
import { agreementTrajectory } from "../schema.ts";

/** A node of the mind map: need, solution or condition; solutions carry the funnel stage. */
export const agreementNode = pgTable(
  "agreement_node",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    trajectoryId: uuid()
      .notNull()
      .references(() => agreementTrajectory.id, { onDelete: "cascade" }),
    parentId: uuid(),
    kind: text().$type<NodeKind>().notNull(),
    title: text().notNull(),
    note: text().notNull().default(""),
    stage: text().$type<FunnelStage>().notNull().default("raised"),
    reason: text().notNull().default(""),
    cost: numeric({ precision: 12, scale: 2, mode: "number" }),
    who: text().notNull().default(""),
    performer: text().$type<(typeof performers)[number]>(),
    mergedIntoId: uuid(),
    x: doublePrecision(),
    y: doublePrecision(),
    /** Creation order, for a stable list. */
    seq: bigint({ mode: "number" }).generatedAlwaysAsIdentity(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("agreement_node_trajectory").on(t.tenantId, t.trajectoryId, t.parentId)],
);

/** The audit trail of a node: created, each stage change, merges (both sides), moves. */
export const agreementNodeEvent = pgTable(
  "agreement_node_event",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    nodeId: uuid()
      .notNull()
      .references(() => agreementNode.id, { onDelete: "cascade" }),
    kind: text().$type<"created" | "stage" | "merged" | "mergedFrom" | "moved">().notNull(),
    fromStage: text().$type<FunnelStage>(),
    toStage: text().$type<FunnelStage>(),
    reason: text().notNull().default(""),
    otherNodeId: uuid(),
    byUserId: text(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("agreement_node_event_node").on(t.tenantId, t.nodeId, t.at)],
);
