import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Browsing,
  expectAccessible,
  h1,
  newPage,
  signIn,
  signInWithTwoFactor,
  startBrowsing,
} from "./harness.ts";

// The network pages on a phone (iPhone 12–15) and on a desktop, axe-clean on both (issue 16).
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };
const slow = { timeout: 20_000 };

let b: Browsing;
// Signed in once each (two-factor sign-in enrols the account); each test sets its own window size.
const staff: Record<"professional" | "partner" | "beleid", Page> = {} as never;
beforeAll(async () => {
  b = await startBrowsing();
}, 600_000);
afterAll(() => b?.close());

// expect.poll (used by the sign-in helpers) only works inside a test, so signing in is the first test.
it("signs the staff in", async () => {
  staff.professional = await newPage(b.browser);
  staff.partner = await newPage(b.browser);
  staff.beleid = await newPage(b.browser);
  await signInWithTwoFactor(staff.professional, b.base, "professional@demo.inzet.nl");
  await signInWithTwoFactor(staff.partner, b.base, "partner@demo.inzet.nl");
  await signIn(staff.beleid, b.base, "beleid@demo.inzet.nl");
  await expect.poll(() => h1(staff.beleid), slow).toMatch(/^Welkom/);
}, 300_000);

/** No sideways scrolling and no link or button outside the screen. */
async function expectFits(page: Page, name: string) {
  await page.waitForLoadState("networkidle");
  const fit = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement!.scrollWidth,
    width: window.innerWidth,
    outside: [...document.querySelectorAll("main a, main button, main input, main select")]
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.left < 0 || box.right > window.innerWidth))
      .map(({ element }) => (element.textContent || element.getAttribute("name") || element.tagName).trim()),
  }));
  expect(fit.scrollWidth, `${name}: no sideways scrolling`).toBeLessThanOrEqual(fit.width);
  expect(fit.outside, `${name}: actions outside the screen`).toEqual([]);
  await expectAccessible(page, name);
}

describe.each([
  ["phone", phone],
  ["desktop", desktop],
])("network pages on a %s", (label, viewport) => {
  it("lets a resident find a service in the public sociale kaart", async () => {
    const page = await newPage(b.browser, viewport);
    await page.goto(`${b.base}/sociale-kaart?werkgebied=voorbeeld`);
    await expect.poll(() => h1(page)).toBe("Sociale kaart");
    await expect.poll(() => page.locator("main .inzet-card").count()).toBeGreaterThan(3);
    await expectFits(page, `sociale kaart (${label})`);

    await page.getByLabel("Waar zoekt u hulp bij?").fill("administratie");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.waitForURL(/q=administratie/);
    const card = page.locator("main .inzet-card").filter({ hasText: "Thuisadministratie" });
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.getByRole("link", { name: "Bel 030 123 45 67" }).getAttribute("href")).toBe(
      "tel:0301234567",
    );
    // Internal notes for partners never reach the public page.
    expect(await page.getByText("dossiernummer").count()).toBe(0);
    await expectFits(page, `sociale kaart, searched (${label})`);
  });

  it("shows staff the directory with notes, stale flags and the pact", async () => {
    const page = staff.professional;
    await page.setViewportSize(viewport);
    await page.goto(`${b.base}/netwerk`);
    await expect.poll(() => h1(page)).toBe("Netwerk en sociale kaart");
    const offerings = page.getByRole("table", { name: "Aanbod van de partners" });
    await expect.poll(() => offerings.getByRole("row").count()).toBeGreaterThan(3);
    await expect.poll(() => page.getByText("dossiernummer", { exact: false }).count()).toBe(1);
    const members = page.getByRole("table", { name: "Ondertekend, met contactpersoon" });
    await expect.poll(() => members.getByText("Stadsbank", { exact: false }).count()).toBeGreaterThan(0);
    await expectFits(page, `staff directory (${label})`);

    await page.getByLabel("Alleen aanbod dat lang niet is nagekeken").check();
    await page.getByRole("button", { name: "Zoeken", exact: true }).click();
    await page.waitForURL(/verouderd=ja/);
    await expect.poll(() => offerings.getByText("Lang niet nagekeken").count()).toBeGreaterThan(0);
    await expect
      .poll(async () => (await offerings.getByRole("row").count()) - 1)
      .toBe(await offerings.getByText("Lang niet nagekeken").count());
    await expectFits(page, `staff directory, stale only (${label})`);
  });

  it("shows the partner its referral inbox", async () => {
    const page = staff.partner;
    await page.setViewportSize(viewport);
    await page.goto(`${b.base}/doorverwijzingen`);
    await expect.poll(() => h1(page)).toBe("Doorverwijzingen");
    const table = page.getByRole("table", { name: "Doorverwijzingen, urgent eerst" });
    await expect.poll(() => table.getByRole("row").count(), slow).toBeGreaterThan(1);
    await expectFits(page, `referral inbox (${label})`);
  });

  it("lets the policy officer plan a conference and open it", async () => {
    const page = staff.beleid;
    await page.setViewportSize(viewport);
    await page.goto(`${b.base}/conferenties`);
    await expect.poll(() => h1(page)).toBe("Netwerkconferenties");
    const title = `Solidariteitsconferentie ${label}`;
    await page.getByLabel("Titel").fill(title);
    const inMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const inWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel("Datum en tijd").fill(`${inMonth}T19:30`);
    await page.getByLabel("Waar").fill("Stadhuis, raadzaal");
    await page.getByLabel("Agendapunten tot").fill(`${inWeek}T17:00`);
    await page.getByRole("button", { name: "Plannen" }).click();
    const link = page.getByRole("link", { name: title });
    await expect.poll(() => link.count()).toBe(1);
    await expectFits(page, `conferences (${label})`);

    await link.click();
    await expect.poll(() => h1(page)).toBe(title);
    await expect.poll(() => page.getByRole("heading", { name: "Agenda" }).count()).toBe(1);
    await expectFits(page, `conference (${label})`);
    const pdf = page.getByRole("link", { name: /^Download als PDF/ });
    const pdfResponse = await page.request.get(new URL((await pdf.getAttribute("href"))!, b.base).href);
    expect(pdfResponse.status()).toBe(200);
    expect(pdfResponse.headers()["content-type"]).toBe("application/pdf");
    // The organiser mails the invitation to the pact's contact persons, once.
    const invitations = page.getByRole("table", { name: "Partners in het pact en hun uitnodiging" });
    await expect.poll(() => invitations.getByRole("row").filter({ hasText: "Nog niet" }).count()).toBe(10);
    await page.getByRole("button", { name: /^Uitnodiging mailen \(10 partners\)/ }).click();
    await expect.poll(() => page.getByText("De uitnodiging is gemaild naar 10 partners.").count()).toBe(1);
    await expect.poll(() => invitations.getByRole("row").filter({ hasText: "Nog niet" }).count()).toBe(0);
    await expectAccessible(page, `conference invitations (${label})`);
  });
});

