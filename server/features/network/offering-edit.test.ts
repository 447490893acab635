import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { offering } from "../../db/schema.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const body = (organisationId: string, extra: Record<string, unknown> = {}) => ({
  organisationId,
  name: "Budgetbeheer",
  howToRefer: ["phone"],
  languages: ["nl"],
  ...extra,
});

describe("editing an offering (the owner's edit form)", () => {
  it("refuses bad input per field in Dutch, saves the owner's edit as checked, and keeps others out", async () => {
    const tenant = await createTenant();
    const stadsbank = await createOrganisation(tenant.id, { name: "Stadsbank" });
    const humanitas = await createOrganisation(tenant.id, { name: "Humanitas" });
    const made = await createUser(tenant.id, "partner", { organisationId: stadsbank.id });
    const bank = as(ctx.app, await signIn(ctx.app, made.email));
    const eightMonthsAgo = new Date(Date.now() - 8 * 30.5 * 86_400_000);
    const [row] = await ctx.db
      .insert(offering)
      .values({
        tenantId: tenant.id,
        organisationId: stadsbank.id,
        name: "Budgetbeheer",
        lastCheckedAt: eightMonthsAgo,
      })
      .returning();
    const put = (payload: Record<string, unknown>) =>
      bank({ method: "PUT", url: `/api/network/offerings/${row!.id}`, payload });
    expect((await bank({ method: "GET", url: "/api/network/offerings" })).json().items[0].stale).toBe(true);

    const bad = await put(
      body(stadsbank.id, { name: "B", howToRefer: [], languages: ["nederlands"], website: "stadsbank" }),
    );
    expect(bad.statusCode).toBe(400);
    const fields = Object.fromEntries(
      bad.json().error.fields.map((f: { path: string; message: string }) => [f.path, f.message]),
    );
    expect(fields).toEqual({
      name: "Vul een naam in van minstens 3 tekens.",
      howToRefer: "Kies minstens één manier van doorverwijzen.",
      "languages.0": "Gebruik een taalcode van 2 letters, zoals nl.",
      website: "Vul een geldige website in, zoals https://voorbeeld.nl.",
    });

    // Moving the offering to another organisation is not the partner's to do.
    expect((await put(body(humanitas.id))).statusCode).toBe(403);

    const saved = await put(
      body(stadsbank.id, {
        name: "Budgetbeheer met intake",
        openingHours: "Op afspraak",
        languages: ["nl", "en", "nl"],
        status: "inactive",
      }),
    );
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      name: "Budgetbeheer met intake",
      openingHours: "Op afspraak",
      languages: ["nl", "en"],
      status: "inactive",
      stale: false,
      can: { edit: true },
    });
    expect(Date.now() - Date.parse(saved.json().lastCheckedAt)).toBeLessThan(60_000);
    // Set to "not open": gone from the public directory.
    const open = await ctx.app.inject({ method: "GET", url: `/api/public/directory?slug=${tenant.slug}` });
    expect(open.json().items.map((o: { id: string }) => o.id)).not.toContain(row!.id);

    // Someone of another organisation, or another tenant, gets a 404.
    const other = await createUser(tenant.id, "partner", { organisationId: humanitas.id });
    const them = as(ctx.app, await signIn(ctx.app, other.email));
    const theirs = await them({
      method: "PUT",
      url: `/api/network/offerings/${row!.id}`,
      payload: body(humanitas.id),
    });
    expect(theirs.statusCode).toBe(404);
  });
});
