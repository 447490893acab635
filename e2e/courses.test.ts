import PDFDocument from "pdfkit";
import type { Page } from "playwright-core";
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

const TITLE = "Drijfveren najaar 2027";

const pdf = () =>
  new Promise<Buffer>((resolve) => {
    const doc = new PDFDocument();
    const parts: Buffer[] = [];
    doc.on("data", (part: Buffer) => parts.push(part));
    doc.on("end", () => resolve(Buffer.concat(parts)));
    doc.text("Belanghebbenden van de Vrijwilligerscentrale");
    doc.end();
  });

async function enrol(page: Page) {
  await page.goto(`${b.base}/leergang`);
  await expect.poll(() => h1(page)).toBe("Leergang Slim inspelen op drijfveren");
  await page.getByRole("button", { name: `Aanmelden ${TITLE}` }).click();
  await expect.poll(() => page.getByText("U bent aangemeld.").count()).toBe(1);
}

/** One exercise on the homework page: its answer, handed in. */
async function handIn(page: Page, exercise: string, text: string) {
  const article = page.getByRole("article").filter({ has: page.getByRole("heading", { name: exercise }) });
  await article.getByLabel("Uw uitwerking").fill(text);
  await article.getByRole("button", { name: "Inleveren" }).click();
  await expect.poll(() => article.getByText(/^Ingeleverd op/).count()).toBe(1);
  return article;
}

