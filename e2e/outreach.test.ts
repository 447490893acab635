import { sql } from "drizzle-orm";
import ICAL from "ical.js";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay } from "../shared/dates.ts";
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

/** 120 doors on three streets near the demo town, the first in RD New (X/Y), the rest in WGS84. */
function addressFile() {
  const lines = ["nummeraanduiding;straat;huisnummer;huisletter;toevoeging;postcode;woonplaats;lat;lon;x;y"];
  for (let i = 0; i < 120; i++) {
    const id = `99993000000${String(i).padStart(5, "0")}`;
    const street = ["Beukenlaan", "Eikenlaan", "Lindelaan"][Math.floor(i / 40)]!;
    const number = (i % 40) + 1;
    if (i === 0) lines.push(`${id};${street};${number};;;9901 AB;Voorbeeld;;;155000;463000`);
    else
      lines.push(
        `${id};${street};${number};;;9901 AB;Voorbeeld;${(52.16 + Math.floor(i / 40) * 0.001 + (number % 2) * 0.00012).toFixed(6)};${(5.39 + Math.floor(number / 2) * 0.0003).toFixed(6)};;`,
      );
  }
  return lines.join("\n");
}

describe("Achter de Voordeur in a real browser", () => {
  it("lets a coordinator set up a campaign, import addresses, and cut walk lists shown on a map", async () => {
    const page = await newPage(b.browser);
    await signInWithTwoFactor(page, b.base, "coordinator@demo.inzet.nl");
    coordinator = page;
    await page.goto(`${b.base}/huisbezoeken`);
    await expect.poll(() => h1(page)).toBe("Huisbezoeken (Achter de Voordeur)");
    await expect.poll(() => page.getByRole("link", { name: "Achter de Voordeur Centrum" }).count()).toBe(1);
    await expectAccessible(page, "outreach campaigns");

    // The demo campaign: 160 doors in 4 walk lists, drawn on the map even though no tiles can load here.
    await page.getByRole("link", { name: "Achter de Voordeur Centrum" }).click();
    await expect.poll(() => h1(page)).toBe("Achter de Voordeur Centrum");
    const lists = page.getByRole("table", { name: "Looplijsten" });
    await expect.poll(() => lists.getByRole("row").count()).toBe(5);
    await expect
      .poll(() => page.locator(".inzet-map path.leaflet-interactive, .inzet-map path").count())
      .toBeGreaterThan(100);
    await expect.poll(() => page.getByRole("table", { name: "Per buurt" }).count()).toBe(1);
    await expect.poll(() => page.getByRole("table", { name: "Rooster" }).getByRole("row").count()).toBe(3);
    await expectAccessible(page, "outreach campaign with walk lists and map");

    // A new campaign: field errors first.
    await page.goto(`${b.base}/huisbezoeken/nieuw`);
    await page.getByLabel("Naam van de campagne").fill("Achter de Voordeur Bomenbuurt");
    await page.getByLabel("Programma").fill("Vroegsignalering");
    await page.getByLabel("Eerste bezoekdag").fill("2027-03-01");
    await page.getByLabel("Laatste bezoekdag").fill("2027-02-01");
    await page.getByRole("button", { name: "Campagne opslaan" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("De einddatum ligt voor de startdatum");
    await expectAccessible(page, "outreach campaign form with errors");
    await page.getByLabel("Laatste bezoekdag").fill("2027-05-01");
    await page.getByLabel("Deuren per looplijst").fill("30");
    await page.getByLabel("Contact voor bewoners die geen bezoek willen").fill("Bel 14 0999 of mail ons.");
    await page.getByLabel("Wie ondertekent de brief").fill("Şükrü Ağaoğlu");
    await page
      .getByRole("group", { name: "Professionals die bereikbaar zijn" })
      .getByLabel("Peter Bakker")
      .check();
    await page.getByRole("button", { name: "Campagne opslaan" }).click();
    await expect.poll(() => h1(page)).toBe("Achter de Voordeur Bomenbuurt");

    // A file with a broken line is refused as a whole, with the line number.
    const file = addressFile();
    await page.getByLabel("Adressenbestand (CSV)").setInputFiles({
      name: "fout.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`${file}\n9999300000099999;Beukenlaan;0;;;9901 AB;Voorbeeld;52.16;5.39;;`),
    });
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Regel 122");
    await page.getByLabel("Adressenbestand (CSV)").setInputFiles({
      name: "adressen.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(file),
    });
    await expect.poll(() => page.getByText("Klaar: 120 adressen toegevoegd, 0 bijgewerkt.").count()).toBe(1);
    await expectAccessible(page, "addresses imported");

    // Do not visit one address, with a reason; then cut lists of 30: the other 119 doors in 4 lists.
    await page.getByRole("button", { name: "Niet bezoeken: Beukenlaan 2", exact: true }).click();
    await page.getByLabel("Reden").fill("Bewoner wil geen bezoek");
    await page.getByRole("button", { name: "Opslaan", exact: true }).click();
    await expect
      .poll(() => page.getByRole("button", { name: "Weer bezoeken: Beukenlaan 2", exact: true }).count())
      .toBe(1);
    // Announcement letters: one PDF for the 119 doors to visit.
    const [pdf] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Brieven maken (PDF)" }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/^brieven-\d{4}-\d{2}-\d{2}\.pdf$/);
    await expect.poll(() => page.getByText("De PDF met 119 brieven is gedownload.").count()).toBe(1);
    await expect
      .poll(() => page.getByText("119 van de 119 adressen hebben een brief gekregen.").count())
      .toBe(1);
    await page.getByRole("button", { name: "Looplijsten maken" }).click();
    await expect.poll(() => page.getByText("4 looplijsten gemaakt.").count()).toBe(1);
    const newLists = page.getByRole("table", { name: "Looplijsten" });
    const doors = await newLists
      .getByRole("row")
      .evaluateAll((rows) => rows.slice(1).map((row) => Number(row.querySelectorAll("td")[1]?.textContent)));
    expect(doors.reduce((a, c) => a + c, 0)).toBe(119);
    await page.getByRole("button", { name: "Route opnieuw berekenen voor Looplijst 1" }).click();
    await expect.poll(() => page.getByText("De route van Looplijst 1 is opnieuw berekend.").count()).toBe(1);
    await expectAccessible(page, "new campaign with walk lists");

    // A shift: one volunteer alone is refused; two first-timers need the professional along.
    const ready = (await b.database.db.execute(sql`select p.given_name || ' ' || p.family_name as name
      from volunteer v join person p on p.id = v.person_id
      where v.status = 'active' and exists (select 1 from training_record t where t.volunteer_id = v.id
        and t.training = 'gesprekstraining' and t.expires_on is null)
      and exists (select 1 from vog_record r where r.volunteer_id = v.id and r.issued_on is not null
        and r.renewal_due > '2027-06-01') order by v.sort_key limit 2`)) as unknown as {
      rows: { name: string }[];
    };
    expect(ready.rows).toHaveLength(2);
    const [first, second] = ready.rows.map((row) => row.name);
    await page.getByLabel("Looplijst", { exact: true }).selectOption({ index: 1 });
    await page.getByLabel("Datum", { exact: true }).fill("2027-03-10");
    const pick = page.getByRole("group", { name: "Vrijwilligers" });
    await pick.getByLabel(`${first} (eerste keer)`).check();
    await page.getByRole("button", { name: "Dienst opslaan" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("minstens twee mensen");
    await pick.getByLabel(`${second} (eerste keer)`).check();
    await page.getByRole("button", { name: "Dienst opslaan" }).click();
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("er moet een ervaren professional mee");
    await expectAccessible(page, "shift refused without a professional");
    await page.getByRole("group", { name: "Professional die meeloopt" }).getByLabel("Peter Bakker").check();
    await page.getByRole("button", { name: "Dienst opslaan" }).click();
    await expect.poll(() => page.getByText(/De dienst op .* is gepland/).count()).toBe(1);
    const roster = page.getByRole("table", { name: "Rooster" });
    await expect.poll(() => roster.getByRole("row").count()).toBe(2);
    const people = await roster.getByRole("row").nth(1).textContent();
    expect(people).toContain(first);
    expect(people).toContain(second);
    expect(people).toContain("Peter Bakker (professional)");
    await page.screenshot({ path: ".tmp/outreach-campaign.png", fullPage: true });
  });

  it("lets a pair record visits offline and sync them; the partner answers the referral; the follow-up lands on a later list", async () => {
    const phone = await newPage(b.browser, { width: 375, height: 740 });
    await signIn(phone, b.base, "vrijwilliger@demo.inzet.nl");
    await expect.poll(() => h1(phone)).toBe("Welkom, Kees");
    await phone.goto(`${b.base}/mijn-profiel`);
    await expect.poll(() => phone.getByRole("heading", { name: "Mijn huisbezoeken" }).count()).toBe(1);
    await expect.poll(() => phone.getByRole("button", { name: "Inchecken" }).count()).toBe(1);
    await phone.getByRole("button", { name: "Inchecken" }).click();
    await expect.poll(() => phone.getByText("U bent ingecheckt. Succes!").count()).toBe(1);
    await phone.getByRole("link", { name: "Looplijst openen" }).first().click();
    await expect.poll(() => h1(phone)).toBe("Looplijst 1");
    await expect.poll(() => phone.getByText("Verbonden.").count()).toBe(1);
    // Let the service worker take over, so the app itself is on the phone too.
    await phone.evaluate(() => navigator.serviceWorker.ready.then(() => true));
    await expectAccessible(phone, "doorstep screen (phone)");

    await phone.context().setOffline(true);
    await expect.poll(() => phone.getByText(/Geen verbinding/).count()).toBe(1);
    const doors = phone
      .getByRole("list")
      .filter({ has: phone.locator(".inzet-door") })
      .getByRole("button");
    // A conversation, with consent, a serious money signal and a note.
    await doors.nth(0).click();
    await phone.getByRole("radio", { name: "Gesprek" }).check();
    await phone.getByLabel(/De bewoner vindt het goed/).check();
    await phone
      .getByRole("group", { name: "Geld en schulden" })
      .getByRole("radio", { name: "Ernstig" })
      .check();
    await phone.getByLabel("Korte notitie").fill("Wil hulp bij de post.");
    await phone.getByLabel("Plan van aanpak maken").check();
    await phone
      .getByLabel("Wat wil het huishouden bereiken?")
      .fill("Overzicht in de post en de huur betalen");
    await phone.getByRole("group", { name: "Actie 1" }).getByLabel("Wat").fill("Samen de post sorteren");
    await phone
      .getByRole("group", { name: "Actie 1" })
      .getByLabel("Wie")
      .selectOption({ label: "Vrijwilliger" });
    // A referral to the stadsbank: without the household's consent it is refused on the phone.
    await phone.getByLabel("Doorverwijzen", { exact: true }).check();
    await phone.getByLabel("Naar welke organisatie").selectOption({ label: "Stadsbank Voorbeeld" });
    await phone.getByLabel("Waarom (kort)").fill("Achterstand met de huur, wil graag hulp");
    await phone.getByRole("radio", { name: "Urgent" }).check();
    await phone.getByLabel(/Ik ga graag mee naar de intake/).check();
    await phone.getByRole("button", { name: "Bezoek opslaan" }).click();
    await expect.poll(() => phone.getByRole("alert").textContent()).toContain("alleen met toestemming");
    await phone.getByLabel(/Het huishouden wil dat we doorverwijzen/).check();
    await expectAccessible(phone, "visit form with a referral, offline (phone)");
    await phone.getByRole("button", { name: "Bezoek opslaan" }).click();
    await expect.poll(() => phone.getByText(/wordt verstuurd zodra er verbinding is/).count()).toBe(1);
    // Not at home at the second door; without a choice first, a field error.
    await doors.nth(1).click();
    await phone.getByRole("button", { name: "Bezoek opslaan" }).click();
    await expect.poll(() => phone.getByRole("alert").textContent()).toContain("Kies wat er gebeurde");
    await phone.getByRole("radio", { name: "Niet thuis" }).check();
    await phone.getByRole("button", { name: "Bezoek opslaan" }).click();
    await expect
      .poll(() => phone.getByText("2 bezoeken nog te versturen.", { exact: false }).count())
      .toBe(1);

    // Opening the screen again without a connection: the app and the list come from the phone.
    await phone.reload();
    await expect.poll(() => h1(phone)).toBe("Looplijst 1");
    await expect.poll(() => phone.getByText(/2 bezoeken nog te versturen/).count()).toBe(1);

    await phone.context().setOffline(false);
    await expect.poll(() => phone.getByText("2 bezoeken verstuurd.").count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => phone.getByText(/nog te versturen/).count()).toBe(0);
    const stored = (await b.database.db.execute(
      sql`select outcome, consent, signals from outreach_visit order by outcome`,
    )) as unknown as {
      rows: { outcome: string; consent: boolean; signals: Record<string, string> | string }[];
    };
    expect(stored.rows.map((r) => r.outcome)).toEqual(["conversation", "notHome"]);
    const signals = stored.rows[0]!.signals;
    expect(typeof signals === "string" ? JSON.parse(signals) : signals).toEqual({ geld: "serious" });
    const plans = (await b.database.db.execute(
      sql`select plan from outreach_visit where plan is not null`,
    )) as unknown as { rows: { plan: { goals: string; actions: unknown[] } | string }[] };
    expect(plans.rows).toHaveLength(1);
    const plan = plans.rows[0]!.plan;
    expect(typeof plan === "string" ? JSON.parse(plan) : plan).toEqual({
      goals: "Overzicht in de post en de huur betalen",
      actions: [{ what: "Samen de post sorteren", who: "volunteer" }],
    });
    await phone.screenshot({ path: ".tmp/doorstep-phone.png", fullPage: true });

    // The stadsbank sees the referral, urgent, and answers.
    const partner = await newPage(b.browser);
    await signInWithTwoFactor(partner, b.base, "partner@demo.inzet.nl");
    await partner.goto(`${b.base}/doorverwijzingen`);
    await expect.poll(() => h1(partner)).toBe("Doorverwijzingen");
    const table = partner.getByRole("table", { name: "Doorverwijzingen, urgent eerst" });
    // The demo network has referrals of its own; this journey follows the one made at the door.
    const referrals = table.getByRole("row").filter({ hasText: "Achterstand met de huur" });
    await expect.poll(() => referrals.count()).toBe(1);
    await expect.poll(() => referrals.getByText("Urgent:").count()).toBe(1);
    await expectAccessible(partner, "referrals for the partner");
    await referrals.getByRole("button", { name: /^Ontvangen/ }).click();
    await expect.poll(() => referrals.getByRole("button", { name: /^Intake gepland/ }).count()).toBe(1);
    await referrals.getByRole("button", { name: /^Vrijwilliger vragen mee te gaan/ }).click();
    await expect
      .poll(() => referrals.getByText("De vrijwilliger is gevraagd mee te gaan naar de intake.").count())
      .toBe(1);
    await referrals.getByRole("button", { name: /^Intake gepland/ }).click();
    // An intake needs a date and a place (the network's shared steps, ADR 0020).
    const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    await partner.getByLabel("Datum en tijd van de intake").fill(`${nextWeek}T10:00`);
    await partner.getByLabel("Waar is de intake?").fill("Stadsbank, Markt 1");
    await partner.getByRole("button", { name: "Opslaan" }).click();
    await expect
      .poll(() =>
        table
          .getByRole("row", { name: /Intake gepland/ })
          .filter({ hasText: "Achterstand met de huur" })
          .count(),
      )
      .toBe(1);
    // The intake goes into the partner's calendar as an .ics that a calendar (ical.js) reads.
    const icsLink = referrals.getByRole("link", { name: "Zet de intake in uw agenda (.ics)" });
    await expect.poll(() => icsLink.count()).toBe(1);
    const ics = await partner.request.get(`${b.base}${await icsLink.getAttribute("href")}`);
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    const [intake] = new ICAL.Component(ICAL.parse(await ics.text()))
      .getAllSubcomponents("vevent")
      .map((e) => new ICAL.Event(e));
    expect(intake!.location).toBe("Stadsbank, Markt 1");

    // After the campaign's interval the follow-up is due: the coordinator puts it on a follow-up list.
    const page = coordinator;
    await page.goto(`${b.base}/huisbezoeken`);
    await page.getByRole("link", { name: "Achter de Voordeur Centrum" }).click();
    const due = amsterdamDay(new Date(Date.now() + 50 * 86_400_000));
    await page.getByLabel("Nazorgbezoeken die uiterlijk moeten op").fill(due);
    await page.getByRole("button", { name: "Nazorglijsten maken" }).click();
    await expect.poll(() => page.getByText("Er zijn nu 1 nazorglijsten.").count()).toBe(1);
    const allLists = page.getByRole("table", { name: "Looplijsten" });
    await expect.poll(() => allLists.getByRole("row", { name: /Nazorglijst 1/ }).count()).toBe(1);
    await expect
      .poll(() =>
        page
          .getByRole("table", { name: "Bezoeken, nieuwste eerst" })
          .getByText("Geld en schulden: Ernstig")
          .count(),
      )
      .toBe(1);
    await expectAccessible(page, "campaign with a follow-up list, visits and monitor");
  });
});
