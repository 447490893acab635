import { index, integer, numeric, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenant } from "../../tenancy/schema.ts";
import { vacancy } from "../../vacancies/schema.ts";
import { agreement } from "../schema.ts";

/** A task (vacancy) only professionals should do: volunteer hours on it raise a signal. */
export const agreementProfessionalTask = pgTable(
  "agreement_professional_task",
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    vacancyId: uuid()
      .notNull()
      .references(() => vacancy.id, { onDelete: "cascade" }),
    markedByUserId: text(),
    markedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.vacancyId] })],
);

/** The guard's limits per tenant (defaults in shared/agreements/monitoring.ts). */
export const agreementGuardSetting = pgTable("agreement_guard_setting", {
  tenantId: uuid()
    .primaryKey()
    .references(() => tenant.id, { onDelete: "cascade" }),
  weeklyHours: numeric({ precision: 4, scale: 1, mode: "number" }).notNull(),
  weeks: integer().notNull(),
  driftPercent: integer().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * A value measured outside Inzet for an indicator with source "manual". Rows are never changed: a new
 * entry for the same month counts instead of the earlier one (the latest `recorded_at` wins), and the
 * earlier ones stay as the history of who entered what and when.
 */
export const agreementIndicatorValue = pgTable(
  "agreement_indicator_value",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    agreementId: uuid()
      .notNull()
      .references(() => agreement.id, { onDelete: "cascade" }),
    activityKey: text().notNull(),
    indicatorKey: text().notNull(),
    /** yyyy-mm */
    month: text().notNull(),
    value: numeric({ precision: 12, scale: 2, mode: "number" }).notNull(),
    note: text().notNull().default(""),
    recordedByUserId: text(),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("agreement_indicator_value_month").on(
      t.agreementId,
      t.activityKey,
      t.indicatorKey,
      t.month,
      t.recordedAt,
    ),
  ],
);
