import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { volunteer } from "../../db/schema.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
type Count = { shown: number } | { hidden: "small" | "derivable" };
const isHidden = (c: Count) => "hidden" in c;
const small = (c: Count) => "shown" in c && c.shown > 0 && c.shown < 5;

/** In every line (a column with its total): no hidden count alone, so none is "the total minus the rest". */
function expectNoLoneHidden(lines: Count[][]) {
  for (const line of lines) expect(line.filter(isHidden).length, JSON.stringify(line)).not.toBe(1);
}

describe("small counts in the recruitment reports (policy officer)", () => {
  it("hides the funnel so that no small count follows from the total or from two stages", async () => {
    const tenant = await createTenant();
    const org = await createOrganisation(tenant.id);
    const coordinator = await createUser(tenant.id, "coordinator", { organisationId: org.id });
    const request = as(ctx.app, await signIn(ctx.app, coordinator.email));
    const campaign = (
      await request({
        method: "POST",
        url: "/api/recruitment/campaigns",
        payload: {
          name: "Voorjaar",
          startsOn: daysAgo(300),
          channels: ["persoonlijk", "social-media", "partner"],
        },
      })
    ).json();
    const create = async (channel: string) =>
      (
        await request({
          method: "POST",
          url: "/api/volunteers",
          payload: { givenName: "A", familyName: channel, consent: true, channel, campaignId: campaign.id },
        })
      ).json().id as string;
    const set = (id: string, values: Partial<typeof volunteer.$inferInsert>) =>
      ctx.db
        .update(volunteer)
        .set({ signedUpAt: new Date(Date.now() - 400 * 86_400_000), ...values })
        .where(eq(volunteer.id, id));
    // persoonlijk: 12 active for long, 2 of them stopped (after 5 months); social media: 3 active;
    // partner: 10 signed up, 8 of them active.
    for (let i = 0; i < 12; i++)
      await set(
        await create("persoonlijk"),
        i < 2
          ? { status: "stopped", activeSince: daysAgo(250), stoppedOn: daysAgo(100), stopReason: "tijd" }
          : { status: "active", activeSince: daysAgo(250) },
      );
    for (let i = 0; i < 3; i++)
      await set(await create("social-media"), { status: "active", activeSince: daysAgo(250) });
    for (let i = 0; i < 10; i++)
      await set(await create("partner"), i < 8 ? { status: "active", activeSince: daysAgo(250) } : {});

    const policy = as(ctx.app, await signIn(ctx.app, (await createUser(tenant.id, "policyOfficer")).email));
    const funnel = (
      await policy({ method: "GET", url: `/api/recruitment/campaigns/${campaign.id}/funnel` })
    ).json();
    const stages = ["signedUp", "intake", "active", "activeAfter3Months", "activeAfter6Months"] as const;
    const lines = [...funnel.rows, funnel.total] as Record<(typeof stages)[number], Count>[];
    const socialMedia = funnel.rows.find((r: { channel: string }) => r.channel === "social-media");
    expect(socialMedia.signedUp).toEqual({ hidden: "small" });
    // No small count shown; the total is never the way to a hidden cell.
    for (const line of lines) for (const stage of stages) expect(small(line[stage])).toBe(false);
    expectNoLoneHidden(stages.map((stage) => lines.map((line) => line[stage])));
    // Two shown stages of one row never differ by 1–4 (partner: 10 signed up, 8 had an intake).
    for (const line of lines)
      for (let a = 0; a < stages.length; a++)
        for (let b = a + 1; b < stages.length; b++) {
          const [x, y] = [line[stages[a]!], line[stages[b]!]];
          if ("shown" in x && "shown" in y) expect([1, 2, 3, 4]).not.toContain(x.shown - y.shown);
        }
    // The coordinator sees every exact count.
    const exact = (
      await request({ method: "GET", url: `/api/recruitment/campaigns/${campaign.id}/funnel` })
    ).json();
    expect(exact.total).toMatchObject({
      signedUp: { shown: 25 },
      intake: { shown: 23 },
      active: { shown: 23 },
    });

    // Dropout: "2 of 12 stopped" is no "0%" and the rate is not shown while a count behind it is hidden.
    const dropout = (await policy({ method: "GET", url: "/api/recruitment/dropout" })).json();
    const groups = ["byOrganisation", "byMotiveType", "byChannel"] as const;
    type Group = { key: string; volunteers: Count; stopped: Count; rate: Count | null };
    for (const name of [...groups, "byReason"] as const)
      for (const g of [...dropout[name], dropout.total] as Group[]) {
        expect(small(g.volunteers) || small(g.stopped)).toBe(false);
        if (isHidden(g.volunteers) || isHidden(g.stopped)) expect(g.rate && "hidden" in g.rate).toBe(true);
        if (g.rate && "shown" in g.rate) expect(g.rate.shown).toBeGreaterThan(0);
      }
    const persoonlijk = dropout.byChannel.find((g: Group) => g.key === "persoonlijk");
    expect(persoonlijk).toMatchObject({ volunteers: { shown: 12 }, stopped: { hidden: "small" } });
    expect(persoonlijk.rate).toEqual({ hidden: "small" });
    // The groupings count the same people: with the total, no hidden count stands alone in a column.
    for (const name of groups)
      expectNoLoneHidden(
        (["volunteers", "stopped"] as const).map((column) =>
          [...dropout[name], dropout.total].map((g: Group) => g[column]),
        ),
      );
    expectNoLoneHidden([[...dropout.byReason.map((g: Group) => g.stopped), dropout.total.stopped]]);
    // The coordinator's rate is computed from the exact counts.
    const own = (await request({ method: "GET", url: "/api/recruitment/dropout" })).json();
    expect(own.byChannel.find((g: Group) => g.key === "persoonlijk")).toMatchObject({
      volunteers: { shown: 12 },
      stopped: { shown: 2 },
      rate: { shown: 0.167 },
    });
  });
});
