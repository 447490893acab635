import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgreementContent } from "../../../../shared/agreements/agreement.ts";
import { addDays, amsterdamDay } from "../../../../shared/dates.ts";
import { agreement, agreementNode, agreementVersion } from "../../../db/schema.ts";
import {
  as,
  createDistrict,
  createOrganisation,
  createTenant,
  createUser,
  signIn,
  testApp,
} from "../../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const today = amsterdamDay();
const thisMonth = today.slice(0, 7);

/** A tenant with a wijktraject and a signed agreement with one Inzet indicator and one entered by hand. */
async function setup() {
  const tenant = await createTenant();
  const district = await createDistrict(tenant.id, `WK${tenant.code.slice(2)}08`, "West");
  const org = await createOrganisation(tenant.id, { name: "Welzijn West" });
  const user = async (role: Parameters<typeof createUser>[1]) =>
    as(ctx.app, await signIn(ctx.app, (await createUser(tenant.id, role, { organisationId: org.id })).email));
  const policy = await user("policyOfficer");
  const trajectory = (
    await policy({
      method: "POST",
      url: "/api/agreements/trajectories",
      payload: { districtId: district.id, leadOrganisationId: org.id, leadName: "Ria Wit", startedOn: today },
    })
  ).json();
  const [node] = await ctx.db
    .insert(agreementNode)
    .values({
      tenantId: tenant.id,
      trajectoryId: trajectory.id,
      kind: "solution",
      title: "Koffie",
      stage: "chosen",
    })
    .returning();
  const content: AgreementContent = {
    title: "Afspraken West",
    validFrom: addDays(today, -40),
    validUntil: addDays(today, 200),
    parties: [{ key: "gemeente", kind: "municipality", organisationId: null, name: "Gemeente" }],
    activities: [
      {
        key: "koffie",
        title: "Koffieochtend",
        solutionNodeId: node!.id,
        supplierPartyKey: "gemeente",
        ownerPartyKey: "gemeente",
        cost: 100,
        budget: [{ partyKey: "gemeente", amount: 100 }],
        volunteerHoursPerMonth: 4,
        professionalHoursPerMonth: 1,
        vacancyIds: [],
        indicators: [
          { key: "uren", name: "Vrijwilligersuren", source: "volunteerHours", target: 4 },
          { key: "bezoekers", name: "Bezoekers (geteld bij de deur)", source: "manual", target: 10 },
        ],
        professionalSupport: "",
      },
    ],
    reviewDates: [],
  };
  const [made] = await ctx.db
    .insert(agreement)
    .values({ tenantId: tenant.id, trajectoryId: trajectory.id })
    .returning();
  await ctx.db.insert(agreementVersion).values({
    tenantId: tenant.id,
    agreementId: made!.id,
    number: 1,
    status: "active",
    activatedAt: new Date(),
    content,
  });
  return { policy, user, id: made!.id };
}

const record = (payload: object) => ({ method: "POST" as const, payload });

