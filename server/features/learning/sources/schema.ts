import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { sourceKinds } from "../../../../shared/learning/research.ts";
import { tenant } from "../../tenancy/schema.ts";
import { researchProject } from "../research/schema.ts";

/**
 * A linked source: an obstacle (knelpunt) registered in participation, or an interview with staff.
 * `referenceId` is the obstacle's id; no foreign key until participation is on main (ADR 0022).
 */
export const researchSource = pgTable(
  "research_source",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    projectId: uuid()
      .notNull()
      .references(() => researchProject.id, { onDelete: "cascade" }),
    kind: text().$type<(typeof sourceKinds)[number]>().notNull(),
    referenceId: uuid(),
    title: text().notNull(),
    summary: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("research_source_project").on(t.tenantId, t.projectId)],
);
