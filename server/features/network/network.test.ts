import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailMessage, offering, processingLog } from "../../db/schema.ts";
import {
  as,
  createDistrict,
  createOrganisation,
  createTenant,
  createUser,
  signIn,
  testApp,
} from "../../test/harness.ts";
import { sendReviewReminders } from "./review/service.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const user = async (
  tenantId: string,
  role: Parameters<typeof createUser>[1],
  organisationId: string | null,
) => {
  const made = await createUser(tenantId, role, { organisationId });
  return { ...made, call: as(ctx.app, await signIn(ctx.app, made.email)) };
};

const offeringBody = (organisationId: string, extra: Record<string, unknown> = {}) => ({
  organisationId,
  name: "Hulp bij geldzaken",
  description: "Een vrijwilliger helpt u thuis met uw post en rekeningen.",
  forWhom: "Inwoners met geldzorgen",
  conditions: "Geen kosten",
  howToRefer: ["inzet", "phone"],
  languages: ["nl", "en"],
  openingHours: "Maandag tot vrijdag 9.00–17.00 uur",
  phone: "053 123 45 67",
  referralNotes: "Bel eerst met de coördinator, vraag naar Petra.",
  ...extra,
});

describe("the partner network: pact and directory", () => {
  it("keeps the pact, lets an organisation keep its own offerings, and shows only the pact's active offerings publicly", async () => {
    const tenant = await createTenant();
    const centrum = await createDistrict(tenant.id, `WK${Math.floor(Math.random() * 1e6)}`, "Centrum");
    const noord = await createDistrict(tenant.id, `WK${Math.floor(Math.random() * 1e6)}`, "Noord");
    const humanitas = await createOrganisation(tenant.id, {
      name: "Humanitas Thuisadministratie",
      type: "volunteerOrganisation",
    });
    const stadsbank = await createOrganisation(tenant.id, { name: "Stadsbank", type: "officialBody" });
    const outsider = await createOrganisation(tenant.id, { name: "Niet in het pact" });
    const officer = await user(tenant.id, "policyOfficer", null);
    const bank = await user(tenant.id, "partner", stadsbank.id);

    // Pact membership: signed on, contact person, service level.
    for (const [org, days] of [
      [humanitas, 5],
      [stadsbank, 3],
    ] as const) {
      const saved = await officer.call({
        method: "PUT",
        url: "/api/network/members",
        payload: {
          organisationId: org.id,
          signedOn: "2026-01-15",
          contactName: "Petra de Vries",
          serviceLevelDays: days,
        },
      });
      expect(saved.statusCode, saved.body).toBe(200);
    }
    expect((await bank.call({ method: "PUT", url: "/api/network/members", payload: {} })).statusCode).toBe(
      403,
    );
    const members = (await bank.call({ method: "GET", url: "/api/network/members" })).json();
    expect(members.map((m: { organisationName: string }) => m.organisationName)).toEqual([
      "Humanitas Thuisadministratie",
      "Stadsbank",
    ]);
    expect(members[1]).toMatchObject({ serviceLevelDays: 3, active: true, contactName: "Petra de Vries" });
    const logged = await ctx.db
      .select()
      .from(processingLog)
      .where(and(eq(processingLog.tenantId, tenant.id), eq(processingLog.activity, "network.pact")));
    expect(logged.filter((l) => l.action === "read" && l.actorUserId === bank.userId)).toHaveLength(2);

    // Offerings: the partner adds its own, not another organisation's.
    const own = await bank.call({
      method: "POST",
      url: "/api/network/offerings",
      payload: offeringBody(stadsbank.id, { name: "Schuldhulpverlening", districtIds: [centrum.id] }),
    });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json()).toMatchObject({ organisationName: "Stadsbank", stale: false, can: { edit: true } });
    expect(
      (
        await bank.call({
          method: "POST",
          url: "/api/network/offerings",
          payload: offeringBody(humanitas.id),
        })
      ).statusCode,
    ).toBe(403);
    const invalid = await bank.call({
      method: "POST",
      url: "/api/network/offerings",
      payload: offeringBody(stadsbank.id, { howToRefer: [], languages: ["nederlands"] }),
    });
    expect(invalid.statusCode).toBe(400);
    expect(
      invalid
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(["howToRefer", "languages.0"]);
    const nul = await bank.call({
      method: "POST",
      url: "/api/network/offerings",
      payload: offeringBody(stadsbank.id, { name: "Schuld\u0000hulp" }),
    });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.fields[0]).toMatchObject({ path: "name", code: "invalid_characters" });

    const humanitasStaff = await user(tenant.id, "coordinator", humanitas.id);
    const mine = await humanitasStaff.call({
      method: "POST",
      url: "/api/network/offerings",
      payload: offeringBody(humanitas.id, { districtIds: [noord.id] }),
    });
    expect(mine.statusCode, mine.body).toBe(201);
    await ctx.db.insert(offering).values({
      tenantId: tenant.id,
      organisationId: outsider.id,
      name: "Hulp bij geldzaken buiten het pact",
      howToRefer: ["walkIn"],
    });
    // Another organisation's offering: not editable (404), not even by id.
    const put = (who: typeof bank, id: string) =>
      who.call({ method: "PUT", url: `/api/network/offerings/${id}`, payload: offeringBody(humanitas.id) });
    expect((await put(bank, mine.json().id)).statusCode).toBe(404);
    const otherTenant = await createTenant();
    const stranger = await user(otherTenant.id, "policyOfficer", null);
    expect((await put(stranger, mine.json().id)).statusCode).toBe(404);
    expect(
      (
        await (
          await user(tenant.id, "volunteer", null)
        ).call({ method: "GET", url: "/api/network/offerings" })
      ).statusCode,
    ).toBe(403);

    // The staff view has the internal notes; the public directory does not, and only the pact's offerings.
    const staff = (await bank.call({ method: "GET", url: "/api/network/offerings?q=geldzaken" })).json();
    expect(staff.total).toBe(2);
    expect(staff.items[0].referralNotes).toContain("Petra");
    const directory = (query: string) =>
      ctx.app.inject({ method: "GET", url: `/api/public/directory?slug=${tenant.slug}${query}` });
    const open = (await directory("&q=geldzaken")).json();
    expect(open.items.map((o: { name: string }) => o.name)).toEqual(["Hulp bij geldzaken"]);
    expect(open.items[0].referralNotes).toBeUndefined();
    expect(open.items[0]).toMatchObject({
      phone: "053 123 45 67",
      openingHours: "Maandag tot vrijdag 9.00–17.00 uur",
    });
    expect(
      (await directory(`&districtId=${centrum.id}`)).json().items.map((o: { name: string }) => o.name),
    ).toEqual(["Schuldhulpverlening"]);
    // A member whose membership ended drops out of the public directory.
    await officer.call({
      method: "PUT",
      url: "/api/network/members",
      payload: { organisationId: humanitas.id, signedOn: "2026-01-15", endedOn: "2026-02-01" },
    });
    expect((await directory("")).json().items.map((o: { name: string }) => o.name)).toEqual([
      "Schuldhulpverlening",
    ]);
  });

  it("flags offerings not checked for the review period and reminds their owners once per period", async () => {
    const tenant = await createTenant();
    const stadsbank = await createOrganisation(tenant.id, { name: "Stadsbank" });
    const bank = await user(tenant.id, "partner", stadsbank.id);
    const officer = await user(tenant.id, "policyOfficer", null);
    const months = (n: number) => new Date(Date.now() - n * 30.5 * 86_400_000);
    const [old, recent] = await ctx.db
      .insert(offering)
      .values([
        { tenantId: tenant.id, organisationId: stadsbank.id, name: "Budgetbeheer", lastCheckedAt: months(7) },
        { tenantId: tenant.id, organisationId: stadsbank.id, name: "Schuldhulp", lastCheckedAt: months(2) },
      ])
      .returning();
    const stale = (await bank.call({ method: "GET", url: "/api/network/offerings?stale=true" })).json();
    expect(stale.items.map((o: { id: string; stale: boolean }) => [o.id, o.stale])).toEqual([
      [old!.id, true],
    ]);

    expect(await sendReviewReminders(ctx.db, ctx.mailer)).toBeGreaterThanOrEqual(1);
    const mails = () => ctx.db.select().from(mailMessage).where(eq(mailMessage.to, bank.email));
    expect((await mails()).map((m) => m.subject)).toEqual(["Klopt uw aanbod op de sociale kaart nog?"]);
    expect((await mails())[0]!.text).toContain("Budgetbeheer");
    expect((await mails())[0]!.text).not.toContain("Schuldhulp");
    await sendReviewReminders(ctx.db, ctx.mailer); // a rerun sends nothing again
    expect(await mails()).toHaveLength(1);

    // A shorter review period (setting) makes the other one stale too.
    expect(
      (await officer.call({ method: "PUT", url: "/api/network/settings", payload: { reviewMonths: 1 } }))
        .statusCode,
    ).toBe(200);
    expect((await bank.call({ method: "GET", url: "/api/network/offerings?stale=true" })).json().total).toBe(
      2,
    );
    const checked = await bank.call({ method: "POST", url: `/api/network/offerings/${recent!.id}/checked` });
    expect(checked.json()).toMatchObject({ stale: false });
    const bad = await officer.call({
      method: "PUT",
      url: "/api/network/settings",
      payload: { reviewMonths: 0 },
    });
    expect(bad.json().error.fields[0]).toMatchObject({ path: "reviewMonths" });
  });
});
