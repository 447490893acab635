import { createHash } from "node:crypto";
import Papa from "papaparse";
import { type FieldError, nothingImportedMessage } from "../../../shared/errors.ts";
import { coordinatesFromRow } from "../../../shared/geo.ts";
import {
  districtCsvRowSchema,
  postcodeCsvRowSchema,
  type Tenant,
  type TenantPatch,
  tenantSettingsSchema,
  tenantThemeSchema,
  tenantUpdateSchema,
} from "../../../shared/tenancy.ts";
import {
  parseThemeTokens,
  type ThemeTokens,
  themeTokensCss,
  themeTokensSchema,
} from "../../../shared/theme-tokens.ts";
import type { Db, DbOrTx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { AppError, notFound, validationFailed } from "../../platform/errors.ts";
import { applyPatch } from "../../platform/patch.ts";
import * as queries from "./queries.ts";

const MAX_IMPORT_ROWS = 20_000;
const MAX_POSTCODE_ROWS = 200_000;

/** The stored tokens, checked again; a stored value that no longer passes is left out, never served. */
function storedTokens(theme: unknown): ThemeTokens {
  const raw = (theme as { tokens?: unknown } | null)?.tokens;
  if (!raw || typeof raw !== "object") return {};
  const result = themeTokensSchema.safeParse(raw);
  if (result.success) return result.data;
  return Object.fromEntries(
    Object.entries(raw).filter(([name, value]) => themeTokensSchema.safeParse({ [name]: value }).success),
  );
}

function present(row: NonNullable<Awaited<ReturnType<typeof queries.findTenant>>>): Tenant {
  return {
    id: row.id,
    code: row.code,
    slug: row.slug,
    name: row.name,
    theme: tenantThemeSchema.parse(row.theme ?? {}),
    themeTokens: storedTokens(row.theme),
    settings: tenantSettingsSchema.parse(row.settings ?? {}),
  };
}

export async function getTenant(db: DbOrTx, actor: Actor): Promise<Tenant> {
  const row = await queries.findTenant(db, actor.tenantId);
  if (!row) throw notFound();
  return present(row);
}

/** The tenant shown on public pages (sign-in): by slug, or the first one of the installation. */
export async function getPublicTenant(db: DbOrTx, slug?: string) {
  const row = await queries.findTenantBySlug(db, slug);
  if (!row) throw notFound();
  const { id, code, name, theme, themeTokens, settings } = present(row);
  const themeVersion = createHash("sha256")
    .update(JSON.stringify([theme, themeTokens]))
    .digest("hex")
    .slice(0, 12);
  return {
    id,
    code,
    slug: row.slug,
    name,
    theme,
    themeVersion,
    mapTileUrl: settings.mapTileUrl,
    contact: settings.mailContact,
  };
}

/**
 * The tenant's theme as one stylesheet on the root: the three colours mapped onto the tokens the
 * components read, then the municipality's own tokens (which win). Inzet's default theme (Voorbeeld)
 * stays underneath for every token the file does not set.
 */
export async function themeCss(db: DbOrTx, slug?: string): Promise<string> {
  const row = await queries.findTenantBySlug(db, slug);
  if (!row) throw notFound();
  const { theme, themeTokens } = present(row);
  const colours: ThemeTokens = {
    "--inzet-primary-color": theme.primaryColor,
    "--inzet-primary-text-color": theme.primaryTextColor,
    "--utrecht-button-primary-action-background-color": theme.primaryColor,
    "--utrecht-button-primary-action-color": theme.primaryTextColor,
    "--utrecht-button-secondary-action-color": theme.primaryColor,
    "--utrecht-button-secondary-action-border-color": theme.primaryColor,
    "--utrecht-link-color": theme.linkColor,
  };
  return `/* Huisstijl van ${row.name.replace(/\*\//g, "")} (Inzet) */\n${themeTokensCss({ ...colours, ...themeTokens })}`;
}

/** Stores the municipality's own token set (CSS or JSON), or clears it with an empty file. */
export async function saveThemeTokens(db: DbOrTx, actor: Actor, source: string) {
  const { tokens, skipped, errors } = parseThemeTokens(source);
  if (errors.length > 0)
    throw validationFailed(errors, "Het thema is niet opgeslagen: controleer het bestand.");
  const row = await queries.setThemeTokens(db, actor.tenantId, tokens);
  if (!row) throw notFound();
  return { tokens: Object.keys(tokens).length, skipped };
}

/** A partial update: what is left out keeps its value (name, each colour, each setting). */
export async function updateTenantSettings(db: DbOrTx, actor: Actor, patch: TenantPatch): Promise<Tenant> {
  const { name, theme, settings } = await getTenant(db, actor);
  const input = applyPatch(tenantUpdateSchema, { name, theme, settings }, patch);
  const row = await queries.updateTenant(db, actor.tenantId, input);
  if (!row) throw notFound();
  return present(row);
}

export function listDistricts(db: DbOrTx, actor: Actor) {
  return queries.listDistricts(db, actor.tenantId);
}

type ParsedDistrict = { code: string; name: string; neighbourhoods: { code: string; name: string }[] };

/**
 * Reads a CSV in the layout of the CBS wijk- en buurtkaart (columns GM_CODE, WK_CODE, WK_NAAM, BU_CODE,
 * BU_NAAM; ; or , separated). Every row is checked first; any error means nothing is imported.
 */
export function parseDistrictCsv(
  csv: string,
  gemeenteCode: string,
): { districts: ParsedDistrict[]; errors: FieldError[] } {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (header) => header.trim().toUpperCase(),
    transform: (value) => value.trim(),
  });
  const errors: FieldError[] = [];
  const missing = ["GM_CODE", "WK_CODE", "WK_NAAM"].filter((column) => !parsed.meta.fields?.includes(column));
  if (missing.length > 0) {
    return {
      districts: [],
      errors: [
        { path: "csv", code: "missing_columns", message: `Deze kolommen ontbreken: ${missing.join(", ")}.` },
      ],
    };
  }
  if (parsed.data.length === 0) {
    return {
      districts: [],
      errors: [{ path: "csv", code: "empty", message: "Het bestand bevat geen regels." }],
    };
  }
  if (parsed.data.length > MAX_IMPORT_ROWS) {
    return {
      districts: [],
      errors: [
        { path: "csv", code: "too_many_rows", message: `Maximaal ${MAX_IMPORT_ROWS} regels per import.` },
      ],
    };
  }
  const districts = new Map<string, ParsedDistrict>();
  const seenNeighbourhoods = new Map<string, number>();
  parsed.data.forEach((raw, index) => {
    const line = index + 2; // header is line 1
    const result = districtCsvRowSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push({
          path: `rows.${line}.${issue.path.join(".")}`,
          code: issue.code,
          message: `Regel ${line}: ${issue.message}`,
        });
      }
      return;
    }
    const row = result.data;
    if (row.GM_CODE !== gemeenteCode) {
      errors.push({
        path: `rows.${line}.GM_CODE`,
        code: "other_municipality",
        message: `Regel ${line}: ${row.GM_CODE} is niet de gemeentecode van dit werkgebied (${gemeenteCode}).`,
      });
      return;
    }
    let entry = districts.get(row.WK_CODE);
    if (!entry) {
      entry = { code: row.WK_CODE, name: row.WK_NAAM, neighbourhoods: [] };
      districts.set(row.WK_CODE, entry);
    } else if (entry.name !== row.WK_NAAM) {
      errors.push({
        path: `rows.${line}.WK_NAAM`,
        code: "conflicting_name",
        message: `Regel ${line}: wijk ${row.WK_CODE} heeft hier een andere naam (${row.WK_NAAM}) dan eerder (${entry.name}).`,
      });
    }
    if (row.BU_CODE) {
      const earlier = seenNeighbourhoods.get(row.BU_CODE);
      if (earlier) {
        errors.push({
          path: `rows.${line}.BU_CODE`,
          code: "duplicate",
          message: `Regel ${line}: buurt ${row.BU_CODE} staat ook al op regel ${earlier}.`,
        });
      } else {
        seenNeighbourhoods.set(row.BU_CODE, line);
        entry.neighbourhoods.push({ code: row.BU_CODE, name: row.BU_NAAM });
      }
    }
  });
  return { districts: [...districts.values()], errors };
}

