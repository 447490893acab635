import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testDbKind } from "../test/harness.ts";
import { exited, freePort, startProcess, waitForHealth } from "../test/server-process.ts";

const start = (env: Record<string, string>) => startProcess({ SEED_DEMO: "false", ...env });

// Cold process starts are slow on a busy machine: a generous limit, not an assertion on time.
describe("the server process", { timeout: 180_000 }, () => {
  it("starts on an empty database, refuses a second start on the same data directory, and stops cleanly on SIGTERM", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "inzet-start-"));
    const port = await freePort();
    const env: Record<string, string> =
      testDbKind === "postgres"
        ? { DATABASE_URL: process.env.TEST_DATABASE_URL!, PORT: String(port) }
        : { DATA_DIR: dataDir, PORT: String(port) };
    const first = start(env);
    expect(await waitForHealth(port)).toEqual({
      status: "ok",
      database: testDbKind === "postgres" ? "postgres" : "pglite",
    });

    if (testDbKind === "pglite") {
      expect(existsSync(join(dataDir, "inzet.lock"))).toBe(true);
      const second = start({ ...env, PORT: String(await freePort()) });
      expect(await exited(second.child)).toBe(1);
      expect(second.output()).toMatch(/al in gebruik/);
    }

    first.child.kill("SIGTERM");
    expect(await exited(first.child)).toBe(0);
    expect(existsSync(join(dataDir, "inzet.lock"))).toBe(false);
  });
});
