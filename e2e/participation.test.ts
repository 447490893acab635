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

let b: Browsing;
beforeAll(async () => {
  b = await startBrowsing();
});
afterAll(() => b?.close());

const sizes = [
  ["phone", { width: 390, height: 844 }],
  ["desktop", { width: 1280, height: 900 }],
] as const;

/** No i18n key (participation.x.y) may reach the screen. */
async function expectNoRawKeys(page: Page) {
  const text = (await page.locator("main").textContent()) ?? "";
  expect(text).not.toMatch(/\b(participation|common)\.[a-zA-Z]+\.[a-zA-Z.]+/);
}

const rows = (page: Page, name: string) => page.getByRole("table", { name }).getByRole("row").count();

describe("participation in a real browser", () => {
  it("the klantmanager searches the caseload, opens a client and is told what is missing", async () => {
    const page = await newPage(b.browser);
    await signInWithTwoFactor(page, b.base, "klantmanager@demo.inzet.nl");
    for (const [size, viewport] of sizes) {
      await page.setViewportSize(viewport);
      await page.goto(`${b.base}/participatie`);
      await expect.poll(() => h1(page)).toBe("Mijn klanten");
      await expect.poll(() => rows(page, "Klanten")).toBe(5);
      // The worklist names the client without an activity for 8 weeks.
      await expect
        .poll(() =>
          page
            .getByRole("region", { name: /Werklijst/ })
            .getByRole("listitem")
            .count(),
        )
        .toBe(1);
      await expectNoRawKeys(page);
      await expectAccessible(page, `caseload (${size})`);

      // The search is in the URL, so a reload or a shared link shows the same list.
      await page.getByLabel("Zoek op naam of klantnummer").fill("Visser");
      await page.getByRole("button", { name: "Zoeken" }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get("zoek")).toBe("Visser");
      await expect.poll(() => rows(page, "Klanten")).toBe(2);
      await page.reload();
      await expect.poll(() => rows(page, "Klanten")).toBe(2);
      await expect.poll(() => page.getByLabel("Zoek op naam of klantnummer").inputValue()).toBe("Visser");

      // Adding a client without anything: field messages in Dutch.
      await page.getByRole("button", { name: "Klant toevoegen" }).click();
      await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("klantnummer");
      await expectAccessible(page, `caseload, add client with errors (${size})`);

      await page.goto(`${b.base}/participatie`);
      await page.getByRole("link", { name: "Fatima El Amrani" }).first().click();
      await expect.poll(() => h1(page)).toContain("Fatima El Amrani");
      await expect.poll(() => page.getByText("Pakketten inpakken", { exact: false }).count()).toBe(1);
      await expectNoRawKeys(page);
      await expectAccessible(page, `client with an active agreement (${size})`);
      await page.getByRole("button", { name: "Opslaan", exact: true }).click();
      await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("activiteit");
      await expectAccessible(page, `client, new agreement with errors (${size})`);

      await page.goto(`${b.base}/participatie/rapport`);
      await expect.poll(() => h1(page)).toBe("Rapport participatie");
      await expectNoRawKeys(page);
      await expectAccessible(page, `participation report (${size})`);
    }
  });

  it("the participant sees their own proposal and is told what is missing in a new one", async () => {
    const page = await newPage(b.browser);
    await signIn(page, b.base, "deelnemer@demo.inzet.nl");
    await expect.poll(() => page.getByRole("button", { name: "Uitloggen" }).count()).toBe(1);
    for (const [size, viewport] of sizes) {
      await page.setViewportSize(viewport);
      await page.goto(`${b.base}/mijn-participatie`);
      await expect.poll(() => h1(page)).toBe("Mijn participatie");
      await expect.poll(() => page.getByText("Boodschappen doen voor mijn buurvrouw").count()).toBe(1);
      await expect.poll(() => page.getByText("Hoogstens 20 uur per week.", { exact: false }).count()).toBe(1);
      await expectNoRawKeys(page);
      await expectAccessible(page, `my participation (${size})`);
      await page.getByRole("button", { name: "Opslaan", exact: true }).click();
      await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("activiteit");
      await expectAccessible(page, `my participation, proposal with errors (${size})`);
    }
  });
});
