import {
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
import type { AgreementContent, versionStatuses } from "../../../shared/agreements/agreement.ts";
import type { TrajectoryStep, trajectoryStatuses } from "../../../shared/agreements/trajectories.ts";
import { organisation } from "../organisations/schema.ts";
import { district, tenant } from "../tenancy/schema.ts";

/** A wijktraject: the wijkaanpak in three steps for one district. */
export const agreementTrajectory = pgTable(
  "agreement_trajectory",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    districtId: uuid()
      .notNull()
      .references(() => district.id, { onDelete: "cascade" }),
    leadOrganisationId: uuid()
      .notNull()
      .references(() => organisation.id, { onDelete: "restrict" }),
    leadName: text().notNull(),
    goal: text().notNull().default(""),
    status: text().$type<(typeof trajectoryStatuses)[number]>().notNull().default("active"),
    currentStep: text().$type<TrajectoryStep>().notNull().default("support"),
    supportOn: date().notNull(),
    agreementsOn: date(),
    executionOn: date(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("agreement_trajectory_district").on(t.tenantId, t.districtId)],
);

/** A prestatieafspraak of a wijk; its content lives in versions. */
export const agreement = pgTable(
  "agreement",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    trajectoryId: uuid()
      .notNull()
      .references(() => agreementTrajectory.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("agreement_by_trajectory").on(t.tenantId, t.trajectoryId)],
);

/** One version: a document, changed only while it is the open draft. */
export const agreementVersion = pgTable(
  "agreement_version",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    agreementId: uuid()
      .notNull()
      .references(() => agreement.id, { onDelete: "cascade" }),
    number: integer().notNull(),
    status: text().$type<(typeof versionStatuses)[number]>().notNull().default("draft"),
    content: jsonb().$type<AgreementContent>().notNull(),
    changeNote: text().notNull().default(""),
    createdByUserId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    activatedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("agreement_version_number").on(t.tenantId, t.agreementId, t.number)],
);

/** A party's sign-off of a version: who signed, on which day. */
export const agreementSignature = pgTable(
  "agreement_signature",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    versionId: uuid()
      .notNull()
      .references(() => agreementVersion.id, { onDelete: "cascade" }),
    partyKey: text().notNull(),
    signerName: text().notNull(),
    signedOn: date().notNull(),
    recordedByUserId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("agreement_signature_party").on(t.tenantId, t.versionId, t.partyKey)],
);
