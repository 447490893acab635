import { execFile, execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

/**
 * A throwaway PostgreSQL cluster for tests that must restart or share a real server (initdb in a
 * temp dir). Binaries: PG_BIN or /usr/lib/postgresql/15/bin. When they are missing, `pgClusterMissing`
 * says why; in CI (CI=true) the test must fail instead of skipping.
 */
export const PG_BIN = process.env.PG_BIN ?? findPgBin();

/** /usr/lib/postgresql/15/bin, else the newest installed version (as .ci/run does). */
function findPgBin() {
  const preferred = "/usr/lib/postgresql/15/bin";
  if (existsSync(join(preferred, "pg_ctl"))) return preferred;
  try {
    const newest = readdirSync("/usr/lib/postgresql")
      .filter((v) => existsSync(`/usr/lib/postgresql/${v}/bin/pg_ctl`))
      .sort((a, b) => Number(b) - Number(a))[0];
    return newest ? `/usr/lib/postgresql/${newest}/bin` : preferred;
  } catch {
    return preferred;
  }
}

export const pgClusterMissing = existsSync(join(PG_BIN, "pg_ctl"))
  ? undefined
  : `PostgreSQL server binaries not found in ${PG_BIN} (apt-get install postgresql-15, or set PG_BIN)`;

/**
 * Call in a test file that starts its own cluster: skip locally with the reason, fail in CI. These
 * tests do not use the shared test database, so they run once, in the PGlite pass of `npm test`;
 * in the PostgreSQL pass (INZET_TEST_DB=postgres) they would only repeat the same run.
 */
export function requirePgCluster(): boolean {
  if (process.env.INZET_TEST_DB === "postgres") {
    console.warn("skipped: starts its own PostgreSQL cluster; this test already ran in the PGlite pass");
    return false;
  }
  if (!pgClusterMissing) return true;
  if (process.env.CI === "true") throw new Error(`CI needs a PostgreSQL cluster: ${pgClusterMissing}`);
  console.warn(`skipped: ${pgClusterMissing}`);
  return false;
}

const asRoot = process.getuid?.() === 0;

const execFileAsync = promisify(execFile);

/** Async, so the event loop (and the app's requests) keep running while the server stops or starts. */
function pgCommandAsync(binary: string, args: string[]) {
  const command = join(PG_BIN, binary);
  return asRoot
    ? execFileAsync("runuser", ["-u", "postgres", "--", command, ...args])
    : execFileAsync(command, args);
}

function pgCommand(binary: string, args: string[]) {
  const command = join(PG_BIN, binary);
  if (asRoot) return execFileSync("runuser", ["-u", "postgres", "--", command, ...args], { stdio: "pipe" });
  return execFileSync(command, args, { stdio: "pipe" });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export type PgCluster = {
  url: (database?: string) => string;
  port: number;
  dir: string;
  createDatabase: (name: string) => void;
  restart: () => Promise<unknown>;
  /** Stops the server but keeps its data (start it again with `start`). */
  halt: () => Promise<unknown>;
  start: () => Promise<unknown>;
  stop: () => void;
  /** Runs another PostgreSQL binary (pg_dump, psql …) as the cluster's owner. */
  run: (binary: string, args: string[]) => Buffer;
};

export async function startPgCluster(): Promise<PgCluster> {
  const dir = mkdtempSync(join(tmpdir(), "inzet-pg-"));
  chmodSync(dir, 0o777);
  if (asRoot) execFileSync("chown", ["postgres", dir]);
  const data = join(dir, "data");
  pgCommand("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  const port = await freePort();
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off`;
  const pgCtl = (...args: string[]) =>
    pgCommand("pg_ctl", ["-D", data, "-l", join(dir, "log"), "-w", ...args]);
  const pgCtlAsync = (...args: string[]) =>
    pgCommandAsync("pg_ctl", ["-D", data, "-l", join(dir, "log"), "-w", ...args]);
  pgCtl("-o", options, "start");
  let stopped = false;
  return {
    port,
    dir,
    url: (database = "postgres") => `postgres://postgres@127.0.0.1:${port}/${database}`,
    createDatabase: (name) =>
      void pgCommand("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", name]),
    restart: () => pgCtlAsync("-m", "fast", "-o", options, "restart"),
    halt: () => pgCtlAsync("-m", "fast", "stop"),
    start: () => pgCtlAsync("-o", options, "start"),
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        pgCtl("-m", "immediate", "stop");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    run: pgCommand,
  };
}
