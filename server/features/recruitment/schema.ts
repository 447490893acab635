import { date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { actionLevels, actionStatuses } from "../../../shared/recruitment.ts";
import { organisation } from "../organisations/schema.ts";
import { tenant } from "../tenancy/schema.ts";

/** A recruitment campaign (wervingscampagne) running over several channels at once. */
export const recruitmentCampaign = pgTable(
  "recruitment_campaign",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    organisationId: uuid().references(() => organisation.id, { onDelete: "set null" }),
    name: text().notNull(),
    goal: text().notNull().default(""),
    targetSignups: integer(),
    startsOn: date().notNull(),
    endsOn: date(),
    channels: text().array().notNull().default([]),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("recruitment_campaign_tenant").on(t.tenantId, t.startsOn)],
);

/** One line of an organisation's action plan for werving & binding (two levels, as in the Drijfveren course). */
export const recruitmentAction = pgTable(
  "recruitment_action",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    organisationId: uuid().references(() => organisation.id, { onDelete: "cascade" }),
    level: text().$type<(typeof actionLevels)[number]>().notNull(),
    motiveType: text(),
    title: text().notNull(),
    description: text().notNull().default(""),
    owner: text().notNull(),
    dueOn: date(),
    status: text().$type<(typeof actionStatuses)[number]>().notNull().default("open"),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("recruitment_action_tenant").on(t.tenantId, t.organisationId)],
);
