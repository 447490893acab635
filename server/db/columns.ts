import { customType } from "drizzle-orm/pg-core";

/** File bytes; PGlite gives a Uint8Array, pg a Buffer: both become a Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});
