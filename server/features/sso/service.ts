import { DiscoveryError, discoverOIDCConfig } from "@better-auth/sso";
import type { Role } from "../../../shared/roles.ts";
import {
  type PublicSso,
  type SsoSettings,
  type SsoSettingsInput,
  ssoErrorMessages,
} from "../../../shared/sso.ts";
import type { Db, DbOrTx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { validationFailed } from "../../platform/errors.ts";
import { logProcessing } from "../../platform/processing-log.ts";
import { getTenant } from "../tenancy/service.ts";
import { decideMemberships, emailInDomains, providerIdOf } from "./policy.ts";
import * as queries from "./queries.ts";

type StoredOidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  discoveryEndpoint: string;
  authorizationEndpoint: string;
  tokenEndpoint: string;
  jwksEndpoint: string;
  userInfoEndpoint?: string;
  tokenEndpointAuthentication?: "client_secret_basic" | "client_secret_post";
  scopes: string[];
  pkce: boolean;
  overrideUserInfo: boolean;
  mapping: { email: string; name: string; extraFields: Record<string, string> };
};

/**
 * The keys under which the plugin hands Inzet's provisioning the mapping claim (config.mapping.extraFields):
 * the claim by its full name, and its first part for a nested claim such as `realm_access.roles`.
 */
const CLAIM_FIELD = "inzetSsoClaim";
const CLAIM_ROOT_FIELD = "inzetSsoClaimRoot";

/** The claims as far as Inzet asked the plugin to pass them on (see mapping.extraFields). */
function claimsFromUserInfo(claim: string, userInfo: Record<string, unknown>) {
  return { [claim.split(".")[0]!]: userInfo[CLAIM_ROOT_FIELD], [claim]: userInfo[CLAIM_FIELD] };
}

export function redirectUriOf(publicUrl: string, providerId: string) {
  return `${publicUrl}/api/auth/sso/callback/${providerId}`;
}

function parseOidcConfig(text: string | null): StoredOidcConfig | null {
  if (!text) return null;
  try {
    return JSON.parse(text) as StoredOidcConfig;
  } catch {
    return null;
  }
}

function present(
  row: NonNullable<Awaited<ReturnType<typeof queries.findSettings>>>,
  publicUrl: string,
): SsoSettings {
  const oidc = parseOidcConfig(row.provider.oidcConfig);
  return {
    enabled: row.sso.enabled,
    issuer: row.provider.issuer,
    clientId: oidc?.clientId ?? "",
    clientSecretSet: Boolean(oidc?.clientSecret),
    domains: row.provider.domain.split(",").filter(Boolean),
    scopes: row.sso.scopes,
    claim: row.sso.claim,
    rules: row.sso.rules,
    fallback: row.sso.fallback,
    passwordSignInDisabledRoles: row.sso.passwordSignInDisabledRoles,
    providerId: row.sso.providerId,
    redirectUri: redirectUriOf(publicUrl, row.sso.providerId),
  };
}

/** The tenant's SSO settings, without the client secret; null when none were saved yet. */
export async function getSettings(db: DbOrTx, actor: Actor, publicUrl: string): Promise<SsoSettings | null> {
  const row = await queries.findSettings(db, actor.tenantId);
  return row ? present(row, publicUrl) : null;
}

/** What a new tenant would register at its identity provider, before anything is saved. */
export async function getRedirectUri(db: DbOrTx, actor: Actor, publicUrl: string) {
  const tenant = await getTenant(db, actor);
  const providerId = providerIdOf(tenant.slug);
  return { providerId, redirectUri: redirectUriOf(publicUrl, providerId) };
}

/** Reads the issuer's discovery document (only the issuer's own origin may be fetched). */
async function discover(issuer: string) {
  const origin = new URL(issuer).origin;
  try {
    return await discoverOIDCConfig({
      issuer,
      timeout: 10_000,
      isTrustedOrigin: (url: string) => new URL(url).origin === origin,
    });
  } catch (error) {
    const detail =
      error instanceof DiscoveryError && error.code === "issuer_mismatch"
        ? "De issuer in het discovery-document is een andere dan de ingevulde issuer."
        : `Controleer of ${issuer}/.well-known/openid-configuration bereikbaar is.`;
    throw validationFailed([
      {
        path: "issuer",
        code: error instanceof DiscoveryError ? error.code : "discovery_failed",
        message: `Inzet kon de instellingen van de identity provider niet ophalen. ${detail}`,
      },
    ]);
  }
}

