import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summariseAttendance } from "../../../../shared/circles/progress.ts";
import { processingLog, trainingRecord, vogRecord, volunteer } from "../../../db/schema.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

type Who = ReturnType<typeof as>;

/** A tenant with a coordinator, a qualified leader and a circle of `size` participants (dates in 2027). */
async function circleWith(size: number, organisationName = "Humanitas") {
  const tenant = await createTenant();
  const org = await createOrganisation(tenant.id, { name: organisationName });
  const coordinatorUser = await createUser(tenant.id, "coordinator", { organisationId: org.id });
  const coordinator = as(ctx.app, await signIn(ctx.app, coordinatorUser.email));
  const leaderUser = await createUser(tenant.id, "volunteer");
  const [leader] = await ctx.db
    .insert(volunteer)
    .values({ tenantId: tenant.id, personId: leaderUser.personId, organisationId: org.id, status: "active" })
    .returning();
  await ctx.db
    .insert(trainingRecord)
    .values({ volunteerId: leader!.id, training: "gesprekstraining", completedOn: "2026-01-10" });
  await ctx.db.insert(vogRecord).values({
    volunteerId: leader!.id,
    issuedOn: "2026-01-05",
    renewalDue: "2029-01-05",
    profileCodes: ["11"],
  });
  const programme = (
    await coordinator({
      method: "POST",
      url: "/api/circle-programmes",
      payload: {
        name: "Budgetkring",
        kind: "budgetkring",
        curriculum: [{ theme: "Geld op een rij" }, { theme: "Slim boodschappen doen" }, { theme: "Energie" }],
        sessionCount: 3,
        targetSize: 7,
        maxSize: 10,
        requiredTrainings: ["gesprekstraining"],
        vogProfiles: ["11"],
      },
    })
  ).json();
  const circle = (
    await coordinator({
      method: "POST",
      url: "/api/circles",
      payload: {
        programmeId: programme.id,
        name: "Budgetkring Malberg",
        place: "Buurthuis",
        startsOn: "2027-01-11",
        startTime: "19:00",
        endTime: "21:00",
        leaderIds: [leader!.id],
      },
    })
  ).json();
  const participants: string[] = [];
  for (let i = 0; i < size; i++) {
    const added = await coordinator({
      method: "POST",
      url: `/api/circles/${circle.id}/participants`,
      payload: { givenName: `Deelnemer${i}`, familyName: "Test" },
    });
    expect(added.statusCode, added.body).toBe(201);
    participants.push(added.json().id);
  }
  const asLeader = as(ctx.app, await signIn(ctx.app, leaderUser.email));
  return { tenant, org, coordinator, coordinatorUser, circle, participants, asLeader };
}

const goals = (who: Who, participantId: string, text: string) =>
  who({ method: "POST", url: `/api/circle-participants/${participantId}/goals`, payload: { text } });

