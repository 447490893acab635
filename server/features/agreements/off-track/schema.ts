import { integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenant } from "../../tenancy/schema.ts";
import { agreement } from "../schema.ts";

/** An off-track signal sent to an activity's owner: once per activity and month. */
export const agreementOffTrackNotice = pgTable(
  "agreement_off_track_notice",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    agreementId: uuid()
      .notNull()
      .references(() => agreement.id, { onDelete: "cascade" }),
    activityKey: text().notNull(),
    /** The month that went off track, yyyy-mm. */
    month: text().notNull(),
    recipients: integer().notNull().default(0),
    sentAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("agreement_off_track_once").on(t.tenantId, t.agreementId, t.activityKey, t.month)],
);
