import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { HowToRefer, OfferingStatus } from "../../../shared/network.ts";
import { organisation } from "../organisations/schema.ts";
import { tenant } from "../tenancy/schema.ts";

/** An organisation that signed the pact (Solidariteitspact), since when, and who to call there. */
export const pactMember = pgTable(
  "pact_member",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    signedOn: date({ mode: "string" }).notNull(),
    endedOn: date({ mode: "string" }),
    contactName: text().notNull().default(""),
    contactEmail: text().notNull().default(""),
    contactPhone: text().notNull().default(""),
    /** Working days within which this partner picks up a referral (default 5). */
    serviceLevelDays: integer().notNull().default(5),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("pact_member_organisation").on(t.tenantId, t.organisationId)],
);

/** What an organisation offers residents, for the directory (HSDS "service"). */
export const offering = pgTable(
  "offering",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    name: text().notNull(),
    description: text().notNull().default(""),
    forWhom: text().notNull().default(""),
    conditions: text().notNull().default(""),
    howToRefer: text().array().$type<HowToRefer[]>().notNull().default([]),
    /** Districts served; empty: the whole werkgebied. */
    districtIds: uuid().array().notNull().default([]),
    /** ISO 639-1 codes. */
    languages: text().array().notNull().default([]),
    openingHours: text().notNull().default(""),
    phone: text().notNull().default(""),
    email: text().notNull().default(""),
    website: text().notNull().default(""),
    /** For staff of pact members only: how a referral works best (never in the public directory). */
    referralNotes: text().notNull().default(""),
    status: text().$type<OfferingStatus>().notNull().default("active"),
    lastCheckedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    reviewRemindedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("offering_tenant_organisation").on(t.tenantId, t.organisationId),
    index("offering_tenant_checked").on(t.tenantId, t.lastCheckedAt),
  ],
);

/** Network settings of a werkgebied (one row per tenant, defaults when missing). */
export const networkSetting = pgTable("network_setting", {
  tenantId: uuid()
    .primaryKey()
    .references(() => tenant.id, { onDelete: "cascade" }),
  /** An offering not checked for this many months is stale; its owner is reminded. */
  reviewMonths: integer().notNull().default(6),
});
