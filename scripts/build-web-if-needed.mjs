// Builds the web app when dist/web is missing or older than any source file (used by `npm start`).
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const output = "dist/web/index.html";
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}
const sources = Math.max(newest("web"), newest("shared"), statSync("vite.config.ts").mtimeMs);
if (!existsSync(output) || statSync(output).mtimeMs < sources) {
  console.log("De web-app wordt gebouwd… / building the web app…");
  execSync("npx vite build --logLevel warn", { stdio: "inherit" });
}