/**
 * Saves the tenant's SSO settings: checks the organisations of the rules, fetches the discovery
 * document of the issuer and writes the provider that better-auth's SSO plugin reads, in one transaction.
 * The client secret is kept when none is given.
 */
export async function saveSettings(
  db: Db,
  actor: Actor,
  publicUrl: string,
  input: SsoSettingsInput,
): Promise<SsoSettings> {
  const tenant = await getTenant(db, actor);
  const providerId = providerIdOf(tenant.slug);
  const existing = await queries.findSettings(db, actor.tenantId);
  const clientSecret =
    input.clientSecret ?? parseOidcConfig(existing?.provider.oidcConfig ?? null)?.clientSecret;
  if (!clientSecret) {
    throw validationFailed([
      { path: "clientSecret", code: "required", message: "Vul het client secret in." },
    ]);
  }
  const organisationIds = [...new Set(input.rules.flatMap((rule) => rule.organisationId ?? []))];
  const known = new Set(await queries.organisationsInTenant(db, actor.tenantId, organisationIds));
  const unknownRules = input.rules.flatMap((rule, index) =>
    rule.organisationId && !known.has(rule.organisationId)
      ? [
          {
            path: `rules.${index}.organisationId`,
            code: "not_found",
            message: "Deze organisatie bestaat niet.",
          },
        ]
      : [],
  );
  if (unknownRules.length > 0) throw validationFailed(unknownRules);

  const discovered = await discover(input.issuer);
  const oidcConfig: StoredOidcConfig = {
    issuer: input.issuer,
    clientId: input.clientId,
    clientSecret,
    discoveryEndpoint: discovered.discoveryEndpoint,
    authorizationEndpoint: discovered.authorizationEndpoint,
    tokenEndpoint: discovered.tokenEndpoint,
    jwksEndpoint: discovered.jwksEndpoint,
    userInfoEndpoint: discovered.userInfoEndpoint,
    tokenEndpointAuthentication:
      discovered.tokenEndpointAuthentication === "client_secret_post"
        ? "client_secret_post"
        : "client_secret_basic",
    scopes: input.scopes.split(" "),
    pkce: true,
    overrideUserInfo: true,
    mapping: {
      email: "email",
      name: "name",
      extraFields: {
        [CLAIM_FIELD]: input.claim,
        [CLAIM_ROOT_FIELD]: input.claim.split(".")[0]!,
        givenName: "given_name",
        familyName: "family_name",
      },
    },
  };
  await db.transaction(async (tx) => {
    await queries.saveProvider(tx, {
      id: existing?.provider.id ?? crypto.randomUUID(),
      providerId,
      issuer: input.issuer,
      domain: input.domains.join(","),
      oidcConfig: JSON.stringify(oidcConfig),
      userId: actor.userId,
    });
    await queries.saveTenantSso(tx, {
      tenantId: actor.tenantId,
      providerId,
      enabled: input.enabled,
      claim: input.claim,
      scopes: input.scopes,
      rules: input.rules,
      fallback: input.fallback,
      passwordSignInDisabledRoles: input.passwordSignInDisabledRoles,
    });
  });
  return (await getSettings(db, actor, publicUrl))!;
}

/** For the sign-in page: whether the tenant (by slug, or the first one) offers SSO. */
export async function getPublicSso(db: DbOrTx, slug?: string): Promise<PublicSso> {
  const row = await queries.findEnabledByTenantSlug(db, slug);
  return { enabled: Boolean(row), providerId: row?.providerId ?? null };
}

/** Whether a sign-in may start with this provider: one of a tenant, with SSO switched on. */
export async function isSignInOpen(db: DbOrTx, providerId: string) {
  const row = providerId ? await queries.findByProviderId(db, providerId) : null;
  return Boolean(row?.sso.enabled);
}

