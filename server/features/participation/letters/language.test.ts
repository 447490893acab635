import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, createTenant, createUser, signIn, testApp } from "../../../test/harness.ts";
import { type LetterFacts, letterTextEn } from "./service.ts";

// Letters in the client's language: the Dutch letter is the decision, an English client gets a
// translation on the next page (checked with poppler's pdftotext, not our own code).
let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const pages = (pdf: Buffer) => {
  const file = join(mkdtempSync(join(tmpdir(), "inzet-pw-")), "brief.pdf");
  writeFileSync(file, pdf);
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  // One line per page: pdftotext breaks lines where the letter wraps them.
  return text
    .split("\f")
    .map((page) => page.replace(/\s+/g, " ").trim())
    .filter(Boolean);
};

async function acknowledgement(language: "nl" | "en") {
  const tenant = await createTenant();
  const admin = await createUser(tenant.id, "admin");
  const km = await createUser(tenant.id, "caseworker");
  const asAdmin = as(ctx.app, await signIn(ctx.app, admin.email));
  const asKm = as(ctx.app, await signIn(ctx.app, km.email));
  const rule = await asAdmin({
    method: "POST",
    url: "/api/participation/rules",
    payload: {
      validFrom: "2020-01-01",
      regime: "participatie",
      procedure: "notify",
      maxHoursPerWeek: 20,
      countingActivities: ["volunteerWork"],
      sender: { name: "Gemeente Taal", city: "Taalstad" },
    },
  });
  expect(rule.statusCode, rule.body).toBe(201);
  const email = `klant-${crypto.randomUUID().slice(0, 8)}@test.inzet.nl`;
  const client = await asKm({
    method: "POST",
    url: "/api/participation/clients",
    payload: {
      clientNumber: `L-${crypto.randomUUID().slice(0, 6)}`,
      givenName: "Amal",
      familyName: "Haddad",
      email,
      birthDate: "1990-06-01",
      language,
    },
  });
  expect(client.statusCode, client.body).toBe(201);
  expect(client.json().language).toBe(language);
  const proposed = await asKm({
    method: "POST",
    url: `/api/participation/clients/${client.json().id}/agreements`,
    payload: {
      activity: "volunteerWork",
      placeName: "Voedselbank",
      description: "Pakketten inpakken",
      hoursPerWeek: 6,
      startDate: "2027-01-04",
    },
  });
  const id = proposed.json().id;
  const notified = await asKm({
    method: "POST",
    url: `/api/participation/agreements/${id}/submit`,
    payload: {},
  });
  expect(notified.statusCode, notified.body).toBe(200);
  const letter = notified.json().letters[0];
  const pdf = await asKm({ method: "GET", url: `/api/participation/agreements/${id}/letters/${letter.id}` });
  return { pages: pages(pdf.rawPayload), mail: ctx.mailbox.filter((m) => m.to === email) };
}

describe("letters in the client's language", () => {
  it("gives an English-speaking client the Dutch letter and an English translation; the mail in English", async () => {
    const {
      pages: [dutch, english, ...rest],
      mail,
    } = await acknowledgement("en");
    expect(rest).toEqual([]);
    expect(dutch).toContain("Wij hebben uw melding ontvangen");
    expect(english).toContain("This is a translation of the Dutch letter before it");
    expect(english).toContain("Dear Amal Haddad");
    expect(english).toContain("We have received your notification");
    expect(english).toContain("maatschappelijke participatie (taking part in society)");
    expect(english).toContain("4 January 2027");
    expect(mail.at(-1)?.subject).toBe("Confirmation of your notification");
  });

  it("keeps a Dutch client's letter to one Dutch page and the mail in Dutch", async () => {
    const { pages: only, mail } = await acknowledgement("nl");
    expect(only).toHaveLength(1);
    expect(only[0]).not.toContain("translation");
    expect(mail.at(-1)?.subject).toBe("Bevestiging van uw melding");
  });

  it("words the English letter after the regime of the agreement", () => {
    const facts: LetterFacts = {
      tenantId: "t",
      agreementId: "a",
      clientNumber: "K-1",
      name: "Amal Haddad",
      email: null,
      birthDate: "2002-01-01",
      description: "Pakketten inpakken",
      placeName: "",
      hoursPerWeek: 8.5,
      startDate: "2026-11-02",
      regime: "tegenprestatie",
      motivation: "",
      note: "",
      language: "en",
    };
    const before = letterTextEn("permission", facts, "2026-11-01");
    expect(before).toContain("article 9(1)(c) of the Participation Act");
    expect(before).toContain("younger than 27");
    expect(before).toContain("8.5 hours a week");
    const after = letterTextEn(
      "refusal",
      { ...facts, regime: "participatie", motivation: "Paid work." },
      "2027-02-01",
    );
    expect(after).toContain("Why not: Paid work.");
    expect(after).not.toContain("article 9(1)(c)");
    expect(after).toContain("within 6 weeks");
  });
});
