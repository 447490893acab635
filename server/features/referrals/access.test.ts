import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { referral } from "../../db/schema.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

describe("a referral's household details are for the partner and the sender only (ADR 0010)", () => {
  it("keeps the beheerder, the policy officer and other organisations out, and lets only the partner answer", async () => {
    const tenant = await createTenant();
    const welfare = await createOrganisation(tenant.id, { name: "Welzijn" });
    const stadsbank = await createOrganisation(tenant.id, { name: "Stadsbank" });
    const wijkteam = await createOrganisation(tenant.id, { name: "Wijkteam" });
    const [made] = await ctx.db
      .insert(referral)
      .values({
        tenantId: tenant.id,
        source: "outreachVisit",
        sourceId: crypto.randomUUID(),
        fromOrganisationId: welfare.id,
        partnerOrganisationId: stadsbank.id,
        household: "Dorpsstraat 1, 9900 AA Voorbeeld",
        reason: "Betalingsachterstand huur",
      })
      .returning();
    const user = async (role: Parameters<typeof createUser>[1], organisationId: string | null) =>
      as(ctx.app, await signIn(ctx.app, (await createUser(tenant.id, role, { organisationId })).email));
    const list = (who: Awaited<ReturnType<typeof user>>) => who({ method: "GET", url: "/api/referrals" });
    const answer = (who: Awaited<ReturnType<typeof user>>) =>
      who({
        method: "POST",
        url: `/api/referrals/${made!.id}/answer`,
        payload: { status: "received", note: "" },
      });

    // The beheerder: neither the tenant's nor the partner organisation's beheerder sees or answers it.
    for (const admin of [await user("admin", null), await user("admin", stadsbank.id)]) {
      expect((await list(admin)).statusCode).toBe(403);
      expect((await answer(admin)).statusCode).toBe(403);
    }
    expect((await list(await user("policyOfficer", null))).statusCode).toBe(403);
    // A professional of a third organisation: nothing to see, the referral is not found.
    const outsider = await user("professional", wijkteam.id);
    expect((await list(outsider)).json().total).toBe(0);
    expect((await answer(outsider)).statusCode).toBe(404);
    // Someone with the permission but no organisation sees none.
    expect((await list(await user("professional", null))).json().total).toBe(0);
    // The sender sees it but does not answer; the partner does.
    const sender = await user("coordinator", welfare.id);
    expect((await list(sender)).json().items[0].household).toBe("Dorpsstraat 1, 9900 AA Voorbeeld");
    expect((await answer(sender)).statusCode).toBe(403);
    const answered = await answer(await user("partner", stadsbank.id));
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().status).toBe("received");
  });
});
