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

type QueryListener = (query: string, params: unknown[]) => void;
const queryListeners = new Set<QueryListener>();
/** Drizzle's logger hook: every statement drizzle sends passes the listeners (none outside tests). */
const logger = {
  logQuery: (query: string, params: unknown[]) => {
    for (const listener of queryListeners) listener(query, params);
  },
};

/**
 * Hears every statement the app sends through drizzle, with its parameters, until the returned
 * function is called (server/db/tenant-filter.test.ts checks each for a tenant filter).
 */
export function onQuery(listener: QueryListener): () => void {
  queryListeners.add(listener);
  return () => queryListeners.delete(listener);
}

/** The extensions every PGlite directory is opened with — always the same set. */
export const pgliteExtensions = { pg_trgm };

/** Opens PGlite in `dataDir` (or in memory when dataDir is "memory://"). */
export async function openPglite(dataDir: string): Promise<Database> {
  const client = await PGlite.create(dataDir === "memory://" ? undefined : resolve(dataDir), {
    extensions: pgliteExtensions,
  });
  await client.exec(`set time zone '${DB_TIME_ZONE}'`);
  const db = drizzlePglite({ client, schema, casing: "snake_case", logger }) as unknown as Db;
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

/**
 * A pool on PostgreSQL that survives a restart of the server: a connection the server drops emits
 * `error` on the pool (without a listener Node would end the process); the pool discards it and opens
 * new ones on the next query. Queries during the outage fail fast and answer 503 (platform/errors.ts).
 */
export async function openPostgres(
  url: string,
  poolSize = 10,
  onConnectionError: (error: Error) => void = (error) =>
    console.warn(`PostgreSQL-verbinding verbroken (wordt opnieuw opgebouwd): ${error.message}`),
): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    options: `-c TimeZone=${DB_TIME_ZONE}`,
  });
  pool.on("error", onConnectionError); // idle connections
  // A connection that drops while checked out (e.g. in a transaction) emits `error` on its client; the
  // query itself rejects, so this listener only keeps the event from ending the process.
  pool.on("connect", (client) => client.on("error", () => {}));
  const db = drizzlePg({ client: pool, schema, casing: "snake_case", logger }) as unknown as Db;
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
