// `npm test`: typecheck, lint, structure check, then unit/integration tests on PGlite (and on PostgreSQL
// when TEST_DATABASE_URL is set), then the browser tests in Chromium. Stops at the first failure.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { ensureChromium, ensurePdfTools } from "./find-chromium.mjs";

const totals = { passed: 0, failed: 0, skipped: 0 };

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed (exit ${result.status ?? result.signal})`);
    summary();
    process.exit(result.status || 1);
  }
}

function vitest(title, project, env = {}, files = []) {
  const report = `.tmp/vitest-${project}-${env.INZET_TEST_DB ?? "pglite"}-${(env.TZ ?? "tz").replace("/", "-")}.json`;
  rmSync(report, { force: true });
  const code = spawnSync(
    "npx",
    [
      "vitest",
      "run",
      "--project",
      project,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
      ...files,
    ],
    { stdio: "inherit", env: { ...process.env, ...env } },
  ).status;
  try {
    const json = JSON.parse(readFileSync(report, "utf8"));
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
  } catch {
    totals.failed += 1;
  }
  if (code !== 0) {
    console.error(`\n✗ ${title} failed`);
    summary();
    process.exit(code || 1);
  }
}

function summary() {
  console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
}

const chromium = ensureChromium();
ensurePdfTools();
console.log(`Chromium: ${chromium}`);
run("Typecheck (tsc)", "npx", ["tsc", "-p", "tsconfig.json", "--noEmit"]);
run("Lint and format (Biome)", "npx", ["biome", "check", "."]);
run("Structure check", "node", ["scripts/check-structure.mjs"]);
run("Engines of installed packages", "node", ["scripts/check-engines.mjs"]);
run("Build web app (Vite)", "npx", ["vite", "build", "--logLevel", "warn"]);
run("Initial JS within its budget (npm run size)", "node", ["scripts/size.mjs"]);
// Time is Europe/Amsterdam whatever TZ the server runs in: the PGlite run uses Amsterdam, the PostgreSQL
// run the machine's own TZ (UTC in CI), and the date and calendar tests run once more in New York.
vitest("Unit and integration tests on PGlite (TZ=Europe/Amsterdam)", "server", { TZ: "Europe/Amsterdam" });
vitest("Date and calendar tests (TZ=America/New_York)", "server", { TZ: "America/New_York" }, [
  "shared/dates.test.ts",
  "shared/referrals.test.ts",
  "server/features/calendar",
]);
if (process.env.TEST_DATABASE_URL) {
  vitest("Integration tests on PostgreSQL (TEST_DATABASE_URL)", "server", { INZET_TEST_DB: "postgres" });
} else {
  console.log("\n(TEST_DATABASE_URL is not set: the PostgreSQL run is skipped; .ci/run sets it.)");
}
vitest("Browser tests in Chromium", "e2e", { CHROMIUM_PATH: chromium });
summary();
