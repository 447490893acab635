import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../platform/actor.ts";
import { processingLog } from "../../platform/schema.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";
import { createReferral } from "./service.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

describe("referrals across organisations", () => {
  it("logs the partner's reads with the operation that made the referral (Logboek foreign_operation)", async () => {
    const tenant = await createTenant();
    const welfare = await createOrganisation(tenant.id, { name: "Welzijn" });
    const stadsbank = await createOrganisation(tenant.id, { name: "Stadsbank" });
    const walker = await createUser(tenant.id, "volunteer", { organisationId: welfare.id });
    const partner = await createUser(tenant.id, "partner", { organisationId: stadsbank.id });
    const sender = await createUser(tenant.id, "coordinator", { organisationId: welfare.id });
    // The operation of the visit that made the referral (what the doorstep request's actor carries).
    const maker: Actor = {
      traceId: "0af7651916cd43dd8448eb211c80319c",
      spanId: "b7ad6b7169203331",
      userId: walker.userId,
      name: "Loper",
      email: walker.email,
      twoFactorEnabled: false,
      membershipId: walker.membershipId,
      tenantId: tenant.id,
      organisationId: welfare.id,
      role: "volunteer",
    };
    const referralId = await createReferral(ctx.db, maker, {
      source: "outreachVisit",
      sourceId: crypto.randomUUID(),
      fromOrganisationId: welfare.id,
      household: "Dorpsstraat 1",
      input: {
        partnerOrganisationId: stadsbank.id,
        reason: "Betalingsachterstand",
        urgency: "normal",
        contact: "",
        handoff: false,
        consent: true,
      },
    });

    const asPartner = as(ctx.app, await signIn(ctx.app, partner.email));
    const list = await asPartner({ method: "GET", url: "/api/referrals" });
    expect(list.json().items.map((r: { id: string }) => r.id)).toEqual([referralId]);
    const answer = await asPartner({
      method: "POST",
      url: `/api/referrals/${referralId}/answer`,
      payload: { status: "received" },
    });
    expect(answer.statusCode, answer.body).toBe(200);
    const asSender = as(ctx.app, await signIn(ctx.app, sender.email));
    const senderList = await asSender({ method: "GET", url: "/api/referrals" });
    expect(senderList.json().items.map((r: { id: string }) => r.id)).toEqual([referralId]);

    const entries = await ctx.db.select().from(processingLog).where(eq(processingLog.subjectId, referralId));
    const byTrace = (response: { headers: Record<string, unknown> }) =>
      entries.find((e) => e.traceId === response.headers["x-trace-id"]);
    const foreign = {
      traceId: maker.traceId,
      spanId: maker.spanId,
      entity: `urn:inzet:organisatie:${welfare.id}`,
    };
    expect(byTrace(list)?.foreignOperation).toEqual(foreign);
    expect(byTrace(answer)).toMatchObject({ action: "update", foreignOperation: foreign });
    // The sending organisation reads its own operation: no foreign operation.
    expect(byTrace(senderList)?.foreignOperation).toBeNull();
  });
});
