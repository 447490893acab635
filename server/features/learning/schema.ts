import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { TrajectoryField } from "../../../shared/learning/trajectories.ts";
import { tenant } from "../tenancy/schema.ts";

export * from "./courses/schema.ts";
export * from "./reports/schema.ts";
export * from "./research/schema.ts";
export * from "./sources/schema.ts";

/** A learning trajectory in the Utrecht template (no personal data); `sharedAt` puts it in the library. */
export const learningTrajectory = pgTable(
  "learning_trajectory",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    title: text().notNull(),
    answers: jsonb().$type<Record<TrajectoryField, string>>().notNull(),
    links: jsonb().$type<{ label: string; url: string }[]>().notNull().default([]),
    themes: text().array().notNull().default([]),
    sharedAt: timestamp({ withTimezone: true }),
    createdByUserId: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("learning_trajectory_tenant").on(t.tenantId, t.updatedAt),
    index("learning_trajectory_shared").on(t.sharedAt),
  ],
);
