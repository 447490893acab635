import { endpoint } from "./endpoint.ts";
import { roles } from "./roles.ts";
import { z } from "./zod.ts";

/** What happens when none of the mapping rules matches the claim of someone signing in. */
export const ssoFallbacks = ["refuse", "noRole"] as const;
export type SsoFallback = (typeof ssoFallbacks)[number];

const loopbackHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The issuer of the identity provider: https, or http only on this machine (for tests). */
export const ssoIssuerSchema = z
  .string()
  .trim()
  .min(1, { message: "Vul de issuer-URL van uw identity provider in." })
  .max(500)
  .pipe(z.url({ message: "Vul een geldige URL in, zoals https://login.microsoftonline.com/…/v2.0." }))
  .refine(
    (value) => {
      const url = new URL(value);
      return url.protocol === "https:" || (url.protocol === "http:" && loopbackHosts.has(url.hostname));
    },
    { message: "De issuer moet met https:// beginnen." },
  )
  .refine((value) => !new URL(value).search && !new URL(value).hash, {
    message: "Een issuer-URL heeft geen ? of #.",
  })
  .transform((value) => value.replace(/\/+$/, ""));

const domainSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, {
    message: "Vul een domein in zoals gemeente.nl (zonder @ of https://).",
  });

/** One rule: someone whose claim contains `claimValue` gets `role` (in `organisationId`, if given). */
export const ssoRuleSchema = z.object({
  claimValue: z
    .string()
    .trim()
    .min(1, { message: "Vul de waarde van de claim in, bijvoorbeeld inzet-coordinatoren." })
    .max(200, { message: "Een claimwaarde mag maximaal 200 tekens hebben." }),
  role: z.enum(roles, { message: "Kies een rol." }),
  organisationId: z.uuid({ message: "Kies een organisatie." }).nullable().default(null),
});
export type SsoRule = z.infer<typeof ssoRuleSchema>;

const settingsFields = {
  enabled: z.boolean().default(true),
  issuer: ssoIssuerSchema,
  clientId: z
    .string()
    .trim()
    .min(1, { message: "Vul de client-id in die u van de identity provider kreeg." })
    .max(300, { message: "Een client-id mag maximaal 300 tekens hebben." }),
  domains: z
    .array(domainSchema)
    .min(1, { message: "Vul minstens één e-maildomein in, zoals gemeente.nl." })
    .max(20, { message: "Maximaal 20 domeinen." }),
  scopes: z
    .string()
    .trim()
    .max(300)
    .regex(/^[\w:./-]+( [\w:./-]+)*$/, {
      message: "Scopes met spaties ertussen, zoals: openid email profile.",
    })
    .refine((value) => value.split(" ").includes("openid"), { message: "De scope openid is nodig." })
    .default("openid email profile"),
  claim: z
    .string()
    .trim()
    .min(1, { message: "Vul de naam van de claim in, bijvoorbeeld groups of roles." })
    .max(100)
    .regex(/^[\w:./-]+$/, { message: "Een claimnaam heeft geen spaties." })
    .default("groups"),
  rules: z.array(ssoRuleSchema).max(100, { message: "Maximaal 100 regels." }).default([]),
  fallback: z.enum(ssoFallbacks, { message: "Kies wat er gebeurt als geen regel past." }).default("refuse"),
  passwordSignInDisabledRoles: z.array(z.enum(roles, { message: "Kies een rol." })).default([]),
};

/**
 * The SSO settings as an admin saves them. The client secret is write-only: leave it out (or empty)
 * to keep the stored one; it is never sent back.
 */
export const ssoSettingsInputSchema = z.object({
  ...settingsFields,
  clientSecret: z
    .string()
    .max(1000, { message: "Een client secret mag maximaal 1000 tekens hebben." })
    .optional()
    .transform((value) => (value?.trim() ? value.trim() : undefined)),
});
/** The settings after validation (what the service works with). */
export type SsoSettingsInput = z.output<typeof ssoSettingsInputSchema>;
/** The settings as a form sends them. */
export type SsoSettingsForm = z.input<typeof ssoSettingsInputSchema>;

/** The SSO settings as the API returns them (without the secret). */
export const ssoSettingsSchema = z.object({
  enabled: z.boolean(),
  issuer: z.string(),
  clientId: z.string(),
  domains: z.array(z.string()),
  scopes: z.string(),
  claim: z.string(),
  rules: z.array(
    z.object({ claimValue: z.string(), role: z.enum(roles), organisationId: z.uuid().nullable() }),
  ),
  fallback: z.enum(ssoFallbacks),
  passwordSignInDisabledRoles: z.array(z.enum(roles)),
  clientSecretSet: z.boolean(),
  providerId: z.string(),
  /** The address to register at the identity provider as redirect URI. */
  redirectUri: z.string(),
});
export type SsoSettings = z.infer<typeof ssoSettingsSchema>;

/** What the sign-in page needs to show "Inloggen met uw organisatie-account". */
export const publicSsoSchema = z.object({ enabled: z.boolean(), providerId: z.string().nullable() });
export type PublicSso = z.infer<typeof publicSsoSchema>;

/** Error codes that come back on the sign-in page after a failed organisation sign-in (?error=…). */
export const ssoErrorMessages: Record<string, string> = {
  sso_no_role:
    "U kunt niet inloggen: uw organisatie-account heeft geen rol in Inzet. Vraag uw beheerder om u toe te voegen aan de juiste groep.",
  sso_wrong_domain: "U kunt niet inloggen: uw e-mailadres hoort niet bij deze gemeente.",
  sso_disabled: "Inloggen met een organisatie-account staat uit voor deze gemeente.",
  "account not linked":
    "Er is al een Inzet-account met dit e-mailadres. Log in met uw wachtwoord of vraag uw beheerder om hulp.",
};
export const ssoGenericError = "Inloggen met uw organisatie-account is niet gelukt. Probeer het opnieuw.";

/** The message of a refused password sign-in when the tenant switched passwords off for the role. */
export const PASSWORD_SIGN_IN_DISABLED_MESSAGE =
  "Voor uw rol is inloggen met een wachtwoord uitgezet. Kies ‘Inloggen met uw organisatie-account’.";

const tags = ["werkgebied"];
export const ssoEndpoints = {
  publicSso: endpoint({
    method: "GET",
    path: "/api/public/sso",
    tags,
    summary: "Biedt het werkgebied inloggen met een organisatie-account (voor de inlogpagina)?",
    permission: "public",
    query: z.object({ slug: z.string().max(100).optional() }),
    response: publicSsoSchema,
  }),
  settings: endpoint({
    method: "GET",
    path: "/api/tenant/sso",
    tags,
    summary: "Instellingen voor inloggen met een organisatie-account (OpenID Connect), zonder client secret",
    permission: "tenant.manage",
    response: z.object({
      settings: ssoSettingsSchema.nullable(),
      providerId: z.string(),
      redirectUri: z.string(),
    }),
  }),
  save: endpoint({
    method: "PUT",
    path: "/api/tenant/sso",
    tags,
    summary: "Inloggen met een organisatie-account instellen (het client secret is alleen te schrijven)",
    permission: "tenant.manage",
    body: ssoSettingsInputSchema,
    response: ssoSettingsSchema,
  }),
};
