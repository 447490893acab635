import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMailTo as lastMail, PNG_BASE64 } from "../server/test/harness.ts";
import { motiveItems } from "../shared/motives.ts";
import {
  type Browsing,
  expectAccessible,
  h1,
  newPage,
  signIn,
  signInWithTwoFactor,
  startBrowsing,
} from "./harness.ts";

let b: Browsing;
beforeAll(async () => {
  b = await startBrowsing();
});
afterAll(() => b?.close());

const email = "nieuwe.vrijwilliger@voorbeeld.nl";
const password = "Vrijwilliger-2026!";

const lastMailTo = async (to: string) => lastMail(b.mailbox, to);

async function answerQuestionnaire(page: Page, value: (index: number) => number | null) {
  for (const [index] of motiveItems.entries()) {
    if (value(index) === null) continue;
    const group = page.getByRole("group", { name: new RegExp(`^${index + 1}\\. `) });
    await group.getByLabel(String(value(index)), { exact: true }).check();
  }
}

describe("volunteers in a real browser", () => {
  it("signs up on the public page, confirms by email, sets a password and fills in the motives", async () => {
    const page = await newPage(b.browser, { width: 390, height: 800 });
    await page.goto(`${b.base}/inloggen`);
    await page.getByRole("link", { name: "Meld u aan als vrijwilliger" }).click();
    await expect.poll(() => h1(page)).toBe("Aanmelden als vrijwilliger");
    await expectAccessible(page, "sign-up");

    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Geef toestemming");
    await expectAccessible(page, "sign-up with errors");

    await page.getByLabel("Voornaam").fill("Noor");
    await page.getByLabel("Achternaam").fill("de Wit");
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Postcode").fill("9900aa");
    await page.getByLabel("Organisatie").selectOption({ label: "Vrijwilligerscentrale Voorbeeld" });
    await page.getByLabel("Hoe hoorde u van ons?").selectOption({ label: "Sociale media" });
    await page.getByLabel(/Ik geef toestemming/).check();
    await page.getByRole("button", { name: "Aanmelden" }).click();
    await expect.poll(() => h1(page)).toBe("Aanmelden als vrijwilliger");
    await expect.poll(() => page.getByRole("status").textContent()).toContain(email);

    // The confirmation link from the mail; then the password link that follows.
    const confirmLink = /http\S+/.exec((await lastMailTo(email)).text)![0];
    await page.goto(confirmLink);
    await expect.poll(() => page.getByRole("status").textContent()).toContain("is bevestigd");
    await expectAccessible(page, "sign-up confirmed");
    await page.goto(/http\S+/.exec((await lastMailTo(email)).text)![0]);
    await page.waitForURL(/\/wachtwoord-herstellen\?token=/);
    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill(password);
    await page.getByLabel("Herhaal het nieuwe wachtwoord").fill(password);
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("opgeslagen");

    await signIn(page, b.base, email, password);
    await expect.poll(() => h1(page)).toBe("Welkom, Noor");
    // On a phone the main menu sits behind the menu button.
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("navigation").getByRole("link", { name: "Mijn profiel" }).click();
    await expect.poll(() => h1(page)).toBe("Mijn vrijwilligersprofiel");
    await expectAccessible(page, "own profile");
    await page.getByRole("link", { name: "Vragenlijst invullen" }).click();
    await expect.poll(() => h1(page)).toBe("Vragenlijst drijfveren");
    await expectAccessible(page, "questionnaire");

    // Leaving one question open gives an error that links to it.
    await answerQuestionnaire(page, (i) => (i < motiveItems.length - 1 ? 4 : null));
    await page.getByRole("button", { name: "Antwoorden opslaan" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("Kies een antwoord van 1 tot 7.");
    await expectAccessible(page, "questionnaire with an open question");
    // Career and understanding items high: a starter seeking work experience.
    await answerQuestionnaire(page, (i) =>
      ["career", "understanding"].includes(motiveItems[i]!.fn) ? 7 : 2,
    );
    await page.getByRole("button", { name: "Antwoorden opslaan" }).click();
    await page.waitForURL(/\/mijn-profiel$/);
    await expect.poll(() => page.getByText("Uw type: Starter die werkervaring zoekt").count()).toBe(1);
    await expect.poll(() => page.getByRole("table", { name: /Drijfveren/ }).count()).toBe(1);
    await expectAccessible(page, "profile with motives");

    // An optional photo.
    await page
      .getByLabel("Kies een foto")
      .setInputFiles({ name: "ik.png", mimeType: "image/png", buffer: Buffer.from(PNG_BASE64, "base64") });
    await expect.poll(() => page.getByRole("img", { name: "Uw foto" }).count()).toBe(1);

    // The volunteer fills in availability and saves.
    await page.getByRole("checkbox", { name: "dinsdag avond" }).check();
    await page.getByLabel("Uren per week").fill("-2");
    await page.getByRole("button", { name: "Profiel opslaan" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Vul 0 of meer uren in.");
    await page.getByLabel("Uren per week").fill("3");
    await page.getByRole("button", { name: "Profiel opslaan" }).click();
    await expect.poll(() => page.getByText("De wijzigingen zijn opgeslagen.").count()).toBe(1);
  });

  it("lets the coordinator run the intake, record a VOG and a check-in, and see risk and funnel", async () => {
    const page = await newPage(b.browser);
    await signInWithTwoFactor(page, b.base, "coordinator@demo.inzet.nl");

    await page.goto(`${b.base}/vrijwilligers/aandacht`);
    await expect.poll(() => h1(page)).toBe("Aandacht nodig");
    await expect.poll(() => page.getByRole("table", { name: /Nieuwe aanmeldingen/ }).count()).toBe(1);
    await expectAccessible(page, "attention");

    await page.goto(`${b.base}/vrijwilligers`);
    await expect.poll(() => h1(page)).toBe("Vrijwilligers");
    await page.getByLabel("Zoeken").fill("noor");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect.poll(() => page.getByRole("link", { name: "Noor de Wit" }).count()).toBe(1);
    await expectAccessible(page, "volunteer list");
    await page.getByRole("link", { name: "Noor de Wit" }).click();
    await expect.poll(() => h1(page)).toBe("Noor de Wit");
    await expect.poll(() => page.getByText("Starter die werkervaring zoekt").count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole("heading", { name: "Zo pakt u het aan" }).count()).toBe(1);
    await expect.poll(() => page.getByRole("img", { name: "Foto van Noor de Wit" }).count()).toBe(1);
    // A summary on top, then one part at a time; the overview holds reactions and placements.
    const summary = page.getByRole("definition").first();
    await expect.poll(() => summary.count()).toBe(1);
    await expect.poll(() => page.getByRole("heading", { name: "Reacties en plaatsingen" }).count()).toBe(1);
    await expectAccessible(page, "volunteer detail");
    await page.screenshot({ path: ".tmp/volunteer-detail.png", fullPage: true });
    const parts = page.getByRole("navigation", { name: "Onderdelen van deze vrijwilliger" });
    const openPart = async (name: string) => {
      await parts.getByRole("link", { name }).click();
      await expect.poll(() => parts.getByRole("link", { name }).getAttribute("aria-current")).toBe("page");
    };
    await openPart("Status");
    expect(await page.getByRole("heading", { name: /Verklaring Omtrent/ }).count()).toBe(0);

    const status = page.locator("section", { has: page.getByRole("heading", { name: "Status wijzigen" }) });
    await status.getByLabel("Status", { exact: true }).selectOption({ label: "Kennismaking gepland" });
    await status.getByRole("button", { name: "Status opslaan" }).click();
    await expect.poll(() => page.getByRole("cell", { name: "Kennismaking gepland" }).count()).toBe(1);

    await openPart("VOG en trainingen");
    // The part is in the URL: a reload (or a shared link) opens the same one.
    expect(new URL(page.url()).searchParams.get("deel")).toBe("screening");
    await page.reload();
    await expect.poll(() => page.getByRole("heading", { name: /Verklaring Omtrent/ }).count()).toBe(1);
    const vog = page.locator("section", { has: page.getByRole("heading", { name: /Verklaring Omtrent/ }) });
    await vog.getByLabel("Aangevraagd op").fill("2026-11-02");
    await vog.getByLabel("Ontvangen op").fill("2026-11-01");
    await vog.getByRole("button", { name: "VOG vastleggen" }).click();
    await expect.poll(() => vog.getByRole("alert").textContent()).toContain("voor de aanvraagdatum");
    await expectAccessible(page, "VOG form with errors");
    await vog.getByLabel("Ontvangen op").fill("2026-11-10");
    await vog.getByLabel("Datum van afgifte").fill("2026-11-09");
    await vog.getByLabel("45").check();
    await vog.getByRole("button", { name: "VOG vastleggen" }).click();
    await expect.poll(() => vog.getByRole("cell", { name: "45" }).count()).toBe(1);

    await openPart("Gesprekken");
    const checkIn = page.locator("section", {
      has: page.getByRole("heading", { name: "Bindingsgesprekken" }),
    });
    for (const [legend, value] of [
      ["Tevredenheid", "2"],
      ["Duidelijkheid van de taak", "4"],
      ["Steun van de organisatie", "1"],
      ["Contact met de coördinator", "4"],
      [/^Werkdruk/, "3"],
    ] as const) {
      await checkIn.getByRole("group", { name: legend }).getByLabel(value, { exact: true }).check();
    }
    await checkIn.getByRole("button", { name: "Gesprek vastleggen" }).click();
    await expect.poll(() => page.getByText("De wijzigingen zijn opgeslagen.").count()).toBe(1);
    await openPart("Overzicht");
    await expect.poll(() => page.getByText("Risico op uitval", { exact: true }).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText("Voelt weinig steun van de organisatie.").count()).toBe(1);
    await expectAccessible(page, "volunteer detail with risk");

    await page.goto(`${b.base}/werving`);
    await expect.poll(() => h1(page)).toBe("Werving");
    await expectAccessible(page, "recruitment");
    await page.getByRole("link", { name: "Voorjaarscampagne maatjes" }).click();
    await expect
      .poll(() => page.getByRole("table", { name: /Van aanmelding tot blijvend actief/ }).count())
      .toBe(1);
    await expect.poll(() => page.getByRole("rowheader", { name: "Sociale media" }).count()).toBe(1);
    await expectAccessible(page, "campaign funnel");

    await page.goto(`${b.base}/werving/uitval`);
    await expect.poll(() => page.getByRole("table", { name: "Per reden van stoppen" }).count()).toBe(1);
    await expectAccessible(page, "dropout");
    await page.goto(`${b.base}/werving/actieplan`);
    await expect.poll(() => page.getByRole("cell", { name: /^Starters benaderen/ }).count()).toBe(1);
    await page.getByRole("button", { name: "Actie toevoegen" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Kies het niveau.");
    await expectAccessible(page, "action plan with errors");
  });
});
