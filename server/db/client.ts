import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as schema from "./schema.ts";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A database handle or an open transaction: query functions accept either. */
export type DbOrTx = Db | Tx;

export type Database = {
  db: Db;
  kind: "pglite" | "postgres";
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

const migrationsFolder = resolve(fileURLToPath(new URL(".", import.meta.url)), "migrations");
/** One number for the migration advisory lock, the same in every instance. */
const MIGRATION_LOCK_KEY = 72_817_001;

/**
 * Every connection works in Amsterdam time, so `current_date` and `timestamptz::date` give the Dutch
 * calendar day whatever TZ the server runs in (timestamps themselves stay absolute).
 */
export const DB_TIME_ZONE = "Europe/Amsterdam";

/** The extensions every PGlite directory is opened with — always the same set. */
export const pgliteExtensions = { pg_trgm };

/** Opens PGlite in `dataDir` (or in memory when dataDir is "memory://"). */
export async function openPglite(dataDir: string): Promise<Database> {
  const client = await PGlite.create(dataDir === "memory://" ? undefined : resolve(dataDir), {
    extensions: pgliteExtensions,
  });
  await client.exec(`set time zone '${DB_TIME_ZONE}'`);
  const db = drizzlePglite({ client, schema, casing: "snake_case" }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    migrate: async () => {
      await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
      try {
        await client.exec("create extension if not exists pg_trgm");
        await migratePglite(drizzlePglite({ client }), { migrationsFolder });
      } finally {
        await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
      }
    },
    close: () => client.close(),
  };
}

export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: `-c TimeZone=${DB_TIME_ZONE}` });
  const db = drizzlePg({ client: pool, schema, casing: "snake_case" }) as unknown as Db;
  return {
    db,
    kind: "postgres",
    migrate: async () => {
      const client = await pool.connect();
      try {
        // Two instances starting at once: the second waits here until the first has migrated.
        await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
        await client.query("create extension if not exists pg_trgm");
        await migratePg(drizzlePg({ client }), { migrationsFolder });
      } finally {
        await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
