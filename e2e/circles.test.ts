import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Browsing,
  expectAccessible,
  h1,
  newPage,
  signInWithTwoFactor,
  startBrowsing,
} from "./harness.ts";

let b: Browsing;
beforeAll(async () => {
  b = await startBrowsing();
});
afterAll(() => b?.close());

describe("circles in a real browser", () => {
  it("shows the coordinator the demo Budgetkring and lets a resident join its waitlist on a phone", async () => {
    const page = await newPage(b.browser);
    await signInWithTwoFactor(page, b.base, "coordinator@demo.inzet.nl");
    await page.goto(`${b.base}/kringen`);
    await expect.poll(() => h1(page)).toBe("Kringen");
    await expectAccessible(page, "circles overview");
    await page.getByRole("link", { name: "Budgetkring De Brink" }).click();
    await expect.poll(() => h1(page)).toBe("Budgetkring De Brink");
    await expect
      .poll(() => page.getByRole("table", { name: "Bijeenkomsten" }).getByRole("row").count())
      .toBe(17);
    await expectAccessible(page, "circle with sessions and participants");
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
  });
});