/** Issuers whose origins better-auth may fetch from server-side (token, keys, userinfo). */
export function listEnabledIssuers(db: DbOrTx) {
  return queries.listEnabledIssuers(db);
}

export type SsoRefusal = { error: string; errorDescription: string };
const refusal = (error: keyof typeof ssoErrorMessages): SsoRefusal => ({
  error,
  errorDescription: ssoErrorMessages[error]!,
});

/**
 * Decides, before anything is written, whether someone may sign in through the tenant's identity
 * provider: SSO switched on, the e-mail address in one of its domains, and a role from the claims
 * (unless the tenant lets people in without one). Null means: go ahead.
 */
export async function checkSignIn(
  db: DbOrTx,
  input: { providerId: string; email: string; claims: Record<string, unknown> },
): Promise<SsoRefusal | null> {
  const row = await queries.findByProviderId(db, input.providerId);
  if (!row?.sso.enabled) return refusal("sso_disabled");
  if (!emailInDomains(input.email, row.provider.domain.split(","))) return refusal("sso_wrong_domain");
  if (decideMemberships(row.sso, input.claims).kind === "refuse") return refusal("sso_no_role");
  return null;
}

function splitName(name: string, given: unknown, family: unknown) {
  if (typeof given === "string" && given.trim() && typeof family === "string" && family.trim()) {
    return { givenName: given.trim(), familyName: family.trim() };
  }
  const parts = name.trim().split(/\s+/);
  return { givenName: parts[0] || "-", familyName: parts.slice(1).join(" ") || "-" };
}

/**
 * After a sign-in through the identity provider: gives the user a person record in the tenant (the
 * first time) and makes their current memberships there the ones the claims map to — the identity
 * provider is the source of truth for the roles of SSO users. Logged as accounts.manage.
 */
export async function provisionUser(
  db: Db,
  input: {
    providerId: string;
    user: { id: string; email: string; name: string };
    /** The plugin's user info, with the extra fields of the stored mapping. */
    userInfo: Record<string, unknown>;
    traceId: string;
  },
) {
  const row = await queries.findByProviderId(db, input.providerId);
  if (!row) return;
  const tenantId = row.sso.tenantId;
  const decision = decideMemberships(row.sso, claimsFromUserInfo(row.sso.claim, input.userInfo));
  if (decision.kind === "refuse") return; // checkSignIn refused it already
  await db.transaction(async (tx) => {
    let personId = await queries.findPersonId(tx, tenantId, input.user.id);
    const created = !personId;
    if (!personId) {
      personId = await queries.insertPerson(tx, {
        tenantId,
        userId: input.user.id,
        email: input.user.email,
        ...splitName(input.user.name, input.userInfo.givenName, input.userInfo.familyName),
      });
    }
    const current = await queries.findActiveMemberships(tx, tenantId, input.user.id);
    const key = (m: { role: Role | string; organisationId: string | null }) =>
      `${m.role}|${m.organisationId ?? ""}`;
    const wanted = new Set(decision.memberships.map(key));
    const have = new Set(current.map(key));
    const toEnd = current.filter((m) => !wanted.has(key(m))).map((m) => m.id);
    const toAdd = decision.memberships.filter((m) => !have.has(key(m)));
    await queries.endMemberships(tx, tenantId, toEnd);
    await queries.insertMemberships(
      tx,
      toAdd.map((m) => ({ tenantId, userId: input.user.id, ...m })),
    );
    if (created || toEnd.length > 0 || toAdd.length > 0) {
      await logProcessing(
        tx,
        { tenantId, traceId: input.traceId, userId: null, role: null },
        {
          activity: "accounts.manage",
          action: created ? "create" : "update",
          subjectType: "person",
          subjectIds: [personId],
        },
      );
    }
  });
}

/** Whether password sign-in is switched off for a current role of the user with this e-mail address. */
export function isPasswordSignInDisabled(db: DbOrTx, email: string) {
  return queries.passwordSignInDisabledFor(db, email);
}
