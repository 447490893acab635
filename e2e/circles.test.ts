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
}, 300_000);
afterAll(() => b?.close());

/** The coordinator signs in once (two-step sign-in is set up then; a second set-up would fail). */
let coordinatorPage: Page | undefined;
async function asCoordinator() {
  if (!coordinatorPage) {
    coordinatorPage = await newPage(b.browser);
    await signInWithTwoFactor(coordinatorPage, b.base, "coordinator@demo.inzet.nl");
  }
  return coordinatorPage;
}

describe("circles in a real browser", () => {
  it("shows the coordinator the demo Budgetkring and lets a resident join its waitlist on a phone", async () => {
    const page = await asCoordinator();
    await page.goto(`${b.base}/kringen`);
    await expect.poll(() => h1(page)).toBe("Kringen");
    await expectAccessible(page, "circles overview");
    await page.getByRole("link", { name: "Budgetkring De Brink" }).click();
    await expect.poll(() => h1(page)).toBe("Budgetkring De Brink");
    await expect
      .poll(() => page.getByRole("table", { name: "Bijeenkomsten" }).getByRole("row").count())
      .toBe(17);
    await expectAccessible(page, "circle with sessions and participants");
    // The coordinator moves session 2 half an hour later.
    await page.getByText("Verzetten 2", { exact: true }).click();
    const move = page.getByRole("form", { name: "Bijeenkomst 2 verzetten" });
    await move.getByLabel("Begintijd").fill("19:30");
    await move.getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => page.getByText("Bijeenkomst 2 is gewijzigd.").count()).toBe(1);
    await expect.poll(() => page.getByText("19:30–21:00").count()).toBe(1);
    await expectAccessible(page, "circle after moving a session");
    const url = new URL(page.url());
    const id = url.pathname.split("/").at(-1)!;

    // A resident on a phone: the circle is full (one already waits), so the sign-up goes on the waitlist.
    const phone = await newPage(b.browser, { width: 375, height: 740 });
    await phone.goto(`${b.base}/kringen/${id}/aanmelden`);
    await expect.poll(() => h1(phone)).toBe("Budgetkring De Brink");
    await phone.getByRole("button", { name: "Op de wachtlijst" }).click();
    await expect.poll(() => phone.getByRole("alert").textContent()).toContain("Vul uw voornaam in");
    await expectAccessible(phone, "circle sign-up with errors");
    await phone.getByLabel("Voornaam").fill("Yvonne");
    await phone.getByLabel("Achternaam").fill("Ramakers");
    await phone.getByLabel("E-mailadres").fill("yvonne@example.nl");
    await phone.getByLabel("Ik vind het goed").check();
    await phone.getByRole("button", { name: "Op de wachtlijst" }).click();
    await expect.poll(() => phone.getByText("U staat op de wachtlijst, nummer 2.").count()).toBe(1);
    await expectAccessible(phone, "circle sign-up done");
  }, 300_000);

  it("walks a participant's page on a phone and a desktop: attendance, own goals and the evaluation", async () => {
    // The leader records the first session on a phone: everyone present, a few words of progress.
    const leader = await newPage(b.browser, { width: 390, height: 844 });
    await signIn(leader, b.base, "vrijwilliger@demo.inzet.nl");
    await leader.waitForURL((url) => !url.pathname.startsWith("/inloggen"));
    await leader.goto(`${b.base}/mijn-kringen`);
    await expect.poll(() => h1(leader)).toBe("Mijn kringen");
    await leader.getByRole("main").getByRole("link").first().click();
    await expect.poll(() => leader.getByLabel("Korte notitie over de bijeenkomst").count()).toBe(1);
    await leader
      .getByRole("region", { name: "Fatima El Idrissi" })
      .getByLabel("Voortgang op de eigen doelen (een paar woorden)")
      .fill("Post gesorteerd");
    await leader.getByRole("button", { name: "Opslaan" }).click();
    await expect.poll(() => leader.getByText("Verstuurd.").count()).toBe(1);

    const page = await asCoordinator();
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1280, height: 900 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto(`${b.base}/kringen`);
      await page.getByRole("link", { name: "Budgetkring De Brink" }).click();
      await expect.poll(() => h1(page)).toBe("Budgetkring De Brink");
      await page.getByRole("link", { name: "Fatima El Idrissi" }).click();
      await expect.poll(() => h1(page)).toBe("Fatima El Idrissi");
      await expect.poll(() => page.getByText("1 van de 1 keer aanwezig").count()).toBe(1);
      await expect.poll(() => page.getByText("Post gesorteerd").count()).toBe(1);
      await expectAccessible(page, `participant page at ${viewport.width}`);
    }

    // An empty goal is refused with a Dutch message; then a goal is added, reworded and reached.
    await page.getByRole("button", { name: "Doel toevoegen" }).click();
    await expect
      .poll(() => page.getByText("Beschrijf het doel in een paar woorden.").count())
      .toBeGreaterThan(0);
    await expectAccessible(page, "participant page with a goal error");
    await page.getByLabel("Doel", { exact: true }).fill("Elke week mijn post openen");
    await page.getByRole("button", { name: "Doel toevoegen" }).click();
    await expect.poll(() => page.getByText("Het doel is toegevoegd.").count()).toBe(1);
    await page.getByText("Anders verwoorden").click();
    const reword = page.getByRole("form", { name: "Anders verwoorden" });
    await reword.getByLabel("Doel").fill("Elke week de post openen en sorteren");
    await reword.getByRole("button", { name: "Doel opslaan" }).click();
    await expect.poll(() => page.getByText("Het doel is opgeslagen.").count()).toBe(1);
    await expect
      .poll(() => page.locator("strong", { hasText: "Elke week de post openen en sorteren" }).count())
      .toBe(1);
    await page
      .getByRole("listitem")
      .filter({ hasText: "Elke week de post openen en sorteren" })
      .getByRole("button")
      .first()
      .click();
    await expect.poll(() => page.getByText(/Bereikt op \d/).count()).toBe(1);
    await expectAccessible(page, "participant page with a reached goal");

    // The evaluation: a score is needed; then saved with an open answer.
    await page.getByRole("button", { name: "Evaluatie opslaan" }).click();
    await expect.poll(() => page.getByText("Kies een cijfer van 1 tot 5.").count()).toBeGreaterThan(0);
    await page.getByLabel("4", { exact: true }).check();
    await page.getByLabel("Wat wil de deelnemer nog zeggen? (mag leeg)").fill("Fijne groep.");
    await page.getByRole("button", { name: "Evaluatie opslaan" }).click();
    await expect.poll(() => page.getByText("Cijfer 4.").count()).toBe(1);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, "participant page evaluated, phone");
  }, 300_000);

  it("lets a participant write and reach their own goals on a phone", async () => {
    const page = await newPage(b.browser, { width: 390, height: 844 });
    await signIn(page, b.base, "deelnemer@demo.inzet.nl");
    await page.waitForURL((url) => !url.pathname.startsWith("/inloggen"));
    await page.getByRole("button", { name: "Menu" }).click();
    await page.getByRole("link", { name: "Mijn doelen" }).click();
    await expect.poll(() => h1(page)).toBe("Mijn doelen");
    await expect
      .poll(() => page.getByRole("heading", { name: "Budgetkring De Brink", exact: true }).count())
      .toBe(1);
    await expect.poll(() => page.getByText(/^De volgende keer: /).count()).toBe(1);
    await expectAccessible(page, "own goals, none yet");
    await page.getByRole("button", { name: "Doel opslaan" }).click();
    await expect
      .poll(() => page.getByText("Beschrijf het doel in een paar woorden.").count())
      .toBeGreaterThan(0);
    await expectAccessible(page, "own goals with an error");
    await page.getByLabel("Mijn doel").fill("Elke week de post openen");
    await page.getByRole("button", { name: "Doel opslaan" }).click();
    await expect.poll(() => page.getByText("Uw doel is opgeslagen.").count()).toBe(1);
    await page
      .getByRole("listitem")
      .filter({ hasText: "Elke week de post openen" })
      .getByRole("button")
      .first()
      .click();
    await expect.poll(() => page.getByText(/Gelukt op \d/).count()).toBe(1);
    await expectAccessible(page, "own goal reached");
  }, 300_000);

  it("shows the coordinator the figures of circles and coaching, with the period in the address and a CSV", async () => {
    const page = await asCoordinator();
    await page.goto(`${b.base}/kringen-cijfers`);
    await expect.poll(() => h1(page)).toBe("Cijfers kringen en coaching");
    const programmes = page.getByRole("table", { name: "Kringen, deelnemers en opkomst per programma" });
    await expect.poll(() => programmes.getByRole("row").count()).toBeGreaterThan(2);
    await expect
      .poll(() => page.getByRole("table", { name: /Coachingstrajecten per organisatie/ }).count())
      .toBe(1);
    await expectAccessible(page, "circle monitor");
    await page.getByLabel("Seizoen of traject begint vanaf").fill("2020-01-01");
    await page.getByLabel("tot en met").fill("2020-12-31");
    await page.getByRole("button", { name: "Cijfers tonen" }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("tot")).toBe("2020-12-31");
    await expect
      .poll(() => programmes.getByRole("cell", { name: "0", exact: true }).count())
      .toBeGreaterThan(0);
    const csv = await page.evaluate(
      async (href) => {
        const response = await fetch(href!);
        return { type: response.headers.get("content-type"), text: await response.text() };
      },
      await page.getByRole("link", { name: "Downloaden als CSV" }).getAttribute("href"),
    );
    expect(csv.type).toMatch(/^text\/csv/);
    expect(csv.text).toContain('"Programma";"Organisatie";"Kringen"');
  }, 120_000);
});
