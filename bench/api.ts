// npm run bench:api — autocannon against GET /api/users (authenticated, tenant-scoped, paginated) and
// against a bare node:http handler running the same SQL on the same database. Prints req/s, p99, ratio.
// BENCH_DATABASE_URL=postgres://… measures on a PostgreSQL server (target ratio ≥ 0.6 there); otherwise PGlite.
import { createServer } from "node:http";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import { tenant } from "../server/db/schema.ts";
import { isEmpty, seedDemo, seedScale } from "../server/db/seed.ts";
import { allowSignInWithoutSecondStep, openBenchDatabase, startBenchApp } from "./harness.ts";

const users = Number(process.env.BENCH_USERS ?? 10_000);
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

const database = await openBenchDatabase("api", connections);
if (await isEmpty(database.db)) {
  await seedDemo(database.db);
  console.log(`seeding ${users} users…`);
  await seedScale(database.db, users);
}
const [t] = await database.db.select().from(tenant).limit(1);
await allowSignInWithoutSecondStep(database, t!.id);
const { app, cookie } = await startBenchApp(database, { port: 3999 });
const token = decodeURIComponent(/inzet\.session_token=([^;.]+)/.exec(cookie)![1]!);

// The bare handler: the same work in plain SQL — session lookup, membership, one page of users, the count.
const pageSql = sql`
  select p.id, u.id as user_id, p.given_name, p.family_name, u.email, u.two_factor_enabled
  from person p join auth_user u on u.id = p.user_id
  where p.tenant_id = ${t!.id} and p.user_id in (select user_id from membership where tenant_id = ${t!.id} and ended_at is null)
  order by p.family_name, p.given_name, p.id limit 25 offset 25`;
const countSql = sql`
  select count(*) from person p
  where p.tenant_id = ${t!.id} and p.user_id in (select user_id from membership where tenant_id = ${t!.id} and ended_at is null)`;
const bare = createServer(async (_req, res) => {
  const db = database.db;
  await db.execute(
    sql`select s.id, s.user_id from auth_session s where s.token = ${token} and s.expires_at > now()`,
  );
  await db.execute(
    sql`select m.id, m.role from membership m where m.user_id = (select user_id from auth_session where token = ${token}) and m.ended_at is null`,
  );
  const [rows, total] = (await Promise.all([db.execute(pageSql), db.execute(countSql)])) as unknown as {
    rows: Record<string, unknown>[];
  }[];
  // Inzet logs the read of each person on the page in the processing log; so does the baseline.
  const ids = rows!.rows.map((row) => String(row.id));
  await db.execute(sql`insert into processing_log (tenant_id, trace_id, actor_user_id, actor_role, activity, action, subject_type, subject_id)
    select ${t!.id}, 'bench', null, 'admin', 'accounts.manage', 'read', 'person', unnest(${sql.raw(`ARRAY[${ids.map((id) => `'${id}'`).join(",") || "NULL"}]::text[]`)})`);
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify({ items: rows!.rows, total: (total!.rows[0] as { count: number }).count }));
});
await new Promise<void>((resolve) => bare.listen(3998, "127.0.0.1", resolve));

async function measure(url: string, headers: Record<string, string>) {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  if (result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} non-2xx answers`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

console.log(`database: ${database.kind}, ${users} users, ${connections} connections, ${seconds} s each`);
const inzet = await measure("http://127.0.0.1:3999/api/users?page=2&pageSize=25", { cookie });
const baseline = await measure("http://127.0.0.1:3998/", {});
console.log(`Inzet  GET /api/users   ${inzet.rps.toFixed(0)} req/s   p99 ${inzet.p99} ms`);
console.log(`bare   node:http + SQL  ${baseline.rps.toFixed(0)} req/s   p99 ${baseline.p99} ms`);
console.log(`ratio  ${(inzet.rps / baseline.rps).toFixed(2)} (target ≥ 0.6 on PostgreSQL)`);
bare.closeAllConnections();
await new Promise((resolve) => bare.close(resolve));
await new Promise((resolve) => setTimeout(resolve, 500));
await app.close();
await database.close();
