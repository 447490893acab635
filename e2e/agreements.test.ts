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

/** No i18n key (agreements.x.y) may reach the screen. */
async function expectNoRawKeys(page: Page) {
  const text = (await page.locator("main").textContent()) ?? "";
  expect(text).not.toMatch(/\b(agreements|common)\.[a-zA-Z]+\.[a-zA-Z.]+/);
}

/**
 * On the monitoring page, enter this month's counted visitors by keyboard (a bad value first), and see
 * the entry in the history with who made it and, once entered twice, the earlier one marked replaced.
 */
async function enterCountedVisitors(page: Page, value: number) {
  const form = page.getByRole("form", { name: "Waarde invullen" });
  await form.getByLabel("Waarde", { exact: true }).fill("-3");
  await form.getByRole("button", { name: "Waarde opslaan" }).press("Enter");
  await expect.poll(() => page.getByText("Niet negatief.").count()).toBeGreaterThan(0);
  await form.getByLabel("Waarde", { exact: true }).fill(String(value));
  await form.getByLabel("Toelichting (niet verplicht)").fill("Geteld bij de deur");
  await form.getByRole("button", { name: "Waarde opslaan" }).press("Enter");
  await expect
    .poll(() => page.getByText(/De waarde voor Bezoekers \(geteld\) in \d{4}-\d{2} is opgeslagen/).count())
    .toBe(1);
  const history = page.getByRole("table", { name: "Ingevulde waarden, nieuwste eerst" });
  await expect.poll(() => history.getByRole("row").nth(1).textContent()).toContain(String(value));
  expect(await history.getByRole("row").nth(1).textContent()).toContain("Mohamed El Amrani");
}

const sizes = [
  ["phone", { width: 390, height: 844 }],
  ["desktop", { width: 1280, height: 900 }],
] as const;

describe("wijkaanpak in a real browser", () => {
  it("the policy officer opens the wijk, its agreement and the monitoring against target", async () => {
    const page = await newPage(b.browser);
    // The policy officer signs in without a second step (it is required for roles that see people).
    await signIn(page, b.base, "beleid@demo.inzet.nl");
    await expect.poll(() => page.getByRole("button", { name: "Uitloggen" }).count()).toBe(1);
    for (const [size, viewport] of sizes) {
      await page.setViewportSize(viewport);
      await page.goto(`${b.base}/wijkaanpak`);
      await expect.poll(() => h1(page)).toBe("Wijkaanpak");
      await expectNoRawKeys(page);
      await expectAccessible(page, `trajectories (${size})`);
      if (size === "desktop") {
        // The council report of every wijk downloads as a PDF with the demo's agreements in it.
        const report = page.getByRole("link", { name: "PDF", exact: true });
        const answer = await page.request.get(new URL((await report.getAttribute("href"))!, b.base).href);
        expect(answer.status()).toBe(200);
        expect(answer.headers()["content-type"]).toBe("application/pdf");
      }

      await page.getByRole("link", { name: "Noord", exact: true }).click();
      await expect.poll(() => h1(page)).toContain("Noord");
      await expectNoRawKeys(page);
      await expectAccessible(page, `trajectory Noord (${size})`);

      const trajectoryId = new URL(page.url()).pathname.split("/").at(-1)!;
      await page.goto(`${b.base}/wijkaanpak/${trajectoryId}/afspraken`);
      await expect.poll(() => h1(page)).toBe("Prestatieafspraken");
      await expectNoRawKeys(page);
      await expectAccessible(page, `agreements of Noord (${size})`);

      await page.getByRole("link", { name: "Prestatieafspraken Noord 2026–2027" }).click();
      await expect.poll(() => h1(page)).toBe("Prestatieafspraken Noord 2026–2027");
      await expect.poll(() => page.getByText("Marian Visser", { exact: false }).count()).toBeGreaterThan(0);
      await expectNoRawKeys(page);
      await expectAccessible(page, `agreement (${size})`);
      const pdf = page.getByRole("link", { name: "Versie 1 als PDF downloaden" });
      const pdfResponse = await page.request.get(new URL((await pdf.getAttribute("href"))!, b.base).href);
      expect(pdfResponse.status()).toBe(200);
      expect(pdfResponse.headers()["content-type"]).toBe("application/pdf");

      await page.getByRole("link", { name: "Resultaten bekijken" }).first().click();
      await expect.poll(() => h1(page)).toBe("Resultaten: Prestatieafspraken Noord 2026–2027");
      await expect
        .poll(() =>
          page.getByRole("table", { name: "Indicatoren van Koffieochtend" }).getByRole("row").count(),
        )
        .toBe(4);
      await expectNoRawKeys(page);
      await expectAccessible(page, `monitoring (${size})`);
      await enterCountedVisitors(page, size === "phone" ? 18 : 21);
      if (size === "desktop")
        // The phone's entry for the same month stays in the history, no longer counting.
        await expect.poll(() => page.getByText("18 (vervangen)").count()).toBe(1);
      await expectNoRawKeys(page);
      await expectAccessible(page, `monitoring with a value entered (${size})`);

      await page.goto(`${b.base}/wijkaanpak/bewaking`);
      await expect.poll(() => h1(page)).toBe("Bewaking: vrijwilliger blijft vrijwilliger");
      await expectNoRawKeys(page);
      await expectAccessible(page, `guard (${size})`);
    }
    // Seven pages at two sizes, each with axe, on a shared machine.
  }, 300_000);

  it("the coordinator reads the agreement and its monitoring but cannot start a trajectory", async () => {
    const page = await newPage(b.browser, sizes[0][1]);
    await signInWithTwoFactor(page, b.base, "coordinator@demo.inzet.nl");
    await page.goto(`${b.base}/wijkaanpak`);
    await expect.poll(() => h1(page)).toBe("Wijkaanpak");
    await expect.poll(() => page.getByRole("link", { name: "Noord", exact: true }).count()).toBe(1);
    expect(await page.getByRole("heading", { name: "Een wijktraject starten" }).count()).toBe(0);
    await expectAccessible(page, "trajectories as coordinator");
  });
});
