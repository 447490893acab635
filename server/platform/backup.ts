import { execFile } from "node:child_process";
import { chmodSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { pgliteExtensions } from "../db/client.ts";
import { acquireDataDirLock, isDataDirLocked } from "./data-dir-lock.ts";

const run = promisify(execFile);

/** A refusal the command line prints as it is (Dutch, then English). */
export class BackupError extends Error {}

/** pg_dump / pg_restore: from PG_BIN, else the newest /usr/lib/postgresql/N/bin, else the PATH. */
export function pgTool(name: "pg_dump" | "pg_restore"): string {
  const dirs = [process.env.PG_BIN, ...newestPostgresBins()].filter(Boolean) as string[];
  return dirs.map((dir) => resolve(dir, name)).find(existsSync) ?? name;
}

function newestPostgresBins() {
  try {
    return readdirSync("/usr/lib/postgresql")
      .sort((a, b) => Number(b) - Number(a))
      .map((v) => `/usr/lib/postgresql/${v}/bin`);
  } catch {
    return [];
  }
}

/**
 * PGlite: a consistent snapshot of the whole data directory (PGlite's dumpDataDir, a .tar.gz). The
 * directory is opened exclusively, so Inzet must be stopped: PGlite is embedded and has no second
 * connection. (For backups while running, use PostgreSQL.)
 */
export async function backupPglite(dataDir: string, file: string) {
  if (!existsSync(resolve(dataDir, "PG_VERSION"))) {
    throw new BackupError(`In ${resolve(dataDir)} staat geen Inzet-database / no database in ${dataDir}`);
  }
  if (isDataDirLocked(dataDir)) {
    throw new BackupError(
      `Inzet draait nog op ${resolve(dataDir)}: stop het eerst (PGlite kan maar door één proces open zijn).\n` +
        `Inzet is still running on ${dataDir}: stop it first.`,
    );
  }
  const release = acquireDataDirLock(dataDir);
  try {
    const client = await PGlite.create(resolve(dataDir), { extensions: pgliteExtensions });
    try {
      const dump = await client.dumpDataDir("gzip");
      // Holds personal data: readable by the owner only.
      writeFileSync(file, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
    } finally {
      await client.close();
    }
  } finally {
    release();
  }
}

/** PGlite: unpacks a backup into an empty (or new) data directory. */
export async function restorePglite(file: string, dataDir: string) {
  const bytes = readFileSync(file);
  if (!(bytes[0] === 0x1f && bytes[1] === 0x8b)) {
    throw new BackupError(
      "Dit is geen PGlite-backup (.tar.gz). Een pg_dump-bestand zet u terug met DATABASE_URL.\n" +
        "Not a PGlite backup (.tar.gz); restore a pg_dump file with DATABASE_URL set.",
    );
  }
  if (isDataDirLocked(dataDir)) {
    throw new BackupError(
      `Inzet draait op ${resolve(dataDir)}: terugzetten kan alleen als Inzet gestopt is.\n` +
        `Inzet is running on ${dataDir}: stop it before restoring.`,
    );
  }
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new BackupError(
      `${resolve(dataDir)} is niet leeg. Terugzetten gaat alleen in een lege map: kies een nieuwe DATA_DIR.\n` +
        `${dataDir} is not empty: restore only into an empty directory.`,
    );
  }
  const release = acquireDataDirLock(dataDir);
  try {
    const client = await PGlite.create(resolve(dataDir), {
      extensions: pgliteExtensions,
      loadDataDir: new Blob([bytes]),
    });
    await client.query("select 1");
    await client.close();
  } finally {
    release();
  }
}

/** PostgreSQL: pg_dump in its custom format (a consistent snapshot of one transaction, online). */
export async function backupPostgres(url: string, file: string) {
  await run(pgTool("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, url]);
  chmodSync(file, 0o600); // holds personal data: readable by the owner only
}

/** PostgreSQL: pg_restore into an empty database, all or nothing. */
export async function restorePostgres(file: string, url: string) {
  if (readFileSync(file).subarray(0, 5).toString() !== "PGDMP") {
    throw new BackupError(
      "Dit is geen pg_dump-bestand. Een PGlite-backup zet u terug zonder DATABASE_URL (in DATA_DIR).\n" +
        "Not a pg_dump file; restore a PGlite backup without DATABASE_URL.",
    );
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      "select count(*)::int as n from information_schema.tables where table_schema in ('public', 'drizzle')",
    );
    if (rows[0].n > 0) {
      throw new BackupError(
        "De database is niet leeg. Terugzetten gaat alleen in een lege database (createdb).\n" +
          "The database is not empty: restore only into an empty database.",
      );
    }
  } finally {
    await client.end();
  }
  await run(pgTool("pg_restore"), [
    "--no-owner",
    "--no-privileges",
    "--exit-on-error",
    "--single-transaction",
    `--dbname=${url}`,
    file,
  ]);
}
