import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type {
  ContactPreference,
  NotHelpedReason,
  referralSources,
  referralStatuses,
  referralUrgencies,
} from "../../../shared/referrals.ts";
import { organisation } from "../organisations/schema.ts";
import { tenant } from "../tenancy/schema.ts";

/** A referral of a household to a partner organisation, made with the household's consent. */
export const referral = pgTable(
  "referral",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    source: text().$type<(typeof referralSources)[number]>().notNull(),
    /** The record it came from (e.g. the visit), for the feature that made it; none for a plain intake. */
    sourceId: uuid(),
    /** The organisation that referred (e.g. the campaign's organisation). */
    fromOrganisationId: uuid()
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    partnerOrganisationId: uuid()
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    household: text().notNull(),
    contact: text().notNull().default(""),
    reason: text().notNull(),
    urgency: text().$type<(typeof referralUrgencies)[number]>().notNull().default("normal"),
    handoff: text().$type<"yes" | "no">().notNull().default("no"),
    volunteerAskedAt: timestamp({ withTimezone: true }),
    status: text().$type<(typeof referralStatuses)[number]>().notNull().default("sent"),
    /** The partner's case note: for the partner only, never shown to the sender. */
    statusNote: text().notNull().default(""),
    /** The offering of the directory it was meant for, if chosen. */
    offeringId: uuid(),
    contactPreference: text().$type<ContactPreference>().notNull().default("phone"),
    /** The consent as the resident heard it, in plain words (what is shared, with whom), and when. */
    consentText: text().notNull().default(""),
    consentAt: timestamp({ withTimezone: true }),
    consentWithdrawnAt: timestamp({ withTimezone: true }),
    /** The receiving partner's own reference number (its case or dossier number). */
    partnerReference: text().notNull().default(""),
    intakeAt: timestamp({ withTimezone: true }),
    intakePlace: text().notNull().default(""),
    notHelpedReason: text().$type<NotHelpedReason>(),
    createdByUserId: text(),
    /** The operation that made it (trace and span): the partner's reads point back to it (Logboek foreign_operation). */
    createdTraceId: text(),
    createdSpanId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    statusChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("referral_partner").on(t.tenantId, t.partnerOrganisationId, t.status),
    index("referral_from").on(t.tenantId, t.fromOrganisationId),
    index("referral_source").on(t.sourceId),
  ],
);

/** Every answer of the partner, with who and when. */
export const referralStatusChange = pgTable(
  "referral_status_change",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    referralId: uuid()
      .notNull()
      .references(() => referral.id, { onDelete: "cascade" }),
    status: text().$type<(typeof referralStatuses)[number]>().notNull(),
    note: text().notNull().default(""),
    changedByUserId: text(),
    changedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("referral_status_change_referral").on(t.referralId, t.changedAt),
    index("referral_status_change_tenant").on(t.tenantId),
  ],
);
