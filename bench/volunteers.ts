// npm run bench:volunteers — the volunteer list at scale: BENCH_VOLUNTEERS (default 100,000) volunteers
// in one tenant on PGlite (or BENCH_DATABASE_URL), then filtered list requests through the full HTTP
// stack (session, permission, scope, processing log, serialisation). Prints median and p95 per filter.
// Target (issue 3): a filtered list answers in < 150 ms median on PGlite.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { buildApp } from "../server/app.ts";
import { type Database, openPglite, openPostgres } from "../server/db/client.ts";
import { district, organisation, tenant } from "../server/db/schema.ts";
import { seedDemo } from "../server/db/seed.ts";
import { seedScaleVolunteers } from "../server/db/seed-volunteers.ts";
import { configSchema, toConfig } from "../server/platform/config.ts";

const total = Number(process.env.BENCH_VOLUNTEERS ?? 100_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 30);

const database: Database = process.env.BENCH_DATABASE_URL
  ? await openPostgres(process.env.BENCH_DATABASE_URL, 4)
  : await openPglite(mkdtempSync(join(tmpdir(), "inzet-bench-volunteers-")));
await database.migrate();
const { tenantId } = await seedDemo(database.db, {
  code: `GM${String(Date.now()).slice(-4)}`,
  slug: `bench-${Date.now()}`,
});
await database.db
  .update(tenant)
  .set({ settings: { twoFactorRequiredRoles: [] } })
  .where(eq(tenant.id, tenantId));
const organisationIds = (
  await database.db
    .select({ id: organisation.id })
    .from(organisation)
    .where(eq(organisation.tenantId, tenantId))
).map((o) => o.id);
let started = performance.now();
console.log(`seeding ${total} volunteers on ${database.kind}…`);
await seedScaleVolunteers(database.db, tenantId, organisationIds, total, console.log);
console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const config = toConfig(
  configSchema.parse({
    NODE_ENV: "production",
    MAIL: "log-only", // benchmarks send no mail
    AUTH_SECRET: "b".repeat(32),
    PUBLIC_URL: "http://127.0.0.1",
    LOG_LEVEL: "silent",
    RATE_LIMIT_PER_MINUTE: "100000",
    PUBLIC_WRITE_LIMIT_PER_IP: "100000",
    PUBLIC_WRITE_LIMIT_PER_ADDRESS: "100000",
  }),
);
const { app } = await buildApp({ database, config, logger: false });
await app.ready();
const signIn = await app.inject({
  method: "POST",
  url: "/api/auth/sign-in/email",
  payload: { email: "beheerder@demo.inzet.nl", password: "Inzet-demo-2026" },
});
const cookie = [signIn.headers["set-cookie"]]
  .flat()
  .map((c) => String(c).split(";")[0])
  .join("; ");
const [someDistrict] = await database.db
  .select({ id: district.id })
  .from(district)
  .where(eq(district.tenantId, tenantId))
  .limit(1);

const queries: [string, string][] = [
  ["first page, by name", ""],
  ["name search 'vermeulen 12'", "q=vermeulen%2012"],
  ["status active + skill", "status=active&skill=koken"],
  ["district", `districtId=${someDistrict!.id}`],
  ["available tuesday evening + type", "available=tue-evening&motiveType=starter"],
  ["no valid VOG + active", "screening=vogMissing&status=active"],
  ["waiting for contact, oldest first", "needsContact=true&sort=signedUpAt"],
  ["organisation + status, page 40", `organisationId=${organisationIds[2]}&status=signedUp&page=40`],
];

const results: { name: string; median: number; p95: number; total: string }[] = [];
for (const [name, query] of queries) {
  const times: number[] = [];
  let count = "";
  for (let i = 0; i < rounds + 3; i++) {
    started = performance.now();
    const response = await app.inject({
      method: "GET",
      url: `/api/volunteers?${query}`,
      headers: { cookie },
    });
    const ms = performance.now() - started;
    if (response.statusCode !== 200) throw new Error(`${name}: ${response.statusCode} ${response.body}`);
    const page = response.json();
    count = `${page.total}${page.totalCapped ? "+" : ""}`;
    if (i >= 3) times.push(ms); // the first requests warm up caches and plans
  }
  times.sort((a, b) => a - b);
  results.push({
    name,
    median: times[Math.floor(times.length / 2)]!,
    p95: times[Math.floor(times.length * 0.95)]!,
    total: count,
  });
}
console.log(`\nGET /api/volunteers with ${total} volunteers on ${database.kind} (${rounds} requests each)\n`);
console.log("| filter | matches | median ms | p95 ms |\n|---|---:|---:|---:|");
for (const r of results)
  console.log(`| ${r.name} | ${r.total} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} |`);
const worst = Math.max(...results.map((r) => r.median));
console.log(`\nslowest median: ${worst.toFixed(1)} ms (target < 150 ms on PGlite)`);

const plan =
  await database.db.execute(sql`explain analyze select count(*) from volunteer v join person p on p.id = v.person_id
  where v.tenant_id = ${tenantId} and v.erased_at is null and lower(p.given_name || ' ' || p.family_name) like '%vermeulen 12%'`);
console.log(
  "\nplan of the name search count:\n" +
    (plan as unknown as { rows: { "QUERY PLAN": string }[] }).rows.map((r) => r["QUERY PLAN"]).join("\n"),
);
await app.close();
await database.close();