describe("values entered by hand for an indicator", () => {
  it("records a month's value, replaces it on a second entry, and shows it against the target", async () => {
    const a = await setup();
    const url = `/api/agreements/documents/${a.id}/indicator-values`;
    const first = await a.policy({
      ...record({ activityKey: "koffie", indicatorKey: "bezoekers", month: thisMonth, value: "7" }),
      url,
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toEqual({
      activityKey: "koffie",
      indicatorKey: "bezoekers",
      month: thisMonth,
      value: 7,
    });
    const second = await a.policy({
      ...record({
        activityKey: "koffie",
        indicatorKey: "bezoekers",
        month: thisMonth,
        value: 12,
        note: "Telling",
      }),
      url,
    });
    expect(second.statusCode).toBe(201);
    const monitoring = (
      await a.policy({ method: "GET", url: `/api/agreements/documents/${a.id}/monitoring` })
    ).json();
    const indicator = monitoring.activities[0].indicators.find((i: { key: string }) => i.key === "bezoekers");
    // 12 (not 7 + 12), and shown to the policy officer although it is below 5 people's worth: it counts visitors.
    expect(indicator.total).toEqual({ shown: 12 });
    expect(indicator.months.find((m: { month: string }) => m.month === thisMonth).actual).toEqual({
      shown: 12,
    });
    expect(indicator.light).not.toBe("unknown");
  });

  it("keeps every entry as history, newest first, with who entered it and which one counts", async () => {
    const a = await setup();
    const url = `/api/agreements/documents/${a.id}/indicator-values`;
    const entry = { activityKey: "koffie", indicatorKey: "bezoekers", month: thisMonth };
    expect((await a.policy({ ...record({ ...entry, value: 7 }), url })).statusCode).toBe(201);
    expect((await a.policy({ ...record({ ...entry, value: 9, note: "Nageteld" }), url })).statusCode).toBe(
      201,
    );
    const coordinator = await a.user("coordinator");
    const history = await coordinator({ method: "GET", url });
    expect(history.statusCode, history.body).toBe(200);
    const items = history.json().items;
    expect(items.map((i: { value: number; counts: boolean }) => [i.value, i.counts])).toEqual([
      [9, true],
      [7, false],
    ]);
    expect(items[0]).toMatchObject({
      note: "Nageteld",
      recordedByName: "Test policyOfficer",
      month: thisMonth,
    });
    expect(Date.parse(items[0].recordedAt)).toBeGreaterThanOrEqual(Date.parse(items[1].recordedAt));
    const monitoring = (
      await a.policy({ method: "GET", url: `/api/agreements/documents/${a.id}/monitoring` })
    ).json();
    expect(
      monitoring.activities[0].indicators.find((i: { key: string }) => i.key === "bezoekers").total,
    ).toEqual({ shown: 9 });
    const other = await setup();
    expect((await other.policy({ method: "GET", url })).statusCode).toBe(404);
  });

  it("refuses an Inzet indicator, an unknown one, a month outside the agreement and bad input, in Dutch", async () => {
    const a = await setup();
    const url = `/api/agreements/documents/${a.id}/indicator-values`;
    const fieldOf = async (payload: object) => {
      const response = await a.policy({ ...record(payload), url });
      expect(response.statusCode, response.body).toBe(400);
      return response.json().error.fields[0];
    };
    expect(
      await fieldOf({ activityKey: "koffie", indicatorKey: "uren", month: thisMonth, value: 3 }),
    ).toMatchObject({
      path: "indicatorKey",
      message: "Deze indicator komt uit de gegevens van Inzet. U vult hem niet met de hand in.",
    });
    expect(
      (await fieldOf({ activityKey: "koffie", indicatorKey: "x", month: thisMonth, value: 3 })).path,
    ).toBe("indicatorKey");
    expect(
      (await fieldOf({ activityKey: "thee", indicatorKey: "bezoekers", month: thisMonth, value: 3 })).path,
    ).toBe("activityKey");
    expect(
      (await fieldOf({ activityKey: "koffie", indicatorKey: "bezoekers", month: "2019-01", value: 3 }))
        .message,
    ).toContain("binnen de afspraak");
    expect(
      await fieldOf({ activityKey: "koffie", indicatorKey: "bezoekers", month: "2026-13", value: 3 }),
    ).toMatchObject({ path: "month", message: "Gebruik een maand als 2026-11." });
    expect(
      await fieldOf({ activityKey: "koffie", indicatorKey: "bezoekers", month: thisMonth, value: -1 }),
    ).toMatchObject({ path: "value", message: "Niet negatief." });
  });

  it("answers 404 to another tenant and 403 to a coordinator", async () => {
    const a = await setup();
    const b = await setup();
    const payload = { activityKey: "koffie", indicatorKey: "bezoekers", month: thisMonth, value: 3 };
    const url = `/api/agreements/documents/${a.id}/indicator-values`;
    expect((await b.policy({ ...record(payload), url })).statusCode).toBe(404);
    const coordinator = await a.user("coordinator");
    expect((await coordinator({ ...record(payload), url })).statusCode).toBe(403);
  });
});
