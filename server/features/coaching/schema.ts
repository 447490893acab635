import { date, index, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type {
  coachingFrequencies,
  endOutcomes,
  endReasons,
  escalationOutcomes,
  TrajectoryStatus,
} from "../../../shared/coaching.ts";
import { authUser } from "../accounts/schema.ts";
import { organisation } from "../organisations/schema.ts";
import { tenant } from "../tenancy/schema.ts";
import { volunteer } from "../volunteers/schema.ts";

/** A coach (volunteer) and a household, from start to an end with reason and outcome. */
export const coachingTrajectory = pgTable(
  "coaching_trajectory",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    coachVolunteerId: uuid()
      .notNull()
      .references(() => volunteer.id, { onDelete: "cascade" }),
    household: text().notNull(),
    contact: text().notNull().default(""),
    startsOn: date().notNull(),
    maxEndOn: date().notNull(),
    frequency: text().$type<(typeof coachingFrequencies)[number]>().notNull(),
    status: text().$type<TrajectoryStatus>().notNull().default("active"),
    escalationNote: text().notNull().default(""),
    escalatedAt: timestamp({ withTimezone: true }),
    escalationOutcome: text().$type<(typeof escalationOutcomes)[number]>(),
    endedOn: date(),
    endReason: text().$type<(typeof endReasons)[number]>(),
    outcome: text().$type<(typeof endOutcomes)[number]>(),
    createdByUserId: text().references(() => authUser.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("coaching_trajectory_tenant_org").on(t.tenantId, t.organisationId, t.status),
    index("coaching_trajectory_coach").on(t.tenantId, t.coachVolunteerId),
  ],
);

export const coachingMeeting = pgTable(
  "coaching_meeting",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    trajectoryId: uuid()
      .notNull()
      .references(() => coachingTrajectory.id, { onDelete: "cascade" }),
    heldOn: date().notNull(),
    minutes: smallint().notNull(),
    topics: text().array().notNull().default([]),
    note: text().notNull().default(""),
    recordedByUserId: text().references(() => authUser.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("coaching_meeting_trajectory").on(t.tenantId, t.trajectoryId, t.heldOn)],
);
