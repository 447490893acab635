import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { accessibilityEn, themeTokensEn } from "./accessibility-en.ts";
import { accessibilityNl, themeTokensNl } from "./accessibility-nl.ts";
import { agreementValuesEn } from "./agreement-values-en.ts";
import { agreementValuesNl } from "./agreement-values-nl.ts";
import { circleProgressEn } from "./circle-progress-en.ts";
import { circleProgressNl } from "./circle-progress-nl.ts";
import { en as firstEn } from "./en.ts";
import { networkStaffEn } from "./network-staff-en.ts";
import { networkStaffNl } from "./network-staff-nl.ts";
import { nl as firstNl } from "./nl.ts";
import { participationPlacementsEn } from "./participation-placements-en.ts";
import { participationPlacementsNl } from "./participation-placements-nl.ts";
import { participationTeamEn } from "./participation-team-en.ts";
import { participationTeamNl } from "./participation-team-nl.ts";

// Strings that lazily loaded pages add with `addStrings` (web/i18n/index.ts), merged as they are there.
const nl = {
  ...firstNl,
  circles: { ...firstNl.circles, ...circleProgressNl },
  networkStaff: networkStaffNl,
  agreements: { ...firstNl.agreements, ...agreementValuesNl },
  accessibility: accessibilityNl,
  themeTokens: themeTokensNl,
  participation: { ...firstNl.participation, ...participationTeamNl, ...participationPlacementsNl },
};
const en = {
  ...firstEn,
  circles: { ...firstEn.circles, ...circleProgressEn },
  networkStaff: networkStaffEn,
  agreements: { ...firstEn.agreements, ...agreementValuesEn },
  accessibility: accessibilityEn,
  themeTokens: themeTokensEn,
  participation: { ...firstEn.participation, ...participationTeamEn, ...participationPlacementsEn },
};

/** Every leaf key of a resource tree, as "a.b.c" (i18next plural suffixes folded into their base key). */
function leafKeys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null
      ? leafKeys(value, `${prefix}${key}.`)
      : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, "")}`],
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "i18n" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
  });
}

const keys = { nl: new Set(leafKeys(nl)), en: new Set(leafKeys(en)) };
const prefixes = (set: Set<string>) =>
  new Set([...set].flatMap((k) => k.split(".").map((_, i, p) => p.slice(0, i + 1).join("."))));

describe("translations", () => {
  it("have the same keys in Dutch and English", () => {
    expect([...keys.nl].filter((k) => !keys.en.has(k))).toEqual([]);
    expect([...keys.en].filter((k) => !keys.nl.has(k))).toEqual([]);
  });

  it("have every key the web app asks for, in both languages (no raw keys on screen)", () => {
    const missing: string[] = [];
    const nlPrefixes = prefixes(keys.nl);
    const enPrefixes = prefixes(keys.en);
    for (const file of sourceFiles("web")) {
      const text = readFileSync(file, "utf8");
      // t("a.b"), t('a.b'), i18nKey="a.b"; a template literal t(`a.b.${x}`) must at least have its prefix.
      for (const match of text.matchAll(/\bt\(\s*["']([\w.-]+)["']|i18nKey=["']([\w.-]+)["']/g)) {
        const key = match[1] ?? match[2]!;
        if (!keys.nl.has(key) || !keys.en.has(key)) missing.push(`${file}: ${key}`);
      }
      for (const match of text.matchAll(/\bt\(\s*`([\w.-]+)\.\$\{/g)) {
        const prefix = match[1]!;
        if (!nlPrefixes.has(prefix) || !enPrefixes.has(prefix)) missing.push(`${file}: ${prefix}.*`);
      }
    }
    expect(missing).toEqual([]);
  });
});
