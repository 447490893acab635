import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openPglite, openPostgres } from "../db/client.ts";
import { seedDemo } from "../db/seed.ts";
import { testDbKind } from "../test/harness.ts";
import { type PgCluster, requirePgCluster, startPgCluster } from "../test/pg-cluster.ts";
import { BackupError, backupPglite, backupPostgres, restorePglite, restorePostgres } from "./backup.ts";
import { acquireDataDirLock } from "./data-dir-lock.ts";

/** The number of rows in every table of Inzet (and of the migration journal). */
async function rowCounts({ db }: Database) {
  const tables = (await db.execute(
    sql`select table_schema || '.' || table_name as name from information_schema.tables
        where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1`,
  )) as unknown as { rows: { name: string }[] };
  const counts: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const [schema, table] = name.split(".");
    const result = (await db.execute(
      sql.raw(`select count(*)::int as n from "${schema}"."${table}"`),
    )) as unknown as { rows: { n: number }[] };
    counts[name] = Number(result.rows[0]!.n);
  }
  return counts;
}

const temp = () => mkdtempSync(join(tmpdir(), "inzet-backup-"));

// Independent of the shared test database: run once, in the PGlite pass of `npm test`.
describe.skipIf(testDbKind === "postgres")("backup and restore on PGlite", () => {
  const source = join(temp(), "data");
  const file = join(temp(), "inzet.tar.gz");
  let before: Record<string, number>;

  beforeAll(async () => {
    const database = await openPglite(source);
    await database.migrate();
    await seedDemo(database.db);
    before = await rowCounts(database);
    await database.close();
  }, 180_000); // the demo data takes a while on a busy machine

  it("brings back every row of every table into an empty data dir", async () => {
    await backupPglite(source, file);
    const target = join(temp(), "restored");
    await restorePglite(file, target);
    const restored = await openPglite(target);
    try {
      expect(Object.keys(before).length).toBeGreaterThan(20);
      expect(before["public.volunteer"]).toBeGreaterThan(0);
      expect(await rowCounts(restored)).toEqual(before);
    } finally {
      await restored.close();
    }
  }, 120_000);

  it("refuses a non-empty data dir, and refuses while Inzet holds the lock", async () => {
    await backupPglite(source, file);
    const full = temp();
    writeFileSync(join(full, "something"), "x");
    await expect(restorePglite(file, full)).rejects.toThrowError(/niet leeg/);

    const running = join(temp(), "running");
    mkdirSync(running);
    const release = acquireDataDirLock(running); // as the running app does
    try {
      await expect(restorePglite(file, running)).rejects.toThrowError(/Inzet draait/);
      const releaseSource = acquireDataDirLock(source);
      try {
        await expect(backupPglite(source, join(temp(), "x.tar.gz"))).rejects.toThrowError(BackupError);
      } finally {
        releaseSource();
      }
    } finally {
      release();
    }
  });
});

describe.runIf(requirePgCluster())("backup and restore on PostgreSQL (pg_dump)", () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startPgCluster();
  }, 120_000);
  afterAll(() => cluster?.stop());

  it("restores a pg_dump into an empty database with every row, and refuses a non-empty one", async () => {
    cluster.createDatabase("source");
    cluster.createDatabase("target");
    const source = await openPostgres(cluster.url("source"), 2);
    await source.migrate();
    await seedDemo(source.db);
    const before = await rowCounts(source);
    await source.close();

    const file = join(temp(), "inzet.dump");
    await backupPostgres(cluster.url("source"), file);
    await restorePostgres(file, cluster.url("target"));
    const target = await openPostgres(cluster.url("target"), 2);
    try {
      expect(await rowCounts(target)).toEqual(before);
    } finally {
      await target.close();
    }
    await expect(restorePostgres(file, cluster.url("target"))).rejects.toThrowError(/niet leeg/);
  }, 180_000);
});
