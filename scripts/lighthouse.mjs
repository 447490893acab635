// `npm run lighthouse`: Lighthouse (mobile, its default) with the system Chromium on the public vacancy
// search and one vacancy page, against Inzet in production mode on a fresh embedded database with the
// demo data. Prints each category's score per run and the median, and exits 1 below the budget
// (Performance ≥ 90, Accessibility 100, Best practices 100, SEO ≥ 95). RUNS=3 for more runs;
// LIGHTHOUSE_REPORTS=<dir> keeps each run's JSON report.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import lighthouse from "lighthouse";
import { ensureChromium } from "./find-chromium.mjs";

const budget = { performance: 90, accessibility: 100, "best-practices": 100, seo: 95 };
const runs = Number(process.env.RUNS ?? 2);

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function waitFor(url, ms = 180_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} answered nothing within ${ms / 1000} s`);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const children = [];
const dataDir = mkdtempSync(join(tmpdir(), "inzet-lighthouse-"));
const stop = () => {
  for (const child of children) child.kill("SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
};
process.on("exit", stop);

await import("./build-web-if-needed.mjs");
const port = await freePort();
const base = `http://localhost:${port}`;
const server = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
  env: {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    AUTH_SECRET: randomBytes(32).toString("hex"),
    MAIL: "log-only",
    SEED_DEMO: "true",
    DEMO: "false",
    LOG_LEVEL: "warn",
  },
  stdio: ["ignore", "inherit", "inherit"],
});
children.push(server);
await waitFor(`${base}/api/public/vacancies`);
const { items } = await (await fetch(`${base}/api/public/vacancies`)).json();
const pages = { "/vacatures": `${base}/vacatures`, "/vacatures/:id": `${base}/vacatures/${items[0].id}` };

const debugPort = await freePort();
const chromium = spawn(
  ensureChromium(),
  [
    "--headless=new",
    `--remote-debugging-port=${debugPort}`,
    `--user-data-dir=${join(dataDir, "chromium")}`,
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "about:blank",
  ],
  { stdio: "ignore" },
);
children.push(chromium);
await waitFor(`http://127.0.0.1:${debugPort}/json/version`, 30_000);

let failed = false;
for (const [name, url] of Object.entries(pages)) {
  const scores = Object.fromEntries(Object.keys(budget).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(url, {
      port: debugPort,
      output: "json",
      logLevel: "error",
      onlyCategories: Object.keys(budget),
    });
    if (process.env.LIGHTHOUSE_REPORTS)
      writeFileSync(
        join(process.env.LIGHTHOUSE_REPORTS, `${name.replace(/\W+/g, "_")}-${i + 1}.json`),
        result.report,
      );
    for (const key of Object.keys(budget))
      scores[key].push(Math.round(result.lhr.categories[key].score * 100));
  }
  const line = Object.entries(scores).map(([key, values]) => {
    const m = median(values);
    const ok = m >= budget[key];
    if (!ok) failed = true;
    return `${key} ${m} (${values.join(", ")})${ok ? "" : ` < ${budget[key]}`}`;
  });
  console.log(`${name}: ${line.join(" · ")}`);
}
console.log(`Lighthouse 12, mobile, median of ${runs} run(s) per page; budget ${JSON.stringify(budget)}`);
stop();
process.exit(failed ? 1 : 0);
