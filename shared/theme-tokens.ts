// A municipality's own NL Design System theme (docs/theming.md): a CSS file of custom properties or a
// JSON tokens file (Style Dictionary / Tokens Studio), read into a flat list of declarations. Only custom
// properties with the prefixes the components read are kept, and no value can load or run anything
// (no url(), expression(), @import, escapes or braces). The server stores the result and serves it as
// `:root.voorbeeld-theme { … }`; the settings page shows a preview with the same function.
import type { FieldError } from "./errors.ts";
import { z } from "./zod.ts";

export const themeTokenPrefixes = ["--basis-", "--utrecht-", "--nl-", "--inzet-"] as const;
export const MAX_THEME_SOURCE = 256_000;
export const MAX_THEME_TOKENS = 4_000;

export const themeTokenNameSchema = z
  .string()
  .regex(/^--[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: "Een token heet zoals --basis-color-… (kleine letters, cijfers en -).",
  })
  .max(120, { message: "De naam van een token is te lang (maximaal 120 tekens)." })
  .refine((name) => themeTokenPrefixes.some((prefix) => name.startsWith(prefix)), {
    message: `Alleen tokens die beginnen met ${themeTokenPrefixes.join(", ")} zijn toegestaan.`,
  });

const forbidden: [RegExp, string, string][] = [
  [/url\s*\(/i, "theme_url", "Een adres (url(…)) is niet toegestaan: laad geen bestanden via het thema."],
  [/expression\s*\(|javascript:/i, "theme_script", "Code in een waarde is niet toegestaan."],
  [/@/, "theme_at_rule", "@import en andere @-regels zijn niet toegestaan."],
  [/[\\{}<>;]/, "theme_character", "De tekens \\ { } < > en ; mogen niet in een waarde staan."],
];

export const themeTokenValueSchema = z
  .string()
  .trim()
  .min(1, { message: "Een token heeft een waarde." })
  .max(500, { message: "Een waarde is te lang (maximaal 500 tekens)." })
  .superRefine((value, ctx) => {
    for (const [pattern, , message] of forbidden)
      if (pattern.test(value)) return ctx.addIssue({ code: "custom", message });
  });

/** Stored tokens: name → value, each checked again when read. */
export const themeTokensSchema = z
  .record(themeTokenNameSchema, themeTokenValueSchema)
  .refine((tokens) => Object.keys(tokens).length <= MAX_THEME_TOKENS, {
    message: `Een thema heeft hoogstens ${MAX_THEME_TOKENS} tokens.`,
  });
export type ThemeTokens = z.infer<typeof themeTokensSchema>;

export const themeTokensUploadSchema = z.object({
  source: z.string().max(MAX_THEME_SOURCE, {
    message: `Het bestand is te groot (maximaal ${MAX_THEME_SOURCE / 1000} kB).`,
  }),
});

/** `skipped`: declarations with another prefix (such as --voorbeeld-), left out after their values were
 * filled in where an allowed token refers to them. */
export type ThemeParseResult = { tokens: ThemeTokens; skipped: number; errors: FieldError[] };
type Collected = { declarations: Map<string, string>; errors: FieldError[] };

const fail = (code: string, message: string): FieldError => ({ path: "source", code, message });
const customProperty = /^--[a-zA-Z0-9_-]+$/;

function collect(into: Collected, name: string, value: string, where: string) {
  if (!customProperty.test(name)) {
    into.errors.push(
      fail("theme_not_custom_property", `${where}: alleen tokens (--naam: waarde), geen ${name}.`),
    );
    return;
  }
  for (const [pattern, code, message] of forbidden)
    if (pattern.test(value)) {
      into.errors.push(fail(code, `${where}: ${message}`));
      return;
    }
  into.declarations.set(name, value.trim());
}

const lineOf = (source: string, index: number) => source.slice(0, index).split("\n").length;

/** Reads `selector { --a: b; … }` blocks (any selector: Inzet scopes the tokens itself) or bare declarations. */
function parseCss(text: string, into: Collected) {
  const atRule = /@[a-z-]+/i.exec(text);
  if (atRule)
    into.errors.push(
      fail("theme_at_rule", `Regel ${lineOf(text, atRule.index)}: ${atRule[0]} is niet toegestaan.`),
    );
  if (/\{[^{}]*\{/.test(text))
    into.errors.push(
      fail("theme_nesting", "Geneste regels zijn niet toegestaan: alleen blokken met tokens."),
    );
  const bodies: { body: string; start: number }[] = [];
  if (text.includes("{"))
    for (const match of text.matchAll(/\{([^{}]*)\}/g))
      bodies.push({ body: match[1]!, start: match.index! + 1 });
  else bodies.push({ body: text, start: 0 });
  for (const { body, start } of bodies) {
    let offset = start;
    for (const part of body.split(";")) {
      const where = `Regel ${lineOf(text, offset + (part.length - part.trimStart().length))}`;
      offset += part.length + 1;
      if (part.trim() === "") continue;
      const colon = part.indexOf(":");
      if (colon < 0)
        into.errors.push(fail("theme_not_declaration", `${where}: dit is geen token (--naam: waarde).`));
      else collect(into, part.slice(0, colon).trim(), part.slice(colon + 1), where);
    }
  }
}

type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Style Dictionary / Tokens Studio JSON: nested groups, leaves `{ "$value" | "value": … }`, references `{a.b}`. */
function parseJson(source: string, into: Collected) {
  let data: JsonValue;
  try {
    data = JSON.parse(source) as JsonValue;
  } catch {
    into.errors.push(fail("theme_json_invalid", "Het JSON-bestand is niet geldig."));
    return;
  }
  const reference = (value: string) =>
    value.replace(
      /\{([a-zA-Z0-9.-]+)\}/g,
      (_, path: string) => `var(--${path.toLowerCase().replaceAll(".", "-")})`,
    );
  const walk = (node: JsonValue, path: string[]): void => {
    if (typeof node === "string" || typeof node === "number") {
      const name =
        path.length === 1 && path[0]!.startsWith("--") ? path[0]! : `--${path.join("-").toLowerCase()}`;
      collect(into, name, reference(String(node)), path.join("."));
      return;
    }
    if (node === null || typeof node !== "object" || Array.isArray(node)) return;
    const leaf = "$value" in node ? node.$value : "value" in node ? node.value : undefined;
    // Composite tokens (typography as an object) have no single CSS value: left out.
    if (leaf !== undefined) {
      if (typeof leaf !== "object") walk(leaf, path);
      return;
    }
    for (const [key, child] of Object.entries(node)) if (!key.startsWith("$")) walk(child, [...path, key]);
  };
  walk(data, []);
}

/** var(--other) of a left-out token is replaced by its value, so an allowed token keeps its meaning. */
function resolve(value: string, declarations: Map<string, string>, depth = 0): string {
  if (depth > 10) return value;
  return value.replace(/var\(\s*(--[a-zA-Z0-9_-]+)\s*\)/g, (whole, name: string) => {
    const allowed = themeTokenPrefixes.some((prefix) => name.startsWith(prefix));
    const target = declarations.get(name);
    return allowed || target === undefined ? whole : resolve(target, declarations, depth + 1);
  });
}

/** A CSS or JSON theme as tokens, with every problem as a Dutch field error (codes theme_…). */
export function parseThemeTokens(source: string): ThemeParseResult {
  if (source.length > MAX_THEME_SOURCE)
    return {
      tokens: {},
      skipped: 0,
      errors: [fail("theme_too_large", `Het bestand is te groot (maximaal ${MAX_THEME_SOURCE / 1000} kB).`)],
    };
  const text = source
    .replace(/^\uFEFF/, "")
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, " "))
    .trim();
  const into: Collected = { declarations: new Map(), errors: [] };
  if (text === "") return { tokens: {}, skipped: 0, errors: [] };
  if (text.startsWith("{") || text.startsWith("[")) parseJson(text, into);
  else parseCss(text, into);
  const tokens: ThemeTokens = {};
  let skipped = 0;
  for (const [name, value] of into.declarations) {
    if (!themeTokenPrefixes.some((prefix) => name.startsWith(prefix))) {
      skipped += 1;
      continue;
    }
    const resolved = resolve(value, into.declarations);
    const checked = themeTokenNameSchema.safeParse(name);
    const valueChecked = themeTokenValueSchema.safeParse(resolved);
    if (!checked.success)
      into.errors.push(fail("theme_name", `${name}: ${checked.error.issues[0]!.message}`));
    else if (!valueChecked.success)
      into.errors.push(fail("theme_value", `${name}: ${valueChecked.error.issues[0]!.message}`));
    else tokens[name] = valueChecked.data;
  }
  const count = Object.keys(tokens).length;
  if (into.errors.length === 0 && count === 0)
    into.errors.push(
      fail("theme_empty", `Er staan geen tokens met ${themeTokenPrefixes.join(", ")} in het bestand.`),
    );
  if (count > MAX_THEME_TOKENS)
    into.errors.push(fail("theme_too_many", `Een thema heeft hoogstens ${MAX_THEME_TOKENS} tokens.`));
  return { tokens, skipped, errors: into.errors };
}

/** The tokens as one CSS rule on the root (the Voorbeeld theme class), for serving and for the form. */
export function themeTokensCss(tokens: ThemeTokens, selector = ":root.voorbeeld-theme"): string {
  const lines = Object.entries(tokens).map(([name, value]) => `  ${name}: ${value};`);
  return `${selector} {\n${lines.join("\n")}\n}\n`;
}