describe("editing an offering", () => {
  it("lets the owner edit its own offering, with Dutch field messages, and counts it as checked", async () => {
    const page = staff.professional;
    await page.setViewportSize(phone);
    await page.goto(`${b.base}/netwerk?q=Taalcaf%C3%A9`);
    const offerings = page.getByRole("table", { name: "Aanbod van de partners" });
    const row = offerings.getByRole("row").filter({ hasText: "Taalcafé" });
    await expect.poll(() => row.count()).toBe(1);
    await page.goto(`${b.base}/netwerk?q=Schuldhulp`);
    const other = offerings.getByRole("row").filter({ hasText: "Schuldhulpverlening" });
    await expect.poll(() => other.count()).toBe(1);
    // Welzijn's professional does not edit the Stadsbank's offering.
    expect(await other.getByRole("button", { name: /^Wijzigen/ }).count()).toBe(0);

    await page.goto(`${b.base}/netwerk?q=Taalcaf%C3%A9`);
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole("button", { name: "Wijzigen Taalcafé" }).click();
    await expect.poll(() => h1(page)).toBe("Netwerk en sociale kaart");
    const heading = page.getByRole("heading", { name: "Taalcafé wijzigen" });
    await expect.poll(() => heading.evaluate((e) => e === document.activeElement)).toBe(true);
    expect(await page.getByLabel("Wat", { exact: true }).inputValue()).toBe("Taalcafé");
    await page.getByLabel("Wat", { exact: true }).fill("Ta");
    await page.getByLabel("Talen (codes, met komma's)").fill("nl, Nederlands");
    await page.getByRole("button", { name: "Opslaan" }).click();
    const summary = page.getByRole("alert");
    await expect
      .poll(() => page.getByText("Vul een naam in van minstens 3 tekens.").count())
      .toBeGreaterThan(0);
    await expect
      .poll(() => page.getByText("Gebruik een taalcode van 2 letters, zoals nl.").count())
      .toBeGreaterThan(0);
    expect(await summary.count()).toBeGreaterThan(0);
    await expectFits(page, "offering edit with errors (phone)");

    await page.getByLabel("Wat", { exact: true }).fill("Taalcafé Noord");
    await page.getByLabel("Talen (codes, met komma's)").fill("nl, ar");
    await page.getByLabel("Openingstijden").fill("Donderdag 14.00–16.00 uur");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => page.getByText("Taalcafé Noord is opgeslagen en nagekeken.").count()).toBe(1);

    // The public sociale kaart shows the new text.
    const resident = await newPage(b.browser, phone);
    await resident.goto(`${b.base}/sociale-kaart?werkgebied=voorbeeld&q=Taalcaf%C3%A9`);
    const card = resident.locator("main .inzet-card").filter({ hasText: "Taalcafé Noord" });
    await expect.poll(() => card.count(), slow).toBe(1);
    expect(await card.textContent()).toContain("Donderdag 14.00–16.00 uur");
  });
});

