import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  circle,
  circleAttendance,
  circleGoal,
  circleLeader,
  circleParticipant,
  circleProgramme,
  circleSession,
  coachingTrajectory,
  volunteer,
} from "../../../db/schema.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const programmeValues = (tenantId: string, organisationId: string, name: string) => ({
  tenantId,
  organisationId,
  name,
  kind: "budgetkring" as const,
  curriculum: [{ theme: "Budget", guide: "" }],
  sessionCount: 1,
  targetSize: 8,
  maxSize: 12,
});
const circleValues = (tenantId: string, organisationId: string, programmeId: string, startsOn: string) => ({
  tenantId,
  organisationId,
  programmeId,
  name: `Kring ${startsOn}`,
  place: "Buurthuis",
  startsOn,
  startTime: "10:00",
  endTime: "12:00",
  maxSize: 12,
});

/**
 * Welzijn runs a Budgetkring (spring: 6 took part, 1 left, 4 goals reached, attendance 5 of 6; one of
 * them leads the autumn circle) and a small peer group (2 took part); the coaching has 6 trajectories.
 */
async function setUp() {
  const tenant = await createTenant();
  const welzijn = await createOrganisation(tenant.id, { name: "Welzijn Zuid" });
  const other = await createOrganisation(tenant.id, { name: "Sport Oost" });
  const [budget] = await ctx.db
    .insert(circleProgramme)
    .values(programmeValues(tenant.id, welzijn.id, "Budgetkring"))
    .returning();
  const [peers] = await ctx.db
    .insert(circleProgramme)
    .values(programmeValues(tenant.id, welzijn.id, "Lotgenoten"))
    .returning();
  const [spring] = await ctx.db
    .insert(circle)
    .values(circleValues(tenant.id, welzijn.id, budget!.id, "2027-02-01"))
    .returning();
  const [autumn] = await ctx.db
    .insert(circle)
    .values(circleValues(tenant.id, welzijn.id, budget!.id, "2027-09-01"))
    .returning();
  const [small] = await ctx.db
    .insert(circle)
    .values(circleValues(tenant.id, welzijn.id, peers!.id, "2027-03-01"))
    .returning();
  const [session] = await ctx.db
    .insert(circleSession)
    .values({
      tenantId: tenant.id,
      circleId: spring!.id,
      number: 1,
      theme: "Budget",
      date: "2027-02-01",
      startTime: "10:00",
      endTime: "12:00",
    })
    .returning();
  const people = [];
  for (let i = 0; i < 8; i++) people.push(await createUser(tenant.id, "participant"));
  const join = async (circleId: string, personId: string, status: "active" | "left" | "waitlisted") =>
    (
      await ctx.db
        .insert(circleParticipant)
        .values({ tenantId: tenant.id, circleId, personId, status, source: "public" })
        .returning()
    )[0]!;
  const springers = [];
  for (let i = 0; i < 6; i++)
    springers.push(await join(spring!.id, people[i]!.personId, i === 5 ? "left" : "active"));
  await join(spring!.id, people[7]!.personId, "waitlisted"); // the waitlist did not take part
  for (const p of [people[6]!, people[7]!]) await join(small!.id, p.personId, "active");
  for (const [i, p] of springers.entries()) {
    await ctx.db.insert(circleAttendance).values({
      tenantId: tenant.id,
      sessionId: session!.id,
      participantId: p.id,
      status: i === 5 ? "absent" : "present",
    });
    if (i < 4)
      await ctx.db
        .insert(circleGoal)
        .values({ tenantId: tenant.id, participantId: p.id, text: "Post op orde", reachedOn: "2027-03-01" });
  }
  // The first participant leads the autumn circle as a volunteer: one person, history kept.
  const [lead] = await ctx.db
    .insert(volunteer)
    .values({
      tenantId: tenant.id,
      personId: people[0]!.personId,
      organisationId: welzijn.id,
      status: "active",
    })
    .returning();
  await ctx.db
    .insert(circleLeader)
    .values({ tenantId: tenant.id, circleId: autumn!.id, volunteerId: lead!.id });
  const coaching = (
    status: "active" | "escalated" | "ended",
    outcome: "solved" | "stable" | null,
    endedOn: string | null,
  ) =>
    ctx.db.insert(coachingTrajectory).values({
      tenantId: tenant.id,
      organisationId: welzijn.id,
      coachVolunteerId: lead!.id,
      household: "Huishouden",
      startsOn: "2027-01-01",
      maxEndOn: "2027-12-31",
      frequency: "weekly",
      status,
      endedOn,
      outcome,
      endReason: outcome ? "goalReached" : null,
    });
  await coaching("active", null, null);
  await coaching("escalated", null, null);
  for (const [outcome, endedOn] of [
    ["solved", "2027-04-01"],
    ["solved", "2027-05-01"],
    ["solved", "2027-06-01"],
    ["stable", "2027-07-01"],
  ] as const)
    await coaching("ended", outcome, endedOn);
  const call = async (role: "coordinator" | "policyOfficer" | "admin", organisationId = welzijn.id) =>
    as(ctx.app, await signIn(ctx.app, (await createUser(tenant.id, role, { organisationId })).email));
  return { tenant, welzijn, other, call };
}

