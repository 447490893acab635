import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import type { MotiveAnswers, MotiveScores } from "../../../shared/motives.ts";
import type { VolunteerSettings, VolunteerStatus } from "../../../shared/volunteers.ts";
import { authUser, person } from "../accounts/schema.ts";
import { organisation } from "../organisations/schema.ts";
import { recruitmentCampaign } from "../recruitment/schema.ts";
import { district, neighbourhood, tenant } from "../tenancy/schema.ts";

/**
 * The tenant of a volunteer's child record (ADR 0004: every table with personal data has tenant_id, and
 * every query filters on it). The database fills it from the volunteer (trigger volunteer_child_tenant),
 * so it always matches the parent, also for a row inserted without it.
 */
const childTenantId = () =>
  uuid()
    .notNull()
    .references(() => tenant.id, { onDelete: "cascade" })
    .$defaultFn(() => sql`default`);

/** Tenant-managed taxonomies, intervals and motive types (validated by volunteerSettingsSchema). */
export const volunteerSettings = pgTable("volunteer_settings", {
  tenantId: uuid()
    .primaryKey()
    .references(() => tenant.id, { onDelete: "cascade" }),
  settings: jsonb().$type<VolunteerSettings>().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A volunteer in a tenant. Names and email live on the person; erasure clears both. */
export const volunteer = pgTable(
  "volunteer",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    personId: uuid()
      .notNull()
      .unique()
      .references(() => person.id, { onDelete: "cascade" }),
    organisationId: uuid().references(() => organisation.id, { onDelete: "set null" }),
    status: text().$type<VolunteerStatus>().notNull().default("signedUp"),
    statusChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    signedUpAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    firstContactAt: timestamp({ withTimezone: true }),
    activeSince: date(),
    stoppedOn: date(),
    stopReason: text(),
    channel: text(),
    campaignId: uuid().references(() => recruitmentCampaign.id, { onDelete: "set null" }),
    /** Entered by a coordinator for someone without (using) an account. */
    assisted: boolean().notNull().default(false),
    birthDate: date(),
    street: text(),
    houseNumber: text(),
    postcode: text(),
    city: text(),
    neighbourhoodId: uuid().references(() => neighbourhood.id, { onDelete: "set null" }),
    /** District of the neighbourhood (denormalised for filtering). */
    districtId: uuid().references(() => district.id, { onDelete: "set null" }),
    /** Where the postcode lies (from the tenant's postcode table), for travel distance. */
    lat: doublePrecision(),
    lon: doublePrecision(),
    /** lower("family given"): the list's sort order, kept in step with the person's name. */
    sortKey: text().notNull().default(""),
    /** lower("given family email"): typo-tolerant search (pg_trgm). */
    searchKey: text().notNull().default(""),
    languages: text().array().notNull().default([]),
    skills: text().array().notNull().default([]),
    interests: text().array().notNull().default([]),
    /** Weekly availability: bit i = availabilitySlots[i] (7 days × 3 parts of the day). */
    availability: integer().notNull().default(0),
    hoursPerWeek: smallint(),
    preferredDistrictIds: uuid().array().notNull().default([]),
    maxTravelKm: smallint(),
    commitment: text(),
    goals: text().array().notNull().default([]),
    emergencyName: text(),
    emergencyPhone: text(),
    motivation: text().notNull().default(""),
    /** Latest motive type and scores (denormalised from motive_response for filtering and matching). */
    motiveType: text(),
    motiveScores: jsonb().$type<MotiveScores>(),
    nextCheckInOn: date(),
    /** Secret for the private iCalendar feed URL; rotating it invalidates the old URL. */
    calendarToken: text().unique(),
    erasureRequestedAt: timestamp({ withTimezone: true }),
    erasedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("volunteer_tenant_sort").on(t.tenantId, t.sortKey, t.id),
    index("volunteer_tenant_signed_up").on(t.tenantId, t.signedUpAt),
    index("volunteer_tenant_district").on(t.tenantId, t.districtId),
    index("volunteer_search").using("gin", sql`${t.searchKey} gin_trgm_ops`),
    index("volunteer_tenant_status").on(t.tenantId, t.status, t.signedUpAt),
    index("volunteer_tenant_organisation").on(t.tenantId, t.organisationId, t.status),
    index("volunteer_tenant_campaign").on(t.tenantId, t.campaignId),
    index("volunteer_skills").using("gin", t.skills),
    index("volunteer_goals").using("gin", t.goals),
    index("volunteer_districts").using("gin", t.preferredDistrictIds),
  ],
);

export const volunteerStatusChange = pgTable(
  "volunteer_status_change",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: childTenantId(),
    volunteerId: uuid()
      .notNull()
      .references(() => volunteer.id, { onDelete: "cascade" }),
    fromStatus: text().$type<VolunteerStatus>(),
    toStatus: text().$type<VolunteerStatus>().notNull(),
    /** The date it took effect (may differ from when it was recorded). */
    effectiveOn: date().notNull(),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    changedByUserId: text().references(() => authUser.id, { onDelete: "set null" }),
    reason: text(),
    note: text().notNull().default(""),
  },
  (t) => [index("volunteer_status_change_volunteer").on(t.volunteerId, t.changedAt)],
);