describe("importing an HSDS 3.0 file", () => {
  it("previews the file with errors per record and imports a correct file in one go", async () => {
    const page = staff.beleid;
    await page.setViewportSize(desktop);
    await page.goto(`${b.base}/netwerk`);
    const file = page.getByLabel("JSON-bestand");
    const service = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
      id,
      name,
      status: "active",
      description: "Samen koken en eten, elke vrijdag.",
      organization: { id: "buurtkamer", name: "Buurtkamer De Akkers", description: "" },
      ...extra,
    });
    const upload = (data: unknown) =>
      file.setInputFiles({
        name: "aanbod.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(data)),
      });

    await upload({ not: "a list" });
    await expect
      .poll(() => page.getByText("Het bestand moet een lijst van services zijn (HSDS 3.0).").count())
      .toBe(1);

    await upload([service("eettafel-1", "Buurteettafel"), service("x", "", { status: "open" })]);
    const preview = page.getByRole("table", { name: "Wat er wordt ingelezen" });
    await expect.poll(() => preview.getByRole("row").count()).toBe(3);
    await expect.poll(() => preview.getByText("name: Een service heeft een naam.").count()).toBe(1);
    await expect.poll(() => preview.getByText("status: Onbekende status van een service.").count()).toBe(1);
    await expect.poll(() => page.getByText("1 keer aanbod heeft fouten.", { exact: false }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Inlezen" }).count()).toBe(0);
    await expectFits(page, "HSDS import preview with errors");

    await upload([service("eettafel-1", "Buurteettafel")]);
    await expect.poll(() => preview.getByText("In orde").count()).toBe(1);
    await page.getByRole("button", { name: "Inlezen" }).click();
    await expect.poll(() => page.getByText("Ingelezen: 1 nieuw, 0 bijgewerkt.").count()).toBe(1);
    await page.goto(`${b.base}/netwerk?q=Buurteettafel`);
    const offerings = page.getByRole("table", { name: "Aanbod van de partners" });
    await expect.poll(() => offerings.getByText("Buurtkamer De Akkers").count()).toBe(1);
  });
});

describe.each([
  ["phone", phone],
  ["desktop", desktop],
])("the referral matrix on a %s", (label, viewport) => {
  it("shows the policy officer who refers to whom, small counts hidden", async () => {
    const page = staff.beleid;
    await page.setViewportSize(viewport);
    await page.goto(`${b.base}/netwerk`);
    await expect.poll(() => h1(page)).toBe("Netwerk en sociale kaart");
    await page.getByRole("link", { name: "Wie verwijst naar wie" }).click();
    await expect.poll(() => h1(page)).toBe("Doorverwijzingen tussen organisaties");
    const table = page.getByRole("table", { name: "Doorverwijzingen per organisatie, van en naar" });
    // The demo's referrals between partners are a handful: the policy officer sees no exact small counts.
    await expect.poll(() => table.getByRole("row").count()).toBeGreaterThan(1);
    await expect.poll(() => table.getByText("minder dan 5").count()).toBeGreaterThan(0);
    // Pairs with fewer than 5 are not named: they are summed into one row.
    await expect.poll(() => table.getByText(/^Overige organisaties samen/).count()).toBe(1);
    await expectFits(page, `referral matrix (${label})`);

    // A period without referrals.
    await page.getByLabel("Van", { exact: true }).fill("2020-01-01");
    await page.getByLabel("Tot en met").fill("2020-12-31");
    await page.getByRole("button", { name: "Tonen" }).click();
    await page.waitForURL(/van=2020-01-01/);
    await expect.poll(() => page.getByText("Geen doorverwijzingen in deze periode.").count()).toBe(1);
  });
});
