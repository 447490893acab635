// npm run bench:network — the partner network at scale (issue 16): BENCH_ORGANISATIONS (default 300) pact
// organisations with BENCH_OFFERINGS (default 2,000) offerings and BENCH_REFERRALS (default 100,000)
// referrals over the past year (one in ten to the demo stadsbank, two thirds picked up), in one tenant on
// PGlite (or BENCH_DATABASE_URL). Then through the full HTTP stack (session, permission, scope, processing
// log, serialisation):
//   a partner's incoming list with filters (status, overdue)   target ≤ 100 ms median
//   the overview of a conference (four months of referrals)   target ≤ 500 ms median
//   the HSDS 3.0 export of every organisation and offering    target ≤ 2 s median
import { and, eq, like, sql } from "drizzle-orm";
import { conference, organisation, pactMember } from "../server/db/schema.ts";
import { addDays, amsterdamDay, amsterdamInstant } from "../shared/dates.ts";
import {
  openBenchDatabase,
  quantile,
  seedBenchTenant,
  signedInAs,
  startBenchApp,
  timeRuns,
} from "./harness.ts";

const organisations = Number(process.env.BENCH_ORGANISATIONS ?? 300);
const offerings = Number(process.env.BENCH_OFFERINGS ?? 2_000);
const referrals = Number(process.env.BENCH_REFERRALS ?? 100_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 20);

const database = await openBenchDatabase("network");
const { db } = database;
const { tenantId } = await seedBenchTenant(database);
const [bank] = await db
  .select({ id: organisation.id })
  .from(organisation)
  .where(and(eq(organisation.tenantId, tenantId), like(organisation.name, "Stadsbank%")));
if (!bank) throw new Error("The demo stadsbank is missing");

const started = performance.now();
console.log(`seeding ${organisations} organisations, ${referrals} referrals on ${database.kind}…`);
const made = await db
  .insert(organisation)
  .values(
    Array.from({ length: organisations }, (_, i) => ({
      tenantId,
      name: `Partner ${String(i + 1).padStart(3, "0")}`,
      type: i % 3 === 0 ? ("officialBody" as const) : ("volunteerOrganisation" as const),
    })),
  )
  .returning({ id: organisation.id });
const members = [bank.id, ...made.map((o) => o.id)];
await db
  .insert(pactMember)
  .values(made.map((o) => ({ tenantId, organisationId: o.id, signedOn: "2026-01-01" })))
  .onConflictDoNothing();
await db.execute(sql`create temporary table bench_org (n int primary key, id uuid not null)`);
await db.execute(
  sql`insert into bench_org (n, id) values ${sql.join(
    members.map((id, n) => sql`(${n}, ${id})`),
    sql`, `,
  )}`,
);
const orgCount = members.length;
await db.execute(sql`
  insert into offering (tenant_id, organisation_id, name, description, for_whom, how_to_refer, languages,
    opening_hours, phone, last_checked_at)
  select ${tenantId}, o.id, 'Aanbod ' || g, 'Hulp bij post en geldzaken, nummer ' || g, 'Inwoners met vragen',
    array['inzet', 'phone'], array['nl', 'en'], 'Maandag tot vrijdag 9.00–17.00 uur', '030 123 45 67',
    now() - (g % 300) * interval '1 day'
  from generate_series(1, ${offerings}) g join bench_org o on o.n = g % ${orgCount}`);
// Referrals over the past 365 days; every tenth to the stadsbank (n = 0), the others spread over the pact.
const statuses = ["sent", "received", "intakePlanned", "inProgress", "done", "notHelped", "notTakenUp"];
await db.execute(sql`
  insert into referral (tenant_id, source, from_organisation_id, partner_organisation_id, household, contact,
    reason, urgency, status, consent_text, consent_at, created_at, status_changed_at)
  select ${tenantId}, 'intake', f.id, p.id, 'Bewoner ' || g, '06 ' || lpad((g % 100000000)::text, 8, '0'),
    'Hulp bij de administratie', case when g % 9 = 0 then 'urgent' else 'normal' end,
    (${sql.raw(`array['${statuses.join("','")}']`)})[1 + g % 7], 'Toestemming gegeven',
    now() - (g % 365) * interval '1 day', now() - (g % 365) * interval '1 day',
    now() - (g % 365) * interval '1 day' + (g % 8) * interval '1 day'
  from generate_series(1, ${referrals}) g
  join bench_org p on p.n = case when g % 10 = 0 then 0 else 1 + g % ${orgCount - 1} end
  join bench_org f on f.n = (g * 7 + 1) % ${orgCount}`);
// The history: "sent" for every referral, and the first answer for those past "sent".
await db.execute(sql`
  insert into referral_status_change (tenant_id, referral_id, status, changed_at)
  select tenant_id, id, 'sent', created_at from referral where tenant_id = ${tenantId}
  union all
  select tenant_id, id, status, status_changed_at from referral where tenant_id = ${tenantId} and status <> 'sent'`);
await db.execute(sql`analyze`);
const future = amsterdamInstant(addDays(amsterdamDay(), 14), "19:30");
const [meeting] = await db
  .insert(conference)
  .values({
    tenantId,
    title: "Solidariteitsconferentie (bench)",
    startsAt: future,
    agendaDeadline: amsterdamInstant(addDays(amsterdamDay(), 7), "17:00"),
  })
  .returning({ id: conference.id });
console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const { app, call } = await startBenchApp(database);
const partner = await signedInAs(app, "partner@demo.inzet.nl");
const asPartner = async (url: string) => (await partner(url)).json();
const incoming = "/api/referrals?direction=incoming&status=received&page=2&pageSize=50";
const overdue = "/api/referrals?direction=incoming&overdue=true";
const first = await asPartner(incoming);
if (first.items.length !== 50) throw new Error(`expected a full page, got ${first.items.length}`);
const exported = (await call("GET", "/api/network/hsds")).json();
const services = Array.isArray(exported) ? exported.length : (exported.services?.length ?? 0);

const results = [
  {
    name: "incoming list, status filter, page 2",
    target: 100,
    times: await timeRuns(rounds, () => asPartner(incoming)),
  },
  {
    name: "incoming list, overdue only",
    target: 100,
    times: await timeRuns(rounds, () => asPartner(overdue)),
  },
  {
    name: "conference overview (four months)",
    target: 500,
    times: await timeRuns(rounds, () => call("GET", `/api/conferences/${meeting!.id}/overview`)),
  },
  {
    name: `HSDS export (${services} services)`,
    target: 2000,
    times: await timeRuns(Math.max(5, Math.floor(rounds / 4)), () => call("GET", "/api/network/hsds"), 1),
  },
];
console.log(
  `\n${orgCount} organisations, ${offerings} offerings, ${referrals} referrals on ${database.kind} (${rounds} requests each; HSDS fewer)\n`,
);
console.log("| request | median ms | p95 ms | target ms |\n|---|---:|---:|---:|");
for (const r of results)
  console.log(
    `| ${r.name} | ${quantile(r.times, 0.5).toFixed(1)} | ${quantile(r.times, 0.95).toFixed(1)} | ${r.target} |`,
  );
await app.close();
await database.close();
