import { pgTable, primaryKey, uuid } from "drizzle-orm/pg-core";
import { organisation } from "../../platform/identity-schema.ts";
import { district } from "../tenancy/schema.ts";

export { organisation } from "../../platform/identity-schema.ts";

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
