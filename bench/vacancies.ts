// npm run bench:vacancies — issue 4's targets, and the batch proposal through HTTP (200 and 1,000
// vacancies): top-20 candidates for one vacancy among BENCH_VOLUNTEERS
// (default 100,000) volunteers, the typo-tolerant public search among BENCH_VACANCIES (default 100,000)
// vacancies, and the exact batch assignment of 5,000 volunteers × 1,000 vacancies. PGlite unless
// BENCH_DATABASE_URL is set. Prints medians and the query plan of the candidate ranking.
import { eq, type SQL, sql } from "drizzle-orm";
import { vacancy, vogRecord, volunteer } from "../server/db/schema.ts";
import { seedScaleVolunteers } from "../server/db/seed-scale-volunteers.ts";
import { random } from "../server/db/seed-volunteers.ts";
import { findCandidates } from "../server/features/vacancies/matching/queries.ts";
import { assignOptimal } from "../shared/assignment.ts";
import { defaultVolunteerSettings, slotsToMask } from "../shared/volunteers.ts";
import { openBenchDatabase, seedBenchTenant, startBenchApp } from "./harness.ts";

const volunteers = Number(process.env.BENCH_VOLUNTEERS ?? 100_000);
const vacancies = Number(process.env.BENCH_VACANCIES ?? 100_000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 30);
const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
async function time(label: string, run: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < rounds + 3; i++) {
    const started = performance.now();
    await run();
    if (i >= 3) times.push(performance.now() - started);
  }
  console.log(`| ${label} | ${median(times).toFixed(1)} ms |`);
}

const database = await openBenchDatabase("vacancies");
const { db } = database;
const { tenantId, organisationIds, districtIds } = await seedBenchTenant(database);

let started = performance.now();
console.log(`seeding ${volunteers} volunteers and ${vacancies} vacancies on ${database.kind}…`);
await seedScaleVolunteers(db, tenantId, organisationIds, volunteers);
// Half of them have a valid VOG with profile 45 (care and welfare).
const r = random(11);
const ids = (
  await db.select({ id: volunteer.id }).from(volunteer).where(eq(volunteer.tenantId, tenantId))
).map((v) => v.id);
const withVog = ids.filter(() => r.next() < 0.5);
for (let i = 0; i < withVog.length; i += 5000) {
  await db.insert(vogRecord).values(
    withVog.slice(i, i + 5000).map((volunteerId) => ({
      volunteerId,
      issuedOn: "2025-06-01",
      renewalDue: "2028-06-01",
      profileCodes: ["45"],
    })),
  );
}
// A vocabulary of 2,000 made-up words plus 20 real ones, so a search term is in about 1 % of the
// vacancies (as in real texts), not in nearly all of them.
const syllables = [
  "ba",
  "de",
  "ko",
  "li",
  "mu",
  "ne",
  "po",
  "ra",
  "si",
  "tu",
  "ve",
  "wo",
  "ka",
  "ge",
  "lo",
  "ri",
  "sa",
  "te",
  "vo",
  "zu",
];
const real = [
  "hulp",
  "koken",
  "taal",
  "maatje",
  "administratie",
  "tuin",
  "klussen",
  "vervoer",
  "ouderen",
  "jongeren",
];
const words = [
  ...real,
  ...[
    "buurthuis",
    "computer",
    "wandelen",
    "boodschappen",
    "voorlezen",
    "sport",
    "muziek",
    "kinderen",
    "nieuwkomers",
    "bezoek",
  ],
  ...Array.from(
    { length: 2000 },
    (_, i) =>
      `${syllables[i % 20]}${syllables[Math.floor(i / 20) % 20]}${syllables[Math.floor(i / 400) % 20]}ring`,
  ),
];
for (let i = 0; i < vacancies; i += 5000) {
  await db.insert(vacancy).values(
    Array.from({ length: Math.min(5000, vacancies - i) }, (_, j) => {
      const title = `${r.pick(words)} ${r.pick(words)} ${r.pick(words)} ${i + j}`;
      const description = Array.from({ length: 12 }, () => r.pick(words)).join(" ");
      return {
        tenantId,
        organisationId: r.pick(organisationIds),
        title,
        description,
        locationType: "district" as const,
        districtId: r.pick(districtIds),
        scheduleType: "recurring" as const,
        slots: r.int(1, (1 << 21) - 1),
        places: r.int(1, 5),
        status: "published" as const,
        searchText: `${title} ${description}`,
      };
    }),
  );
}
await db.execute(sql`analyze`);
console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const { app, cookie } = await startBenchApp(database);
const created = await app.inject({
  method: "POST",
  url: "/api/vacancies",
  headers: { cookie },
  payload: {
    organisationId: organisationIds[0],
    title: "Maatje voor een oudere",
    description: "Eén keer per week op bezoek bij een oudere die weinig mensen ziet.",
    locationType: "district",
    districtId: districtIds[1],
    scheduleType: "recurring",
    slots: ["wed-afternoon", "sat-morning"],
    places: 3,
    skills: ["gesprekken", "koken"],
    vogProfiles: ["45"],
    motives: ["social", "values"],
    goals: ["socialContact"],
    status: "published",
  },
});
if (created.statusCode !== 201) throw new Error(created.body);
const vacancyId = created.json().id;

