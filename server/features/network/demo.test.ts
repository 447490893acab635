import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, amsterdamDay } from "../../../shared/dates.ts";
import { closedReferralStatuses } from "../../../shared/referrals.ts";
import { offering, organisation, pactMember, referral } from "../../db/schema.ts";
import { seedDemo } from "../../db/seed.ts";
import { as, createUser, signIn, testApp } from "../../test/harness.ts";
import { seedDemoNetwork } from "./demo/service.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
}, 240_000);
afterAll(() => ctx.app.close());

describe("demo sociale kaart", () => {
  it("fills the public directory, the pact and the partner's incoming referrals, once", async () => {
    const n = String(Math.floor(Math.random() * 9000) + 1000);
    const slug = `demo-netwerk-${n}`;
    const emailDomain = `netwerk${n}.example`;
    const { tenantId, organisationIds, districtIds } = await seedDemo(ctx.db, {
      code: `GM${n}`,
      slug,
      name: "Gemeente Proefstad",
      emailDomain,
    });

    const directory = await ctx.app.inject({ method: "GET", url: `/api/public/directory?slug=${slug}` });
    expect(directory.statusCode).toBe(200);
    expect(directory.json().total).toBeGreaterThanOrEqual(10);
    const names = directory.json().items.map((o: { name: string }) => o.name);
    expect(names).toContain("Thuisadministratie");
    expect(directory.json().items[0]).not.toHaveProperty("referralNotes");

    const made = await ctx.db.select().from(referral).where(eq(referral.tenantId, tenantId));
    const closed = made.filter((r) => closedReferralStatuses.includes(r.status));
    expect(
      made
        .filter((r) => !closed.includes(r))
        .map((r) => r.status)
        .sort(),
    ).toEqual(["inProgress", "intakePlanned", "received", "sent"]);
    expect(closed.length).toBeGreaterThanOrEqual(40);
    // The policy officer's network view names the pairs with 5 or more, the rest summed.
    const officer = as(ctx.app, await signIn(ctx.app, (await createUser(tenantId, "policyOfficer")).email));
    const period = `from=${addDays(amsterdamDay(), -120)}&to=${amsterdamDay()}`;
    const matrix = (await officer({ method: "GET", url: `/api/network/referral-matrix?${period}` })).json();
    expect(matrix.pairs.length).toBeGreaterThanOrEqual(5);
    expect(matrix.others).toMatchObject({ pairs: expect.any(Number) });
    // Two conferences: the one held carried its two open actions over to the next.
    const conferences = (await officer({ method: "GET", url: "/api/conferences" })).json();
    expect(conferences.map((c: { status: string }) => c.status)).toEqual(["planned", "held"]);
    const next = (await officer({ method: "GET", url: `/api/conferences/${conferences[0].id}` })).json();
    expect(next.carriedActions.map((a: { overdue: boolean }) => a.overdue)).toEqual([true, false]);
    const planned = made.find((r) => r.status === "intakePlanned")!;
    expect(planned.intakeAt!.getTime()).toBeGreaterThan(Date.now());
    expect(planned.consentText).toContain("Humanitas Thuisadministratie Proefstad");

    const offerings = async () =>
      (await ctx.db.select({ n: count() }).from(offering).where(eq(offering.tenantId, tenantId)))[0]!.n;
    const before = await offerings();
    await seedDemoNetwork(ctx.db, { tenantId, organisationIds, districtIds });
    expect(await offerings()).toBe(before);
    const [humanitas] = await ctx.db
      .select({ n: count() })
      .from(pactMember)
      .innerJoin(organisation, eq(organisation.id, pactMember.organisationId))
      .where(and(eq(pactMember.tenantId, tenantId), eq(organisation.id, organisationIds.get("humanitas")!)));
    expect(humanitas!.n).toBe(1);
  }, 120_000);
});
