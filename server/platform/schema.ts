import { bigint, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { ProcessingAction, ProcessingOutcome } from "../../shared/privacy.ts";
import { authUser } from "../features/accounts/schema.ts";

/**
 * The processing log (Logboek Dataverwerkingen). Append-only: a trigger in the migrations refuses
 * UPDATE and DELETE. Holds no personal data itself, only pseudonymous ids.
 */
export const processingLog = pgTable(
  "processing_log",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid().notNull(),
    traceId: text().notNull(),
    occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: text(),
    actorRole: text(),
    activity: text().notNull(),
    action: text().$type<ProcessingAction>().notNull(),
    subjectType: text().notNull(),
    subjectId: text().notNull(),
    outcome: text().$type<ProcessingOutcome>().notNull().default("success"),
  },
  (t) => [
    index("processing_log_tenant_time").on(t.tenantId, t.occurredAt),
    index("processing_log_subject").on(t.tenantId, t.subjectId),
    index("processing_log_trace").on(t.traceId),
  ],
);

/** Every mail Inzet sends. Without SMTP_URL this is the development outbox. */
export const mailMessage = pgTable(
  "mail_message",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid(),
    recipientUserId: text(),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    transport: text().$type<"smtp" | "outbox">().notNull(),
    error: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("mail_message_tenant").on(t.tenantId, t.createdAt)],
);

/** Rate-limit counters, one row per key and window, so limits hold across instances (rate-limit.ts). */
export const rateLimitCounter = pgTable(
  "rate_limit_counter",
  {
    key: text().primaryKey(),
    count: integer().notNull(),
    resetAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("rate_limit_counter_reset").on(t.resetAt)],
);

/** The last TOTP time step accepted per user: each code is accepted once (totp-replay.ts). */
export const totpUsedStep = pgTable("totp_used_step", {
  userId: text()
    .primaryKey()
    .references(() => authUser.id, { onDelete: "cascade" }),
  step: bigint({ mode: "number" }).notNull(),
});
