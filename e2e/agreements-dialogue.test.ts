import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browsing, expectAccessible, h1, newPage, signIn, startBrowsing } from "./harness.ts";

let b: Browsing;
beforeAll(async () => {
  b = await startBrowsing();
});
afterAll(() => b?.close());

const sizes = [
  ["phone", { width: 390, height: 844 }],
  ["desktop", { width: 1280, height: 900 }],
] as const;

/** No i18n key (agreements.x.y) may reach the screen. */
async function expectNoRawKeys(page: Page) {
  const text = (await page.locator("main").textContent()) ?? "";
  expect(text).not.toMatch(/\b(agreements|common)\.[a-zA-Z]+\.[a-zA-Z.]+/);
}

/** The id of Noord's wijktraject, read from the staff list of trajectories (signed in). */
async function noordId(page: Page) {
  await page.goto(`${b.base}/wijkaanpak`);
  const link = page.getByRole("link", { name: "Noord", exact: true });
  await expect.poll(() => link.count(), { timeout: 30_000 }).toBe(1);
  return (await link.getAttribute("href"))!.split("/").at(-1)!;
}

describe("the wijk's dialogue in a real browser", () => {
  it("a resident without an account supports and posts on the board; a moderator publishes it", async () => {
    const resident = await newPage(b.browser);
    const moderator = await newPage(b.browser, sizes[1][1]);
    await signIn(moderator, b.base, "beleid@demo.inzet.nl");
    await expect.poll(() => moderator.getByRole("button", { name: "Uitloggen" }).count()).toBe(1);
    const id = await noordId(moderator);
    for (const [size, viewport] of sizes) {
      await resident.setViewportSize(viewport);
      await resident.goto(`${b.base}/wijken/${id}`);
      await expect.poll(() => h1(resident)).toBe("Ideeënbord Noord");
      await expectNoRawKeys(resident);
      await expectAccessible(resident, `public board (${size})`);
      // Nobody's name is on the public board.
      expect(await resident.locator("main").textContent()).not.toContain("Mohamed");

      // One browser supports an idea once: a different idea at each size.
      const idea = size === "phone" ? "Koffieochtend voor ouderen" : "Een bankje bij de bushalte";
      await resident.getByRole("button", { name: `Ik steun dit ${idea}` }).click();
      await expect.poll(() => resident.getByText("Bedankt voor uw steun.").count()).toBe(1);

      // Posting by keyboard: an empty title is refused in Dutch, then the post waits for moderation.
      const title = `Speeltuin opknappen (${size})`;
      const form = resident.getByRole("form", { name: "Zelf iets delen" });
      await form.getByRole("button", { name: "Delen" }).press("Enter");
      await expect.poll(() => form.locator(".utrecht-form-field-error-message").count()).toBeGreaterThan(0);
      await form.getByLabel("Waar gaat het over? (kort)").fill(title);
      await form.getByLabel("Waar gaat het over? (kort)").press("Enter");
      await expect
        .poll(() => resident.getByText("Bedankt! Een medewerker leest uw bericht.", { exact: false }).count())
        .toBeGreaterThan(0);
      expect(await resident.getByRole("heading", { name: title }).count()).toBe(0);
      await expectAccessible(resident, `public board after posting (${size})`);

      await moderator.goto(`${b.base}/wijkaanpak/${id}/ideeen`);
      await expect.poll(() => h1(moderator)).toBe("Ideeën en behoeften");
      const publish = moderator.getByRole("button", { name: `Tonen ${title}` });
      await expect.poll(() => publish.count()).toBe(1);
      await expectAccessible(moderator, `moderation queue (${size})`);
      await publish.click();
      await expect.poll(() => moderator.getByText(`‘${title}’ staat nu op het bord.`).count()).toBe(1);

      await resident.reload();
      await expect.poll(() => resident.getByRole("heading", { name: title }).count()).toBe(1);
    }
  }, 300_000);

  it("the mind map is built with the keyboard alone in its list view", async () => {
    const page = await newPage(b.browser);
    await signIn(page, b.base, "beleid@demo.inzet.nl");
    await expect.poll(() => page.getByRole("button", { name: "Uitloggen" }).count()).toBe(1);
    const id = await noordId(page);
    for (const [size, viewport] of sizes) {
      await page.setViewportSize(viewport);
      await page.goto(`${b.base}/wijkaanpak/${id}/mindmap`);
      await expect.poll(() => h1(page)).toBe("Mindmap en trechter");
      await expectNoRawKeys(page);
      await expectAccessible(page, `mind map (${size})`);

      const need = `Veilig oversteken (${size})`;
      const needForm = page.getByRole("form", { name: "Een behoefte toevoegen" });
      await needForm.getByLabel("Titel").focus();
      await page.keyboard.type(need);
      await page.keyboard.press("Enter");
      await expect.poll(() => page.getByText(`‘${need}’ is toegevoegd.`).count()).toBe(1);

      // Select the new need with the keyboard and put a solution under it.
      const needButton = page.getByRole("button", { name: `Behoefte ${need}` });
      await needButton.focus();
      await page.keyboard.press("Enter");
      await expect.poll(() => needButton.getAttribute("aria-pressed")).toBe("true");
      const solution = `Zebrapad bij de school (${size})`;
      const solutionForm = page.getByRole("form", { name: "Een oplossing toevoegen onder deze behoefte" });
      await solutionForm.getByLabel("Titel").focus();
      await page.keyboard.type(solution);
      await page.keyboard.press("Enter");
      await expect.poll(() => page.getByText(`‘${solution}’ is toegevoegd.`).count()).toBe(1);
      // The solution sits in the need's own list, with its funnel stage.
      const item = page.locator("li", { has: needButton }).first();
      await expect.poll(() => item.getByRole("button", { name: `Oplossing ${solution}` }).count()).toBe(1);
      await expectNoRawKeys(page);
      await expectAccessible(page, `mind map with a new branch (${size})`);
    }
  }, 300_000);

  it("the mind map is rearranged with the mouse in its drawing and exports as PDF and PNG", async () => {
    const page = await newPage(b.browser);
    await signIn(page, b.base, "beleid@demo.inzet.nl");
    await expect.poll(() => page.getByRole("button", { name: "Uitloggen" }).count()).toBe(1);
    const id = await noordId(page);
    await page.goto(`${b.base}/wijkaanpak/${id}/mindmap`);
    await expect.poll(() => h1(page)).toBe("Mindmap en trechter");
    const needForm = page.getByRole("form", { name: "Een behoefte toevoegen" });
    for (const need of ["Speelplek voor kinderen", "Ontmoeten in de buurt"]) {
      await needForm.getByLabel("Titel").fill(need);
      await needForm.getByRole("button").click();
      await expect.poll(() => page.getByText(`‘${need}’ is toegevoegd.`).count()).toBe(1);
    }
    const box = (title: string) => page.locator("g[data-node]", { hasText: title });
    // A click on a box in the drawing opens it, as the list does.
    await box("Speelplek voor kinderen").click();
    const solutionForm = page.getByRole("form", { name: "Een oplossing toevoegen onder deze behoefte" });
    await solutionForm.getByLabel("Titel").fill("Speeltuin opknappen met bewoners");
    await solutionForm.getByRole("button").click();
    await expect.poll(() => box("Speeltuin opknappen met bewoners").count()).toBe(1);

    // Drag the solution onto the other need: it moves there, in the drawing and in the list.
    await page.getByRole("region", { name: "Tekening van de mindmap" }).scrollIntoViewIfNeeded();
    const from = (await box("Speeltuin opknappen met bewoners").boundingBox())!;
    const to = (await box("Ontmoeten in de buurt").boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 8 });
    await page.mouse.up();
    await expect
      .poll(() =>
        page.getByText("‘Speeltuin opknappen met bewoners’ staat nu onder ‘Ontmoeten in de buurt’.").count(),
      )
      .toBe(1);
    const need = page.getByRole("button", { name: "Behoefte Ontmoeten in de buurt" });
    const item = page.locator("li", { has: need }).first();
    await expect
      .poll(() => item.getByRole("button", { name: "Oplossing Speeltuin opknappen met bewoners" }).count())
      .toBe(1);
    await expectAccessible(page, "mind map drawing");

    // The PNG is drawn by the browser from the SVG at twice its size; the PDF comes from the server.
    const [png] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Mindmap downloaden (PNG)" }).click(),
    ]);
    const pngBytes = await readFile((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(pngBytes.readUInt32BE(16)).toBe(2 * 980); // IHDR width
    const [pdf] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Mindmap downloaden (PDF)" }).click(),
    ]);
    expect(pdf.suggestedFilename()).toBe("mindmap.pdf");
    const text = execFileSync("pdftotext", [(await pdf.path())!, "-"], { encoding: "utf8" });
    expect(text).toContain("Speeltuin opknappen met bewoners");
  }, 120_000);
});
