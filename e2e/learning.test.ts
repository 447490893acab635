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
/** The council member's page: signed in with two-factor once (a second sign-in would need the code). */
let councilPage: Page;
beforeAll(async () => {
  b = await startBrowsing();
});
afterAll(() => b?.close());

describe("learning in a real browser", () => {
  it("lets the client council set up research with three channels, add a participant and see the findings", async () => {
    const page = await newPage(b.browser, { width: 390, height: 844 });
    councilPage = page;
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

  it("lets the council sign off and publish a report, beleid respond, and the council see the response", async () => {
    const council = councilPage;
    await council.goto(`${b.base}/rapporten`);
    await expect.poll(() => h1(council)).toBe("Rapporten van de cliëntenraad");
    await council
      .getByLabel("Onderzoek", { exact: true })
      .selectOption({ label: "Ervaringen met vrijwilligerswerk in de bijstand" });
    await council.getByLabel("Titel").fill("Wat deelnemers ons vertelden");
    await council.getByLabel("Wat liet het onderzoek zien?").fill("De regels zijn niet duidelijk.");
    await council.getByLabel("Aanbeveling 1", { exact: true }).fill("Leg de regels uit in gewone taal.");
    await council.getByLabel("Aanbeveling 2", { exact: true }).fill("Vraag elk jaar hoe het gaat.");
    await council.getByRole("button", { name: "Rapport opslaan" }).click();
    await expect.poll(() => h1(council)).toBe("Wat deelnemers ons vertelden");
    await expectAccessible(council, "report draft");
    await council.getByRole("button", { name: "Rapport aftekenen" }).click();
    await expect.poll(() => council.getByText(/Afgetekend door/).count()).toBe(1);
    // After sign-off the text is locked: no edit form any more.
    await expect.poll(() => council.getByRole("button", { name: "Rapport opslaan" }).count()).toBe(0);
    await council.getByRole("button", { name: "Publiceren" }).click();
    await expect.poll(() => council.getByText(/^Gepubliceerd/).count()).toBeGreaterThan(0);
    await expectAccessible(council, "published report");

    const policy = await newPage(b.browser, { width: 390, height: 844 });
    await signIn(policy, b.base, "beleid@demo.inzet.nl");
    // Signed in: on a phone the sign-out button sits behind the menu button.
    await expect.poll(() => policy.getByRole("button", { name: "Menu" }).count()).toBe(1);
    await policy.goto(`${b.base}/rapporten`);
    await policy.getByRole("link", { name: "Wat deelnemers ons vertelden" }).click();
    await expect.poll(() => h1(policy)).toBe("Wat deelnemers ons vertelden");
    await policy.getByRole("button", { name: "Reageren: Leg de regels uit in gewone taal." }).click();
    await policy.getByRole("button", { name: "Reactie opslaan" }).click();
    await expect.poll(() => policy.getByRole("alert").count()).toBeGreaterThan(0);
    await expectAccessible(policy, "response form with errors");
    await policy.getByLabel("Deels overnemen").check();
    await policy.getByLabel("Waarom?").fill("Eerst in twee wijken, dan overal.");
    await policy.getByLabel("Terugkoppeling op").fill("2027-06-01");
    await policy.getByRole("button", { name: "Reactie opslaan" }).click();
    await expect.poll(() => policy.getByText(/Eerst in twee wijken/).count()).toBeGreaterThan(0);
    await expectAccessible(policy, "report with a response");

    await council.reload();
    await expect.poll(() => council.getByText(/Deels overnemen/).count()).toBeGreaterThan(0);
    await expect.poll(() => council.getByText(/Eerst in twee wijken/).count()).toBeGreaterThan(0);
  });
});
