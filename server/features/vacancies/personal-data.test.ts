import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

describe("volunteers' names do not leak through vacancy routes to roles that may not see the volunteer list", () => {
  it("keeps the policy officer to counts: no applications, no hours per vacancy, no hours per volunteer", async () => {
    const tenant = await createTenant();
    const org = await createOrganisation(tenant.id);
    const policy = as(ctx.app, await signIn(ctx.app, (await createUser(tenant.id, "policyOfficer")).email));
    const coordinator = as(
      ctx.app,
      await signIn(ctx.app, (await createUser(tenant.id, "coordinator", { organisationId: org.id })).email),
    );
    expect((await policy({ method: "GET", url: "/api/volunteers" })).statusCode).toBe(403);
    const id = crypto.randomUUID();
    for (const url of [`/api/vacancies/${id}/applications`, `/api/vacancies/${id}/hours`])
      expect((await policy({ method: "GET", url })).statusCode, url).toBe(403);
    const report = (who: typeof policy, groupBy: string, format = "json") =>
      who({ method: "GET", url: "/api/vacancies/reports/hours", query: { groupBy, format } });
    expect((await report(policy, "volunteer")).statusCode).toBe(403);
    expect((await report(policy, "volunteer", "csv")).statusCode).toBe(403);
    expect((await report(policy, "month")).statusCode).toBe(200);
    expect((await report(policy, "organisation")).statusCode).toBe(200);
    expect((await report(coordinator, "volunteer")).statusCode).toBe(200);
  });
});