describe("the Drijfveren course in a real browser", () => {
  it("runs an edition: planned, signed up, dated, homework with a file, a plan signed off into the recruitment plan", async () => {
    const admin = await newPage(b.browser);
    await signInWithTwoFactor(admin, b.base, "beheerder@demo.inzet.nl");
    await admin.goto(`${b.base}/leergang`);
    await expect.poll(() => h1(admin)).toBe("Leergang Slim inspelen op drijfveren");
    await admin.getByLabel("Titel").fill(TITLE);
    await admin.getByLabel("Minimum aantal deelnemers").fill("5");
    await admin.getByLabel("Maximum aantal deelnemers").fill("3");
    await admin.getByRole("button", { name: "Leergang plannen" }).click();
    await expect
      .poll(() => admin.getByText("Het maximum is lager dan het minimum.").count())
      .toBeGreaterThan(0);
    await admin.getByLabel("Minimum aantal deelnemers").fill("2");
    await admin.getByLabel("Maximum aantal deelnemers").fill("12");
    await admin.getByRole("button", { name: "Leergang plannen" }).click();
    await expect
      .poll(() => admin.getByText(`De leergang ${TITLE} staat klaar voor aanmeldingen.`).count())
      .toBe(1);
    await expectAccessible(admin, "courses for the course leader");

    // The volunteer centre's coordinator (on a phone) and a welfare professional sign up: two of at least two.
    const pro = await newPage(b.browser, { width: 390, height: 844 });
    await signInWithTwoFactor(pro, b.base, "coordinator@demo.inzet.nl");
    await enrol(pro);
    const other = await newPage(b.browser);
    await signInWithTwoFactor(other, b.base, "professional@demo.inzet.nl");
    await enrol(other);
    await other.close();

    // The course leader sets the three days (about four weeks apart) and records the intake.
    await admin.reload();
    const dates = admin.getByRole("form", { name: `Datums van ${TITLE}` });
    await dates.getByLabel("Bijeenkomst 1").fill("2027-09-06");
    await dates.getByLabel("Bijeenkomst 2").fill("2027-09-13");
    await dates.getByLabel("Bijeenkomst 3").fill("2027-11-01");
    await dates.getByRole("button", { name: "Datums vastzetten" }).click();
    await expect.poll(() => dates.getByText(/ongeveer vier weken/).count()).toBeGreaterThan(0);
    await expectAccessible(admin, "meeting dates with an error");
    await dates.getByLabel("Bijeenkomst 2").fill("2027-10-04");
    await dates.getByRole("button", { name: "Datums vastzetten" }).click();
    await expect.poll(() => admin.getByText(`De datums van ${TITLE} zijn vastgezet.`).count()).toBe(1);
    await admin.getByRole("button", { name: `Deelnemers en intake ${TITLE}` }).click();
    await admin.getByRole("button", { name: "Intake van Sanne Jansen" }).click();
    const intake = admin.getByRole("form", { name: "Intake van Sanne Jansen" });
    await intake.getByLabel("Datum intakegesprek").fill("2027-08-30");
    await intake.getByLabel("Het intakegesprek is gehouden").check();
    await intake
      .getByLabel("Wat is afgesproken?")
      .fill("Sanne neemt de cijfers van de Vrijwilligerscentrale mee.");
    await intake.getByRole("button", { name: "Intake opslaan" }).click();
    await expect.poll(() => intake.getByText("✓").count()).toBe(1);

    // The homework, built on the own organisation's figures, with a file beside the first answer.
    await pro.reload();
    await pro.getByRole("link", { name: TITLE }).click();
    await expect.poll(() => h1(pro)).toBe(TITLE);
    const own = pro.getByRole("table", { name: "Vrijwilligers per wervingskanaal" });
    await expect.poll(() => own.getByRole("row").count()).toBeGreaterThan(1);
    await expect.poll(() => pro.getByText(/Gehouden op/).count()).toBe(1);
    const first = await handIn(
      pro,
      "Breng uw belanghebbenden in beeld",
      "Gemeente, bewoners en het wijkteam.",
    );
    await first.getByLabel("Bijlage toevoegen bij Breng uw belanghebbenden in beeld").setInputFiles({
      name: "belanghebbenden.pdf",
      mimeType: "application/pdf",
      buffer: await pdf(),
    });
    await expect.poll(() => first.getByRole("link", { name: "belanghebbenden.pdf" }).count()).toBe(1);
    const href = await first.getByRole("link", { name: "belanghebbenden.pdf" }).getAttribute("href");
    const file = await pro.evaluate(async (url) => {
      const response = await fetch(url!);
      return { type: response.headers.get("content-type"), head: (await response.text()).slice(0, 5) };
    }, href);
    expect(file).toEqual({ type: "application/pdf", head: "%PDF-" });
    await first.getByLabel("Bijlage toevoegen bij Breng uw belanghebbenden in beeld").setInputFiles({
      name: "virus.exe",
      mimeType: "application/x-msdownload",
      buffer: Buffer.from("MZ"),
    });
    await expect.poll(() => first.getByText(/Dit soort bestand kan niet/).count()).toBe(1);
    await expectAccessible(pro, "homework with a file");
    for (const [exercise, text] of [
      ["De drijfveren van uw eigen vrijwilligers", "Vooral sociale en waardegedreven vrijwilligers."],
      ["Verloop per type en kanaal", "Jongeren via sociale media stoppen het snelst."],
      ["Beleid en praktijk in uw organisatie", "We vragen te weinig wat vrijwilligers zoeken."],
      ["Uw actieplan op twee niveaus", "Zie het actieplan hieronder, met eigenaren en datums."],
    ])
      await handIn(pro, exercise!, text!);
    await expect.poll(() => pro.getByText("Huiswerk: 5 van 5 opdrachten ingeleverd.").count()).toBe(1);

    await pro.getByLabel("Wie benadert u en hoe? (actie 1)").fill("Studenten via de hogeschool benaderen");
    await pro.getByLabel("Wie doet het? (actie 1)").fill("Sanne");
    await pro.getByLabel("Klaar op (actie 1)").fill("2027-12-01");
    await pro
      .getByLabel("Welke randvoorwaarde regelt de organisatie? (actie 3)")
      .fill("Vaste begeleider per vrijwilliger");
    await pro.getByLabel("Wie doet het? (actie 3)").fill("Teamleider");
    await pro.getByRole("button", { name: "Actieplan indienen" }).click();
    await expect.poll(() => pro.getByText("Wacht op aftekening door uw manager.").count()).toBe(1);

    // The manager signs off; the plan's lines now live in the organisation's recruitment action plan.
    const manager = await newPage(b.browser);
    await signInWithTwoFactor(manager, b.base, "teamleider@demo.inzet.nl");
    await manager.goto(`${b.base}/leergang`);
    await manager.getByRole("button", { name: "Actieplan van Sanne Jansen aftekenen" }).click();
    await expect.poll(() => manager.getByText(/Afgetekend door Ilse Kramer/).count()).toBe(1);
    await expectAccessible(manager, "plans to sign off");
    await manager.goto(`${b.base}/werving/actieplan`);
    for (const line of ["Studenten via de hogeschool benaderen", "Vaste begeleider per vrijwilliger"])
      await expect.poll(() => manager.getByRole("row", { name: new RegExp(line) }).count()).toBe(1);

    // Everything done: the certificate is a PDF.
    await pro.reload();
    const certificate = pro.getByRole("link", { name: /Certificaat/ });
    await expect.poll(() => certificate.count()).toBe(1);
    const pdfAnswer = await pro.evaluate(
      async (url) => {
        const response = await fetch(url!);
        return response.headers.get("content-type");
      },
      await certificate.getAttribute("href"),
    );
    expect(pdfAnswer).toBe("application/pdf");
  });
});
