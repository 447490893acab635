import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exited, freePort, startProcess, waitForHealth } from "../../test/server-process.ts";

/**
 * The real process as a municipality starts it. Always on a fresh PGlite data directory (also when
 * the suite runs on PostgreSQL), because the test is about an empty database and the shared test
 * database never is.
 */
const productionEnv = (dataDir: string, port: number): Record<string, string> => ({
  NODE_ENV: "production",
  AUTH_SECRET: "s".repeat(40),
  DATA_DIR: dataDir,
  PORT: String(port),
  HOST: "127.0.0.1",
  PUBLIC_URL: `http://127.0.0.1:${port}`,
  LOG_LEVEL: "warn",
  // Nothing from the developer's shell may decide this test.
  DATABASE_URL: "",
  SEED_DEMO: "",
  DEMO: "",
  SMTP_URL: "",
  MAIL: "",
});

// Three cold process starts: slow on a busy machine, so a generous limit (not an assertion on time).
describe("NODE_ENV=production npm start", { timeout: 240_000 }, () => {
  it("refuses to start without SMTP_URL or MAIL=log-only, with a clear message", async () => {
    const run = startProcess(productionEnv(mkdtempSync(join(tmpdir(), "inzet-prod-")), await freePort()));
    expect(await exited(run.child)).toBe(1);
    expect(run.output()).toMatch(/SMTP_URL: verplicht in productie/);
    expect(run.output()).toMatch(/MAIL=log-only/);
  });

  it("on an empty database loads no demo, shows no demo accounts and prints the create-admin instruction; create-admin then prints a one-time link", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "inzet-prod-"));
    const port = await freePort();
    const env = { ...productionEnv(dataDir, port), MAIL: "log-only" };
    const server = startProcess(env);
    await waitForHealth(port);
    const demo = await (await fetch(`http://127.0.0.1:${port}/api/demo`)).json();
    expect(demo).toEqual({ demo: false, password: null, accounts: [] });
    const signIn = await fetch(`http://127.0.0.1:${port}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: `http://127.0.0.1:${port}` },
      body: JSON.stringify({ email: "beheerder@demo.inzet.nl", password: "Inzet-demo-2026" }),
    });
    expect(signIn.status).toBe(401);
    expect(server.output()).toContain("npm run create-admin -- --email");
    expect(server.output()).not.toMatch(/Demodata geladen/);
    server.child.kill("SIGTERM");
    expect(await exited(server.child)).toBe(0);

    const admin = startProcess(env, "server/create-admin.ts", [
      "--email",
      "it@gemeente-x.nl",
      "--tenant",
      "Gemeente X",
      "--code",
      "GM0344",
    ]);
    expect(await exited(admin.child), admin.output()).toBe(0);
    expect(admin.output()).toContain(
      "it@gemeente-x.nl is nu beheerder van Gemeente X (gemeente aangemaakt).",
    );
    expect(admin.output()).toMatch(/\/wachtwoord-herstellen\?token=[\w-]{40,}/);
    expect(admin.output()).not.toMatch(/wachtwoord:/i);

    const again = startProcess(env, "server/create-admin.ts", [
      "--email",
      "it@gemeente-x.nl",
      "--tenant",
      "Gemeente X",
    ]);
    expect(await exited(again.child)).toBe(1);
    expect(again.output()).toContain("it@gemeente-x.nl is al beheerder van Gemeente X.");
  });
});
