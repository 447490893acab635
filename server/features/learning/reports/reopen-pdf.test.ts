import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../../../shared/roles.ts";
import { as, createTenant, createUser, signIn, testApp } from "../../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const user = async (tenantId: string, role: Role) => {
  const made = await createUser(tenantId, role);
  return as(ctx.app, await signIn(ctx.app, made.email));
};

/** A project with one interviewed participant, a quote with Turkish letters, and a draft report. */
async function setUp() {
  const tenant = await createTenant();
  const council = await user(tenant.id, "clientCouncil");
  const policy = await user(tenant.id, "policyOfficer");
  const post = async (url: string, payload: object, method: "POST" | "PUT" = "POST") => {
    const r = await council({ method, url, payload });
    expect(r.statusCode, r.body).toBeLessThan(300);
    return r.json();
  };
  const channels = [{ code: "via-via", label: "Via via" }];
  const { id } = await post("/api/learning/research", { title: "Bijstand", question: "Regels?", channels });
  const participant = await post(`/api/learning/research/${id}/participants`, {
    channel: "via-via",
    stage: "agreed",
    consent: { scope: "Gesprek", givenOn: "2026-11-02", until: "2027-06-30" },
  });
  const interview = await post(`/api/learning/research/${id}/interviews`, {
    participantId: participant.id,
    day: "2026-11-10",
    time: "10:00",
  });
  const base = `/api/learning/research/interviews/${interview.id}`;
  await post(`${base}/notes`, { notes: "Şükrü zegt: de regels zijn onduidelijk." }, "PUT");
  await post(`${base}/fragments`, { text: "de regels zijn onduidelijk", theme: "Regels", quote: true });
  const report = await post("/api/learning/reports", {
    projectId: id,
    title: "Wat Şükrü en anderen ons vertelden",
    summary: "De regels zijn voor veel mensen niet duidelijk.",
    recommendations: [{ theme: "Regels", text: "Leg de regels uit in gewone taal." }],
  });
  return { council, policy, url: `/api/learning/reports/${report.id}` };
}

const pdfText = (pdf: Buffer) => {
  const file = join(mkdtempSync(join(tmpdir(), "inzet-report-")), "rapport.pdf");
  writeFileSync(file, pdf);
  return {
    text: execFileSync("pdftotext", ["-layout", file, "-"]).toString().replace(/\s+/g, " "),
    fonts: execFileSync("pdffonts", [file]).toString().trim().split("\n").slice(2),
  };
};

describe("reopening a signed-off report", () => {
  it("puts it back in draft with who and why in the audit trail, and needs a new sign-off", async () => {
    const { council, policy, url } = await setUp();
    const noReason = await council({ method: "POST", url: `${url}/reopen`, payload: {} });
    expect(noReason.statusCode).toBe(400);
    expect(JSON.stringify(noReason.json())).toContain("Schrijf op waarom het rapport weer open moet.");
    const draftReopen = await council({ method: "POST", url: `${url}/reopen`, payload: { reason: "Fout" } });
    expect(draftReopen.statusCode).toBe(409);
    expect(draftReopen.json().error.code).toBe("report_not_signed_off");

    await council({ method: "POST", url: `${url}/sign-off` });
    const byPolicy = await policy({ method: "POST", url: `${url}/reopen`, payload: { reason: "Wil ik" } });
    expect(byPolicy.statusCode).toBe(403);
    const reopened = await council({
      method: "POST",
      url: `${url}/reopen`,
      payload: { reason: "Een citaat was niet goed geanonimiseerd." },
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json()).toMatchObject({ status: "draft", signedOff: null });
    // Not publishable until signed off again; the text can change again.
    const publish = await council({ method: "POST", url: `${url}/publish` });
    expect(publish.json().error.code).toBe("not_signed_off");
    const edit = await council({
      method: "PUT",
      url,
      payload: { title: "Nieuw", summary: "Anders.", recommendations: [{ text: "Eén." }] },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    await council({ method: "POST", url: `${url}/sign-off` });
    await council({ method: "POST", url: `${url}/publish` });
    const report = (await council({ method: "GET", url })).json();
    expect(report.history.map((h: { action: string }) => h.action)).toEqual([
      "drafted",
      "signedOff",
      "reopened",
      "signedOff",
      "published",
    ]);
    expect(report.history[2]).toMatchObject({ reason: "Een citaat was niet goed geanonimiseerd." });
    expect(report.history[2].byName).toBeTruthy();
    const late = await council({ method: "POST", url: `${url}/reopen`, payload: { reason: "Nog eens" } });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe("report_published");
  });
});

describe("the report as a PDF", () => {
  it("holds findings, quotes and responses in an embedded font; 404 for beleid before publication", async () => {
    const { council, policy, url } = await setUp();
    expect((await policy({ method: "GET", url: `${url}/pdf` })).statusCode).toBe(404);
    const draft = await council({ method: "GET", url: `${url}/pdf` });
    expect(draft.statusCode).toBe(200);
    expect(pdfText(draft.rawPayload).text).toContain("Concept");

    await council({ method: "POST", url: `${url}/sign-off` });
    await council({ method: "POST", url: `${url}/publish` });
    const [rec] = (await council({ method: "GET", url })).json().recommendationItems;
    await policy({
      method: "PUT",
      url: `/api/learning/reports/recommendations/${rec.id}/response`,
      payload: { decision: "adopt", reasoning: "We passen de brieven aan.", followUpOn: "2027-03-01" },
    });
    const response = await policy({ method: "GET", url: `${url}/pdf` });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    const { text, fonts } = pdfText(response.rawPayload);
    expect(text).toContain("Wat Şükrü en anderen ons vertelden");
    expect(text).toContain("Bevindingen per thema");
    expect(text).toMatch(/Regels\s+minder dan 5/);
    expect(text).toContain("de regels zijn onduidelijk");
    expect(text).toContain("Reactie van de gemeente: Overnemen. We passen de brieven aan.");
    expect(text).toContain("1 maart 2027");
    // Every font is embedded (the "emb" column) and it is DejaVu Sans, not a standard font.
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line).toMatch(/DejaVuSans/);
      expect(line.split(/\s+/).at(-5)).toBe("yes");
    }
  });
});
