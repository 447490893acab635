import { boolean, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { OrganisationType } from "../../../shared/organisations.ts";
import { district, tenant } from "../tenancy/schema.ts";

export const organisation = pgTable(
  "organisation",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    name: text().notNull(),
    type: text().$type<OrganisationType>().notNull(),
    description: text().notNull().default(""),
    email: text(),
    phone: text(),
    website: text(),
    street: text(),
    postcode: text(),
    city: text(),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("organisation_tenant_name").on(t.tenantId, t.name)],
);

export const organisationDistrict = pgTable(
  "organisation_district",
  {
    organisationId: uuid()
      .notNull()
      .references(() => organisation.id, { onDelete: "cascade" }),
    districtId: uuid()
      .notNull()
      .references(() => district.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.districtId] })],
);