describe("the monitor of circles and coaching", () => {
  it("counts per programme and organisation; the coordinator sees every number, the policy officer no small ones", async () => {
    const { call, other, welzijn } = await setUp();
    const coordinator = await call("coordinator");
    const mine = (await coordinator({ method: "GET", url: "/api/circles/monitor" })).json();
    const budget = mine.programmes.find((p: { name: string }) => p.name === "Budgetkring");
    expect(budget).toMatchObject({
      organisationName: "Welzijn Zuid",
      circles: { shown: 2 },
      participants: { shown: 6 },
      left: { shown: 1 },
      goalsReached: { shown: 4 },
      becameLeaders: { shown: 1 },
      attendanceRate: { shown: 0.833 },
    });
    expect(mine.coaching).toEqual([
      expect.objectContaining({
        organisationId: welzijn.id,
        started: { shown: 6 },
        active: { shown: 1 },
        escalated: { shown: 1 },
        ended: { shown: 4 },
        outcomes: {
          solved: { shown: 3 },
          stable: { shown: 1 },
          referred: { shown: 0 },
          notSolved: { shown: 0 },
        },
        // (90 + 120 + 151 + 181) / 4 days
        meanDays: 136,
      }),
    ]);

    const policy = await call("policyOfficer", other.id);
    const theirs = (await policy({ method: "GET", url: "/api/circles/monitor" })).json();
    const peers = theirs.programmes.find((p: { name: string }) => p.name === "Lotgenoten");
    expect(peers.participants).toEqual({ hidden: "small" });
    // The 6 of the Budgetkring and the total of 8 would give the hidden 2 away: one of them is hidden too.
    const budgetOfTheirs = theirs.programmes.find((p: { name: string }) => p.name === "Budgetkring");
    expect([budgetOfTheirs.participants, theirs.programmeTotal.participants]).toContainEqual({
      hidden: "derivable",
    });
    expect(theirs.coachingTotal.outcomes.stable).toEqual({ hidden: "small" });
    expect(theirs.coachingTotal.meanDays).toBeNull();

    // A coordinator of another organisation sees none of it; the period leaves out the autumn circle.
    const outsider = await call("coordinator", other.id);
    const empty = (await outsider({ method: "GET", url: "/api/circles/monitor" })).json();
    expect(empty.programmes).toEqual([]);
    expect(empty.coachingTotal.started).toEqual({ shown: 0 });
    const spring = (
      await coordinator({ method: "GET", url: "/api/circles/monitor?from=2027-01-01&to=2027-06-30" })
    ).json();
    expect(spring.programmes.find((p: { name: string }) => p.name === "Budgetkring").circles).toEqual({
      shown: 1,
    });
    const wrong = await coordinator({
      method: "GET",
      url: "/api/circles/monitor?from=2027-06-30&to=2027-01-01",
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0].path).toBe("querystring.to");
    expect((await (await call("admin"))({ method: "GET", url: "/api/circles/monitor" })).statusCode).toBe(
      200,
    );
  });

  it("exports the same numbers, hidden ones as words, to CSV read back with papaparse", async () => {
    const { call, other } = await setUp();
    const policy = await call("policyOfficer", other.id);
    const csv = await policy({ method: "GET", url: "/api/circles/monitor/export?format=csv" });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
    const rows = Papa.parse<string[]>(csv.body.replace(/^\uFEFF/, ""), { delimiter: ";" }).data;
    expect(rows[0]).toEqual([
      "Programma",
      "Organisatie",
      "Kringen",
      "Deelnemers",
      "Gestopt",
      "Doelen bereikt",
      "Werden kringleider",
      "Opkomst",
    ]);
    const peers = rows.find((r) => r[0] === "Lotgenoten")!;
    expect(peers[3]).toBe("minder dan 5");
    const xlsx = await policy({ method: "GET", url: "/api/circles/monitor/export?format=xlsx" });
    expect(xlsx.rawPayload.subarray(0, 2).toString("latin1")).toBe("PK");
    expect((await policy({ method: "GET", url: "/api/circles/monitor/export?format=pdf" })).statusCode).toBe(
      400,
    );
  });
});
