import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { ideaFlags, ideaKinds, ideaStatuses } from "../../../../shared/agreements/dialogue.ts";
import { bytea } from "../../../db/columns.ts";
import { organisation } from "../../organisations/schema.ts";
import { tenant } from "../../tenancy/schema.ts";
import { agreementTrajectory } from "../schema.ts";

/** A meeting with residents in the wijk. */
export const agreementMeeting = pgTable(
  "agreement_meeting",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    trajectoryId: uuid()
      .notNull()
      .references(() => agreementTrajectory.id, { onDelete: "cascade" }),
    heldOn: date().notNull(),
    place: text().notNull(),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id, { onDelete: "restrict" }),
    residentCount: integer().notNull(),
    notes: text().notNull().default(""),
    createdByUserId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("agreement_meeting_trajectory").on(t.tenantId, t.trajectoryId, t.heldOn)],
);

/** A photo of a flip-over or a report of a meeting. */
export const agreementAttachment = pgTable(
  "agreement_attachment",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    meetingId: uuid()
      .notNull()
      .references(() => agreementMeeting.id, { onDelete: "cascade" }),
    name: text().notNull(),
    contentType: text().notNull(),
    size: integer().notNull(),
    data: bytea().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("agreement_attachment_meeting").on(t.tenantId, t.meetingId)],
);

/** A need or idea on the board of a wijk, from a resident or a professional. */
export const agreementIdea = pgTable(
  "agreement_idea",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    trajectoryId: uuid()
      .notNull()
      .references(() => agreementTrajectory.id, { onDelete: "cascade" }),
    kind: text().$type<(typeof ideaKinds)[number]>().notNull(),
    title: text().notNull(),
    body: text().notNull().default(""),
    authorKind: text().$type<"resident" | "professional">().notNull(),
    /** The signed-in author, if any (never shown on the board). */
    authorUserId: text(),
    status: text().$type<(typeof ideaStatuses)[number]>().notNull().default("pending"),
    flags: text().array().$type<(typeof ideaFlags)[number][]>().notNull().default([]),
    reports: integer().notNull().default(0),
    supportCount: integer().notNull().default(0),
    /** The mind-map node it was placed in. */
    nodeId: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("agreement_idea_trajectory").on(t.tenantId, t.trajectoryId, t.status, t.createdAt),
    index("agreement_idea_node").on(t.tenantId, t.nodeId),
  ],
);

/** One support per browser key (a hash of it) and idea. */
export const agreementIdeaSupport = pgTable(
  "agreement_idea_support",
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    ideaId: uuid()
      .notNull()
      .references(() => agreementIdea.id, { onDelete: "cascade" }),
    supporterHash: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("agreement_idea_support_once").on(t.tenantId, t.ideaId, t.supporterHash)],
);
