import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { authenticator } from "otplib";
import { type Browser, chromium, type Page } from "playwright-core";
import { expect } from "vitest";
import { buildApp } from "../server/app.ts";
import { type Database, openPglite } from "../server/db/client.ts";
import { DEMO_PASSWORD, seedDemo } from "../server/db/seed.ts";
import { configSchema, toConfig } from "../server/platform/config.ts";
import { createMailer, type OutgoingMail } from "../server/platform/mail.ts";
import { checkedMailbox } from "../server/test/mime.ts";

/** A real Inzet server on a free port with the demo data, and a headless Chromium. */
export type Browsing = {
  base: string;
  database: Database;
  browser: Browser;
  /** Every mail as the recipient got it, links included (the stored outbox copy has them removed). */
  mailbox: OutgoingMail[];
  close: () => Promise<void>;
};

async function freePort() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startBrowsing(): Promise<Browsing> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const database = await openPglite(mkdtempSync(join(tmpdir(), "inzet-e2e-")));
  await database.migrate();
  await seedDemo(database.db);
  const config = toConfig(
    configSchema.parse({
      NODE_ENV: "test",
      PORT: String(port),
      PUBLIC_URL: base,
      LOG_LEVEL: "silent",
      DEMO: "true",
      // The journeys sign up and sign in many times from one address.
      PUBLIC_WRITE_LIMIT_PER_IP: "1000",
      PUBLIC_WRITE_LIMIT_PER_ADDRESS: "1000",
    }),
  );
  const { mailbox, receive } = checkedMailbox();
  const mailer = createMailer({
    db: database.db,
    from: config.MAIL_FROM,
    mode: config.mail,
    publicUrl: config.publicUrl,
    copyTo: receive,
  });
  const { app } = await buildApp({ database, config, mailer, logger: false });
  await app.listen({ port, host: "127.0.0.1" });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    base,
    database,
    browser,
    mailbox,
    close: async () => {
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}

export async function newPage(browser: Browser, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport, locale: "nl-NL" });
  return context.newPage();
}

/** axe with the WCAG 2.0–2.2 A/AA rules: no violations allowed. */
export async function expectAccessible(page: Page, name: string) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const violations = result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(violations, `axe on ${name}`).toEqual([]);
}

export async function signIn(page: Page, base: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${base}/inloggen`);
  await page.getByLabel("E-mailadres").fill(email);
  await page.getByLabel("Wachtwoord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Inloggen" }).click();
  // Signed in once the page has left the sign-in form and shows its own heading (the next page loads
  // its code on the way, which takes a while on a busy machine).
  await page.waitForURL((url) => !url.pathname.endsWith("/inloggen"), { timeout: 30_000 });
  await expect
    .poll(
      async () => {
        const heading = await page
          .getByRole("heading", { level: 1 })
          .first()
          .textContent({ timeout: 1_000 })
          .catch(() => null);
        return heading !== null && heading !== "Inloggen";
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}

/** Signs in a demo account whose role requires two-factor sign-in, enrolling TOTP on the way. */
export async function signInWithTwoFactor(page: Page, base: string, email: string) {
  await signIn(page, base, email);
  await page.waitForURL(/\/tweestapsverificatie/);
  // Generous waits: argon2 and TOTP checks are slow on a busy machine.
  const slow = { timeout: 20_000 };
  await expect.poll(() => h1(page), slow).toBe("Inloggen in twee stappen");
  await page.getByLabel("Wachtwoord", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Instellen" }).click();
  await expect.poll(() => page.getByTestId("totp-secret").count(), slow).toBe(1);
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Code van 6 cijfers").fill(authenticator.generate(secret));
  await page.getByRole("button", { name: "Bevestigen" }).click();
  await expect.poll(() => page.getByText("Inloggen in twee stappen staat aan.").count(), slow).toBe(1);
}

export const h1 = (page: Page) => page.getByRole("heading", { level: 1 }).textContent();
