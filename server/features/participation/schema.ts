import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type {
  AgreementStatus,
  deliveries,
  foundBy,
  goalKinds,
  LetterKind,
  refusalCategories,
} from "../../../shared/participation/agreements.ts";
import type { clientLanguages } from "../../../shared/participation/clients.ts";
import type { ObstacleCategory } from "../../../shared/participation/reports.ts";
import type {
  ActivityType,
  LetterSenderSettings,
  Procedure,
  Regime,
} from "../../../shared/participation/rules.ts";
import { bytea } from "../../db/columns.ts";
import { authUser, person } from "../accounts/schema.ts";
import { organisation } from "../organisations/schema.ts";
import { tenant } from "../tenancy/schema.ts";

const tenantRef = () =>
  uuid()
    .notNull()
    .references(() => tenant.id, { onDelete: "cascade" });

/** The municipality's participation rules, one row per date they take effect (ADR 0018). */
export const participationRule = pgTable(
  "participation_rule",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantRef(),
    validFrom: date().notNull(),
    regime: text().$type<Regime>().notNull(),
    procedure: text().$type<Procedure>().notNull(),
    maxHoursPerWeek: integer().notNull(),
    countingActivities: jsonb().$type<ActivityType[]>().notNull(),
    extraChecklist: jsonb().$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    noActivityWeeks: integer().notNull().default(8),
    sender: jsonb().$type<LetterSenderSettings>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("participation_rule_tenant_from").on(t.tenantId, t.validFrom)],
);

/** A klantmanager's team; a team lead sees the clients of the whole team. */
export const participationCaseworker = pgTable(
  "participation_caseworker",
  {
    tenantId: tenantRef(),
    userId: text()
      .notNull()
      .references(() => authUser.id, { onDelete: "cascade" }),
    team: text().notNull(),
    teamLead: boolean().notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.userId] }),
    index("participation_caseworker_team").on(t.tenantId, t.team),
  ],
);

/** A benefit recipient in a caseload: minimal, linked to the one person record of the tenant. */
export const participationClient = pgTable(
  "participation_client",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantRef(),
    personId: uuid()
      .notNull()
      .references(() => person.id, { onDelete: "cascade" }),
    /** The W&I system's client number; never a BSN. */
    clientNumber: text().notNull(),
    birthDate: date().notNull(),
    caseworkerUserId: text()
      .notNull()
      .references(() => authUser.id),
    /** That there is an exemption (art. 9 lid 2) and until when; never why. */
    exempt: boolean().notNull().default(false),
    exemptUntil: date(),
    language: text().$type<(typeof clientLanguages)[number]>().notNull().default("nl"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("participation_client_tenant_number").on(t.tenantId, t.clientNumber),
    uniqueIndex("participation_client_tenant_person").on(t.tenantId, t.personId),
    index("participation_client_tenant_caseworker").on(t.tenantId, t.caseworkerUserId, t.createdAt),
  ],
);

/** A participation agreement (afspraak) of a client. */
export const participationAgreement = pgTable(
  "participation_agreement",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantRef(),
    clientId: uuid()
      .notNull()
      .references(() => participationClient.id, { onDelete: "cascade" }),
    activity: text().$type<ActivityType>().notNull(),
    foundBy: text().$type<(typeof foundBy)[number]>().notNull(),
    organisationId: uuid().references(() => organisation.id, { onDelete: "set null" }),
    placeName: text().notNull().default(""),
    description: text().notNull(),
    hoursPerWeek: doublePrecision().notNull(),
    startDate: date().notNull(),
    reviewDate: date(),
    endDate: date(),
    goals: text().notNull().default(""),
    goalKinds: jsonb().$type<(typeof goalKinds)[number][]>().notNull().default(sql`'[]'::jsonb`),
    disclosedToOrganisation: boolean().notNull().default(false),
    status: text().$type<AgreementStatus>().notNull().default("proposal"),
    assisted: boolean().notNull().default(false),
    /** Kept from the day it was submitted: the rules of that day decide the letter. */
    regime: text().$type<Regime>(),
    procedure: text().$type<Procedure>(),
    overLimitReason: text().notNull().default(""),
    checklist: jsonb().$type<Record<string, boolean>>().notNull().default(sql`'{}'::jsonb`),
    motivation: text().notNull().default(""),
    refusalCategory: text().$type<(typeof refusalCategories)[number]>(),
    requestedAt: timestamp({ withTimezone: true }),
    decidedAt: timestamp({ withTimezone: true }),
    endedAt: timestamp({ withTimezone: true }),
    /** Seam: a placement from the vrijwilligerswinkel (vacancies). */
    vacancyId: uuid(),
    /** Seam: a voortraject referral (referrals, once generalised by the network practice). */
    referralId: uuid(),
    createdByUserId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("participation_agreement_tenant_client").on(t.tenantId, t.clientId),
    index("participation_agreement_tenant_status").on(t.tenantId, t.status),
  ],
);

/** A decision letter as it was sent, kept with the agreement. */
export const participationLetter = pgTable(
  "participation_letter",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantRef(),
    agreementId: uuid()
      .notNull()
      .references(() => participationAgreement.id, { onDelete: "cascade" }),
    kind: text().$type<LetterKind>().notNull(),
    reference: text().notNull(),
    delivery: text().$type<(typeof deliveries)[number]>().notNull(),
    pdf: bytea().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("participation_letter_tenant_agreement").on(t.tenantId, t.agreementId)],
);

/** Hours per week of an agreement, reported by the client, the organisation or the klantmanager. */
export const participationHours = pgTable(
  "participation_hours",
  {
    tenantId: tenantRef(),
    agreementId: uuid()
      .notNull()
      .references(() => participationAgreement.id, { onDelete: "cascade" }),
    /** The Monday of the week. */
    week: date().notNull(),
    hours: doublePrecision().notNull(),
    reportedBy: text().$type<"client" | "organisation" | "caseworker">().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.agreementId, t.week] })],
);

/** An obstacle caused by the rules (knelpunt), anonymised at once: no client, no user. */
export const participationObstacle = pgTable(
  "participation_obstacle",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: tenantRef(),
    category: text().$type<ObstacleCategory>().notNull(),
    text: text().notNull(),
    reporterRole: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("participation_obstacle_tenant_time").on(t.tenantId, t.createdAt)],
);
