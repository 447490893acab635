// npm run bench:volunteers — the volunteer list at scale: BENCH_VOLUNTEERS (default 100,000) volunteers
// in one tenant on PGlite (or BENCH_DATABASE_URL), then filtered list requests through the full HTTP
// stack (session, permission, scope, processing log, serialisation). Prints median and p95 per filter.
// Target (issue 3): a filtered list answers in < 150 ms median on PGlite.
import { eq, sql } from "drizzle-orm";
import { district } from "../server/db/schema.ts";
import { seedScaleVolunteers } from "../server/db/seed-scale-volunteers.ts";
import { openBenchDatabase, quantile, seedBenchTenant, startBenchApp, timeRuns } from "./harness.ts";

const total = Number(process.env.BENCH_VOLUNTEERS ?? 100_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 30);

const database = await openBenchDatabase("volunteers");
const { tenantId, organisationIds } = await seedBenchTenant(database);
const started = performance.now();
console.log(`seeding ${total} volunteers on ${database.kind}…`);
await seedScaleVolunteers(database.db, tenantId, organisationIds, total, console.log);
console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const { app, call } = await startBenchApp(database);
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
  let count = "";
  const times = await timeRuns(rounds, async () => {
    const page = (await call("GET", `/api/volunteers?${query}`)).json();
    count = `${page.total}${page.totalCapped ? "+" : ""}`;
  });
  results.push({ name, median: quantile(times, 0.5), p95: quantile(times, 0.95), total: count });
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
