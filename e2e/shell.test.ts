import { authenticator } from "otplib";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../server/db/client.ts";
import { DEMO_PASSWORD } from "../server/db/seed.ts";
import { lastMailTo } from "../server/test/harness.ts";
import {
  type Browsing,
  expectAccessible,
  newPage as newBrowserPage,
  signIn as signInAs,
  startBrowsing,
} from "./harness.ts";

let browser: Browser;
let database: Database;
let base: string;
let browsing: Browsing;

beforeAll(async () => {
  browsing = await startBrowsing();
  ({ browser, database, base } = browsing);
});
afterAll(() => browsing?.close());

const newPage = (viewport?: { width: number; height: number }) => newBrowserPage(browser, viewport);
const signIn = (page: Page, email: string) => signInAs(page, base, email);

describe("the shell in a real browser", () => {
  it("shows an accessible sign-in page listing the demo accounts, with Dutch field errors", async () => {
    const page = await newPage();
    await page.goto(base);
    await page.waitForURL(/\/inloggen/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Inloggen");
    await expect.poll(() => page.getByText("beheerder@demo.inzet.nl").count()).toBe(1);
    await expectAccessible(page, "sign-in");

    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Vul een geldig e-mailadres in");
    await expectAccessible(page, "sign-in with errors");
    await page.getByLabel("E-mailadres").fill("beheerder@demo.inzet.nl");
    await page.getByLabel("Wachtwoord", { exact: true }).fill("verkeerd-wachtwoord");
    await page.getByRole("button", { name: "Inloggen" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("Het e-mailadres of het wachtwoord klopt niet.");
  });

  it("is usable by keyboard: the skip link comes first and moves focus to the content", async () => {
    const page = await newPage();
    await page.goto(`${base}/inloggen`);
    await page.getByRole("heading", { name: "Inloggen" }).waitFor();
    await page.waitForLoadState("networkidle");
    // From the top of the page, as a keyboard user starts (the pages load their code lazily).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Direct naar de inhoud");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
  });

  it("lets the beheerder enrol two-factor sign-in, then work through every beheer page", async () => {
    const page = await newPage();
    await signIn(page, "beheerder@demo.inzet.nl");
    await page.waitForURL(/\/tweestapsverificatie/);
    await expectAccessible(page, "2FA enrolment");
    await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Instellen" }).click();
    const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
    await expect.poll(() => page.getByRole("img", { name: /QR-code/ }).count()).toBe(1);
    await expectAccessible(page, "2FA QR step");
    await page.getByLabel("Code van 6 cijfers").fill(authenticator.generate(secret));
    await page.getByRole("button", { name: "Bevestigen" }).click();
    await expect.poll(() => page.getByText("Inloggen in twee stappen staat aan.").count()).toBe(1);

    await page.goto(base);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Welkom, Anouk");
    await expectAccessible(page, "home (beheerder)");

    for (const [path, heading] of [
      ["/beheer/organisaties", "Organisaties"],
      ["/beheer/gebruikers", "Gebruikers"],
      ["/beheer/wijken", "Wijken en buurten"],
      ["/beheer/instellingen", "Instellingen van het werkgebied"],
      ["/beheer/verwerkingslog", "Verwerkingslog"],
      ["/beheer/outbox", "Verzonden e-mail"],
      ["/beheer/vrijwilligers", "Instellingen vrijwilligers"],
      ["/mijn-gegevens", "Mijn gegevens"],
      ["/beheer/organisaties/nieuw", "Nieuwe organisatie"],
      ["/beheer/gebruikers/nieuw", "Nieuwe gebruiker"],
    ]) {
      await page.goto(`${base}${path}`);
      await expect
        .poll(() => page.getByRole("heading", { level: 1 }).textContent(), { message: path })
        .toBe(heading);
      await page.waitForLoadState("networkidle");
      await expectAccessible(page, path!);
    }

    // A new organisation: bad input first, then saved.
    await page.goto(`${base}/beheer/organisaties/nieuw`);
    await page.getByLabel("Naam").fill("Buurtinitiatief De Brug");
    await page.getByLabel("Soort organisatie").selectOption("privateInitiative");
    await page.getByLabel("Postcode").fill("12345");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("Vul een geldige postcode in, zoals 1234 AB.");
    await expectAccessible(page, "organisation form with errors");
    await page.getByLabel("Postcode").fill("1234ab");
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("Buurtinitiatief De Brug");
    expect(await page.getByLabel("Postcode").inputValue()).toBe("1234 AB");

    // The organisation list finds it; the processing log shows the beheerder's reads of users.
    await page.goto(`${base}/beheer/organisaties`);
    await page.getByLabel("Zoeken").fill("brug");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect.poll(() => page.getByRole("link", { name: "Buurtinitiatief De Brug" }).count()).toBe(1);
    await page.goto(`${base}/beheer/verwerkingslog`);
    await expect
      .poll(() => page.getByRole("cell", { name: "Gebruikers en rollen beheren" }).count())
      .toBeGreaterThan(0);
  });

  it("works on a phone for a volunteer, and switches to English", async () => {
    const page = await newPage({ width: 375, height: 740 });
    await signIn(page, "vrijwilliger@demo.inzet.nl");
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Welkom, Kees");
    // On a phone the main menu, the language and sign-out are behind the menu button.
    await page.getByRole("button", { name: "Menu" }).click();
    const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
    await expect.poll(() => menu.getByRole("link", { name: "Organisaties" }).count()).toBe(1);
    expect(await menu.getByRole("link", { name: "Gebruikers" }).count()).toBe(0);
    await expectAccessible(page, "home (vrijwilliger, phone)");
    await page.getByRole("button", { name: "English" }).click();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("Welcome, Kees");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await expectAccessible(page, "home in English");
  });

  it("mails the reset link, and the outbox keeps the mail without it", async () => {
    const page = await newPage();
    await page.goto(`${base}/wachtwoord-vergeten`);
    await page.getByLabel("E-mailadres").fill("deelnemer@demo.inzet.nl");
    await page.getByRole("button", { name: "Stuur mij een link" }).click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toContain("krijgt u binnen een paar minuten een e-mail");
    await expectAccessible(page, "forgot password");
    await expect.poll(() => browsing.mailbox.some((m) => m.to === "deelnemer@demo.inzet.nl")).toBe(true);
    const link = /http\S+/.exec(lastMailTo(browsing.mailbox, "deelnemer@demo.inzet.nl").text)![0];
    const stored = await database.db.query.mailMessage.findFirst({
      where: (m, { eq }) => eq(m.to, "deelnemer@demo.inzet.nl"),
    });
    expect(stored!.text).not.toContain(link);
    expect(stored!.text).toContain("[link verwijderd");
    await page.goto(link);
    await page.waitForURL(/\/wachtwoord-herstellen\?token=/);
    await page.getByLabel("Nieuw wachtwoord", { exact: true }).fill("Mijn-nieuwe-wachtwoord-1");
    await page.getByLabel("Herhaal het nieuwe wachtwoord").fill("Mijn-nieuwe-wachtwoord-1");
    await page.getByRole("button", { name: "Wachtwoord opslaan" }).click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toContain("Uw nieuwe wachtwoord is opgeslagen.");
    await expectAccessible(page, "reset password done");
  });
});
