import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgreementContent } from "../../../../shared/agreements/agreement.ts";
import { amsterdamDay } from "../../../../shared/dates.ts";
import { agreement, agreementNode, agreementSignature, agreementVersion } from "../../../db/schema.ts";
import {
  as,
  createDistrict,
  createOrganisation,
  createTenant,
  createUser,
  signIn,
  testApp,
} from "../../../test/harness.ts";

// The PDF is checked with poppler's pdffonts and pdftotext, not with our own code.
let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const today = amsterdamDay();

/** A tenant with a signed agreement (version 1 in force, signed by both parties). */
async function setup() {
  const tenant = await createTenant();
  const district = await createDistrict(tenant.id, `WK${tenant.code.slice(2)}09`, "Oost");
  const org = await createOrganisation(tenant.id, { name: "Welzijn Oost" });
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
    title: "Afspraken Oost 2027",
    validFrom: "2027-01-01",
    validUntil: "2027-12-31",
    parties: [
      { key: "gemeente", kind: "municipality", organisationId: null, name: "Gemeente Oost" },
      { key: "welzijn", kind: "organisation", organisationId: org.id, name: "Welzijn Oost" },
    ],
    activities: [
      {
        key: "koffie",
        title: "Koffieochtend in de Şükrüstraat",
        solutionNodeId: node!.id,
        supplierPartyKey: "welzijn",
        ownerPartyKey: "welzijn",
        cost: 1500,
        budget: [
          { partyKey: "gemeente", amount: 1000 },
          { partyKey: "welzijn", amount: 500 },
        ],
        volunteerHoursPerMonth: 12,
        professionalHoursPerMonth: 3,
        vacancyIds: [],
        indicators: [{ key: "uren", name: "Vrijwilligersuren", source: "volunteerHours", target: 12 }],
        professionalSupport: "Opbouwwerker één keer per maand",
      },
    ],
    reviewDates: ["2027-06-30"],
  };
  const [made] = await ctx.db
    .insert(agreement)
    .values({ tenantId: tenant.id, trajectoryId: trajectory.id })
    .returning();
  const [version] = await ctx.db
    .insert(agreementVersion)
    .values({
      tenantId: tenant.id,
      agreementId: made!.id,
      number: 1,
      status: "active",
      activatedAt: new Date(),
      content,
    })
    .returning();
  await ctx.db.insert(agreementSignature).values([
    {
      tenantId: tenant.id,
      versionId: version!.id,
      partyKey: "gemeente",
      signerName: "Fatima el Idrissi",
      signedOn: "2026-12-01",
    },
    {
      tenantId: tenant.id,
      versionId: version!.id,
      partyKey: "welzijn",
      signerName: "Jan de Boer",
      signedOn: "2026-12-02",
    },
  ]);
  return { policy, user, id: made!.id };
}

describe("the agreement as a PDF", () => {
  it("prints the version with its parties, activities, budget holders, indicators and sign-offs, in an embedded font", async () => {
    const a = await setup();
    const coordinator = await a.user("coordinator");
    const response = await coordinator({
      method: "GET",
      url: `/api/agreements/documents/${a.id}/versions/1/pdf`,
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toContain("prestatieafspraak-versie-1.pdf");
    const file = join(mkdtempSync(join(tmpdir(), "inzet-agreement-")), "afspraak.pdf");
    writeFileSync(file, response.rawPayload);

    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" }).trim().split("\n").slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line).toMatch(/DejaVuSans/);
      expect(line.split(/\s+/).at(-5)).toBe("yes");
    }
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    for (const part of [
      "Afspraken Oost 2027",
      "Versie 1 · Geldend · van 1 januari 2027 tot en met 31 december 2027",
      "Gemeente Oost",
      "Activiteit: Koffieochtend in de Şükrüstraat",
      "Budget: Gemeente Oost € 1.000,00, Welzijn Oost € 500,00",
      "Uren per maand: 12 vrijwilligers, 3 professionals",
      "Vrijwilligersuren: 12 per maand (Vrijwilligersuren in Inzet)",
      "Evaluatiemomenten 30 juni 2027",
      "Gemeente Oost: Fatima el Idrissi, 1 december 2026",
      "Welzijn Oost: Jan de Boer, 2 december 2026",
    ])
      expect(text).toContain(part);
  });

  it("answers 404 for a version that does not exist or another tenant's agreement, 403 without the right", async () => {
    const a = await setup();
    const b = await setup();
    expect(
      (await a.policy({ method: "GET", url: `/api/agreements/documents/${a.id}/versions/2/pdf` })).statusCode,
    ).toBe(404);
    expect(
      (await b.policy({ method: "GET", url: `/api/agreements/documents/${a.id}/versions/1/pdf` })).statusCode,
    ).toBe(404);
    const volunteer = await a.user("volunteer");
    expect(
      (await volunteer({ method: "GET", url: `/api/agreements/documents/${a.id}/versions/1/pdf` }))
        .statusCode,
    ).toBe(403);
  });
});
