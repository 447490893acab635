// npm run bench:learning — the client council's experience research at scale (issue 18): one research
// project with BENCH_INTERVIEWS (default 200) held interviews and BENCH_FRAGMENTS (default 5,000) coded
// fragments over 20 themes (two quotes chosen per theme), in the demo tenant on PGlite (or
// BENCH_DATABASE_URL), and a report drafted from it. Then, as the demo client council member, through the
// full HTTP stack (session, the research wall, processing log, serialisation):
//   the findings table (participants per theme, small counts hidden, quotes)   target ≤ 200 ms median
//   the report as PDF                                                          target ≤ 3 s median
import { sql } from "drizzle-orm";
import {
  openBenchDatabase,
  quantile,
  seedBenchTenant,
  signedInAs,
  startBenchApp,
  timeRuns,
} from "./harness.ts";

const interviews = Number(process.env.BENCH_INTERVIEWS ?? 200);
const fragments = Number(process.env.BENCH_FRAGMENTS ?? 5_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
const themes = 20;

const database = await openBenchDatabase("learning");
const { db } = database;
const { tenantId } = await seedBenchTenant(database);
const started = performance.now();
console.log(`seeding ${interviews} interviews, ${fragments} fragments on ${database.kind}…`);
const project = (await db.execute(sql`
  insert into research_project (tenant_id, title, question, channels, topics)
  values (${tenantId}, 'Ervaringen met de Participatiewet (bench)', 'Hoe ervaren inwoners hun re-integratie?',
    ${JSON.stringify([
      { code: "straat", label: "Op straat" },
      { code: "buurthuis", label: "In het buurthuis" },
      { code: "online", label: "Online" },
    ])}::jsonb, array['werk', 'geld', 'contact'])
  returning id`)) as unknown as { rows: { id: string }[] };
const projectId = project.rows[0]!.id;
await db.execute(sql`
  insert into research_theme (tenant_id, label)
  select ${tenantId}, 'Thema ' || lpad(g::text, 2, '0') from generate_series(1, ${themes}) g
  on conflict do nothing`);
await db.execute(sql`
  insert into research_participant (tenant_id, project_id, code, channel, stage, consent_scope,
    consent_given_on, consent_until)
  select ${tenantId}, ${projectId}, 'D' || lpad(g::text, 3, '0'),
    (array['straat', 'buurthuis', 'online'])[1 + g % 3], 'interviewed', 'Gesprek en anonieme citaten in het rapport',
    current_date - 30, current_date + 335
  from generate_series(1, ${interviews}) g`);
await db.execute(sql`
  insert into research_interview (tenant_id, project_id, participant_id, starts_at, place, held, notes,
    interviewer_name)
  select ${tenantId}, ${projectId}, p.id, now() - (row_number() over (order by p.code)) * interval '2 hours',
    'Buurthuis', true, repeat('Wat de deelnemer vertelde over werk, geld en contact. ', 40), 'Raadslid'
  from research_participant p where p.project_id = ${projectId}`);
await db.execute(sql`
  with i as (select id, participant_id, row_number() over (order by starts_at) as n
             from research_interview where project_id = ${projectId}),
       t as (select id, row_number() over (order by label) as n from research_theme where tenant_id = ${tenantId})
  insert into research_fragment (tenant_id, project_id, interview_id, participant_id, theme_id, text, quote)
  select ${tenantId}, ${projectId}, i.id, i.participant_id, t.id,
    'Fragment ' || g || ': ik wist niet bij wie ik terecht kon met mijn vragen over werk en inkomen.',
    g <= ${themes * 2}
  from generate_series(1, ${fragments}) g
  join i on i.n = 1 + g % ${interviews}
  join t on t.n = 1 + (g * 7) % ${themes}`);
await db.execute(sql`analyze`);
console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const { app } = await startBenchApp(database);
const council = await signedInAs(app, "clientenraad@demo.inzet.nl");
const findings = (await council(`/api/learning/research/${projectId}/findings`)).json();
const report = (
  await council("/api/learning/reports", "POST", {
    projectId,
    title: "Wat inwoners ons vertelden (bench)",
    summary: "Inwoners weten vaak niet bij wie ze terecht kunnen.\n\nDe meesten willen graag werken.",
    recommendations: Array.from({ length: 10 }, (_, i) => ({ text: `Aanbeveling ${i + 1}: één loket` })),
  })
).json();
const pdfBytes = (await council(`/api/learning/reports/${report.id}/pdf`)).rawPayload.length;

const results = [
  {
    name: `findings table (${findings.rows.length} themes)`,
    target: 200,
    times: await timeRuns(rounds, () => council(`/api/learning/research/${projectId}/findings`)),
  },
  {
    name: `report PDF (${Math.round(pdfBytes / 1024)} kB)`,
    target: 3000,
    times: await timeRuns(
      Math.max(5, Math.floor(rounds / 4)),
      () => council(`/api/learning/reports/${report.id}/pdf`),
      1,
    ),
  },
];
console.log(
  `\n${interviews} interviews, ${fragments} fragments on ${database.kind} (${rounds} requests; PDF fewer)\n`,
);
console.log("| request | median ms | p95 ms | target ms |\n|---|---:|---:|---:|");
for (const r of results)
  console.log(
    `| ${r.name} | ${quantile(r.times, 0.5).toFixed(1)} | ${quantile(r.times, 0.95).toFixed(1)} | ${r.target} |`,
  );
await app.close();
await database.close();
process.exit(0);
