import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { enrolmentStatuses } from "../../../../shared/learning/courses.ts";
import { bytea } from "../../../db/columns.ts";
import { organisation } from "../../organisations/schema.ts";
import { tenant } from "../../tenancy/schema.ts";

/** One edition of the Drijfveren course (leergang): 8–12 participants, three meeting days once set. */
export const courseEdition = pgTable(
  "course_edition",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    title: text().notNull(),
    minParticipants: integer().notNull().default(8),
    maxParticipants: integer().notNull().default(12),
    meetingDays: date().array(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("course_edition_tenant").on(t.tenantId, t.createdAt)],
);

/** A professional's place in an edition: enrolled or on the waitlist (in order of sign-up). */
export const courseEnrolment = pgTable(
  "course_enrolment",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    editionId: uuid()
      .notNull()
      .references(() => courseEdition.id, { onDelete: "cascade" }),
    userId: text().notNull(),
    organisationId: uuid().references(() => organisation.id, { onDelete: "set null" }),
    status: text().$type<(typeof enrolmentStatuses)[number]>().notNull(),
    enrolledAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The intake call before the first meeting: planned day, when it was held, what was agreed. */
    intakeOn: date(),
    intakeHeldAt: timestamp({ withTimezone: true }),
    intakeNotes: text(),
    /** The two-level action plan (meeting 3): its lines live on in the organisation's recruitment plan. */
    planActionIds: uuid().array(),
    planSubmittedAt: timestamp({ withTimezone: true }),
    /** The participant's manager signs off the plan; the certificate needs it. */
    planSignedOffAt: timestamp({ withTimezone: true }),
    planSignedOffByUserId: text(),
    planSignedOffByName: text(),
    /** The "how is the plan going?" mail, three months after the sign-off (sent once). */
    followUpSentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("course_enrolment_edition").on(t.tenantId, t.editionId, t.status),
    uniqueIndex("course_enrolment_user").on(t.tenantId, t.editionId, t.userId),
  ],
);

/** Homework handed in for an exercise; after the deadline it is accepted and flagged late. */
export const courseSubmission = pgTable(
  "course_submission",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    enrolmentId: uuid()
      .notNull()
      .references(() => courseEnrolment.id, { onDelete: "cascade" }),
    exerciseCode: text().notNull(),
    text: text().notNull(),
    late: boolean().notNull().default(false),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("course_submission_exercise").on(t.tenantId, t.enrolmentId, t.exerciseCode)],
);

/** A file handed in with homework (stored in the database; checked by its bytes on the way in). */
export const courseSubmissionFile = pgTable(
  "course_submission_file",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    submissionId: uuid()
      .notNull()
      .references(() => courseSubmission.id, { onDelete: "cascade" }),
    name: text().notNull(),
    contentType: text().notNull(),
    size: integer().notNull(),
    data: bytea().notNull(),
    late: boolean().notNull().default(false),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("course_submission_file_submission").on(t.tenantId, t.submissionId)],
);
