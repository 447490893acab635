import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import { migrate } from "drizzle-orm/pglite/migrator";
import { afterAll, describe, expect, it } from "vitest";
import { pgliteExtensions } from "./client.ts";

// Existing rows of the child tables that got tenant_id in 0024-0026 (application status changes, hours,
// referral status changes) are filled from their parent before the column becomes NOT NULL.
const migrations = resolve(import.meta.dirname, "migrations");
const before = mkdtempSync(join(tmpdir(), "inzet-migrations-"));
afterAll(() => rmSync(before, { recursive: true, force: true }));

/** The migrations folder as it was before `tag`: the same files, the journal cut off there. */
function migrationsBefore(tag: string) {
  cpSync(migrations, before, { recursive: true });
  const journalPath = join(before, "meta", "_journal.json");
  const journal = JSON.parse(readFileSync(journalPath, "utf8")) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((entry) => entry.tag === tag);
  expect(at).toBeGreaterThan(0);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  return before;
}

const t1 = "00000000-0000-4000-8000-000000000001";
const t2 = "00000000-0000-4000-8000-000000000002";

describe("migration child-tenant-ids", () => {
  it("fills tenant_id of existing child rows from their parent, then makes it required", async () => {
    const client = await PGlite.create({ extensions: pgliteExtensions });
    try {
      await client.exec("create extension if not exists pg_trgm");
      await migrate(drizzle({ client }), { migrationsFolder: migrationsBefore("0024_child-tenant-ids") });
      for (const [n, tenant] of [
        [1, t1],
        [2, t2],
      ] as const) {
        const id = (kind: number) => `00000000-0000-4000-8${kind}00-00000000000${n}`;
        await client.exec(`
          insert into tenant (id, code, slug, name) values ('${tenant}', 'GM000${n}', 't${n}', 'T${n}');
          insert into organisation (id, tenant_id, name, type) values ('${id(1)}', '${tenant}', 'O', 'welzijn');
          insert into person (id, tenant_id, given_name, family_name) values ('${id(2)}', '${tenant}', 'A', 'B');
          insert into volunteer (id, tenant_id, person_id) values ('${id(3)}', '${tenant}', '${id(2)}');
          insert into vacancy (id, tenant_id, organisation_id, title, description, location_type, schedule_type, places)
            values ('${id(4)}', '${tenant}', '${id(1)}', 'V', 'D', 'remote', 'flexible', 1);
          insert into application (id, tenant_id, vacancy_id, volunteer_id)
            values ('${id(5)}', '${tenant}', '${id(4)}', '${id(3)}');
          insert into application_status_change (application_id, to_status) values ('${id(5)}', 'responded');
          insert into hours_entry (application_id, date, hours) values ('${id(5)}', '2026-11-02', 2);
          insert into referral (id, tenant_id, source, from_organisation_id, partner_organisation_id, household, reason)
            values ('${id(6)}', '${tenant}', 'intake', '${id(1)}', '${id(1)}', 'H', 'R');
          insert into referral_status_change (referral_id, status) values ('${id(6)}', 'sent');
        `);
      }
      await migrate(drizzle({ client }), { migrationsFolder: migrations });
      for (const table of ["application_status_change", "hours_entry", "referral_status_change"]) {
        const parent = table === "referral_status_change" ? "referral" : "application";
        const { rows } = await client.query<{ child: string; parent: string }>(
          `select c.tenant_id as child, p.tenant_id as parent from ${table} c
             join ${parent} p on p.id = c.${parent}_id order by p.tenant_id`,
        );
        expect(rows, table).toEqual([
          { child: t1, parent: t1 },
          { child: t2, parent: t2 },
        ]);
        const { rows: column } = await client.query<{ is_nullable: string }>(
          `select is_nullable from information_schema.columns where table_name = $1 and column_name = 'tenant_id'`,
          [table],
        );
        expect(column, table).toEqual([{ is_nullable: "NO" }]);
      }
    } finally {
      await client.close();
    }
  });
});
