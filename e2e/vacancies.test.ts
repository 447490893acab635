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
/** The coordinator's signed-in page (two-factor enrolment happens once per account). */
let coordinator: Page;
beforeAll(async () => {
  b = await startBrowsing();
});
afterAll(() => b?.close());

describe("vacancies in a real browser", () => {
  it("lets a coordinator post a vacancy, with field errors first", async () => {
    const page = await newPage(b.browser);
    await signInWithTwoFactor(page, b.base, "coordinator@demo.inzet.nl");
    coordinator = page;
    await page.goto(`${b.base}/vacaturebeheer`);
    await expect.poll(() => h1(page)).toBe("Vacaturebeheer");
    await expect
      .poll(() => page.getByRole("link", { name: "Maatje voor een oudere in Noord" }).count())
      .toBe(1);
    await expectAccessible(page, "vacancy management");
    await page.getByRole("link", { name: "Vacature plaatsen" }).click();
    await expect.poll(() => h1(page)).toBe("Vacature plaatsen");
    await page.getByRole("button", { name: "Vacature opslaan" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Vul een titel in");
    await expectAccessible(page, "vacancy form with errors");

    await page.getByLabel("Titel").fill("Fietsenmaker bij de repair café");
    await page
      .getByLabel("Beschrijving")
      .fill("Samen met bewoners kapotte fietsen maken, elke eerste zaterdag van de maand.");
    await page.getByRole("radio", { name: "Op afstand of thuis" }).check();
    await page.getByRole("radio", { name: "Flexibel, in overleg" }).check();
    await page.getByLabel("Aantal plekken").fill("2");
    await page.getByLabel("Status").selectOption({ label: "Gepubliceerd" });
    await page.getByRole("button", { name: "Vacature opslaan" }).click();
    await expect.poll(() => h1(page)).toBe("Fietsenmaker bij de repair café");

    // Ranked, explained candidates for a published vacancy; invite the best one.
    await page.goto(`${b.base}/vacaturebeheer`);
    await page.getByRole("link", { name: "Maatje voor een oudere in Noord" }).click();
    const candidates = page.getByRole("table", { name: "Kandidaten, beste eerst" });
    await expect.poll(() => candidates.getByRole("row").count()).toBeGreaterThan(1);
    await expect
      .poll(() => candidates.getByText(/Vaardigheden \d+ · Drijfveren \d+/).count())
      .toBeGreaterThan(0);
    await expectAccessible(page, "vacancy with candidates");
    const first = (await candidates.getByRole("row").nth(1).getByRole("cell").first().textContent())!;
    await candidates.getByRole("button", { name: `Uitnodigen ${first}` }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain(`${first} is uitgenodigd`);
    const pipeline = page.getByRole("table", { name: "Reacties, uitnodigingen en plaatsingen" });
    await expect
      .poll(() => pipeline.getByRole("row", { name: new RegExp(`${first}.*Uitgenodigd`) }).count())
      .toBe(1);
    await expectAccessible(page, "vacancy with an invitation");

    // Batch: an exact proposal over all open places, reviewed and sent.
    await page.goto(`${b.base}/vacaturebeheer/verdelen`);
    await page.getByRole("button", { name: "Voorstel maken" }).click();
    await expect.poll(() => page.getByRole("table", { name: "Voorstel" }).count()).toBe(1);
    await expectAccessible(page, "batch proposal");
    await page.getByRole("button", { name: "Uitnodigingen versturen" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toMatch(/\d+ uitnodigingen verstuurd/);
  });

  it("lets a resident find a vacancy with a typo on a phone and react without an account", async () => {
    const page = await newPage(b.browser, { width: 375, height: 740 });
    await page.goto(`${b.base}/vacatures`);
    await expect.poll(() => h1(page)).toBe("Vrijwilligerswerk zoeken");
    const description = () =>
      page.evaluate(() => document.querySelector('meta[name="description"]')?.getAttribute("content"));
    await expect.poll(() => page.title()).toBe("Vrijwilligerswerk zoeken – Inzet");
    await expect.poll(description).toMatch(/^Vrijwilligerswerk bij u in de buurt/);
    await expectAccessible(page, "vacancy search (phone)");
    // Near a postcode: an unknown one gets a message at the field; a known one finds the buurtmaaltijd.
    await page.getByLabel("In de buurt van postcode").fill("1234 ZZ");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await expect
      .poll(() => page.getByText("Deze postcode kennen we niet in dit werkgebied", { exact: false }).count())
      .toBeGreaterThan(0);
    await expectAccessible(page, "vacancy search with an unknown postcode (phone)");
    await page.getByLabel("In de buurt van postcode").fill("9900 AA");
    await page.getByLabel("Hoe ver mag het zijn?").selectOption({ label: "Binnen 1 km" });
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.waitForURL(/postcode=9900/);
    await expect.poll(() => page.getByRole("link", { name: "Kok voor de buurtmaaltijd" }).count()).toBe(1);
    await page.getByLabel("In de buurt van postcode").fill("");
    await page.getByLabel("Zoekwoord").fill("administartie");
    await page.getByRole("button", { name: "Zoeken" }).click();
    await page.waitForURL(/q=administartie/);
    await expect.poll(() => page.getByText("1 vacature gevonden").count()).toBe(1);
    await page.getByRole("link", { name: "Hulp bij de thuisadministratie" }).click();
    await expect.poll(() => h1(page)).toBe("Hulp bij de thuisadministratie");
    await expect.poll(() => page.title()).toMatch(/^Hulp bij de thuisadministratie – /);
    await expect.poll(description).not.toMatch(/^Vrijwilligerswerk bij u in de buurt/);
    await expect.poll(() => page.getByRole("button", { name: "Reactie versturen" }).count()).toBe(1);
    await expectAccessible(page, "vacancy detail (phone)");

    await page.getByRole("button", { name: "Reactie versturen" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Geef toestemming");
    await page.getByLabel("Voornaam").fill("Mila");
    await page.getByLabel("Achternaam").fill("Reageert");
    await page.getByLabel("E-mailadres").fill("mila.reageert@voorbeeld.nl");
    await page.getByLabel("Hoe hoorde u van ons?").selectOption({ label: "Website" });
    await page.getByLabel(/Ik geef toestemming/).check();
    await page.getByRole("button", { name: "Reactie versturen" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("mila.reageert@voorbeeld.nl");
    await expectAccessible(page, "reaction sent");
  });

  it("lets the volunteer log hours and the coordinator approve them and pay within the limits", async () => {
    const phone = await newPage(b.browser, { width: 375, height: 740 });
    await signIn(phone, b.base, "vrijwilliger@demo.inzet.nl");
    await expect.poll(() => h1(phone)).toBe("Welkom, Kees");
    await phone.goto(`${b.base}/mijn-profiel`);
    // The profile loads several sections; a busy CI machine needs more than the default 5 s.
    await expect
      .poll(() => phone.getByRole("heading", { name: "Mijn uren" }).count(), { timeout: 20_000 })
      .toBe(1);
    await expect
      .poll(() => phone.getByRole("heading", { name: "Vrijwilligerswerk dat bij u past" }).count(), {
        timeout: 20_000,
      })
      .toBe(1);
    await phone.getByLabel("Uren", { exact: true }).fill("-1");
    await phone.getByRole("button", { name: "Uren opslaan" }).click();
    await expect.poll(() => phone.getByRole("alert").textContent()).toContain("Vul meer dan 0 uur in.");
    await phone.getByLabel("Uren", { exact: true }).fill("3");
    await phone.getByRole("button", { name: "Uren opslaan" }).click();
    await expect.poll(() => phone.getByText("Uw uren zijn opgeslagen.").count()).toBe(1);
    await phone.getByRole("button", { name: "Agendalink maken" }).click();
    await expect.poll(() => phone.getByText(/\/api\/public\/calendar\/.+\.ics/).count()).toBe(1);
    await expectAccessible(phone, "own hours and calendar link (phone)");

    // Kees reacts to the buurtmaaltijd while signed in; the coordinator places him.
    await phone.goto(`${b.base}/vacatures?q=buurtmaaltijd`);
    await phone.getByRole("link", { name: "Kok voor de buurtmaaltijd" }).click();
    await expect.poll(() => h1(phone)).toBe("Kok voor de buurtmaaltijd");
    await phone.getByRole("button", { name: "Reactie versturen" }).click();
    await expect.poll(() => phone.getByText("Uw reactie is verstuurd.", { exact: false }).count()).toBe(1);
    const page = coordinator;
    await page.goto(`${b.base}/vacaturebeheer`);
    await page.getByRole("link", { name: "Kok voor de buurtmaaltijd" }).click();
    const placements = page.getByRole("table", { name: "Reacties, uitnodigingen en plaatsingen" });
    await placements.getByRole("button", { name: "Plaatsen Kees van Dijk" }).click();
    await expect
      .poll(() => placements.getByRole("row", { name: /Kees van Dijk.*Geplaatst/ }).count())
      .toBe(1);
    await expectAccessible(page, "volunteer placed");

    await page.goto(`${b.base}/vacaturebeheer`);
    await page.getByRole("link", { name: "Maatje voor een oudere in Noord" }).click();
    const hours = page.getByRole("table", { name: "Geschreven uren" });
    await expect.poll(() => hours.getByRole("button", { name: /^Goedkeuren/ }).count()).toBe(2);
    await hours
      .getByRole("button", { name: /^Goedkeuren/ })
      .first()
      .click();
    await expect.poll(() => hours.getByRole("button", { name: /^Goedkeuren/ }).count()).toBe(1);

    await page.getByLabel("Vrijwilliger", { exact: true }).selectOption({ label: "Kees van Dijk" });
    await page.getByLabel("Bedrag in euro").fill("300");
    await page.getByRole("button", { name: "Vergoeding vastleggen" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("boven de maandgrens");
    await expectAccessible(page, "allowance warning");
    await page.getByLabel("Bedrag in euro").fill("100");
    await page.getByRole("button", { name: "Vergoeding vastleggen" }).click();
    await expect.poll(() => page.getByText("De vergoeding is vastgelegd.").count()).toBe(1);

    await page.goto(`${b.base}/vacaturebeheer/uren`);
    await expect.poll(() => page.getByRole("table", { name: "Goedgekeurde uren per Maand" }).count()).toBe(1);
    await expectAccessible(page, "hours report");
  });
});
