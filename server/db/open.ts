import type { Config } from "../platform/config.ts";
import { acquireDataDirLock } from "../platform/data-dir-lock.ts";
import { type Database, openPglite, openPostgres } from "./client.ts";

/**
 * Opens the database the configuration names: PostgreSQL when DATABASE_URL is set, otherwise the
 * embedded PGlite in DATA_DIR, held with an exclusive lock. Migrates before returning.
 */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (config.DATABASE_URL) {
    const database = await openPostgres(config.DATABASE_URL);
    await database.migrate();
    return database;
  }
  const release = acquireDataDirLock(config.DATA_DIR);
  process.once("exit", release);
  try {
    const database = await openPglite(config.DATA_DIR);
    await database.migrate();
    return {
      ...database,
      close: async () => {
        await database.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
