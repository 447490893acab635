import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type {
  languageLevels,
  locationTypes,
  scheduleTypes,
  vacancyStatuses,
} from "../../../shared/vacancies.ts";
import { authUser } from "../accounts/schema.ts";
import { organisation } from "../organisations/schema.ts";
import { district, tenant } from "../tenancy/schema.ts";
import { volunteer } from "../volunteers/schema.ts";

/** A vacancy (vrijwilligersvacature) posted by an organisation. */
export const vacancy = pgTable(
  "vacancy",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    title: text().notNull(),
    description: text().notNull(),
    tasks: text().notNull().default(""),
    locationType: text().$type<(typeof locationTypes)[number]>().notNull(),
    street: text(),
    postcode: text(),
    city: text(),
    districtId: uuid().references(() => district.id, { onDelete: "set null" }),
    /** Where the address's postcode lies (from the tenant's postcode table), for distance. */
    lat: doublePrecision(),
    lon: doublePrecision(),
    scheduleType: text().$type<(typeof scheduleTypes)[number]>().notNull(),
    date: date(),
    startTime: text(),
    endTime: text(),
    /** Weekly day parts (bit i = availabilitySlots[i]), as for volunteers' availability. */
    slots: integer().notNull().default(0),
    startsOn: date(),
    endsOn: date(),
    hoursPerWeek: numeric({ precision: 4, scale: 1, mode: "number" }),
    places: integer().notNull(),
    skills: text().array().notNull().default([]),
    theme: text(),
    requiredTrainings: text().array().notNull().default([]),
    vogProfiles: text().array().notNull().default([]),
    motives: text().array().notNull().default([]),
    goals: text().array().notNull().default([]),
    accessible: boolean().notNull().default(false),
    languageLevel: text().$type<(typeof languageLevels)[number]>().notNull().default("none"),
    suitableForBenefits: boolean().notNull().default(false),
    publishFrom: date(),
    publishUntil: date(),
    status: text().$type<(typeof vacancyStatuses)[number]>().notNull().default("draft"),
    /** lower(title, tasks, description): typo-tolerant public search (pg_trgm word similarity). */
    searchText: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("vacancy_tenant_status").on(t.tenantId, t.status, t.publishFrom),
    index("vacancy_tenant_organisation").on(t.tenantId, t.organisationId),
    index("vacancy_search").using("gin", sql`${t.searchText} gin_trgm_ops`),
    index("vacancy_tenant_lat").on(t.tenantId, t.lat).where(sql`${t.lat} is not null`),
  ],
);

export const applicationStatuses = [
  "invited",
  "responded",
  "intake",
  "trial",
  "placed",
  "finished",
  "stopped",
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** A volunteer's reaction to a vacancy and its path to a placement. */
export const application = pgTable(
  "application",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    vacancyId: uuid()
      .notNull()
      .references(() => vacancy.id, { onDelete: "cascade" }),
    volunteerId: uuid()
      .notNull()
      .references(() => volunteer.id, { onDelete: "cascade" }),
    status: text().$type<ApplicationStatus>().notNull().default("responded"),
    message: text().notNull().default(""),
    /** When the reminder before the first shift went out (claimed once, also with several instances). */
    firstShiftReminderAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("application_vacancy_volunteer").on(t.vacancyId, t.volunteerId),
    index("application_volunteer").on(t.volunteerId),
  ],
);

export const applicationStatusChange = pgTable(
  "application_status_change",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    applicationId: uuid()
      .notNull()
      .references(() => application.id, { onDelete: "cascade" }),
    fromStatus: text().$type<ApplicationStatus>(),
    toStatus: text().$type<ApplicationStatus>().notNull(),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    changedByUserId: text().references(() => authUser.id, { onDelete: "set null" }),
    note: text().notNull().default(""),
  },
  (t) => [
    index("application_status_change_application").on(t.applicationId, t.changedAt),
    index("application_status_change_tenant").on(t.tenantId),
  ],
);

/** Hours a volunteer worked for a placement; the coordinator approves them. */
export const hoursEntry = pgTable(
  "hours_entry",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    applicationId: uuid()
      .notNull()
      .references(() => application.id, { onDelete: "cascade" }),
    date: date().notNull(),
    hours: numeric({ precision: 4, scale: 2, mode: "number" }).notNull(),
    note: text().notNull().default(""),
    status: text().$type<"submitted" | "approved" | "rejected">().notNull().default("submitted"),
    enteredByUserId: text().references(() => authUser.id, { onDelete: "set null" }),
    decidedByUserId: text().references(() => authUser.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("hours_entry_application").on(t.applicationId, t.date),
    index("hours_entry_tenant").on(t.tenantId),
  ],
);

/** A vrijwilligersvergoeding paid for a placement; checked against the limits across organisations. */
export const allowancePayment = pgTable(
  "allowance_payment",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    applicationId: uuid()
      .notNull()
      .references(() => application.id, { onDelete: "cascade" }),
    volunteerId: uuid()
      .notNull()
      .references(() => volunteer.id, { onDelete: "cascade" }),
    paidOn: date().notNull(),
    amount: numeric({ precision: 8, scale: 2, mode: "number" }).notNull(),
    hours: numeric({ precision: 6, scale: 2, mode: "number" }),
    warnings: text().array().notNull().default([]),
    paidByUserId: text().references(() => authUser.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("allowance_payment_volunteer").on(t.volunteerId, t.paidOn)],
);
