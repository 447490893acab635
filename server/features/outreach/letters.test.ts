import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";

// The letters are checked with poppler's pdffonts and pdftotext, not with our own code.
// `npm test` installs poppler-utils on Debian when it is missing (scripts/test.mjs).

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const MM = 72 / 25.4;

async function campaignWithAddresses(overrides: object) {
  const tenant = await createTenant();
  const org = await createOrganisation(tenant.id, {
    name: "Stichting Buurtwerk Ağaoğlu",
    street: "Stationsplein 1",
    postcode: "1315 KT",
    city: "Almere",
    phone: "036 123 45 67",
    email: "achterdevoordeur@buurtwerk.example",
  });
  const coordinator = await createUser(tenant.id, "coordinator", { organisationId: org.id });
  const request = as(ctx.app, await signIn(ctx.app, coordinator.email));
  const campaign = await request({
    method: "POST",
    url: "/api/outreach/campaigns",
    payload: {
      name: "Achter de Voordeur Centrum",
      programme: "Vroegsignalering schulden",
      startsOn: "2026-12-01",
      endsOn: "2027-03-31",
      incentive: "Een bon voor het buurthuis",
      ...overrides,
    },
  });
  expect(campaign.statusCode, campaign.body).toBe(201);
  const id = campaign.json().id;
  await request({
    method: "POST",
    url: `/api/outreach/campaigns/${id}/addresses/import`,
    payload: {
      csv: [
        "nummeraanduiding_id;openbare_ruimte;huisnummer;postcode;woonplaats;lat;lon",
        "0034200000000001;Çiçekstraat;4;1315AA;Almere;52.37;5.21",
        "0034200000000002;Çiçekstraat;6;1315AA;Almere;52.3701;5.2101",
      ].join("\n"),
    },
  });
  return { id, request };
}

describe("announcement letters", () => {
  it("are refused until the campaign says how residents can refuse a visit", async () => {
    const { id, request } = await campaignWithAddresses({ optOutContact: "" });
    const refused = await request({
      method: "POST",
      url: `/api/outreach/campaigns/${id}/letters`,
      payload: { letterDate: "2026-11-20" },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([
      expect.objectContaining({ path: "optOutContact", code: "opt_out_missing" }),
    ]);
  });

  it("embed their font, print names outside Latin-1, and have the parts and window position of a Dutch letter", async () => {
    const { id, request } = await campaignWithAddresses({
      optOutContact: "Bel 036 123 45 67 als u geen bezoek wilt.",
      signatoryName: "Şükrü Ağaoğlu",
      signatoryRole: "Coördinator Achter de Voordeur",
    });
    const letters = await request({
      method: "POST",
      url: `/api/outreach/campaigns/${id}/letters`,
      payload: { letterDate: "2026-11-20" },
    });
    expect(letters.statusCode, letters.body).toBe(200);
    const file = join(mkdtempSync(join(tmpdir(), "inzet-letters-")), "brieven.pdf");
    writeFileSync(file, letters.rawPayload);

    // Every font is embedded (pdffonts: the "emb" column), and it is DejaVu Sans, not a standard font.
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" }).trim().split("\n").slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line).toMatch(/DejaVuSans/);
      expect(line.split(/\s+/).at(-5)).toBe("yes");
    }

    const text = execFileSync("pdftotext", ["-f", "1", "-l", "1", "-layout", file, "-"], {
      encoding: "utf8",
    });
    for (const part of [
      "Retouradres: Stichting Buurtwerk Ağaoğlu Stationsplein 1 1315 KT Almere",
      "De bewoners van",
      "Çiçekstraat 4",
      "Almere, 20 november 2026",
      "Ons kenmerk",
      "Onderwerp",
      "Huisbezoek in uw buurt",
      "036 123 45 67",
      "Beste bewoner van Çiçekstraat 4,",
      "Bel 036 123 45 67 als u geen bezoek wilt.",
      "Şükrü Ağaoğlu",
      "Coördinator Achter de Voordeur, Stichting Buurtwerk Ağaoğlu",
    ]) {
      expect(text).toContain(part);
    }
    expect(text).toMatch(/1315 AA\s+ALMERE/);
    expect(text).toMatch(/ADV-[0-9A-F]{8}-0001/);

    // The recipient sits in the window of a Dutch envelope: 20 mm from the left, 50–90 mm from the top.
    const boxes = execFileSync("pdftotext", ["-f", "1", "-l", "1", "-bbox", file, "-"], { encoding: "utf8" });
    const word = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">bewoners<\/word>/.exec(
      boxes,
    );
    expect(word).not.toBeNull();
    const [xMm, yMm] = [Number(word![1]) / MM, Number(word![2]) / MM];
    expect(yMm).toBeGreaterThan(50);
    expect(yMm).toBeLessThan(90);
    expect(xMm).toBeGreaterThan(20);
    expect(xMm).toBeLessThan(40); // the second word of "De bewoners van"
    const retour = /<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>Retouradres:<\/word>/.exec(boxes);
    expect(Number(retour![1]) / MM).toBeCloseTo(20, 0);
    expect(Number(retour![2]) / MM).toBeGreaterThan(49);
  });
});