export async function importDistricts(db: Db, actor: Actor, csv: string) {
  const tenant = await queries.findTenant(db, actor.tenantId);
  if (!tenant) throw notFound();
  const { districts, errors } = parseDistrictCsv(csv, tenant.code);
  if (errors.length > 0) {
    throw validationFailed(errors.slice(0, 200), nothingImportedMessage(errors.length));
  }
  if (districts.length === 0) throw new AppError(400, "empty", "Het bestand bevat geen wijken.");
  return db.transaction((tx) => queries.upsertDistricts(tx, actor.tenantId, districts));
}

/**
 * Imports which neighbourhood each postcode (PC6) lies in, from a CSV with columns PC6 and BU_CODE
 * (or Buurt…); a file with one row per address may repeat a postcode. Optional coordinates (LAT/LON in
 * WGS84 or X/Y in RD New) give each postcode a middle point, the average of its rows, used for travel
 * distance. Every row is checked first; any error means nothing is imported. The new table replaces
 * the old one.
 */
export async function importPostcodes(db: Db, actor: Actor, csv: string) {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (header) => {
      const h = header.trim().toUpperCase();
      if (h === "LATITUDE") return "LAT";
      if (h === "LONGITUDE" || h === "LNG") return "LON";
      return h.startsWith("BUURT") || h === "BU_CODE" ? "BU_CODE" : h === "POSTCODE" ? "PC6" : h;
    },
    transform: (value) => value.trim(),
  });
  const missing = ["PC6", "BU_CODE"].filter((column) => !parsed.meta.fields?.includes(column));
  if (missing.length > 0) {
    throw validationFailed([
      { path: "csv", code: "missing_columns", message: `Deze kolommen ontbreken: ${missing.join(", ")}.` },
    ]);
  }
  if (parsed.data.length === 0)
    throw validationFailed([{ path: "csv", code: "empty", message: "Het bestand bevat geen regels." }]);
  if (parsed.data.length > MAX_POSTCODE_ROWS) {
    throw validationFailed([
      { path: "csv", code: "too_many_rows", message: `Maximaal ${MAX_POSTCODE_ROWS} regels per import.` },
    ]);
  }
  const neighbourhoods = new Map(
    (await queries.listNeighbourhoodCodes(db, actor.tenantId)).map((n) => [n.code, n.id]),
  );
  const errors: FieldError[] = [];
  const mapping = new Map<string, { neighbourhoodId: string; lat: number; lon: number; points: number }>();
  parsed.data.forEach((raw, index) => {
    const line = index + 2;
    const result = postcodeCsvRowSchema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) {
        errors.push({
          path: `rows.${line}.${issue.path.join(".")}`,
          code: issue.code,
          message: `Regel ${line}: ${issue.message}`,
        });
      }
      return;
    }
    const id = neighbourhoods.get(result.data.BU_CODE);
    if (!id) {
      errors.push({
        path: `rows.${line}.BU_CODE`,
        code: "unknown_neighbourhood",
        message: `Regel ${line}: buurt ${result.data.BU_CODE} hoort niet bij dit werkgebied. Importeer eerst de wijken en buurten.`,
      });
      return;
    }
    const coordinates = coordinatesFromRow(raw);
    if ("message" in coordinates) {
      errors.push({
        path: `rows.${line}.${coordinates.column}`,
        code: "invalid_coordinates",
        message: `Regel ${line}: ${coordinates.message}`,
      });
      return;
    }
    const entry = mapping.get(result.data.PC6) ?? { neighbourhoodId: id, lat: 0, lon: 0, points: 0 };
    if (coordinates.point) {
      entry.lat += coordinates.point.lat;
      entry.lon += coordinates.point.lon;
      entry.points++;
    }
    mapping.set(result.data.PC6, entry);
  });
  if (errors.length > 0) {
    throw validationFailed(errors.slice(0, 200), nothingImportedMessage(errors.length));
  }
  await db.transaction((tx) => queries.replacePostcodes(tx, actor.tenantId, mapping));
  return { postcodes: mapping.size };
}

/** The neighbourhood a postcode lies in, when the tenant has that postcode in its table; else null. */
export function neighbourhoodOfPostcode(db: DbOrTx, tenantId: string, postcode: string | null | undefined) {
  return postcode ? queries.findNeighbourhoodOfPostcode(db, tenantId, postcode) : Promise.resolve(null);
}

/** The tenant's name and slug by id (for mails and public pages of other features). */
export function findTenantById(db: DbOrTx, tenantId: string) {
  return queries.findTenant(db, tenantId);
}

/** Every tenant's id, for jobs that run across the installation. */
export function listTenantIds(db: DbOrTx) {
  return queries.listTenantIds(db);
}

export function countPostcodes(db: DbOrTx, actor: Actor) {
  return queries.countPostcodes(db, actor.tenantId);
}

/** The districts of a tenant by id (for public pages, e.g. the vacancy search filters). */
export function listDistrictsOfTenant(db: DbOrTx, tenantId: string) {
  return queries.listDistricts(db, tenantId);
}
