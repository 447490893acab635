import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityCheckedPages, accessibilityViewports } from "../shared/accessibility.ts";
import { type Browsing, expectAccessible, h1, newPage, signIn, startBrowsing } from "./harness.ts";

// The toegankelijkheidsverklaring lists shared/accessibility.ts; this test walks exactly that list, at
// exactly those sizes, so the statement never claims a page that is not checked here.
const slow = { timeout: 20_000 };

let b: Browsing;
beforeAll(async () => {
  b = await startBrowsing();
});
afterAll(() => b?.close());

async function firstVacancyPath(page: Page) {
  await page.goto(`${b.base}/vacatures`);
  const link = page.locator("main .inzet-card a").first();
  await link.waitFor(slow);
  return (await link.getAttribute("href"))!;
}

const activeIsBody = (page: Page) => page.evaluate(() => document.activeElement === document.body);

/** The menu (or on a phone the Menu button) is reached within five presses of Tab from the top. */
async function expectMenuWithinTabs(page: Page, phone: boolean) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.evaluate(() => window.scrollTo(0, 0));
  const reached: string[] = [];
  for (let press = 0; press < 5; press++) {
    await page.keyboard.press("Tab");
    reached.push(
      await page.evaluate(() => {
        const el = document.activeElement!;
        if (el.closest("nav")) return "nav";
        return el.textContent?.trim() ?? "";
      }),
    );
    if (reached.includes("nav") || (phone && reached.includes("Menu"))) break;
  }
  expect(reached[0], "the skip link comes first").toBe("Direct naar de inhoud");
  expect(
    reached.includes("nav") || (phone && reached.includes("Menu")),
    `menu within 5 Tabs: ${reached}`,
  ).toBe(true);
}

describe("the pages the accessibility statement lists", () => {
  for (const viewport of accessibilityViewports) {
    it(`pass axe and the keyboard checks at ${viewport.width} × ${viewport.height}`, async () => {
      const phone = viewport.width < 768;
      const publicPage = await newPage(b.browser, viewport);
      const signedIn = await newPage(b.browser, viewport);
      await signIn(signedIn, b.base, "vrijwilliger@demo.inzet.nl");
      await expect.poll(() => h1(signedIn), slow).toBe("Welkom, Kees");
      const vacancy = await firstVacancyPath(publicPage);
      for (const checked of accessibilityCheckedPages) {
        const page = checked.as ? signedIn : publicPage;
        await page.goto(b.base + checked.path.replace("/vacatures/:vacancy", vacancy));
        await page.waitForLoadState("networkidle");
        await expect.poll(() => page.getByRole("heading", { level: 1 }).count(), slow).toBe(1);
        await expectAccessible(page, `${checked.path} (${viewport.name})`);
        // The statement's own link in the footer, on every page.
        expect(
          await page.getByRole("contentinfo").getByRole("link", { name: "Toegankelijkheid" }).count(),
        ).toBe(1);
        // A visitor's pages have no menu; a signed-in user's do.
        if (checked.as) await expectMenuWithinTabs(page, phone);
      }
    });
  }

  it("moves focus to the content after following a link, never to <body>", async () => {
    const page = await newPage(b.browser);
    await page.goto(`${b.base}/vacatures`);
    await page.locator("main .inzet-card a").first().waitFor(slow);
    await page.locator("main .inzet-card a").first().click();
    await expect.poll(() => page.locator("main dl").count(), slow).toBeGreaterThan(0);
    expect(await activeIsBody(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");

    await page.getByRole("contentinfo").getByRole("link", { name: "Toegankelijkheid" }).click();
    await expect.poll(() => h1(page)).toBe("Toegankelijkheidsverklaring");
    expect(await activeIsBody(page)).toBe(false);
  });

  it("states what is checked: WCAG 2.2 AA, the date, every page of the list, the gaps and a contact", async () => {
    const page = await newPage(b.browser);
    await page.goto(`${b.base}/toegankelijkheid`);
    await expect.poll(() => h1(page)).toBe("Toegankelijkheidsverklaring");
    const text = (await page.locator("main").textContent())!;
    expect(text).toContain("WCAG 2.2 niveau AA");
    expect(text).toContain("EN 301 549");
    expect(text).toContain("2 december 2026");
    const rows = page
      .locator("main table")
      .filter({ has: page.locator("caption", { hasText: "Getoetste pagina's" }) })
      .locator("tbody tr");
    expect(await rows.count()).toBe(accessibilityCheckedPages.length);
    for (const checked of accessibilityCheckedPages) expect(text).toContain(checked.nl);
    expect(text).toContain("1280 × 900");
    expect(text).toContain("390 × 844");
    for (const heading of ["Wat nog niet goed is of niet getoetst", "Contact"])
      expect(await page.locator("main h2").filter({ hasText: heading }).count()).toBe(1);
  });
});
