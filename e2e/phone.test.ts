import { and, eq, notLike } from "drizzle-orm";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { person } from "../server/features/accounts/schema.ts";
import { application, vacancy } from "../server/features/vacancies/schema.ts";
import { volunteer } from "../server/features/volunteers/schema.ts";
import {
  type Browsing,
  expectAccessible,
  h1,
  newPage,
  signIn,
  signInWithTwoFactor,
  startBrowsing,
} from "./harness.ts";

// A common phone (iPhone 12–15): the size the public, the volunteers and the doorstep screen are made for.
const phoneSize = { width: 390, height: 844 };
// Signing in (argon2) and the profile's many queries take a while on a busy machine.
const slow = { timeout: 20_000 };

let b: Browsing;
beforeAll(async () => {
  b = await startBrowsing();
});
afterAll(() => b?.close());

/** An invitation for Kees to a second vacancy, as a coordinator's "Uitnodigen" leaves it. */
async function inviteKees() {
  const db = b.database.db;
  const [kees] = await db
    .select({ id: volunteer.id, tenantId: volunteer.tenantId })
    .from(volunteer)
    .innerJoin(person, eq(person.id, volunteer.personId))
    .where(eq(person.email, "vrijwilliger@demo.inzet.nl"));
  const [other] = await db
    .select({ id: vacancy.id, title: vacancy.title })
    .from(vacancy)
    .where(
      and(
        eq(vacancy.tenantId, kees!.tenantId),
        eq(vacancy.status, "published"),
        notLike(vacancy.title, "Maatje%"),
      ),
    )
    .limit(1);
  await db
    .insert(application)
    .values({ tenantId: kees!.tenantId, vacancyId: other!.id, volunteerId: kees!.id, status: "invited" })
    .onConflictDoNothing();
}

/** What a phone user sees of the page: header height, horizontal overflow, actions outside the screen, fonts. */
function measure(page: Page) {
  return page.evaluate(() => {
    const font = (selector: string) => {
      const element = document.querySelector(selector);
      return element ? getComputedStyle(element).fontFamily : null;
    };
    const outside = [...document.querySelectorAll("main a, main button, main input, main select")]
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.left < 0 || box.right > window.innerWidth))
      .map(({ element }) => (element.textContent || element.getAttribute("name") || element.tagName).trim());
    return {
      headerHeight: document.querySelector("header")!.getBoundingClientRect().height,
      headerTop: document.querySelector("header")!.getBoundingClientRect().top,
      scrollWidth: document.scrollingElement!.scrollWidth,
      outside,
      fonts: {
        header: font("header"),
        nav: font("nav a"),
        body: font("body"),
        main: font("main p, main li"),
        dl: font("main dl"),
        table: font("main table"),
      },
    };
  });
}

const seenFonts = new Map<string, string>();

async function expectPhoneFit(page: Page, name: string) {
  await page.waitForLoadState("networkidle");
  const m = await measure(page);
  expect(m.headerTop, `${name}: no strip above the header`).toBe(0);
  expect(m.headerHeight, `${name}: header height`).toBeLessThanOrEqual(120);
  await expectNoSidewaysScroll(page, name);
  expect(m.outside, `${name}: actions outside the screen`).toEqual([]);
  for (const [part, family] of Object.entries(m.fonts)) {
    if (family === null) continue;
    seenFonts.set(part, family);
    expect(family, `${name}: font of ${part}`).not.toMatch(/times|^serif$|^"?serif"?$/i);
  }
  await page.screenshot({ path: `.tmp/phone-${name}.png`, fullPage: true });
}

