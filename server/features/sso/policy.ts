import type { Role } from "../../../shared/roles.ts";
import type { SsoFallback, SsoRule } from "../../../shared/sso.ts";

export type MappedMembership = { role: Role; organisationId: string | null };
export type SsoDecision = { kind: "refuse" } | { kind: "memberships"; memberships: MappedMembership[] };

/**
 * The values of a claim as strings. A claim may be a string, a list, or (Keycloak) nested: a name
 * with dots such as `realm_access.roles` is looked up as a path when no claim has that exact name.
 */
export function claimValues(claims: Record<string, unknown>, claim: string): string[] {
  let value: unknown = claims[claim];
  if (value === undefined && claim.includes(".")) {
    value = claim
      .split(".")
      .reduce<unknown>(
        (node, key) =>
          node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined,
        claims,
      );
  }
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.filter((v): v is string | number => typeof v === "string" || typeof v === "number").map(String);
}

/**
 * Which memberships someone gets from the claims of their identity provider: one per matching rule
 * (a Keycloak group path "/inzet-coordinatoren" also matches the rule value "inzet-coordinatoren").
 * No match: refused, or signed in without a role, as the tenant chose.
 */
export function decideMemberships(
  config: { claim: string; rules: SsoRule[]; fallback: SsoFallback },
  claims: Record<string, unknown>,
): SsoDecision {
  const values = new Set(claimValues(claims, config.claim).flatMap((v) => [v, v.replace(/^\//, "")]));
  const seen = new Set<string>();
  const memberships: MappedMembership[] = [];
  for (const rule of config.rules) {
    if (!values.has(rule.claimValue)) continue;
    const key = `${rule.role}|${rule.organisationId ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    memberships.push({ role: rule.role, organisationId: rule.organisationId ?? null });
  }
  if (memberships.length === 0 && config.fallback === "refuse") return { kind: "refuse" };
  return { kind: "memberships", memberships };
}

/** Whether an e-mail address belongs to one of the domains (or a subdomain of one), as the plugin matches. */
export function emailInDomains(email: string, domains: string[]): boolean {
  const domain = email.split("@")[1]?.toLowerCase();
  if (!domain) return false;
  return domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** Password sign-in is refused when any current role of the user is one the tenant switched passwords off for. */
export function passwordSignInRefused(userRoles: Role[], disabledRoles: Role[]): boolean {
  return userRoles.some((role) => disabledRoles.includes(role));
}

/** The better-auth provider id of a tenant: also the last part of its redirect URI. */
export function providerIdOf(tenantSlug: string): string {
  return `sso-${tenantSlug}`;
}
