import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { processingLog, volunteer } from "../../db/schema.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

async function coachOf(tenantId: string, organisationId: string) {
  const user = await createUser(tenantId, "volunteer");
  const [v] = await ctx.db
    .insert(volunteer)
    .values({ tenantId, personId: user.personId, organisationId, status: "active" })
    .returning();
  return { id: v!.id, as: as(ctx.app, await signIn(ctx.app, user.email)) };
}

describe("coaching: one coach, one household, need to know", () => {
  it("starts, logs, escalates and ends a trajectory; only the coach and the coordinator see it", async () => {
    const tenant = await createTenant();
    const org = await createOrganisation(tenant.id, { name: "Humanitas Enschede" });
    const coordinator = as(
      ctx.app,
      await signIn(ctx.app, (await createUser(tenant.id, "coordinator", { organisationId: org.id })).email),
    );
    const coach = await coachOf(tenant.id, org.id);
    const otherCoach = await coachOf(tenant.id, org.id);
    const created = await coordinator({
      method: "POST",
      url: "/api/coaching/trajectories",
      payload: {
        coachVolunteerId: coach.id,
        household: "Familie Jansen",
        contact: "06 12345678",
        startsOn: "2027-01-15",
        frequency: "biweekly",
        consent: true,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const t = created.json();
    expect(t.maxEndOn).toBe("2028-01-14");
    const url = `/api/coaching/trajectories/${t.id}`;

    // The coach logs a meeting; a meeting after the maximum end is refused until it is extended.
    const meeting = (heldOn: string) =>
      coach.as({
        method: "POST",
        url: `${url}/meetings`,
        payload: { heldOn, minutes: 60, topics: ["post", "debts"], note: "Post gesorteerd" },
      });
    const logged = await meeting("2027-02-01");
    expect(logged.statusCode, logged.body).toBe(201);
    expect(logged.json().meetings).toHaveLength(1);
    const late = await meeting("2028-02-01");
    expect(late.statusCode).toBe(400);
    expect(late.json().error.fields[0].code).toBe("past_max_end");
    expect(
      (await coach.as({ method: "POST", url: `${url}/extend`, payload: { maxEndOn: "2028-06-30" } }))
        .statusCode,
    ).toBe(403);
    expect(
      (await coordinator({ method: "POST", url: `${url}/extend`, payload: { maxEndOn: "2028-06-30" } }))
        .statusCode,
    ).toBe(200);
    expect((await meeting("2028-02-01")).statusCode).toBe(201);
    const bad = await coach.as({
      method: "POST",
      url: `${url}/meetings`,
      payload: { heldOn: "2027-13-01", minutes: 1, topics: [] },
    });
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(["heldOn", "minutes", "topics"]);

    // Need to know: another coach, another organisation's coordinator, the beheerder.
    expect((await otherCoach.as({ method: "GET", url })).statusCode).toBe(404);
    expect((await otherCoach.as({ method: "GET", url: "/api/coaching/trajectories" })).json().total).toBe(0);
    const elsewhere = await createOrganisation(tenant.id);
    const otherCoordinator = as(
      ctx.app,
      await signIn(
        ctx.app,
        (await createUser(tenant.id, "coordinator", { organisationId: elsewhere.id })).email,
      ),
    );
    expect((await otherCoordinator({ method: "GET", url })).statusCode).toBe(404);
    const admin = as(ctx.app, await signIn(ctx.app, (await createUser(tenant.id, "admin")).email));
    expect((await admin({ method: "GET", url })).statusCode).toBe(403);
    const otherTenant = await createTenant();
    const stranger = as(
      ctx.app,
      await signIn(
        ctx.app,
        (
          await createUser(otherTenant.id, "coordinator", {
            organisationId: (await createOrganisation(otherTenant.id)).id,
          })
        ).email,
      ),
    );
    expect((await stranger({ method: "GET", url })).statusCode).toBe(404);

    // Escalation: the coach escalates, the coordinator records the outcome, the coach sees it.
    const escalated = await coach.as({
      method: "POST",
      url: `${url}/escalate`,
      payload: { note: "Deurwaarder dreigt, te zwaar" },
    });
    expect(escalated.json()).toMatchObject({ status: "escalated", escalationOutcome: "pending" });
    await coordinator({ method: "POST", url: `${url}/escalation-outcome`, payload: { outcome: "referred" } });
    expect((await coach.as({ method: "GET", url })).json().escalationOutcome).toBe("referred");

    const ended = await coach.as({
      method: "POST",
      url: `${url}/end`,
      payload: { endedOn: "2028-03-01", reason: "handedOver", outcome: "referred" },
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ status: "ended", can: { log: false } });
    expect((await meeting("2028-03-02")).statusCode).toBe(409);

    const log = await ctx.db
      .select()
      .from(processingLog)
      .where(and(eq(processingLog.tenantId, tenant.id), eq(processingLog.activity, "coaching.trajectories")));
    expect(log.filter((l) => l.subjectId === t.id).length).toBeGreaterThan(5);
  });
});