/** A sign-up from the public page, waiting for its email confirmation. Only the token's hash is stored. */
export const signupRequest = pgTable(
  "signup_request",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    tokenHash: text().notNull().unique(),
    email: text().notNull(),
    data: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    confirmedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("signup_request_tenant_email").on(t.tenantId, t.email)],
);

export const motiveResponse = pgTable(
  "motive_response",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: childTenantId(),
    volunteerId: uuid()
      .notNull()
      .references(() => volunteer.id, { onDelete: "cascade" }),
    takenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    answers: jsonb().$type<MotiveAnswers>().notNull(),
    scores: jsonb().$type<MotiveScores>().notNull(),
    typeCode: text(),
    enteredByUserId: text().references(() => authUser.id, { onDelete: "set null" }),
    assisted: boolean().notNull().default(false),
  },
  (t) => [index("motive_response_volunteer").on(t.volunteerId, t.takenAt)],
);

export const vogRecord = pgTable(
  "vog_record",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: childTenantId(),
    volunteerId: uuid()
      .notNull()
      .references(() => volunteer.id, { onDelete: "cascade" }),
    requestedOn: date(),
    receivedOn: date(),
    issuedOn: date(),
    profileCodes: text().array().notNull().default([]),
    renewalDue: date(),
    note: text().notNull().default(""),
    reminderSentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("vog_record_volunteer").on(t.volunteerId),
    index("vog_record_renewal").on(t.renewalDue).where(sql`${t.renewalDue} is not null`),
  ],
);

export const trainingRecord = pgTable(
  "training_record",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: childTenantId(),
    volunteerId: uuid()
      .notNull()
      .references(() => volunteer.id, { onDelete: "cascade" }),
    training: text().notNull(),
    completedOn: date().notNull(),
    expiresOn: date(),
    certificate: text().notNull().default(""),
    reminderSentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("training_record_volunteer").on(t.volunteerId),
    index("training_record_expires").on(t.expiresOn),
  ],
);

/** A binding (retention) conversation with a short structured record. Ratings 1–5. */
export const checkIn = pgTable(
  "check_in",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: childTenantId(),
    volunteerId: uuid()
      .notNull()
      .references(() => volunteer.id, { onDelete: "cascade" }),
    heldOn: date().notNull(),
    satisfaction: smallint().notNull(),
    roleClarity: smallint().notNull(),
    support: smallint().notNull(),
    coordinatorRelation: smallint().notNull(),
    workload: smallint().notNull(),
    wishToChange: boolean().notNull().default(false),
    note: text().notNull().default(""),
    byUserId: text().references(() => authUser.id, { onDelete: "set null" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("check_in_volunteer").on(t.volunteerId, t.heldOn)],
);

/** An optional photo of the volunteer (JPEG, PNG or WebP, at most 1 MB), deleted on erasure. */
export const volunteerPhoto = pgTable("volunteer_photo", {
  tenantId: childTenantId(),
  volunteerId: uuid()
    .primaryKey()
    .references(() => volunteer.id, { onDelete: "cascade" }),
  contentType: text().notNull(),
  /** The image bytes, base64-encoded. */
  data: text().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
