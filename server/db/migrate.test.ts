import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDatabase, testDbKind } from "../test/harness.ts";
import { openPostgres } from "./client.ts";

describe("migrations", () => {
  it("are safe to run again", async () => {
    const database = await testDatabase();
    await database.migrate();
    await database.migrate();
    const result = (await database.db.execute(
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    )) as unknown as {
      rows: { n: number }[];
    };
    expect(Number((result.rows[0] as { n: number }).n)).toBeGreaterThanOrEqual(2);
  });

  // Only on a PostgreSQL server: PGlite is single-process by design (the data directory lock refuses a second one).
  it.runIf(testDbKind === "postgres")("are safe from two app instances at once (advisory lock)", async () => {
    const url = process.env.TEST_DATABASE_URL!;
    const instances = await Promise.all([openPostgres(url, 2), openPostgres(url, 2)]);
    try {
      await Promise.all(instances.map((instance) => instance.migrate()));
      const result = (await instances[0]!.db.execute(
        sql`select count(*)::int as n, count(distinct hash)::int as d from drizzle.__drizzle_migrations`,
      )) as unknown as { rows: { n: number; d: number }[] };
      const row = result.rows[0] as { n: number; d: number };
      expect(row.n).toBe(row.d);
    } finally {
      await Promise.all(instances.map((instance) => instance.close()));
    }
  });
});
