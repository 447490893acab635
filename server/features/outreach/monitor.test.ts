import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { neighbourhood, outreachAddress, outreachVisit, postcodeNeighbourhood } from "../../db/schema.ts";
import {
  as,
  createDistrict,
  createOrganisation,
  createTenant,
  createUser,
  signIn,
  testApp,
} from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

type Count = { shown: number } | { hidden: "small" | "derivable" };
const word = (c: Count) =>
  "shown" in c ? String(c.shown) : c.hidden === "small" ? "minder dan 5" : "verborgen";

describe("outreach monitor for the municipality", () => {
  it("hides small counts so that none follows from the total, and exports exactly the screen", async () => {
    const tenant = await createTenant();
    const org = await createOrganisation(tenant.id);
    const district = await createDistrict(tenant.id, `WK${tenant.code.slice(2)}02`, "Zuid");
    const postcodes = { Centrum: "1016 AA", Haven: "1016 BB", Park: "1016 CC" } as const;
    for (const [i, [name, postcode]] of Object.entries(postcodes).entries()) {
      const [buurt] = await ctx.db
        .insert(neighbourhood)
        .values({
          tenantId: tenant.id,
          districtId: district.id,
          code: `BU${tenant.code.slice(2)}020${i}`,
          name,
        })
        .returning();
      await ctx.db
        .insert(postcodeNeighbourhood)
        .values({ tenantId: tenant.id, postcode, neighbourhoodId: buurt!.id });
    }
    const coordinator = await createUser(tenant.id, "coordinator", { organisationId: org.id });
    const request = as(ctx.app, await signIn(ctx.app, coordinator.email));
    const campaign = (
      await request({
        method: "POST",
        url: "/api/outreach/campaigns",
        payload: {
          name: "Achter de Voordeur Zuid",
          programme: "Vroegsignalering",
          startsOn: "2026-12-01",
          endsOn: "2027-03-31",
          goal: "Huishoudens bereiken.",
          incentive: "Een bon",
          optOutContact: "Bel 14 0000.",
        },
      })
    ).json();
    // Doors: Centrum 20, Haven 12, Park 8.
    const doors = { Centrum: 20, Haven: 12, Park: 8 } as const;
    const lines = [
      "nummeraanduiding_id;openbare_ruimte;huisnummer;huisletter;toevoeging;postcode;woonplaats;lat;lon;x;y",
    ];
    let n = 0;
    for (const [name, count] of Object.entries(doors))
      for (let i = 0; i < count; i++, n++)
        lines.push(
          `${String(363200000000000 + n).padStart(16, "0")};Straat ${name};${i + 1};;;${postcodes[name as keyof typeof postcodes]};Amsterdam;52.37${String(n).padStart(2, "0")};4.88${String(i).padStart(2, "0")};;`,
        );
    const imported = await request({
      method: "POST",
      url: `/api/outreach/campaigns/${campaign.id}/addresses/import`,
      payload: { csv: lines.join("\n") },
    });
    expect(imported.statusCode, imported.body).toBeLessThan(300);
    const addresses = await ctx.db
      .select()
      .from(outreachAddress)
      .where(eq(outreachAddress.campaignId, campaign.id));
    const inBuurt = (postcode: string) => addresses.filter((a) => a.postcode === postcode);
    // Conversations: Centrum 10 (2 with a money signal), Haven 6 (all with it), Park 2 (1 with it).
    const talk = async (postcode: string, count: number, withSignal: number) => {
      for (const [i, address] of inBuurt(postcode).slice(0, count).entries())
        await ctx.db.insert(outreachVisit).values({
          id: crypto.randomUUID(),
          tenantId: tenant.id,
          campaignId: campaign.id,
          addressId: address.id,
          visitedAt: new Date(),
          outcome: "conversation",
          consent: true,
          signals: i < withSignal ? { geld: "serious" } : {},
        });
    };
    await talk(postcodes.Centrum, 10, 2);
    await talk(postcodes.Haven, 6, 6);
    await talk(postcodes.Park, 2, 1);

    const policy = as(ctx.app, await signIn(ctx.app, (await createUser(tenant.id, "policyOfficer")).email));
    const m = (await policy({ method: "GET", url: `/api/outreach/campaigns/${campaign.id}/monitor` })).json();
    expect(m.rows.map((r: { neighbourhood: string }) => r.neighbourhood)).toEqual([
      "Centrum",
      "Haven",
      "Park",
    ]);
    type Row = Record<string, Count> & { signals: Record<string, Count> };
    const all = [...m.rows, m.total] as Row[];
    const columns: ((r: Row) => Count)[] = [
      ...["doors", "visited", "reached", "conversations", "plans", "followUpsDone", "referrals"].map(
        (k) => (r: Row) => r[k]!,
      ),
      ...m.topics.map((t: { code: string }) => (r: Row) => r.signals[t.code]!),
    ];
    for (const column of columns) {
      const line = all.map(column);
      // Nothing small is shown, and no hidden count is the total minus the shown ones.
      expect(line.some((c) => "shown" in c && c.shown > 0 && c.shown < 5)).toBe(false);
      expect(line.filter((c) => "hidden" in c).length, JSON.stringify(line)).not.toBe(1);
    }
    const geld = all.map((r) => r.signals.geld!);
    expect(geld[0]).toEqual({ hidden: "small" }); // Centrum: 2
    expect(geld[2]).toEqual({ hidden: "small" }); // Park: 1
    // Park's 2 conversations would be 18 − 10 − 6: the next smallest (Haven) is hidden too.
    expect(all.map((r) => r.conversations)).toEqual([
      { shown: 10 },
      { hidden: "derivable" },
      { hidden: "small" },
      { shown: 18 },
    ]);

    // The export writes every row as the screen shows it: hidden counts in words, never 0.
    const csv = await policy({
      method: "GET",
      url: `/api/outreach/campaigns/${campaign.id}/monitor/export?format=csv`,
    });
    const table = csv.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n")
      .map((l) => l.split(";").map((cell) => cell.replaceAll('"', "")));
    const screen = (r: Row & { neighbourhood: string }) => [
      r.neighbourhood,
      ...["doors", "visited", "reached", "conversations"].map((k) => word(r[k]!)),
      ...m.topics.map((t: { code: string }) => word(r.signals[t.code]!)),
      ...["plans", "followUpsDone", "referrals", "referralsDone", "referralsNotTakenUp"].map((k) =>
        word(r[k]!),
      ),
    ];
    expect(table.slice(1, 1 + all.length)).toEqual(
      all.map((r) => screen(r as Row & { neighbourhood: string })),
    );
    const geldColumn = table[0]!.findIndex(
      (h) => h === `Signaal: ${m.topics.find((t: { code: string }) => t.code === "geld").label}`,
    );
    expect(table.slice(1, 5).map((line) => line[geldColumn])).toEqual(geld.map(word));
    expect(geld.map(word)).not.toContain("0");
  });
});
