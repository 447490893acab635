import type { ssoNl } from "./sso-nl.ts";

export const ssoEn: typeof ssoNl = {
  signInButton: "Sign in with your organisation account",
  signInOr: "Or sign in with your email address and password:",
  title: "Sign in with an organisation account (single sign-on)",
  intro:
    "Staff then sign in with their organisation's account, for example through Entra ID, ADFS or Keycloak (OpenID Connect). Ask your IT department to register Inzet as an application.",
  redirectUri: "Redirect URI to enter at your identity provider:",
  enabled: "Signing in with an organisation account is on",
  issuer: "Issuer URL",
  issuerHint:
    "For example https://login.microsoftonline.com/<tenant-id>/v2.0 or https://sso.example.org/realms/example",
  clientId: "Client ID",
  clientSecret: "Client secret",
  clientSecretHint: "Inzet never shows the stored secret again. Leave this empty to keep it.",
  clientSecretNew: "Your identity provider gives you the client secret.",
  domains: "Email domains",
  domainsHint:
    "Separated by commas, for example example.org, team.example.org. Only addresses on these domains may sign in.",
  scopes: "Scopes",
  claim: "Claim with groups or roles",
  claimHint: "For example groups (Entra ID), role (ADFS) or realm_access.roles (Keycloak).",
  rules: "Which group gets which role",
  rulesHint:
    "Per rule: the value in the claim, the role in Inzet and optionally the organisation. Leave a rule empty to remove it.",
  rule: "Rule {{n}}",
  claimValue: "Value in the claim",
  role: "Role",
  organisation: "Organisation",
  noOrganisation: "None (whole area)",
  fallback: "When no rule matches",
  fallbackRefuse: "Do not let them in (with an explanation)",
  fallbackNoRole: "Let them in without a role",
  passwordRoles: "Password sign-in is off for",
  passwordRolesHint: "These roles must sign in with their organisation account.",
  save: "Save",
};
