import { integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

/**
 * One row per periodic job and period (e.g. `volunteers.expiryReminders` / `2026-12-02`). The row is
 * the claim: the instance that inserts it runs the job; a second instance finds it and skips. A failed
 * run is retried (attempts, next_attempt_at); a run whose instance died is taken over after its lease.
 */
export const jobRun = pgTable(
  "job_run",
  {
    job: text().notNull(),
    period: text().notNull(),
    status: text().$type<"running" | "done" | "failed">().notNull(),
    claimedBy: text().notNull(),
    attempts: integer().notNull().default(1),
    claimedAt: timestamp({ withTimezone: true }).notNull(),
    leaseUntil: timestamp({ withTimezone: true }).notNull(),
    finishedAt: timestamp({ withTimezone: true }),
    nextAttemptAt: timestamp({ withTimezone: true }),
    lastError: text(),
    result: jsonb(),
  },
  (t) => [primaryKey({ columns: [t.job, t.period] })],
);
