import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailMessage, referral } from "../../db/schema.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

describe("referrals", () => {
  it("shows a referral to the partner and its sender only, lets the partner answer step by step, and flags it when not picked up", async () => {
    const tenant = await createTenant();
    const welfare = await createOrganisation(tenant.id, { name: "Welzijn Centrum" });
    const stadsbank = await createOrganisation(tenant.id, { name: "Stadsbank" });
    const wijkteam = await createOrganisation(tenant.id, { name: "Wijkteam" });
    const days = (n: number) => new Date(Date.now() - n * 86_400_000);
    const walker = await createUser(tenant.id, "volunteer");
    const [fresh, old] = await ctx.db
      .insert(referral)
      .values([
        {
          tenantId: tenant.id,
          source: "outreachVisit" as const,
          sourceId: crypto.randomUUID(),
          fromOrganisationId: welfare.id,
          partnerOrganisationId: stadsbank.id,
          household: "Dorpsstraat 1, 9900 AA Voorbeeld",
          reason: "Betalingsachterstand huur",
          urgency: "urgent" as const,
          createdByUserId: walker.userId,
        },
        {
          tenantId: tenant.id,
          source: "outreachVisit" as const,
          sourceId: crypto.randomUUID(),
          fromOrganisationId: welfare.id,
          partnerOrganisationId: stadsbank.id,
          household: "Dorpsstraat 3, 9900 AA Voorbeeld",
          reason: "Brieven van de deurwaarder",
          createdAt: days(12),
        },
      ])
      .returning();
    const partner = as(
      ctx.app,
      await signIn(ctx.app, (await createUser(tenant.id, "partner", { organisationId: stadsbank.id })).email),
    );
    const sender = as(
      ctx.app,
      await signIn(
        ctx.app,
        (await createUser(tenant.id, "coordinator", { organisationId: welfare.id })).email,
      ),
    );
    const other = as(
      ctx.app,
      await signIn(ctx.app, (await createUser(tenant.id, "partner", { organisationId: wijkteam.id })).email),
    );

    const list = (await partner({ method: "GET", url: "/api/referrals" })).json();
    expect(list.items.map((r: { household: string }) => r.household)).toEqual([
      "Dorpsstraat 1, 9900 AA Voorbeeld", // urgent first
      "Dorpsstraat 3, 9900 AA Voorbeeld",
    ]);
    expect(list.items.map((r: { overdue: boolean }) => r.overdue)).toEqual([false, true]);
    const overdue = (await partner({ method: "GET", url: "/api/referrals?overdue=true" })).json();
    expect(overdue.items.map((r: { id: string }) => r.id)).toEqual([old!.id]);
    expect((await sender({ method: "GET", url: "/api/referrals" })).json().total).toBe(2);
    expect((await other({ method: "GET", url: "/api/referrals" })).json().total).toBe(0);

    const answer = (who: typeof partner, status: string, note = "") =>
      who({ method: "POST", url: `/api/referrals/${fresh!.id}/answer`, payload: { status, note } });
    expect((await answer(other, "received")).statusCode).toBe(404); // another partner does not see it at all
    expect((await answer(sender, "received")).statusCode).toBe(403);
    const skip = await answer(partner, "done");
    expect(skip.statusCode).toBe(400);
    expect(skip.json().error.fields[0]).toMatchObject({ path: "status", code: "invalid_transition" });
    // Received, and the volunteer who referred is asked along to the intake (once).
    const received = await partner({
      method: "POST",
      url: `/api/referrals/${fresh!.id}/answer`,
      payload: { status: "received", note: "Intake volgende week", askVolunteer: true },
    });
    expect(received.json()).toMatchObject({ status: "received", overdue: false, volunteerAsked: true });
    const asked = await ctx.db.select().from(mailMessage).where(eq(mailMessage.to, walker.email));
    expect(asked.map((m) => m.subject)).toEqual(["Stadsbank vraagt of u meegaat naar de intake"]);
    expect(asked[0]!.text).toContain("Dorpsstraat 1, 9900 AA Voorbeeld");
    expect((await answer(partner, "received")).statusCode).toBe(400); // the same step again is no answer
    const again = await partner({
      method: "POST",
      url: `/api/referrals/${fresh!.id}/answer`,
      payload: { status: "received", askVolunteer: true },
    });
    expect(again.statusCode).toBe(200);
    expect(await ctx.db.select().from(mailMessage).where(eq(mailMessage.to, walker.email))).toHaveLength(1);
    // An intake is planned with a date and place (ADR 0020); the volunteer asked along hears them.
    expect((await answer(partner, "intakePlanned", "Intake op dinsdag")).json().error.fields).toEqual([
      expect.objectContaining({ path: "intakeAt" }),
      expect.objectContaining({ path: "intakePlace" }),
    ]);
    const intakeAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const planned = await partner({
      method: "POST",
      url: `/api/referrals/${fresh!.id}/answer`,
      payload: {
        status: "intakePlanned",
        note: "Intake op dinsdag, vrijwilliger komt mee",
        intakeAt,
        intakePlace: "Stadsbank, Hengelosestraat 1",
      },
    });
    expect(planned.json()).toMatchObject({
      status: "intakePlanned",
      statusNote: "Intake op dinsdag, vrijwilliger komt mee",
      intakeAt,
      intakePlace: "Stadsbank, Hengelosestraat 1",
    });
    const told = await ctx.db.select().from(mailMessage).where(eq(mailMessage.to, walker.email));
    expect(told).toHaveLength(2);
    // Rows come back in no set order (PostgreSQL): the second mail is the one with the intake's place.
    expect(told.filter((m) => m.text.includes("Stadsbank, Hengelosestraat 1"))).toHaveLength(1);
    const [stored] = await ctx.db.select().from(referral).where(eq(referral.id, fresh!.id));
    expect(stored!.status).toBe("intakePlanned");
  });
});
