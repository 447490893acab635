import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { AttendanceStatus } from "../../../shared/circles/attendance.ts";
import type { ParticipantStatus, participantSources } from "../../../shared/circles/participants.ts";
import type { ProgrammeKind } from "../../../shared/circles/programmes.ts";
import { authUser, person } from "../accounts/schema.ts";
import { organisation } from "../organisations/schema.ts";
import { tenant } from "../tenancy/schema.ts";
import { volunteer } from "../volunteers/schema.ts";

const tenantId = () =>
  uuid()
    .notNull()
    .references(() => tenant.id, { onDelete: "cascade" });

/** A programme: curriculum, default size and the leaders' required trainings and VOG profiles. */
export const circleProgramme = pgTable(
  "circle_programme",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    name: text().notNull(),
    kind: text().$type<ProgrammeKind>().notNull(),
    curriculum: jsonb().$type<{ theme: string; guide: string }[]>().notNull(),
    sessionCount: smallint().notNull(),
    targetSize: smallint().notNull(),
    maxSize: smallint().notNull(),
    requiredTrainings: text().array().notNull().default([]),
    vogProfiles: text().array().notNull().default([]),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("circle_programme_tenant_org").on(t.tenantId, t.organisationId)],
);

/** One season of a programme. */
export const circle = pgTable(
  "circle",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    programmeId: uuid()
      .notNull()
      .references(() => circleProgramme.id, { onDelete: "cascade" }),
    name: text().notNull(),
    place: text().notNull(),
    startsOn: date().notNull(),
    startTime: text().notNull(),
    endTime: text().notNull(),
    maxSize: smallint().notNull(),
    publicSignup: boolean().notNull().default(true),
    /** Secret of the circle's iCal feed; a new one invalidates the old link. */
    calendarToken: text().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("circle_tenant_org").on(t.tenantId, t.organisationId, t.startsOn),
    index("circle_tenant_programme").on(t.tenantId, t.programmeId),
  ],
);

export const circleLeader = pgTable(
  "circle_leader",
  {
    tenantId: tenantId(),
    circleId: uuid()
      .notNull()
      .references(() => circle.id, { onDelete: "cascade" }),
    volunteerId: uuid()
      .notNull()
      .references(() => volunteer.id, { onDelete: "cascade" }),
  },
  (t) => [
    uniqueIndex("circle_leader_unique").on(t.tenantId, t.circleId, t.volunteerId),
    index("circle_leader_volunteer").on(t.tenantId, t.volunteerId),
  ],
);

export const circleSession = pgTable(
  "circle_session",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    circleId: uuid()
      .notNull()
      .references(() => circle.id, { onDelete: "cascade" }),
    number: smallint().notNull(),
    theme: text().notNull(),
    guide: text().notNull().default(""),
    date: date().notNull(),
    startTime: text().notNull(),
    endTime: text().notNull(),
    cancelled: boolean().notNull().default(false),
    /** The leader's short note of the session (personal data: removed after the retention period). */
    note: text().notNull().default(""),
  },
  (t) => [index("circle_session_tenant_circle").on(t.tenantId, t.circleId, t.date)],
);

/** A person registered for a circle for the season, or on its waitlist. */
export const circleParticipant = pgTable(
  "circle_participant",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    circleId: uuid()
      .notNull()
      .references(() => circle.id, { onDelete: "cascade" }),
    personId: uuid()
      .notNull()
      .references(() => person.id, { onDelete: "cascade" }),
    status: text().$type<ParticipantStatus>().notNull(),
    source: text().$type<(typeof participantSources)[number]>().notNull(),
    /** Seam for the network practice: a referral that targeted this programme. */
    referralId: uuid(),
    signedUpAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    offerTokenHash: text().unique(),
    offerExpiresAt: timestamp({ withTimezone: true }),
    statusChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    addedByUserId: text().references(() => authUser.id, { onDelete: "set null" }),
  },
  (t) => [
    index("circle_participant_tenant_circle").on(t.tenantId, t.circleId, t.status, t.signedUpAt),
    index("circle_participant_person").on(t.tenantId, t.personId),
    uniqueIndex("circle_participant_once")
      .on(t.circleId, t.personId)
      .where(sql`${t.status} in ('active', 'waitlisted', 'offered')`),
    index("circle_participant_offer").on(t.offerExpiresAt).where(sql`${t.status} = 'offered'`),
  ],
);

/** Attendance and progress of one participant at one session (one row: a later save replaces it). */
export const circleAttendance = pgTable(
  "circle_attendance",
  {
    tenantId: tenantId(),
    sessionId: uuid()
      .notNull()
      .references(() => circleSession.id, { onDelete: "cascade" }),
    participantId: uuid()
      .notNull()
      .references(() => circleParticipant.id, { onDelete: "cascade" }),
    status: text().$type<AttendanceStatus>().notNull(),
    progress: text().notNull().default(""),
    scale: smallint(),
    recordedByUserId: text().references(() => authUser.id, { onDelete: "set null" }),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("circle_attendance_unique").on(t.tenantId, t.sessionId, t.participantId),
    index("circle_attendance_participant").on(t.tenantId, t.participantId),
  ],
);

/** Each sync from a leader's phone, by the id the phone made: the same id twice is refused. */
export const circleAttendanceSync = pgTable(
  "circle_attendance_sync",
  {
    id: uuid().primaryKey(),
    tenantId: tenantId(),
    sessionId: uuid()
      .notNull()
      .references(() => circleSession.id, { onDelete: "cascade" }),
    records: integer().notNull(),
    syncedByUserId: text().references(() => authUser.id, { onDelete: "set null" }),
    syncedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("circle_attendance_sync_session").on(t.tenantId, t.sessionId)],
);

/** A participant's own goal, in their own words; reached on a day (personal data). */
export const circleGoal = pgTable(
  "circle_goal",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    participantId: uuid()
      .notNull()
      .references(() => circleParticipant.id, { onDelete: "cascade" }),
    text: text().notNull(),
    reachedOn: date(),
    createdByUserId: text().references(() => authUser.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("circle_goal_participant").on(t.tenantId, t.participantId, t.createdAt)],
);

/** The participant's evaluation at the end of the circle: one per participant, a later save replaces it. */
export const circleEvaluation = pgTable(
  "circle_evaluation",
  {
    tenantId: tenantId(),
    participantId: uuid()
      .notNull()
      .references(() => circleParticipant.id, { onDelete: "cascade" }),
    score: smallint().notNull(),
    comment: text().notNull().default(""),
    recordedByUserId: text().references(() => authUser.id, { onDelete: "set null" }),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("circle_evaluation_participant").on(t.tenantId, t.participantId)],
);
