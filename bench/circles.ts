// npm run bench:circles — circles at scale (issue 15): BENCH_CIRCLES (default 500) circles of 16 sessions
// and 8 participants each (8,000 sessions, 4,000 participants) in one tenant on PGlite (or
// BENCH_DATABASE_URL), then the leader's session screen and a sync of 12 attendance records through the
// full HTTP stack (session, permission, leader scope, processing log, serialisation).
// Targets: session screen ≤ 100 ms median; sync of 12 records ≤ 200 ms median.
import { and, eq, like } from "drizzle-orm";
import {
  circle,
  circleLeader,
  circleParticipant,
  circleProgramme,
  circleSession,
  person,
  volunteer,
} from "../server/db/schema.ts";
import { planSessions } from "../shared/circles/leaders.ts";
import { budgetkringCurriculum } from "../shared/circles/programmes.ts";
import { openBenchDatabase, quantile, seedBenchTenant, startBenchApp, timeRuns } from "./harness.ts";

const circles = Number(process.env.BENCH_CIRCLES ?? 500);
const perCircle = 8;
const rounds = Number(process.env.BENCH_ROUNDS ?? 30);

const database = await openBenchDatabase("circles");
const { db } = database;
const { tenantId } = await seedBenchTenant(database);
const [programme] = await db.select().from(circleProgramme).where(eq(circleProgramme.tenantId, tenantId));
const [led] = await db.select().from(circle).where(eq(circle.tenantId, tenantId));
const [leader] = await db
  .select({ id: volunteer.id })
  .from(volunteer)
  .innerJoin(person, eq(person.id, volunteer.personId))
  .where(and(eq(volunteer.tenantId, tenantId), like(person.email, "vrijwilliger@%")));
if (!programme || !led || !leader) throw new Error("The demo Budgetkring is missing");

const started = performance.now();
console.log(`seeding ${circles} circles on ${database.kind}…`);
for (let n = 1; n < circles; n++) {
  await db.transaction(async (tx) => {
    const [season] = await tx
      .insert(circle)
      .values({
        tenantId,
        organisationId: programme.organisationId,
        programmeId: programme.id,
        name: `Kring ${n}`,
        place: `Buurthuis ${n}`,
        startsOn: led.startsOn,
        startTime: "19:00",
        endTime: "21:00",
        maxSize: 10,
      })
      .returning();
    await tx.insert(circleLeader).values({ tenantId, circleId: season!.id, volunteerId: leader.id });
    await tx.insert(circleSession).values(
      planSessions(led.startsOn, 16, budgetkringCurriculum).map((s) => ({
        tenantId,
        circleId: season!.id,
        ...s,
        startTime: "19:00",
        endTime: "21:00",
      })),
    );
    const people = await tx
      .insert(person)
      .values(
        Array.from({ length: perCircle }, (_, i) => ({
          tenantId,
          givenName: `Deelnemer${i}`,
          familyName: `K${n}`,
        })),
      )
      .returning({ id: person.id });
    await tx.insert(circleParticipant).values(
      people.map((p) => ({
        tenantId,
        circleId: season!.id,
        personId: p.id,
        status: "active" as const,
        source: "coordinator" as const,
      })),
    );
  });
}
// The measured circle gets 12 active participants.
const active = await db
  .select()
  .from(circleParticipant)
  .where(and(eq(circleParticipant.circleId, led.id), eq(circleParticipant.status, "active")));
const extra = await db
  .insert(person)
  .values(
    Array.from({ length: 12 - active.length }, (_, i) => ({
      tenantId,
      givenName: `Extra${i}`,
      familyName: "Bench",
    })),
  )
  .returning({ id: person.id });
await db.insert(circleParticipant).values(
  extra.map((p) => ({
    tenantId,
    circleId: led.id,
    personId: p.id,
    status: "active" as const,
    source: "coordinator" as const,
  })),
);
console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const { app } = await startBenchApp(database);
const signIn = await app.inject({
  method: "POST",
  url: "/api/auth/sign-in/email",
  payload: { email: "vrijwilliger@demo.inzet.nl", password: "Inzet-demo-2026" },
});
const cookie = [signIn.headers["set-cookie"]]
  .flat()
  .map((c) => String(c).split(";")[0])
  .join("; ");
const asLeader = async (method: "GET" | "PUT", url: string, payload?: object) => {
  const response = await app.inject({
    method,
    url,
    payload,
    headers: { cookie, origin: "http://127.0.0.1" },
  });
  if (response.statusCode >= 300)
    throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json();
};
const [session] = await db.select().from(circleSession).where(eq(circleSession.circleId, led.id)).limit(1);
const screen = await asLeader("GET", `/api/me/circle-sessions/${session!.id}`);
const records = (screen.participants as { participantId: string }[]).map((p, i) => ({
  participantId: p.participantId,
  status: i % 4 === 0 ? "excused" : "present",
  progress: "Post gesorteerd",
  scale: 3,
}));

const results = [
  {
    name: "leader's session screen",
    target: 100,
    times: await timeRuns(rounds, () => asLeader("GET", `/api/me/circle-sessions/${session!.id}`)),
  },
  {
    name: `sync of ${records.length} attendance records`,
    target: 200,
    times: await timeRuns(rounds, () =>
      asLeader("PUT", `/api/me/circle-sessions/${session!.id}/attendance/${crypto.randomUUID()}`, {
        records,
      }),
    ),
  },
];
console.log(`\n${circles} circles, ${circles * 16} sessions on ${database.kind} (${rounds} requests each)\n`);
console.log("| request | median ms | p95 ms | target ms |\n|---|---:|---:|---:|");
for (const r of results)
  console.log(
    `| ${r.name} | ${quantile(r.times, 0.5).toFixed(1)} | ${quantile(r.times, 0.95).toFixed(1)} | ${r.target} |`,
  );
await app.close();
await database.close();
