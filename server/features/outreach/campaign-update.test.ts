import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

describe("a campaign update is partial: what is left out keeps its value", () => {
  it("keeps status, professionals, letter and numbers when only the name is sent, and checks the whole", async () => {
    const tenant = await createTenant();
    const org = await createOrganisation(tenant.id);
    const professional = await createUser(tenant.id, "professional", { organisationId: org.id });
    const request = as(
      ctx.app,
      await signIn(ctx.app, (await createUser(tenant.id, "coordinator", { organisationId: org.id })).email),
    );
    const created = (
      await request({
        method: "POST",
        url: "/api/outreach/campaigns",
        payload: {
          name: "Huisbezoeken",
          programme: "Vroegsignalering",
          startsOn: "2026-12-01",
          endsOn: "2027-03-31",
          status: "active",
          followUpWeeks: 8,
          professionalUserIds: [professional.userId],
          letterTemplate: "Beste bewoner van {{adres}},\n\nWe komen langs.",
        },
      })
    ).json();
    const url = `/api/outreach/campaigns/${created.id}`;
    const renamed = await request({ method: "PUT", url, payload: { name: "Huisbezoeken Noord" } });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toEqual({ ...created, name: "Huisbezoeken Noord" });
    const empty = await request({ method: "PUT", url, payload: {} });
    expect(empty.json()).toEqual({ ...created, name: "Huisbezoeken Noord" });
    // The merged campaign is still checked as a whole: an end before the stored start is refused.
    const bad = await request({ method: "PUT", url, payload: { endsOn: "2026-11-01" } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe("endsOn");
  });
});
