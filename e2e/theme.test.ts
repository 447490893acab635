import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Browsing,
  expectAccessible,
  h1,
  newPage,
  signInWithTwoFactor,
  startBrowsing,
} from "./harness.ts";

// The open default theme (Voorbeeld + web/ui/theme.css) and a werkgebied's own token set (docs/theming.md).
const slow = { timeout: 20_000 };

let b: Browsing;
beforeAll(async () => {
  b = await startBrowsing();
});
afterAll(() => b?.close());

describe("the theme in a real browser", () => {
  it("puts the Voorbeeld class on the root and Noto Sans (never a browser serif) on every part", async () => {
    const page = await newPage(b.browser);
    await page.goto(`${b.base}/vacatures`);
    await page.locator("main .inzet-card a").first().waitFor(slow);
    await page.locator("main .inzet-card a").first().click();
    await expect.poll(() => page.locator("main dl").count(), slow).toBeGreaterThan(0);
    await page.evaluate(() => document.fonts.ready);
    const fonts = await page.evaluate(() => {
      const family = (selector: string) => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element).fontFamily : null;
      };
      return {
        root: document.documentElement.className,
        loaded: document.fonts.check('16px "Noto Sans Variable"'),
        header: family("header"),
        nav: family("header a"),
        body: family("body"),
        h1: family("main h1"),
        dl: family("main dl"),
        footer: family("footer"),
      };
    });
    expect(fonts.root).toContain("voorbeeld-theme");
    expect(fonts.loaded).toBe(true);
    for (const part of ["header", "nav", "body", "h1", "dl", "footer"] as const)
      expect(fonts[part], part).toMatch(/^"Noto Sans Variable"/);
  });

  it("lets the beheerder preview and save a theme of their own, which every page then uses", async () => {
    const page = await newPage(b.browser);
    await signInWithTwoFactor(page, b.base, "beheerder@demo.inzet.nl");
    await page.goto(`${b.base}/beheer/instellingen`);
    await expect.poll(() => h1(page), slow).toBe("Instellingen van het werkgebied");
    const source = page.getByLabel("Inhoud van het thema");

    await source.fill(":root { --basis-a: url(https://evil.example/x.png); }");
    await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("url(…)) is niet toegestaan");
    expect(await page.getByTestId("theme-preview").count()).toBe(0);

    await source.fill(
      ".gemeente-theme {\n  --gemeente-groen: #00563b;\n  --basis-color-action-1-inverse-bg-default: var(--gemeente-groen);\n  --utrecht-button-primary-action-background-color: var(--gemeente-groen);\n  --inzet-primary-color: #00563b;\n}",
    );
    await page.getByRole("button", { name: "Voorbeeld bekijken" }).click();
    const preview = page.getByTestId("theme-preview");
    await expect.poll(() => preview.count()).toBe(1);
    expect(await page.getByText("3 tokens worden gebruikt.").count()).toBe(1);
    const previewButton = preview.getByRole("button", { name: "Hoofdknop" });
    expect(await previewButton.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(0, 86, 59)");
    await expectAccessible(page, "settings with theme preview");
    await page.screenshot({ path: ".tmp/theme-preview.png", fullPage: true });

    await page.getByRole("button", { name: "Thema opslaan" }).click();
    await expect.poll(() => page.getByText("Het thema is opgeslagen.", { exact: false }).count()).toBe(1);
    await page.goto(`${b.base}/vacatures`);
    await page.locator("main .inzet-card a").first().waitFor(slow);
    await expect
      .poll(
        () => page.evaluate(() => getComputedStyle(document.querySelector("header")!).backgroundColor),
        slow,
      )
      .toBe("rgb(0, 86, 59)");

    // Back to the default theme.
    await page.goto(`${b.base}/beheer/instellingen`);
    await page.getByLabel("Inhoud van het thema").fill("");
    await page.getByRole("button", { name: "Thema opslaan" }).click();
    await expect
      .poll(() => page.getByText("Het eigen thema is verwijderd", { exact: false }).count())
      .toBe(1);
  });
});
