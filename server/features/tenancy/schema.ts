import { doublePrecision, index, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenant } from "../../platform/identity-schema.ts";

export { tenant } from "../../platform/identity-schema.ts";

export const district = pgTable(
  "district",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    /** CBS wijkcode, WK + 6 digits. */
    code: text().notNull(),
    name: text().notNull(),
  },
  (t) => [uniqueIndex("district_tenant_code").on(t.tenantId, t.code)],
);

export const neighbourhood = pgTable(
  "neighbourhood",
  {
    id: uuid().primaryKey().defaultRandom(),
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    districtId: uuid()
      .notNull()
      .references(() => district.id, { onDelete: "cascade" }),
    /** CBS buurtcode, BU + 8 digits. */
    code: text().notNull(),
    name: text().notNull(),
  },
  (t) => [
    uniqueIndex("neighbourhood_tenant_code").on(t.tenantId, t.code),
    index("neighbourhood_district").on(t.districtId),
  ],
);

/** Which neighbourhood a postcode (PC6, "1234 AB") lies in, for deriving a person's buurt. */
export const postcodeNeighbourhood = pgTable(
  "postcode_neighbourhood",
  {
    tenantId: uuid()
      .notNull()
      .references(() => tenant.id, { onDelete: "cascade" }),
    postcode: text().notNull(),
    neighbourhoodId: uuid()
      .notNull()
      .references(() => neighbourhood.id, { onDelete: "cascade" }),
    /** The middle of the postcode area (WGS84), when the imported file has coordinates. */
    lat: doublePrecision(),
    lon: doublePrecision(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.postcode] })],
);
