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

describe("learning in a real browser", () => {
  it("lets the client council set up research with three channels, add a participant and see the findings", async () => {
    const page = await newPage(b.browser, { width: 390, height: 844 });
    await signInWithTwoFactor(page, b.base, "clientenraad@demo.inzet.nl");
    await page.goto(`${b.base}/leren`);
    await expect.poll(() => h1(page)).toBe("Leertrajecten");
    await expect
      .poll(() => page.getByRole("link", { name: "Vrijwilligerswerk vanuit de bijstand" }).count())
      .toBe(1);
    await expectAccessible(page, "learning trajectories");

    await page.getByRole("link", { name: "Naar het ervaringsonderzoek van de cliëntenraad" }).click();
    await expect.poll(() => h1(page)).toBe("Ervaringsonderzoek");
    await page.getByLabel("Titel").fill("Werk en inkomen 2027");
    await page.getByLabel("Ervaringsvraag").fill("Hoe ervaren mensen de regels?");
    await page.getByLabel("Wervingskanaal 1").fill("Via via");
    await page.getByLabel("Wervingskanaal 2").fill("Wijkcentrum");
    await page.getByLabel("Wervingskanaal 3").fill("Nieuwsbrief");
    await page.getByRole("button", { name: "Onderzoek opzetten" }).click();
    await expect.poll(() => page.getByRole("link", { name: "Werk en inkomen 2027" }).count()).toBe(1);
    await expectAccessible(page, "research projects");

    await page.getByRole("link", { name: "Werk en inkomen 2027" }).click();
    await expect.poll(() => h1(page)).toBe("Werk en inkomen 2027");
    const funnel = page.getByRole("table", { name: "Werving per kanaal" });
    await expect.poll(() => funnel.getByRole("row").count()).toBe(5);
    await page.getByLabel("De deelnemer geeft toestemming").check();
    await page.getByLabel("Waarvoor geeft de deelnemer toestemming?").fill("Gesprek en aantekeningen");
    await page.getByLabel("Toestemming geldt tot").fill("2027-12-31");
    await page.getByRole("button", { name: "Deelnemer toevoegen" }).click();
    const participants = page.getByRole("table", { name: "Deelnemers" });
    await expect.poll(() => participants.getByRole("cell", { name: "D-001", exact: true }).count()).toBe(1);
    await expectAccessible(page, "research project");

    // The demo project has two interviews with coded notes: the findings show the theme and the quote.
    await page.goto(`${b.base}/ervaringsonderzoek`);
    await page.getByRole("link", { name: "Ervaringen met vrijwilligerswerk in de bijstand" }).click();
    const findings = page.getByRole("table", { name: "Bevindingen per thema" });
    await expect.poll(() => findings.getByRole("cell", { name: "Regels W&I" }).count()).toBe(1);
    await expect.poll(() => findings.getByText("De regels van W&I zijn onduidelijk.").count()).toBe(1);
    await expectAccessible(page, "research project with findings");
  });

  it("refuses the workspace to a policy officer, who still reads the library", async () => {
    const page = await newPage(b.browser);
    await signIn(page, b.base, "beleid@demo.inzet.nl");
    await expect.poll(() => page.getByRole("button", { name: "Uitloggen" }).count()).toBe(1);
    await page.goto(`${b.base}/ervaringsonderzoek`);
    await expect.poll(() => page.getByRole("alert").count()).toBeGreaterThan(0);
    await page.goto(`${b.base}/leren?bron=bibliotheek`);
    await expect
      .poll(() => page.getByRole("link", { name: "Vrijwilligerswerk vanuit de bijstand" }).count())
      .toBe(1);
    await expectAccessible(page, "library");
  });
});
