import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { testDbKind } from "../test/harness.ts";

async function freePort() {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts `server/main.ts` as `npm start` does (without the web build), as a real process. */
function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...process.env, LOG_LEVEL: "warn", SEED_DEMO: "false", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  return { child, output: () => output };
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

async function waitForHealth(port: number) {
  for (let i = 0; i < 600; i++) {
    const response = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
    if (response?.ok) return response.json();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("server did not become healthy");
}

describe("the server process", () => {
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
  }, 120_000); // a start compiles TypeScript; on a loaded machine that can take longer than the default
});