describe("circles: a participant's goals and attendance", () => {
  it("adds, rewords and marks goals reached, and logs each change of the person's data", async () => {
    const { tenant, coordinator, coordinatorUser, participants } = await circleWith(1);
    const [id] = participants as [string];
    const added = await goals(coordinator, id, "  Elke week mijn post openen  ");
    expect(added.statusCode, added.body).toBe(201);
    const goal = added.json().goals[0];
    expect(goal).toMatchObject({ text: "Elke week mijn post openen", reachedOn: null });

    const reached = await coordinator({
      method: "PATCH",
      url: `/api/circle-participants/${id}/goals/${goal.id}`,
      payload: { reached: true },
    });
    expect(reached.statusCode, reached.body).toBe(200);
    expect(reached.json().goals[0].reachedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const reworded = await coordinator({
      method: "PATCH",
      url: `/api/circle-participants/${id}/goals/${goal.id}`,
      payload: { text: "Elke week de post openen en sorteren", reached: false },
    });
    expect(reworded.json().goals[0]).toMatchObject({
      text: "Elke week de post openen en sorteren",
      reachedOn: null,
    });

    const entries = await ctx.db
      .select()
      .from(processingLog)
      .where(
        and(eq(processingLog.tenantId, tenant.id), eq(processingLog.actorUserId, coordinatorUser.userId)),
      );
    const subject = entries.find((e) => e.action === "create" && e.subjectType === "person")!.subjectId;
    const onSubject = entries.filter((e) => e.subjectId === subject).map((e) => e.action);
    expect(onSubject.filter((a) => a === "update")).toHaveLength(2);
  });

  it("refuses an empty goal and an empty change with a Dutch message", async () => {
    const { coordinator, participants } = await circleWith(1);
    const empty = await goals(coordinator, participants[0]!, " ");
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0]).toMatchObject({
      path: "text",
      message: "Beschrijf het doel in een paar woorden.",
    });
    const goal = (await goals(coordinator, participants[0]!, "Een budget maken")).json().goals[0];
    const nothing = await coordinator({
      method: "PATCH",
      url: `/api/circle-participants/${participants[0]}/goals/${goal.id}`,
      payload: {},
    });
    expect(nothing.statusCode).toBe(400);
    expect(nothing.body).toContain("Er is niets te wijzigen.");
  });

  it("counts attendance across the season: present, excused, absent and the rate", async () => {
    const { coordinator, circle, participants, asLeader } = await circleWith(2);
    const [me, other] = participants as [string, string];
    const record = (sessionIndex: number, status: string) =>
      asLeader({
        method: "PUT",
        url: `/api/me/circle-sessions/${circle.sessions[sessionIndex].id}/attendance/${crypto.randomUUID()}`,
        payload: {
          records: [
            { participantId: me, status, progress: sessionIndex === 0 ? "Post gesorteerd" : "" },
            { participantId: other, status: "present" },
          ],
        },
      });
    expect((await record(0, "present")).statusCode).toBe(200);
    expect((await record(1, "excused")).statusCode).toBe(200);
    const detail = await coordinator({ method: "GET", url: `/api/circle-participants/${me}` });
    expect(detail.statusCode, detail.body).toBe(200);
    const body = detail.json();
    expect(body.attendance).toMatchObject({ present: 1, excused: 1, absent: 0, held: 2, rate: 0.5 });
    expect(body.sessions.map((s: { status: string | null }) => s.status)).toEqual([
      "present",
      "excused",
      null,
    ]);
    expect(body.sessions[0].progress).toBe("Post gesorteerd");
    expect(body.can.manage).toBe(true);
  });

  it("answers 404 for a participant of another tenant or another organisation's circle, and for a goal of someone else", async () => {
    const a = await circleWith(2);
    const b = await circleWith(1, "Andere organisatie");
    const goalOfSecond = (await goals(a.coordinator, a.participants[1]!, "Een spaarpot")).json().goals[0];
    // Another tenant: not found, whether reading or changing.
    expect(
      (await b.coordinator({ method: "GET", url: `/api/circle-participants/${a.participants[0]}` }))
        .statusCode,
    ).toBe(404);
    expect((await goals(b.coordinator, a.participants[0]!, "Sluiproute")).statusCode).toBe(404);
    // Same tenant, a coordinator of another organisation: the circle is not theirs.
    const otherOrg = await createOrganisation(a.tenant.id, { name: "Buurtwerk" });
    const otherUser = await createUser(a.tenant.id, "coordinator", { organisationId: otherOrg.id });
    const other = as(ctx.app, await signIn(ctx.app, otherUser.email));
    expect(
      (await other({ method: "GET", url: `/api/circle-participants/${a.participants[0]}` })).statusCode,
    ).toBe(404);
    expect(
      (
        await other({
          method: "PUT",
          url: `/api/circle-participants/${a.participants[0]}/evaluation`,
          payload: { score: 4 },
        })
      ).statusCode,
    ).toBe(404);
    // A goal of another participant through this participant's address: not found.
    const crossed = await a.coordinator({
      method: "PATCH",
      url: `/api/circle-participants/${a.participants[0]}/goals/${goalOfSecond.id}`,
      payload: { reached: true },
    });
    expect(crossed.statusCode).toBe(404);
    // A leader (volunteer) has no coordinator's view of participants.
    expect(
      (await a.asLeader({ method: "GET", url: `/api/circle-participants/${a.participants[0]}` })).statusCode,
    ).toBe(403);
  });
});

describe("summariseAttendance", () => {
  const today = "2027-02-01";
  it("counts held sessions only: cancelled and future ones without a record are left out", () => {
    expect(
      summariseAttendance(
        [
          { date: "2027-01-11", cancelled: false, status: "present" },
          { date: "2027-01-18", cancelled: true, status: null },
          { date: "2027-01-25", cancelled: false, status: null },
          { date: "2027-02-01", cancelled: false, status: "absent" },
          { date: "2027-02-08", cancelled: false, status: null },
        ],
        today,
      ),
    ).toEqual({ present: 1, excused: 0, absent: 1, unrecorded: 1, held: 3, rate: 0.333 });
  });

  it("has no rate before anything was held", () => {
    expect(
      summariseAttendance([{ date: "2027-03-01", cancelled: false, status: null }], today).rate,
    ).toBeNull();
  });
});
