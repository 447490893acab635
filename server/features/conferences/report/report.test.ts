import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, amsterdamDay, amsterdamInstant } from "../../../../shared/dates.ts";
import { referral } from "../../../db/schema.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../../test/harness.ts";

// The PDF is read back with poppler's pdftotext, not with our own code.
let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const pdfText = (pdf: Buffer) => {
  const file = join(mkdtempSync(join(tmpdir(), "inzet-conference-")), "conferentie.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
};

describe("the conference as a PDF", () => {
  it("holds the agenda, registrations, actions with owner and date, the minutes and the overview with small counts hidden", async () => {
    const tenant = await createTenant();
    const gemeente = await createOrganisation(tenant.id, { name: "Gemeente", type: "municipalDepartment" });
    const humanitas = await createOrganisation(tenant.id, { name: "Humanitas" });
    const stadsbank = await createOrganisation(tenant.id, { name: "Stadsbank" });
    const voedselbank = await createOrganisation(tenant.id, { name: "Voedselbank" });
    const signed = async (role: Parameters<typeof createUser>[1], organisationId: string) =>
      as(ctx.app, await signIn(ctx.app, (await createUser(tenant.id, role, { organisationId })).email));
    const organiser = await signed("policyOfficer", gemeente.id);
    const hum = await signed("coordinator", humanitas.id);
    const bank = await signed("partner", stadsbank.id);
    // 6 referrals Humanitas → Stadsbank (listed), 2 Humanitas → Voedselbank (fewer than 5: summed).
    const made = (to: string) => ({
      tenantId: tenant.id,
      source: "intake" as const,
      fromOrganisationId: humanitas.id,
      partnerOrganisationId: to,
      household: "Bewoner",
      reason: "Administratie",
      status: "done" as const,
    });
    await ctx.db
      .insert(referral)
      .values([
        ...Array.from({ length: 6 }, () => made(stadsbank.id)),
        made(voedselbank.id),
        made(voedselbank.id),
      ]);

    const startsAt = amsterdamInstant(addDays(amsterdamDay(), 10), "14:00").toISOString();
    const deadline = amsterdamInstant(addDays(amsterdamDay(), 5), "17:00").toISOString();
    const id = (
      await organiser({
        method: "POST",
        url: "/api/conferences",
        payload: {
          title: "Solidariteitsconferentie voorjaar",
          startsAt,
          place: "Stadhuis",
          agendaDeadline: deadline,
        },
      })
    ).json().id;
    await hum({
      method: "POST",
      url: `/api/conferences/${id}/agenda`,
      payload: {
        title: "Warme overdracht naar de stadsbank",
        why: "Veel inwoners vallen tussen wal en schip",
      },
    });
    await hum({
      method: "PUT",
      url: `/api/conferences/${id}/registration`,
      payload: { attendees: ["Robert Jansen"], showNames: true },
    });
    await bank({
      method: "PUT",
      url: `/api/conferences/${id}/registration`,
      payload: { attendees: ["Anna de Boer", "Piet Smit"] },
    });
    const dueOn = addDays(amsterdamDay(), 40);
    await organiser({
      method: "POST",
      url: `/api/conferences/${id}/actions`,
      payload: { title: "Folder in drie talen", ownerOrganisationId: humanitas.id, dueOn },
    });
    await organiser({
      method: "PATCH",
      url: `/api/conferences/${id}`,
      payload: { status: "held", minutes: "Besproken: wachttijden en warme overdracht." },
    });

    const response = await hum({ method: "GET", url: `/api/conferences/${id}/report.pdf` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename="conferentie-/);
    const text = pdfText(response.rawPayload);
    const due = new Intl.DateTimeFormat("nl-NL", { dateStyle: "long", timeZone: "UTC" }).format(
      new Date(`${dueOn}T00:00:00Z`),
    );
    for (const part of [
      "Solidariteitsconferentie voorjaar",
      "Stadhuis",
      "Gehouden",
      "1. Warme overdracht naar de stadsbank",
      "Humanitas: Veel inwoners vallen tussen wal en schip",
      "Robert Jansen",
      "2 personen", // the Stadsbank did not share its names with Humanitas
      `Folder in drie talen Humanitas ${due} Open`,
      "Besproken: wachttijden en warme overdracht.",
      // 8 in all minus the 6 would give the hidden 2 away, so the 6 is hidden too (shared/small-counts.ts).
      "Humanitas → Stadsbank verborgen verborgen",
      "Overige organisaties samen (1 paar) minder dan 5 minder dan 5",
      "Alle doorverwijzingen 8",
    ])
      expect(text).toContain(part);
    expect(text).not.toContain("Anna de Boer");
    expect(text).not.toContain("Voedselbank");

    // The organiser sees every name; another tenant's reader gets a 404.
    const full = pdfText(
      (await organiser({ method: "GET", url: `/api/conferences/${id}/report.pdf` })).rawPayload,
    );
    expect(full).toContain("Anna de Boer, Piet Smit");
    const other = await createTenant();
    const stranger = as(ctx.app, await signIn(ctx.app, (await createUser(other.id, "policyOfficer")).email));
    const foreign = await stranger({ method: "GET", url: `/api/conferences/${id}/report.pdf` });
    expect(foreign.statusCode).toBe(404);
    expect(
      (await stranger({ method: "GET", url: "/api/conferences/not-a-uuid/report.pdf" })).statusCode,
    ).toBe(400);
  });
});
