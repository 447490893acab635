import { endpoint } from "./endpoint.ts";
import { patchSchema } from "./patch.ts";
import { roles, rolesSeeingPersonalData } from "./roles.ts";
import { publicTenantPath } from "./tenancy-paths.ts";
import { themeTokensSchema, themeTokensUploadSchema } from "./theme-tokens.ts";
import { z } from "./zod.ts";

const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: "Gebruik een kleur als #1a2b3c." });

/** NL Design System tokens a municipality may set; the web app applies them as CSS custom properties. */
export const tenantThemeSchema = z.object({
  primaryColor: hexColour.default("#01689b"),
  primaryTextColor: hexColour.default("#ffffff"),
  linkColor: hexColour.default("#01689b"),
  logoUrl: z.union([z.url({ message: "Vul een geldige URL in." }), z.literal("")]).default(""),
});
export type TenantTheme = z.infer<typeof tenantThemeSchema>;

/** The PDOK background map (BRT achtergrondkaart), the default map tiles. */
export const defaultMapTileUrl =
  "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png";

export const tenantSettingsSchema = z.object({
  twoFactorRequiredRoles: z.array(z.enum(roles)).default(rolesSeeingPersonalData),
  mapTileUrl: z
    .string()
    .trim()
    .regex(/^https:\/\/[^\s]+\{z\}[^\s]*\{x\}[^\s]*\{y\}[^\s]*$/, {
      message: "Vul een https-adres in met {z}, {x} en {y}, zoals dat van de PDOK-achtergrondkaart.",
    })
    .default(defaultMapTileUrl),
  /** The person residents and volunteers can reply to; every mail names them under its text. */
  mailContact: z
    .object({
      name: z.string().trim().max(120, { message: "Maximaal 120 tekens." }).default(""),
      email: z.union([z.email({ message: "Vul een geldig e-mailadres in." }), z.literal("")]).default(""),
      phone: z
        .string()
        .trim()
        .max(30, { message: "Maximaal 30 tekens." })
        .regex(/^[0-9+() -]*$/, { message: "Gebruik alleen cijfers, spaties, +, ( en )." })
        .default(""),
    })
    .default({ name: "", email: "", phone: "" }),
});
export type TenantSettings = z.infer<typeof tenantSettingsSchema>;
/** Settings as stored: fields added later may be missing (they get their defaults when read). */
export type StoredTenantSettings = z.input<typeof tenantSettingsSchema>;

export const tenantSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  slug: z.string(),
  name: z.string(),
  theme: tenantThemeSchema,
  /** The municipality's own NL Design System tokens (shared/theme-tokens.ts), empty for the default theme. */
  themeTokens: themeTokensSchema,
  settings: tenantSettingsSchema,
});
export type Tenant = z.infer<typeof tenantSchema>;

export const tenantUpdateSchema = z.object({
  name: z.string().trim().min(2, { message: "Vul een naam in van minstens 2 tekens." }).max(120),
  theme: tenantThemeSchema,
  settings: tenantSettingsSchema,
});
export type TenantUpdate = z.infer<typeof tenantUpdateSchema>;
/** The body of PUT /api/tenant: a partial update, a field left out keeps its value. */
export const tenantPatchSchema = patchSchema(tenantUpdateSchema);
export type TenantPatch = z.infer<typeof tenantPatchSchema>;

export const publicTenantSchema = tenantSchema
  .pick({ code: true, slug: true, name: true, theme: true })
  /** themeVersion changes when the theme does: the web app loads `theme.css?slug=…&v=…`. */
  .extend({
    mapTileUrl: z.string(),
    themeVersion: z.string(),
    /** The contact every mail names (settings.mailContact): public, for the accessibility statement too. */
    contact: z.object({ name: z.string(), email: z.string(), phone: z.string() }),
  });

export const themeTokensSavedSchema = z.object({ tokens: z.number().int(), skipped: z.number().int() });

export const gemeenteCodeSchema = z
  .string()
  .regex(/^GM[0-9]{4}$/, { message: "Een gemeentecode is GM en 4 cijfers." });
export const wijkCodeSchema = z
  .string()
  .regex(/^WK[0-9]{6}$/, { message: "Een wijkcode is WK en 6 cijfers." });
export const buurtCodeSchema = z
  .string()
  .regex(/^BU[0-9]{8}$/, { message: "Een buurtcode is BU en 8 cijfers." });

export const neighbourhoodSchema = z.object({ id: z.uuid(), code: z.string(), name: z.string() });
export const districtSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  neighbourhoods: z.array(neighbourhoodSchema),
});
export type District = z.infer<typeof districtSchema>;

