import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { ProcessingAction, ProcessingOutcome } from "../../shared/privacy.ts";

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
