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
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type {
  ActionPlan,
  campaignStatuses,
  MonitorCounts,
  signalLevels,
  visitOutcomes,
} from "../../../shared/outreach.ts";
import { authUser } from "../accounts/schema.ts";
import { organisation } from "../organisations/schema.ts";
import { tenant } from "../tenancy/schema.ts";
import { volunteer } from "../volunteers/schema.ts";

/** An Achter de Voordeur campaign: door to door in a few neighbourhoods, for a programme. */
export const outreachCampaign = pgTable(
  "outreach_campaign",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id, { onDelete: "restrict" }),
    programme: text().notNull(),
    name: text().notNull(),
    neighbourhoodIds: uuid().array().notNull().default([]),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
    goal: text().notNull().default(""),
    topics: jsonb().$type<{ code: string; label: string }[]>().notNull(),
    incentive: text().notNull().default(""),
    followUpWeeks: smallint().notNull().default(6),
    letterLeadDays: smallint().notNull().default(7),
    walkListSize: smallint().notNull().default(40),
    retentionMonths: smallint().notNull().default(12),
    professionalUserIds: uuid().array().notNull().default([]),
    optOutContact: text().notNull().default(""),
    /** Who signs the announcement letter, and in which role. */
    signatoryName: text().notNull().default(""),
    signatoryRole: text().notNull().default(""),
    letterTemplate: text().notNull().default(""),
    /** The training every volunteer on a shift must have (a code from the tenant's list); "" for none. */
    requiredTraining: text().notNull().default("gesprekstraining"),
    status: text().$type<(typeof campaignStatuses)[number]>().notNull().default("draft"),
    /** Set when the retention period ended: personal details removed, the counts kept in monitorSnapshot. */
    purgedAt: timestamp({ withTimezone: true }),
    monitorSnapshot: jsonb().$type<MonitorCounts>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("outreach_campaign_tenant").on(t.tenantId, t.organisationId, t.startsOn)],
);

/** A walk list (looplijst): a compact group of doors for one pair, in walking order. */
export const walkList = pgTable(
  "walk_list",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The campaign's tenant, copied down so every lookup is scoped to it (ADR 0004). */
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    campaignId: uuid()
      .notNull()
      .references(() => outreachCampaign.id, { onDelete: "cascade" }),
    number: integer().notNull(),
    /** First visits, or follow-up visits (nazorg) after the campaign's interval. */
    kind: text().$type<"first" | "followUp">().notNull().default("first"),
    routeMetres: integer().notNull().default(0),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("walk_list_campaign_number").on(t.campaignId, t.kind, t.number)],
);

/** A door of the campaign, from the imported address file (BAG nummeraanduiding). */
export const outreachAddress = pgTable(
  "outreach_address",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The campaign's tenant, copied down so every lookup is scoped to it (ADR 0004). */
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    campaignId: uuid()
      .notNull()
      .references(() => outreachCampaign.id, { onDelete: "cascade" }),
    bagId: text().notNull(),
    street: text().notNull(),
    houseNumber: integer().notNull(),
    houseLetter: text().notNull().default(""),
    addition: text().notNull().default(""),
    postcode: text().notNull(),
    city: text().notNull(),
    lat: doublePrecision().notNull(),
    lon: doublePrecision().notNull(),
    /** Lower case "street number letter addition postcode", for the search box. */
    searchText: text().notNull(),
    excludedReason: text(),
    excludedAt: timestamp({ withTimezone: true }),
    letterSentOn: date(),
    walkListId: uuid().references(() => walkList.id, { onDelete: "set null" }),
    walkOrder: integer(),
    /** After a conversation: when the follow-up visit is due, and the later list it lands on. */
    followUpDue: date(),
    followUpListId: uuid().references(() => walkList.id, { onDelete: "set null" }),
    followUpOrder: integer(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("outreach_address_campaign_bag").on(t.campaignId, t.bagId),
    index("outreach_address_campaign_order").on(t.campaignId, t.street, t.houseNumber),
    index("outreach_address_walk_list").on(t.walkListId, t.walkOrder).where(sql`${t.walkListId} is not null`),
  ],
);

/** A shift (dienst): a date and time on which a pair (or more) walks one walk list. */
export const outreachShift = pgTable(
  "outreach_shift",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The campaign's tenant, copied down so every lookup is scoped to it (ADR 0004). */
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    campaignId: uuid()
      .notNull()
      .references(() => outreachCampaign.id, { onDelete: "cascade" }),
    walkListId: uuid().references(() => walkList.id, { onDelete: "set null" }),
    date: date().notNull(),
    startTime: text().notNull(),
    endTime: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("outreach_shift_campaign").on(t.campaignId, t.date)],
);

/** Who walks a shift: volunteers, and professionals (users) who come along; with check-in and out. */
export const outreachShiftMember = pgTable(
  "outreach_shift_member",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The campaign's tenant, copied down so every lookup is scoped to it (ADR 0004). */
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    shiftId: uuid()
      .notNull()
      .references(() => outreachShift.id, { onDelete: "cascade" }),
    volunteerId: uuid().references(() => volunteer.id, { onDelete: "cascade" }),
    userId: text().references(() => authUser.id, { onDelete: "cascade" }),
    checkedInAt: timestamp({ withTimezone: true }),
    checkedOutAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("outreach_shift_member_volunteer").on(t.shiftId, t.volunteerId),
    uniqueIndex("outreach_shift_member_user").on(t.shiftId, t.userId),
    index("outreach_shift_member_by_volunteer").on(t.volunteerId),
  ],
);

/** A visit at a door (huisbezoek); the id comes from the phone that recorded it (idempotent sync). */
export const outreachVisit = pgTable(
  "outreach_visit",
  {
    id: uuid().primaryKey(),
    /** The campaign's tenant, copied down so every lookup is scoped to it (ADR 0004). */
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    campaignId: uuid()
      .notNull()
      .references(() => outreachCampaign.id, { onDelete: "cascade" }),
    shiftId: uuid().references(() => outreachShift.id, { onDelete: "set null" }),
    addressId: uuid()
      .notNull()
      .references(() => outreachAddress.id, { onDelete: "cascade" }),
    recordedByVolunteerId: uuid().references(() => volunteer.id, { onDelete: "set null" }),
    visitedAt: timestamp({ withTimezone: true }).notNull(),
    outcome: text().$type<(typeof visitOutcomes)[number]>().notNull(),
    consent: boolean().notNull().default(false),
    /** Per topic: none, some or serious. Health and finance: shown only to who may see them. */
    signals: jsonb().$type<Record<string, (typeof signalLevels)[number]>>().notNull().default({}),
    note: text().notNull().default(""),
    incentiveGiven: boolean().notNull().default(false),
    kind: text().$type<"first" | "followUp">().notNull().default("first"),
    /** The plan van aanpak made with the household (goals and actions), with consent. */
    plan: jsonb().$type<ActionPlan>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("outreach_visit_campaign").on(t.campaignId, t.visitedAt),
    index("outreach_visit_address").on(t.addressId),
  ],
);
