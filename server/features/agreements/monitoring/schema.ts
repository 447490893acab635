import { integer, numeric, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { tenant } from "../../tenancy/schema.ts";
import { vacancy } from "../../vacancies/schema.ts";

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
