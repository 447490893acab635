import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  circleParticipant,
  processingLog,
  trainingRecord,
  vogRecord,
  volunteer,
} from "../../../db/schema.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

/** A circle with a qualified leader and one resident with an account taking part (dates in 2027). */
async function residentInCircle() {
  const tenant = await createTenant();
  const org = await createOrganisation(tenant.id, { name: "Humanitas" });
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
        curriculum: [{ theme: "Geld op een rij" }, { theme: "Energie" }],
        sessionCount: 2,
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
  expect(circle.id).toBeTruthy();
  const residentUser = await createUser(tenant.id, "participant");
  const [participation] = await ctx.db
    .insert(circleParticipant)
    .values({
      tenantId: tenant.id,
      circleId: circle.id,
      personId: residentUser.personId,
      status: "active",
      source: "public",
    })
    .returning();
  const resident = as(ctx.app, await signIn(ctx.app, residentUser.email));
  const asLeader = as(ctx.app, await signIn(ctx.app, leaderUser.email));
  return { tenant, circle, coordinator, resident, residentUser, participation: participation!, asLeader };
}

describe("circles: the participant's own goals", () => {
  it("lists the resident's own circle with the next session, and lets them add, reword and reach a goal", async () => {
    const { resident, participation, tenant, residentUser } = await residentInCircle();
    const list = await resident({ method: "GET", url: "/api/me/circle-participations" });
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items).toEqual([
      expect.objectContaining({
        id: participation.id,
        circleName: "Budgetkring Malberg",
        status: "active",
        nextSession: { date: "2027-01-11", startTime: "19:00", theme: "Geld op een rij" },
        goals: [],
      }),
    ]);
    const own = `/api/me/circle-participations/${participation.id}`;
    const added = await resident({
      method: "POST",
      url: `${own}/goals`,
      payload: { text: " Minder schulden " },
    });
    expect(added.statusCode, added.body).toBe(201);
    const goal = added.json().goals[0];
    expect(goal).toMatchObject({ text: "Minder schulden", reachedOn: null });
    const reworded = await resident({
      method: "PATCH",
      url: `${own}/goals/${goal.id}`,
      payload: { text: "Elke maand iets aflossen", reached: true },
    });
    expect(reworded.statusCode, reworded.body).toBe(200);
    expect(reworded.json().goals[0]).toMatchObject({ text: "Elke maand iets aflossen" });
    expect(reworded.json().goals[0].reachedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const actions = (
      await ctx.db
        .select()
        .from(processingLog)
        .where(and(eq(processingLog.tenantId, tenant.id), eq(processingLog.actorUserId, residentUser.userId)))
    )
      .filter((e) => e.subjectId === residentUser.personId)
      .map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["read", "create", "update"]));
  });

  it("refuses an empty goal in Dutch, and answers 404 for someone else's participation or goal", async () => {
    const a = await residentInCircle();
    const b = await residentInCircle();
    const empty = await a.resident({
      method: "POST",
      url: `/api/me/circle-participations/${a.participation.id}/goals`,
      payload: { text: "" },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields[0]).toMatchObject({
      path: "text",
      message: "Beschrijf het doel in een paar woorden.",
    });
    // Another resident in the same tenant: their participation does not exist for me.
    const neighbour = await createUser(a.tenant.id, "participant");
    const asNeighbour = as(ctx.app, await signIn(ctx.app, neighbour.email));
    expect(
      (
        await asNeighbour({
          method: "POST",
          url: `/api/me/circle-participations/${a.participation.id}/goals`,
          payload: { text: "Sluiproute" },
        })
      ).statusCode,
    ).toBe(404);
    expect((await asNeighbour({ method: "GET", url: "/api/me/circle-participations" })).json().items).toEqual(
      [],
    );
    // Another tenant's participation, and a goal of another participation through mine: 404.
    expect(
      (
        await b.resident({
          method: "POST",
          url: `/api/me/circle-participations/${a.participation.id}/goals`,
          payload: { text: "Sluiproute" },
        })
      ).statusCode,
    ).toBe(404);
    const goalOfB = (
      await b.resident({
        method: "POST",
        url: `/api/me/circle-participations/${b.participation.id}/goals`,
        payload: { text: "Eigen doel" },
      })
    ).json().goals[0];
    expect(
      (
        await a.resident({
          method: "PATCH",
          url: `/api/me/circle-participations/${a.participation.id}/goals/${goalOfB.id}`,
          payload: { reached: true },
        })
      ).statusCode,
    ).toBe(404);
    // A coordinator has no own-goals permission.
    expect((await a.coordinator({ method: "GET", url: "/api/me/circle-participations" })).statusCode).toBe(
      403,
    );
  });

  it("shows the leader the goals of their circle's participants on the session screen", async () => {
    const { resident, participation, circle, asLeader } = await residentInCircle();
    await resident({
      method: "POST",
      url: `/api/me/circle-participations/${participation.id}/goals`,
      payload: { text: "Post elke week openen" },
    });
    const screen = await asLeader({ method: "GET", url: `/api/me/circle-sessions/${circle.sessions[0].id}` });
    expect(screen.statusCode, screen.body).toBe(200);
    const me = screen
      .json()
      .participants.find((p: { participantId: string }) => p.participantId === participation.id);
    expect(me.goals).toEqual([expect.objectContaining({ text: "Post elke week openen", reachedOn: null })]);
  });
});