console.log(
  `\n${database.kind}: ${volunteers} volunteers, ${vacancies} vacancies, ${rounds} requests each\n`,
);
console.log("| what | median |\n|---|---:|");
let candidates = 0;
await time("top-20 candidates for one vacancy (GET /api/vacancies/:id/candidates)", async () => {
  const response = await app.inject({ url: `/api/vacancies/${vacancyId}/candidates`, headers: { cookie } });
  if (response.statusCode !== 200) throw new Error(response.body);
  candidates = response.json().candidates.length;
});
let found = 0;
await time("public search with a typo 'administartie' (GET /api/public/vacancies)", async () => {
  const response = await app.inject({ url: "/api/public/vacancies?q=administartie" });
  found = response.json().total;
});
await time("public search with a typo + district + day part", async () => {
  await app.inject({
    url: `/api/public/vacancies?q=boodschapen&districtId=${districtIds[2]}&slot=tue-evening`,
  });
});

// Batch assignment: 5,000 volunteers × 1,000 vacancies, each vacancy with its 50 best candidates.
const b = random(5);
const batch = {
  volunteers: Array.from({ length: 5000 }, (_, i) => ({ id: `v${i}`, capacity: 1 })),
  vacancies: Array.from({ length: 1000 }, (_, i) => ({ id: `j${i}`, capacity: b.int(1, 5) })),
  edges: Array.from({ length: 1000 }, (_, j) =>
    Array.from({ length: 50 }, () => ({
      volunteerId: `v${b.int(0, 4999)}`,
      vacancyId: `j${j}`,
      score: b.int(100, 1000) / 10,
    })),
  ).flat(),
};
started = performance.now();
const result = assignOptimal(batch);
console.log(
  `| batch assignment 5,000 × 1,000 (${batch.edges.length} candidate pairs, ${result.pairs.length} placed) | ${(performance.now() - started).toFixed(0)} ms |`,
);
console.log(`\ncandidates returned: ${candidates}; search hits: ${found}`);

// The batch proposal through HTTP: the first 200 and 1,000 seeded vacancies (open, random district and
// day parts) over every volunteer of the tenant (run with BENCH_VOLUNTEERS=5000 for the case).
const batchRounds = Number(process.env.BENCH_BATCH_ROUNDS ?? 20);
const seededIds = (
  await db
    .select({ id: vacancy.id })
    .from(vacancy)
    .where(eq(vacancy.tenantId, tenantId))
    .orderBy(vacancy.id)
    .limit(1000)
).map((row) => row.id);
for (const size of [200, 1000].filter((n) => n <= seededIds.length)) {
  const times: number[] = [];
  let last = { pairs: [] as unknown[], candidates: 0 };
  for (let i = 0; i < batchRounds + 1; i++) {
    const begun = performance.now();
    const response = await app.inject({
      method: "POST",
      url: "/api/vacancies/batch/proposal",
      headers: { cookie },
      payload: { vacancyIds: seededIds.slice(0, size) },
    });
    if (response.statusCode !== 200) throw new Error(response.body);
    if (i > 0) times.push(performance.now() - begun);
    last = response.json();
  }
  const sorted = [...times].sort((a, b) => a - b);
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
  console.log(
    `| batch proposal ${size} vacancies × ${volunteers} volunteers (POST /api/vacancies/batch/proposal, ${last.candidates} candidates, ${last.pairs.length} placed) | median ${median(times).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms over ${times.length} |`,
  );
}

// The plans of the ranking's queries (the index step, and the second step when it was needed).
const v = created.json();
const plans: string[] = [];
const explaining = Object.create(db) as typeof db;
explaining.execute = (async (query: SQL) => {
  if (JSON.stringify(query).includes("set local")) return db.execute(query);
  const plan = (await db.execute(sql`explain (analyze, buffers off) ${query}`)) as unknown as {
    rows: { "QUERY PLAN": string }[];
  };
  plans.push(plan.rows.map((row) => row["QUERY PLAN"]).join("\n"));
  return db.execute(query);
}) as typeof db.execute;
await findCandidates(explaining, {
  tenantId,
  organisationId: null,
  vacancyId,
  skills: v.skills,
  motives: v.motives,
  goals: v.goals,
  slotMask: slotsToMask(v.slots),
  districtId: v.districtId,
  point: null,
  requiredTrainings: v.requiredTrainings,
  vogProfiles: v.vogProfiles,
  weights: defaultVolunteerSettings.matchWeights,
  limit: 20,
});
console.log(`\nthe candidate ranking ran ${plans.length} queries:`);
for (const [i, plan] of plans.entries()) console.log(`\n-- query ${i + 1}\n${plan}`);
await app.close();
await database.close();
