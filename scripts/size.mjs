// `npm run size`: the JavaScript a first visit loads before the app can start — the entry script of
// dist/web/index.html and every chunk it preloads — in kB raw, gzip and Brotli. Fails when the gzip
// figure passes the budget, so it cannot grow unnoticed. Run after `vite build`.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/**
 * kB gzip: the target of the "finished product" issue (a usual budget for a phone on a slow line). On
 * 2026-12-02 the figure is 159.4 kB (zod and the endpoint declarations load with the pages).
 */
const BUDGET_GZIP_KB = 170;

const root = "dist/web";
const indexPath = join(root, "index.html");
if (!existsSync(indexPath)) {
  console.error(`${indexPath} is missing: run npx vite build first.`);
  process.exit(1);
}
const html = readFileSync(indexPath, "utf8");
const files = new Set();
for (const tag of html.match(/<script\b[^>]*>|<link\b[^>]*>/g) ?? []) {
  const script = /^<script\b/.test(tag) && /\bsrc="([^"]+)"/.exec(tag);
  const preload = /^<link\b/.test(tag) && /\brel="modulepreload"/.test(tag) && /\bhref="([^"]+)"/.exec(tag);
  const src = (script || preload)?.[1];
  if (src) files.add(src.replace(/^\//, ""));
}
if (files.size === 0) {
  console.error("No entry script found in dist/web/index.html.");
  process.exit(1);
}

const kB = (bytes) => bytes / 1000;
let raw = 0;
let gzip = 0;
let brotli = 0;
const rows = [];
for (const file of files) {
  const bytes = readFileSync(join(root, file));
  const gz = gzipSync(bytes, { level: 9 }).length;
  const br = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
  }).length;
  raw += bytes.length;
  gzip += gz;
  brotli += br;
  rows.push([file, bytes.length, gz]);
}
rows.sort((a, b) => b[1] - a[1]);
for (const [file, bytes, gz] of rows)
  console.log(`${kB(bytes).toFixed(1).padStart(8)} kB ${kB(gz).toFixed(1).padStart(7)} kB gzip  ${file}`);
console.log(
  `Initial JS (${files.size} files): ${kB(raw).toFixed(1)} kB raw, ${kB(gzip).toFixed(1)} kB gzip, ${kB(brotli).toFixed(1)} kB Brotli`,
);
console.log(`Budget ${BUDGET_GZIP_KB} kB gzip.`);
if (kB(gzip) > BUDGET_GZIP_KB) {
  console.error(
    `✗ The initial JS is ${kB(gzip).toFixed(1)} kB gzip, above the budget of ${BUDGET_GZIP_KB} kB. Load the new code lazily (a page or feature chunk), or make the app smaller.`,
  );
  process.exit(1);
}