/** One row of the CBS wijk- en buurtkaart (buurten layer) as CSV. */
export const districtCsvRowSchema = z
  .object({
    GM_CODE: gemeenteCodeSchema,
    WK_CODE: wijkCodeSchema,
    WK_NAAM: z.string().trim().min(1, { message: "Wijknaam ontbreekt." }).max(120),
    BU_CODE: z.union([buurtCodeSchema, z.literal("")]).default(""),
    BU_NAAM: z.string().trim().max(120).default(""),
  })
  .refine((row) => row.BU_CODE === "" || row.BU_CODE.slice(2, 8) === row.WK_CODE.slice(2, 8), {
    message: "De buurtcode hoort niet bij deze wijkcode.",
    path: ["BU_CODE"],
  })
  .refine((row) => row.BU_CODE === "" || row.BU_NAAM !== "", {
    message: "Buurtnaam ontbreekt.",
    path: ["BU_NAAM"],
  });

export const districtImportSchema = z.object({
  csv: z
    .string()
    .min(1, { message: "Het bestand is leeg." })
    .max(5_000_000, { message: "Het bestand is te groot (maximaal 5 MB)." }),
});

export const importRowErrorSchema = z.object({
  row: z.number().int(),
  field: z.string(),
  message: z.string(),
});
export const districtImportResultSchema = z.object({
  districts: z.number().int(),
  neighbourhoods: z.number().int(),
});

/** One row of a postcode → buurt table (CBS "buurt per postcode", PC6 level). */
export const postcodeCsvRowSchema = z.object({
  PC6: z
    .string()
    .trim()
    .regex(/^[1-9][0-9]{3} ?[A-Za-z]{2}$/, { message: "Ongeldige postcode (verwacht 1234AB)." })
    .transform((value) => `${value.slice(0, 4)} ${value.slice(-2).toUpperCase()}`),
  BU_CODE: z
    .string()
    .trim()
    // CBS files give the buurtcode with or without the BU prefix.
    .transform((value) => (/^[0-9]{1,8}$/.test(value) ? `BU${value.padStart(8, "0")}` : value.toUpperCase()))
    .pipe(buurtCodeSchema),
});
export const postcodeImportResultSchema = z.object({ postcodes: z.number().int() });

const tags = ["werkgebied"];
export const postcodeImportSchema = z.object({
  csv: z
    .string()
    .min(1, { message: "Het bestand is leeg." })
    .max(8_000_000, { message: "Het bestand is te groot (maximaal 8 MB)." }),
});
export const tenancyEndpoints = {
  publicTenant: endpoint({
    method: "GET",
    path: publicTenantPath,
    tags,
    summary: "Naam en huisstijl van het werkgebied (voor de inlogpagina)",
    permission: "public",
    query: z.object({ slug: z.string().max(100).optional() }),
    response: publicTenantSchema,
  }),
  get: endpoint({
    method: "GET",
    path: "/api/tenant",
    tags,
    summary: "Instellingen van het werkgebied",
    permission: "tenant.manage",
    response: tenantSchema,
  }),
  update: endpoint({
    method: "PUT",
    path: "/api/tenant",
    tags,
    summary: "Instellingen en huisstijl wijzigen (wat u weglaat, blijft zoals het was)",
    permission: "tenant.manage",
    body: tenantPatchSchema,
    response: tenantSchema,
  }),
  themeCss: endpoint({
    method: "GET",
    path: "/api/public/tenant/theme.css",
    tags,
    summary: "Huisstijl van het werkgebied als CSS (kleuren en eigen NL Design System-tokens)",
    permission: "public",
    personalData: false,
    query: z.object({ slug: z.string().max(100).optional(), v: z.string().max(40).optional() }),
  }),
  saveThemeTokens: endpoint({
    method: "PUT",
    path: "/api/tenant/theme/tokens",
    tags,
    summary:
      "Eigen NL Design System-thema opslaan (CSS met custom properties of JSON-tokens; leeg: standaardthema)",
    permission: "tenant.manage",
    body: themeTokensUploadSchema,
    response: themeTokensSavedSchema,
  }),
  districts: endpoint({
    method: "GET",
    path: "/api/districts",
    tags,
    summary: "Wijken en buurten",
    permission: "districts.read",
    response: z.array(districtSchema),
  }),
  importDistricts: endpoint({
    method: "POST",
    path: "/api/districts/import",
    tags,
    summary: "Wijken en buurten importeren (CSV, CBS wijk- en buurtkaart)",
    permission: "districts.manage",
    bodyLimit: 6 * 1024 * 1024,
    body: districtImportSchema,
    response: districtImportResultSchema,
  }),
  importPostcodes: endpoint({
    method: "POST",
    path: "/api/districts/postcodes/import",
    tags,
    summary:
      "Postcodes per buurt importeren (CSV met PC6 en BU_CODE, optioneel LAT/LON of RD X/Y); vervangt de vorige tabel",
    permission: "districts.manage",
    bodyLimit: 8 * 1024 * 1024,
    body: postcodeImportSchema,
    response: postcodeImportResultSchema,
  }),
  postcodeCount: endpoint({
    method: "GET",
    path: "/api/districts/postcodes/count",
    tags,
    summary: "Aantal postcodes in de tabel",
    permission: "districts.read",
    response: postcodeImportResultSchema,
  }),
};
