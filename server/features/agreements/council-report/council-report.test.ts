import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import readXlsxFile from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AgreementContent } from "../../../../shared/agreements/agreement.ts";
import { addDays, amsterdamDay } from "../../../../shared/dates.ts";
import { agreement, agreementNode, agreementVersion } from "../../../db/schema.ts";
import {
  as,
  createDistrict,
  createOrganisation,
  createTenant,
  createUser,
  signIn,
  testApp,
} from "../../../test/harness.ts";

// Read back with papaparse, read-excel-file and poppler's pdftotext, not with our own code.
let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const today = amsterdamDay();

describe("the council report of the wijkaanpak", () => {
  it("lists every wijk's indicators with actual against target, as on the monitoring page, in CSV, XLSX and PDF", async () => {
    const tenant = await createTenant();
    const org = await createOrganisation(tenant.id, { name: "Welzijn West" });
    const policy = as(
      ctx.app,
      await signIn(ctx.app, (await createUser(tenant.id, "policyOfficer", { organisationId: org.id })).email),
    );
    const ids: string[] = [];
    for (const [code, name] of [
      ["01", "West"],
      ["02", "Oost"],
    ] as const) {
      const district = await createDistrict(tenant.id, `WK${tenant.code.slice(2)}${code}`, name);
      const trajectory = (
        await policy({
          method: "POST",
          url: "/api/agreements/trajectories",
          payload: {
            districtId: district.id,
            leadOrganisationId: org.id,
            leadName: "Ria Wit",
            startedOn: today,
          },
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
        title: `Afspraken ${name}`,
        validFrom: addDays(today, -40),
        validUntil: addDays(today, 200),
        parties: [{ key: "gemeente", kind: "municipality", organisationId: null, name: "Gemeente" }],
        activities: [
          {
            key: "koffie",
            title: `Koffieochtend ${name}`,
            solutionNodeId: node!.id,
            supplierPartyKey: "gemeente",
            ownerPartyKey: "gemeente",
            cost: 100,
            budget: [{ partyKey: "gemeente", amount: 100 }],
            volunteerHoursPerMonth: 4,
            professionalHoursPerMonth: 1,
            vacancyIds: [],
            indicators: [{ key: "bezoekers", name: "Bezoekers", source: "manual", target: 10 }],
            professionalSupport: "",
          },
        ],
        reviewDates: [],
      };
      const [made] = await ctx.db
        .insert(agreement)
        .values({ tenantId: tenant.id, trajectoryId: trajectory.id })
        .returning();
      await ctx.db.insert(agreementVersion).values({
        tenantId: tenant.id,
        agreementId: made!.id,
        number: 1,
        status: "active",
        activatedAt: new Date(),
        content,
      });
      ids.push(made!.id);
    }
    const record = (id: string, value: number) =>
      policy({
        method: "POST",
        url: `/api/agreements/documents/${id}/indicator-values`,
        payload: { activityKey: "koffie", indicatorKey: "bezoekers", month: today.slice(0, 7), value },
      });
    expect((await record(ids[0]!, 12)).statusCode).toBe(201);
    expect((await record(ids[1]!, 3)).statusCode).toBe(201);
    const onScreen = async (id: string) =>
      (await policy({ method: "GET", url: `/api/agreements/documents/${id}/monitoring` })).json()
        .activities[0].indicators[0];
    const [west, oost] = [await onScreen(ids[0]!), await onScreen(ids[1]!)];

    const csv = await policy({ method: "GET", url: "/api/agreements/council-report?format=csv" });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
    const { data, errors } = Papa.parse<string[]>(csv.body.slice(1).trim(), { delimiter: ";" });
    expect(errors).toEqual([]);
    expect(data[0]).toEqual([
      "Wijk",
      "Afspraak",
      "Versie",
      "Stand van de afspraak",
      "Activiteit",
      "Trekker",
      "Indicator",
      "Streefwaarde tot nu",
      "Werkelijk",
      "Stoplicht",
    ]);
    const cell = (m: { shown?: number }) => ("shown" in m ? String(m.shown) : "minder dan 5");
    // Wijken by name (Oost before West); the actuals are the monitoring page's, small counts hidden alike.
    expect(data.slice(1).map((r) => [r[0], r[4], r[8]])).toEqual([
      ["Oost", "Koffieochtend Oost", cell(oost.total)],
      ["West", "Koffieochtend West", cell(west.total)],
    ]);
    expect(data[2]![8]).toBe("12");
    expect(data[1]).toContain("Geldt nu");

    const xlsx = await policy({ method: "GET", url: "/api/agreements/council-report?format=xlsx" });
    const [sheet] = await readXlsxFile(xlsx.rawPayload);
    expect(sheet?.sheet).toBe("Raadsrapportage");
    expect(sheet!.data[2]?.[8]).toBe(12);

    const pdf = await policy({ method: "GET", url: "/api/agreements/council-report?format=pdf" });
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const file = join(mkdtempSync(join(tmpdir(), "inzet-council-")), "raad.pdf");
    writeFileSync(file, pdf.rawPayload);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    for (const part of [
      "Wijkaanpak: resultaten per wijk",
      "Oost: Afspraken Oost",
      "West: Afspraken West",
      "Koffieochtend West Bezoekers",
    ])
      expect(text).toContain(part);

    const bad = await policy({ method: "GET", url: "/api/agreements/council-report?format=doc" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0]).toMatchObject({ path: "querystring.format" });
    const volunteer = as(ctx.app, await signIn(ctx.app, (await createUser(tenant.id, "volunteer")).email));
    expect((await volunteer({ method: "GET", url: "/api/agreements/council-report" })).statusCode).toBe(403);
  });
});
