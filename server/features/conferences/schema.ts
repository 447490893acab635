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
import type { ActionStatus, ConferenceStatus } from "../../../shared/conferences.ts";
import { organisation } from "../organisations/schema.ts";
import { tenant } from "../tenancy/schema.ts";

const tenantId = () =>
  uuid()
    .notNull()
    .references(() => tenant.id, { onDelete: "cascade" });

/** A network conference (Solidariteitsconferentie): call for agenda items, the day, minutes. */
export const conference = pgTable(
  "conference",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    title: text().notNull(),
    startsAt: timestamp({ withTimezone: true }).notNull(),
    place: text().notNull().default(""),
    agendaDeadline: timestamp({ withTimezone: true }).notNull(),
    status: text().$type<ConferenceStatus>().notNull().default("planned"),
    minutes: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("conference_tenant_starts").on(t.tenantId, t.startsAt)],
);

export const conferenceAgendaItem = pgTable(
  "conference_agenda_item",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    conferenceId: uuid()
      .notNull()
      .references(() => conference.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    title: text().notNull(),
    why: text().notNull().default(""),
    presenter: text().notNull().default(""),
    position: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("conference_agenda_item_conference").on(t.tenantId, t.conferenceId, t.position)],
);

/** One registration per organisation; attendee names are shown to others only when it opts in. */
export const conferenceRegistration = pgTable(
  "conference_registration",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    conferenceId: uuid()
      .notNull()
      .references(() => conference.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    attendees: text().array().notNull().default([]),
    showNames: boolean().notNull().default(false),
    attended: boolean(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("conference_registration_organisation").on(t.tenantId, t.conferenceId, t.organisationId),
  ],
);

/** An agreed action: one owner organisation and a due date; open ones carry over to the next conference. */
export const conferenceAction = pgTable(
  "conference_action",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    conferenceId: uuid()
      .notNull()
      .references(() => conference.id, { onDelete: "cascade" }),
    title: text().notNull(),
    ownerOrganisationId: uuid()
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    dueOn: date({ mode: "string" }).notNull(),
    status: text().$type<ActionStatus>().notNull().default("open"),
    note: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("conference_action_tenant_status").on(t.tenantId, t.status, t.dueOn)],
);

/** Which pact members were invited to a conference, and when (sent again only to members not yet invited). */
export const conferenceInvitation = pgTable(
  "conference_invitation",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantId(),
    conferenceId: uuid()
      .notNull()
      .references(() => conference.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("conference_invitation_organisation").on(t.tenantId, t.conferenceId, t.organisationId)],
);
