import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  as,
  createDistrict,
  createOrganisation,
  createTenant,
  createUser,
  signIn,
  testApp,
} from "../../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

// The PDF is read back with poppler's pdftotext and pdfinfo, not with our own code.
const poppler = (tool: string, pdf: Buffer, ...args: string[]) => {
  const file = join(mkdtempSync(join(tmpdir(), "inzet-mindmap-")), "mindmap.pdf");
  writeFileSync(file, pdf);
  return execFileSync(tool, [...args, file, ...(tool === "pdftotext" ? ["-"] : [])], { encoding: "utf8" });
};

describe("the mind map as a file", () => {
  it("draws needs, solutions with their stage and conditions in the SVG and a searchable vector PDF", async () => {
    const tenant = await createTenant();
    const district = await createDistrict(tenant.id, `WK${tenant.code.slice(2)}11`, "Noord");
    const org = await createOrganisation(tenant.id);
    const policy = as(
      ctx.app,
      await signIn(ctx.app, (await createUser(tenant.id, "policyOfficer", { organisationId: org.id })).email),
    );
    const trajectory = (
      await policy({
        method: "POST",
        url: "/api/agreements/trajectories",
        payload: {
          districtId: district.id,
          leadOrganisationId: org.id,
          leadName: "Ria Wit",
          startedOn: "2026-09-01",
        },
      })
    ).json();
    const add = async (payload: object) =>
      (
        await policy({ method: "POST", url: `/api/agreements/trajectories/${trajectory.id}/nodes`, payload })
      ).json();
    const need = await add({ kind: "need", title: "Eenzaamheid bij ouderen" });
    const solution = await add({
      kind: "solution",
      title: "Koffieochtend in de buurtkamer",
      parentId: need.id,
    });
    await add({ kind: "condition", title: "Een ruimte die gratis is", parentId: solution.id });

    const base = `/api/agreements/trajectories/${trajectory.id}/mind-map`;
    const svg = await policy({ method: "GET", url: `${base}.svg` });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers["content-type"]).toMatch(/^image\/svg\+xml/);
    expect(svg.body).toContain("Koffieochtend in de buurtkamer");
    expect(svg.body).toContain("Ingebracht");

    const pdf = await policy({ method: "GET", url: `${base}.pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const text = poppler("pdftotext", pdf.rawPayload).replace(/\s+/g, " ");
    for (const part of [
      "Mindmap Noord",
      "Eenzaamheid bij ouderen",
      "Koffieochtend in de buurtkamer",
      "Ingebracht",
      "Een ruimte die gratis is",
    ])
      expect(text).toContain(part);
    // One page the size of the map: three columns of 320 points wide.
    expect(poppler("pdfinfo", pdf.rawPayload)).toMatch(/Pages:\s+1[\s\S]*Page size:\s+980 x 256 pts/);

    const other = await createTenant();
    const stranger = as(ctx.app, await signIn(ctx.app, (await createUser(other.id, "policyOfficer")).email));
    expect((await stranger({ method: "GET", url: `${base}.pdf` })).statusCode).toBe(404);
  });
});