/** The page itself never scrolls sideways; a wide table scrolls inside its own box. */
async function expectNoSidewaysScroll(page: Page, name: string) {
  await page.waitForLoadState("networkidle");
  const { width, wide } = await page.evaluate(() => ({
    width: document.scrollingElement!.scrollWidth,
    // The outermost elements that stick out, to name in the failure.
    wide: [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .filter(
        (element) =>
          !element.parentElement ||
          element.parentElement.getBoundingClientRect().right <= window.innerWidth + 1,
      )
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join(".")}`),
  }));
  expect(width, `${name}: no sideways scrolling (${wide.join(", ")})`).toBeLessThanOrEqual(phoneSize.width);
}

describe("on a phone (390 × 844)", () => {
  it("fits the public vacancy search and a vacancy page on the screen", async () => {
    const page = await newPage(b.browser, phoneSize);
    await page.goto(`${b.base}/vacatures`);
    await expect.poll(() => h1(page)).toBe("Vrijwilligerswerk zoeken");
    const cards = page.locator("main .inzet-card");
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    await expectPhoneFit(page, "vacancy-search");

    await cards.first().getByRole("link").first().click();
    await expect.poll(() => page.locator("main dl").count()).toBeGreaterThan(0);
    await expectPhoneFit(page, "vacancy");
    await expectAccessible(page, "vacancy (phone)");
  });

  it("folds the main menu behind a menu button that works by keyboard", async () => {
    const page = await newPage(b.browser, phoneSize);
    await signIn(page, b.base, "vrijwilliger@demo.inzet.nl");
    await expect.poll(() => h1(page), slow).toBe("Welkom, Kees");
    const menuButton = page.getByRole("button", { name: "Menu" });
    const menu = page.getByRole("navigation", { name: "Hoofdmenu" });
    expect(await menuButton.getAttribute("aria-expanded")).toBe("false");
    expect(await menu.isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Uitloggen" }).isVisible()).toBe(false);
    await expectPhoneFit(page, "home");

    await menuButton.focus();
    await page.keyboard.press("Enter");
    expect(await menuButton.getAttribute("aria-expanded")).toBe("true");
    await expect.poll(() => menu.getByRole("link", { name: "Mijn profiel" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Uitloggen" }).isVisible()).toBe(true);
    await expectAccessible(page, "open menu (phone)");
    await page.screenshot({ path: ".tmp/phone-menu-open.png", fullPage: true });
    await page.keyboard.press("Tab");
    await page.keyboard.press("Escape");
    expect(await menuButton.getAttribute("aria-expanded")).toBe("false");
    expect(await menu.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Menu");

    // A link in the menu opens its page and closes the menu.
    await page.keyboard.press("Enter");
    await menu.getByRole("link", { name: "Mijn profiel" }).click();
    await expect.poll(() => h1(page)).toBe("Mijn vrijwilligersprofiel");
    expect(await menuButton.getAttribute("aria-expanded")).toBe("false");
  });

  it("fits the volunteer's profile, with the invitation as a card, and the doorstep screen", async () => {
    await inviteKees();
    const page = await newPage(b.browser, phoneSize);
    await signIn(page, b.base, "vrijwilliger@demo.inzet.nl");
    await expect.poll(() => h1(page), slow).toBe("Welkom, Kees");
    await page.goto(`${b.base}/mijn-profiel`);
    await expect.poll(() => page.getByRole("heading", { name: "Mijn huisbezoeken" }).count(), slow).toBe(1);
    const reactions = page.getByRole("table", { name: "Reacties en uitnodigingen" });
    const invitation = reactions.getByRole("row").filter({ hasText: "Uitgenodigd" });
    await expect.poll(() => invitation.count(), slow).toBe(1);
    // Each row is a card: the cells are under each other, the column name in front of each value.
    const cells = await invitation.getByRole("cell").all();
    const boxes = await Promise.all(cells.map(async (cell) => (await cell.boundingBox())!));
    expect(new Set(boxes.map((box) => box.x)).size).toBe(1);
    expect(boxes.map((box) => box.y)).toEqual([...boxes.map((box) => box.y)].sort((p, q) => p - q));
    expect(await cells[2]!.evaluate((cell) => getComputedStyle(cell, "::before").content)).toContain("Stand");
    for (const name of [/^Ja, graag/, /^Nee, liever niet/]) {
      const box = (await invitation.getByRole("button", { name }).boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(phoneSize.width);
    }
    await expectPhoneFit(page, "profile");
    await reactions.screenshot({ path: ".tmp/phone-profile-reactions.png" });
    await page
      .getByRole("table", { name: "Mijn geschreven uren" })
      .screenshot({ path: ".tmp/phone-profile-hours.png" });
    await expectAccessible(page, "profile (phone)");

    await page.getByRole("button", { name: "Inchecken" }).click();
    await expect.poll(() => page.getByText("U bent ingecheckt. Succes!").count()).toBe(1);
    await page.getByRole("link", { name: "Looplijst openen" }).first().click();
    await expect.poll(() => h1(page)).toBe("Looplijst 1");
    await expectPhoneFit(page, "doorstep");

    // The parts whose font the issue names were each measured at least once, none in the browser's serif.
    expect([...seenFonts.keys()].sort()).toEqual(["body", "dl", "header", "main", "nav", "table"]);
  });

  it("shows the funnel and the monitors without sideways scrolling (wide tables scroll in their own box)", async () => {
    const page = await newPage(b.browser, phoneSize);
    await signInWithTwoFactor(page, b.base, "coordinator@demo.inzet.nl");
    await page.goto(`${b.base}/werving`);
    await page.getByRole("link", { name: "Voorjaarscampagne maatjes" }).click();
    await expect
      .poll(() => page.getByRole("table", { name: /Van aanmelding tot blijvend actief/ }).count(), slow)
      .toBe(1);
    await expectNoSidewaysScroll(page, "recruitment funnel");

    await page.goto(`${b.base}/huisbezoeken`);
    await expect.poll(() => h1(page), slow).toBe("Huisbezoeken (Achter de Voordeur)");
    // The heading shows before the list has loaded: wait for a campaign link.
    const campaignHref = () =>
      page
        .locator("main a")
        .evaluateAll((links) =>
          links
            .map((a) => a.getAttribute("href") ?? "")
            .find((href) => /^\/huisbezoeken\/[0-9a-f-]{36}$/.test(href)),
        );
    await expect.poll(campaignHref, slow).toBeTruthy();
    const campaign = await campaignHref();
    await page.goto(`${b.base}${campaign}`);
    await expect.poll(() => page.getByRole("table").count(), slow).toBeGreaterThan(0);
    await expectNoSidewaysScroll(page, "outreach monitor");

    const policy = await newPage(b.browser, phoneSize);
    await signIn(policy, b.base, "beleid@demo.inzet.nl");
    await expect.poll(() => policy.getByRole("button", { name: "Menu" }).count(), slow).toBe(1);
    await policy.goto(`${b.base}/wijkaanpak`);
    await policy.getByRole("link", { name: "Noord", exact: true }).click();
    await expect.poll(() => h1(policy), slow).toContain("Noord");
    const trajectoryId = new URL(policy.url()).pathname.split("/").at(-1)!;
    await policy.goto(`${b.base}/wijkaanpak/${trajectoryId}/afspraken`);
    await policy.getByRole("link", { name: "Prestatieafspraken Noord 2026–2027" }).click();
    await policy.getByRole("link", { name: "Resultaten bekijken" }).first().click();
    await expect
      .poll(() => policy.getByRole("table", { name: "Indicatoren van Koffieochtend" }).count(), slow)
      .toBe(1);
    await expectNoSidewaysScroll(policy, "agreement monitoring");
  });
});
