import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { ProcessingAction, ProcessingOutcome } from "../../shared/privacy.ts";
import { authUser } from "./identity-schema.ts";

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
    /** Logboek span_id: the request (operation) within the trace; null for entries from before it existed. */
    spanId: text(),
    occurredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: text(),
    actorRole: text(),
    activity: text().notNull(),
    /** Logboek processing_activity_id: the stable URI of the activity in the register (shared/privacy.ts). */
    processingActivityId: text(),
    action: text().$type<ProcessingAction>().notNull(),
    subjectType: text().notNull(),
    subjectId: text().notNull(),
    /** Logboek status: success, denied (e.g. an out-of-scope record) or error. */
    outcome: text().$type<ProcessingOutcome>().notNull().default("success"),
    /** Logboek foreign_operation: the operation at another organisation this one follows from. */
    foreignOperation: jsonb().$type<{ traceId: string; spanId: string; entity: string }>(),
  },
  (t) => [
    index("processing_log_tenant_time").on(t.tenantId, t.occurredAt),
    index("processing_log_subject").on(t.tenantId, t.subjectId),
    index("processing_log_trace").on(t.traceId),
  ],
);

/** Every mail Inzet sends, with secret links removed (platform/mail.ts). Without SMTP it is the development outbox. */
export const mailMessage = pgTable(
  "mail_message",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid(),
    recipientUserId: text(),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    transport: text().$type<"smtp" | "outbox" | "log-only">().notNull(),
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
