import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { ParticipantStage } from "../../../../shared/learning/research.ts";
import { tenant } from "../../tenancy/schema.ts";

/** An experience research project of the client council (ADR 0022); behind the wall. */
export const researchProject = pgTable(
  "research_project",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    /** The learning trajectory it feeds (no foreign key needed: same feature, set null by the service). */
    trajectoryId: uuid(),
    title: text().notNull(),
    question: text().notNull(),
    channels: jsonb().$type<{ code: string; label: string }[]>().notNull(),
    topics: text().array().notNull().default([]),
    nextCode: integer().notNull().default(1),
    publishedAt: timestamp({ withTimezone: true }),
    createdByUserId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("research_project_tenant").on(t.tenantId, t.createdAt)],
);

/** A pseudonymised participant: a code, a channel, a stage, consent; contact only for who recruited. */
export const researchParticipant = pgTable(
  "research_participant",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    projectId: uuid()
      .notNull()
      .references(() => researchProject.id, { onDelete: "cascade" }),
    code: text().notNull(),
    channel: text().notNull(),
    stage: text().$type<ParticipantStage>().notNull().default("approached"),
    contact: text().notNull().default(""),
    recruitedByUserId: text(),
    consentScope: text(),
    consentGivenOn: date(),
    consentUntil: date(),
    consentWithdrawnAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("research_participant_project").on(t.tenantId, t.projectId),
    uniqueIndex("research_participant_code").on(t.tenantId, t.projectId, t.code),
  ],
);

/** An interview: planned by a council member, with a topic list and notes. */
export const researchInterview = pgTable(
  "research_interview",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    projectId: uuid()
      .notNull()
      .references(() => researchProject.id, { onDelete: "cascade" }),
    participantId: uuid()
      .notNull()
      .references(() => researchParticipant.id, { onDelete: "cascade" }),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    place: text().notNull().default(""),
    topics: text().array().notNull().default([]),
    interviewerUserId: text(),
    interviewerName: text().notNull().default(""),
    held: boolean().notNull().default(false),
    /** Null after withdrawal of consent. */
    notes: text().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("research_interview_project").on(t.tenantId, t.projectId, t.startsAt)],
);

/** The werkgebied's list of themes for coding (grows with new ones). */
export const researchTheme = pgTable(
  "research_theme",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    label: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("research_theme_label").on(t.tenantId, t.label)],
);

/** A coded fragment of an interview's notes; its text is erased on withdrawal, the mark stays (counts). */
export const researchFragment = pgTable(
  "research_fragment",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    projectId: uuid()
      .notNull()
      .references(() => researchProject.id, { onDelete: "cascade" }),
    interviewId: uuid()
      .notNull()
      .references(() => researchInterview.id, { onDelete: "cascade" }),
    participantId: uuid()
      .notNull()
      .references(() => researchParticipant.id, { onDelete: "cascade" }),
    themeId: uuid()
      .notNull()
      .references(() => researchTheme.id, { onDelete: "cascade" }),
    text: text(),
    quote: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("research_fragment_project").on(t.tenantId, t.projectId, t.themeId)],
);
