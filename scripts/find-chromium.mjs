// Finds Chromium or Chrome for the browser tests: CHROMIUM_PATH, the system's browser, or Playwright's
// cache. On Debian/Ubuntu as root it installs Debian's chromium itself; elsewhere it says how.
import { execSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

const candidates = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

function fromPlaywrightCache() {
  const cache = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), ".cache", "ms-playwright");
  if (!existsSync(cache)) return undefined;
  for (const dir of readdirSync(cache)
    .filter((d) => d.startsWith("chromium"))
    .sort()
    .reverse()) {
    for (const sub of [
      "chrome-linux64/chrome",
      "chrome-linux/chrome",
      "chrome-mac/Chromium.app/Contents/MacOS/Chromium",
    ]) {
      const path = join(cache, dir, sub);
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}

export function findChromium() {
  if (process.env.CHROMIUM_PATH) {
    if (existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
    throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} bestaat niet / does not exist`);
  }
  return candidates.find((path) => existsSync(path)) ?? fromPlaywrightCache();
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const debian = existsSync("/etc/debian_version");
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (debian && root) {
    console.log(
      "Geen Chromium gevonden: Debian's chromium wordt nu geïnstalleerd (apt-get install -y chromium)…",
    );
    console.log("No Chromium found: installing Debian's chromium now (apt-get install -y chromium)…");
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", {
      stdio: "inherit",
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    [
      "Geen Chromium of Chrome gevonden voor de browsertests. / No Chromium or Chrome found for the browser tests.",
      debian
        ? "Installeer / install:  sudo apt-get install -y chromium"
        : "Installeer Chromium of Chrome, of / install Chromium or Chrome, or:",
      "Of wijs er een aan / or point to one:  CHROMIUM_PATH=/pad/naar/chrome npm test",
    ].join("\n"),
  );
}

/**
 * The PDF checks use poppler's pdffonts and pdftotext (tools we did not write). On Debian as root they
 * are installed when missing, like Chromium; elsewhere the command to run is printed.
 */
export function ensurePdfTools() {
  const has = () => {
    try {
      execSync("pdffonts -v", { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  };
  if (has()) return;
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  if (existsSync("/etc/debian_version") && root) {
    console.log(
      "pdffonts/pdftotext ontbreken: poppler-utils wordt geïnstalleerd / installing poppler-utils…",
    );
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils", {
      stdio: "inherit",
    });
    if (has()) return;
  }
  throw new Error("pdffonts en pdftotext ontbreken / missing: sudo apt-get install -y poppler-utils");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
}
