import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay } from "../../../shared/dates.ts";
import { volunteer } from "../../db/schema.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const daysAgo = (days: number) => amsterdamDay(new Date(Date.now() - days * 86_400_000));

describe("recruitment campaigns", () => {
  it("counts the funnel per channel: signed up, intake, active, still active after 3 and 6 months", async () => {
    const tenant = await createTenant();
    const org = await createOrganisation(tenant.id);
    const coordinator = await createUser(tenant.id, "coordinator", { organisationId: org.id });
    const request = as(ctx.app, await signIn(ctx.app, coordinator.email));

    const invalid = await request({
      method: "POST",
      url: "/api/recruitment/campaigns",
      payload: { name: "X", startsOn: "2026-05-01", endsOn: "2026-04-01", channels: ["postduif"] },
    });
    expect(invalid.statusCode).toBe(400);
    expect(
      invalid
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(["endsOn", "name"]);
    const unknownChannel = await request({
      method: "POST",
      url: "/api/recruitment/campaigns",
      payload: { name: "Najaar", startsOn: "2026-05-01", channels: ["postduif"] },
    });
    expect(unknownChannel.json().error.fields[0]).toMatchObject({ path: "channels", code: "unknown_code" });

    const campaign = (
      await request({
        method: "POST",
        url: "/api/recruitment/campaigns",
        payload: {
          name: "Najaar",
          startsOn: daysAgo(300),
          channels: ["persoonlijk", "social-media", "partner"],
        },
      })
    ).json();
    expect(campaign).toMatchObject({ organisationId: org.id, signups: 0 });

    // Five sign-ups over two channels, in different stages.
    const create = async (channel: string) =>
      (
        await request({
          method: "POST",
          url: "/api/volunteers",
          payload: { givenName: "A", familyName: channel, consent: true, channel, campaignId: campaign.id },
        })
      ).json().id as string;
    const ids = {
      onlySignedUp: await create("persoonlijk"),
      intake: await create("persoonlijk"),
      activeLong: await create("persoonlijk"),
      stoppedEarly: await create("social-media"),
      activeRecent: await create("social-media"),
    };
    await request({
      method: "POST",
      url: `/api/volunteers/${ids.intake}/status`,
      payload: { status: "intakePlanned", on: daysAgo(0) },
    });
    const set = (id: string, values: Partial<typeof volunteer.$inferInsert>) =>
      ctx.db
        .update(volunteer)
        .set({ signedUpAt: new Date(Date.now() - 400 * 86_400_000), ...values })
        .where(eq(volunteer.id, id));
    await set(ids.activeLong, { status: "active", activeSince: daysAgo(250) });
    await set(ids.stoppedEarly, {
      status: "stopped",
      activeSince: daysAgo(250),
      stoppedOn: daysAgo(200),
      stopReason: "tijd",
    });
    await set(ids.activeRecent, { status: "active", activeSince: daysAgo(30) });

    const funnel = (
      await request({ method: "GET", url: `/api/recruitment/campaigns/${campaign.id}/funnel` })
    ).json();
    const row = (channel: string) => funnel.rows.find((r: { channel: string }) => r.channel === channel);
    const shown = (n: number) => ({ shown: n });
    expect(row("persoonlijk")).toEqual({
      channel: "persoonlijk",
      signedUp: shown(3),
      intake: shown(2),
      active: shown(1),
      activeAfter3Months: shown(1),
      activeAfter6Months: shown(1),
    });
    expect(row("social-media")).toEqual({
      channel: "social-media",
      signedUp: shown(2),
      intake: shown(2),
      active: shown(2),
      activeAfter3Months: shown(0),
      activeAfter6Months: shown(0),
    });
    expect(row("partner")).toMatchObject({ signedUp: shown(0) });
    expect(funnel.total).toMatchObject({ signedUp: shown(5), active: shown(3) });

    // Dropout per reason and channel; a policy officer sees small counts suppressed.
    const dropout = (await request({ method: "GET", url: "/api/recruitment/dropout" })).json();
    expect(dropout.byReason).toEqual([
      { key: "tijd", label: "Geen tijd meer", volunteers: shown(1), stopped: shown(1), rate: shown(1) },
    ]);
    expect(dropout.byChannel.find((g: { key: string }) => g.key === "social-media")).toMatchObject({
      volunteers: shown(2),
      stopped: shown(1),
      rate: shown(0.5),
    });
    const policy = await createUser(tenant.id, "policyOfficer");
    const asPolicy = as(ctx.app, await signIn(ctx.app, policy.email));
    const suppressed = (await asPolicy({ method: "GET", url: "/api/recruitment/dropout" })).json();
    expect(suppressed.suppressedBelow).toBe(5);
    expect(
      suppressed.byChannel.every(
        (g: { volunteers: object; rate: object }) => "hidden" in g.volunteers && !("shown" in g.rate),
      ),
    ).toBe(true);
    const badPeriod = await request({
      method: "GET",
      url: "/api/recruitment/dropout?from=2026-05-01&to=2026-01-01",
    });
    expect(badPeriod.statusCode).toBe(400);
  });

  it("keeps an action plan on two levels with owners, due dates and status", async () => {
    const tenant = await createTenant();
    const org = await createOrganisation(tenant.id);
    const coordinator = await createUser(tenant.id, "coordinator", { organisationId: org.id });
    const request = as(ctx.app, await signIn(ctx.app, coordinator.email));
    const bad = await request({
      method: "POST",
      url: "/api/recruitment/actions",
      payload: { level: "x", title: "a", owner: "" },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(["level", "owner", "title"]);
    const unknownType = await request({
      method: "POST",
      url: "/api/recruitment/actions",
      payload: { level: "approach", motiveType: "onbekend", title: "Starters", owner: "Ik" },
    });
    expect(unknownType.json().error.fields[0].path).toBe("motiveType");
    const created = await request({
      method: "POST",
      url: "/api/recruitment/actions",
      payload: {
        level: "approach",
        motiveType: "starter",
        title: "Starters via het jongerenloket",
        owner: "Co",
        dueOn: daysAgo(3),
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ organisationId: org.id, overdue: true, status: "open" });
    const done = await request({
      method: "PUT",
      url: `/api/recruitment/actions/${created.json().id}`,
      payload: {
        level: "approach",
        motiveType: "starter",
        title: "Starters via het jongerenloket",
        owner: "Co",
        dueOn: daysAgo(3),
        status: "done",
      },
    });
    expect(done.json()).toMatchObject({ status: "done", overdue: false });
    expect(
      (await request({ method: "DELETE", url: `/api/recruitment/actions/${created.json().id}` })).statusCode,
    ).toBe(204);
    expect((await request({ method: "GET", url: "/api/recruitment/actions" })).json()).toEqual([]);
  });
});
