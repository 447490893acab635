import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SsoSettingsForm } from "../../../shared/sso.ts";
import { authAccount, authUser, membership, person, processingLog } from "../../db/schema.ts";
import {
  cookieHeader,
  createOrganisation,
  createTenant,
  createUser,
  mergeCookies,
  setTenantSettings,
  signIn,
  TEST_ORIGIN,
  testApp,
} from "../../test/harness.ts";
import { followAtIdp, startIdp } from "../../test/oidc-idp.ts";
import { claimValues, decideMemberships } from "./policy.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
let idp: Awaited<ReturnType<typeof startIdp>>;
let tenant: Awaited<ReturnType<typeof createTenant>>;
let organisationId: string;
let adminCookie: string;
let providerId: string;
const run = crypto.randomUUID().slice(0, 8);
const domain = `gemeente-${run}.nl`;
let people = 0;

beforeAll(async () => {
  ctx = await testApp();
  tenant = await createTenant({ twoFactorRequiredRoles: [] });
  providerId = `sso-${tenant.slug}`;
  organisationId = (await createOrganisation(tenant.id)).id;
  const admin = await createUser(tenant.id, "admin");
  adminCookie = await signIn(ctx.app, admin.email);
  idp = await startIdp({ redirectUri: `${TEST_ORIGIN}/api/auth/sso/callback/${providerId}` });
});
afterAll(async () => {
  await idp?.close();
  await ctx?.app.close();
});

function settings(overrides: Partial<SsoSettingsForm> = {}): SsoSettingsForm {
  return {
    enabled: true,
    issuer: idp.issuer,
    clientId: idp.client.clientId,
    clientSecret: idp.client.clientSecret,
    domains: [domain],
    claim: "groups",
    rules: [
      { claimValue: "inzet-coordinatoren", role: "coordinator", organisationId },
      { claimValue: "inzet-professionals", role: "professional", organisationId: null },
    ],
    fallback: "refuse",
    passwordSignInDisabledRoles: [],
    ...overrides,
  };
}

function saveSettings(body: SsoSettingsForm) {
  return ctx.app.inject({
    method: "PUT",
    url: "/api/tenant/sso",
    headers: { cookie: adminCookie },
    payload: body,
  });
}

/** A new person at the identity provider, with an address in the tenant's domain. */
function newIdpPerson(groups: string[], email = `medewerker-${run}-${++people}@${domain}`) {
  const sub = `sub-${run}-${people}-${crypto.randomUUID().slice(0, 6)}`;
  idp.addAccount(sub, { email, name: "Anna de Vries", given_name: "Anna", family_name: "de Vries", groups });
  return { sub, email };
}

/**
 * The browser's part of the authorization code flow: Inzet's sign-in endpoint, the provider (which
 * signs `sub` in at once), then Inzet's callback with the cookies Inzet set at the start.
 */
async function ssoSignIn(sub: string, { keepStateCookie = true } = {}) {
  const start = await ctx.app.inject({
    method: "POST",
    url: "/api/auth/sign-in/sso",
    payload: { providerId, callbackURL: "/", errorCallbackURL: "/inloggen" },
  });
  expect(start.statusCode, start.body).toBe(200);
  const { url } = start.json() as { url: string };
  expect(url.startsWith(`${idp.issuer}/`)).toBe(true);
  const startCookie = cookieHeader(start.headers["set-cookie"]);
  idp.state.loginAs = sub;
  const back = new URL(await followAtIdp(url, TEST_ORIGIN));
  expect(back.pathname).toBe(`/api/auth/sso/callback/${providerId}`);
  const callback = await ctx.app.inject({
    method: "GET",
    url: `${back.pathname}${back.search}`,
    headers: keepStateCookie ? { cookie: startCookie } : {},
  });
  expect(callback.statusCode, callback.body).toBe(302);
  const location = new URL(String(callback.headers.location), TEST_ORIGIN);
  const cookie = cookieHeader(callback.headers["set-cookie"]);
  return { location, sessionCookie: cookie.includes("session_token") ? cookie : null };
}

async function findUser(email: string) {
  const [row] = await ctx.db.select().from(authUser).where(eq(authUser.email, email));
  return row ?? null;
}

async function activeMemberships(userId: string) {
  return ctx.db
    .select({ role: membership.role, organisationId: membership.organisationId })
    .from(membership)
    .where(
      and(eq(membership.userId, userId), eq(membership.tenantId, tenant.id), isNull(membership.endedAt)),
    );
}

describe("SSO settings", () => {
  it("refuses a first save without client secret, and invalid fields, with Dutch field messages", async () => {
    const other = await createTenant({ twoFactorRequiredRoles: [] });
    const otherAdmin = await createUser(other.id, "admin");
    const cookie = await signIn(ctx.app, otherAdmin.email);
    const { clientSecret: _secret, ...withoutSecret } = settings();
    const noSecret = await ctx.app.inject({
      method: "PUT",
      url: "/api/tenant/sso",
      headers: { cookie },
      payload: withoutSecret,
    });
    expect(noSecret.statusCode).toBe(400);
    expect(noSecret.json().error.fields).toEqual([expect.objectContaining({ path: "clientSecret" })]);

    const invalid = await ctx.app.inject({
      method: "PUT",
      url: "/api/tenant/sso",
      headers: { cookie },
      payload: settings({
        issuer: "http://idp.example.org",
        domains: ["@gemeente.nl"],
        rules: [{ claimValue: "", role: "coordinator", organisationId: null }],
      }),
    });
    expect(invalid.statusCode).toBe(400);
    const fields = invalid.json().error.fields as { path: string; message: string }[];
    expect(fields.map((f) => f.path).sort()).toEqual(["domains.0", "issuer", "rules.0.claimValue"]);
    expect(fields.find((f) => f.path === "issuer")?.message).toBe("De issuer moet met https:// beginnen.");
  });

  it("refuses an organisation of another tenant in a rule", async () => {
    const foreign = await createOrganisation((await createTenant()).id);
    const response = await saveSettings(
      settings({ rules: [{ claimValue: "x", role: "coordinator", organisationId: foreign.id }] }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0].path).toBe("rules.0.organisationId");
  });

  it("saves the settings after reading the provider's discovery document; the secret is never returned", async () => {
    const saved = await saveSettings(settings());
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.body).not.toContain(idp.client.clientSecret);
    expect(saved.json()).toMatchObject({
      clientSecretSet: true,
      providerId,
      redirectUri: `${TEST_ORIGIN}/api/auth/sso/callback/${providerId}`,
    });

    const read = await ctx.app.inject({
      method: "GET",
      url: "/api/tenant/sso",
      headers: { cookie: adminCookie },
    });
    expect(read.statusCode).toBe(200);
    expect(read.body).not.toContain(idp.client.clientSecret);
    expect(read.json().settings).toMatchObject({
      issuer: idp.issuer,
      clientId: idp.client.clientId,
      domains: [domain],
    });

    const publicSso = await ctx.app.inject({ method: "GET", url: `/api/public/sso?slug=${tenant.slug}` });
    expect(publicSso.json()).toEqual({ enabled: true, providerId });
  });

  it("lets only a beheerder read the settings", async () => {
    const coordinator = await createUser(tenant.id, "coordinator");
    const cookie = await signIn(ctx.app, coordinator.email);
    const response = await ctx.app.inject({ method: "GET", url: "/api/tenant/sso", headers: { cookie } });
    expect(response.statusCode).toBe(403);
  });

  it("refuses an issuer whose discovery document names another issuer", async () => {
    const response = await saveSettings(settings({ issuer: `${idp.issuer}/other` }));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields[0]).toMatchObject({ path: "issuer" });
  });
});

describe("signing in with the organisation account", () => {
  beforeEach(async () => {
    idp.state.tamper = null;
    const saved = await saveSettings(settings());
    expect(saved.statusCode, saved.body).toBe(200);
  });

  it("creates the account with the mapped role on the first sign-in and reuses it the second time", async () => {
    const { sub, email } = newIdpPerson(["inzet-coordinatoren"]);
    const first = await ssoSignIn(sub);
    expect(first.location.pathname).toBe("/");
    expect(first.sessionCookie).not.toBeNull();

    const me = await ctx.app.inject({
      method: "GET",
      url: "/api/me",
      headers: { cookie: first.sessionCookie! },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      user: { email, name: "Anna de Vries" },
      activeMembership: { role: "coordinator", organisationId, tenantId: tenant.id },
    });

    const user = (await findUser(email))!;
    expect(await activeMemberships(user.id)).toEqual([{ role: "coordinator", organisationId }]);
    const [personRow] = await ctx.db.select().from(person).where(eq(person.userId, user.id));
    expect(personRow).toMatchObject({ tenantId: tenant.id, givenName: "Anna", familyName: "de Vries" });
    const logged = await ctx.db
      .select()
      .from(processingLog)
      .where(eq(processingLog.subjectId, personRow!.id));
    expect(logged).toEqual([
      expect.objectContaining({ activity: "accounts.manage", action: "create", subjectType: "person" }),
    ]);

    const [account] = await ctx.db.select().from(authAccount).where(eq(authAccount.userId, user.id));
    expect(account).toMatchObject({ providerId, password: null });
    expect(account!.accessToken).toMatch(/^(\$ba\$|[0-9a-f]+$)/); // encrypted, not the provider's token

    const second = await ssoSignIn(sub);
    expect(second.sessionCookie).not.toBeNull();
    expect(await ctx.db.select().from(authUser).where(eq(authUser.email, email))).toHaveLength(1);
    expect(await activeMemberships(user.id)).toEqual([{ role: "coordinator", organisationId }]);
    const me2 = await ctx.app.inject({
      method: "GET",
      url: "/api/me",
      headers: { cookie: second.sessionCookie! },
    });
    expect(me2.json().user.id).toBe(user.id);
  });

  it("follows the provider's groups on a later sign-in (role changed there, changed here)", async () => {
    const { sub, email } = newIdpPerson(["inzet-coordinatoren"]);
    await ssoSignIn(sub);
    idp.addAccount(sub, { email, name: "Anna de Vries", groups: ["inzet-professionals"] });
    const again = await ssoSignIn(sub);
    expect(again.sessionCookie).not.toBeNull();
    const user = (await findUser(email))!;
    expect(await activeMemberships(user.id)).toEqual([{ role: "professional", organisationId: null }]);
  });

  it("does not ask an SSO-only user for Inzet's own second step (the identity provider does that)", async () => {
    await setTenantSettings(tenant.id, { twoFactorRequiredRoles: ["coordinator"] });
    try {
      const { sub } = newIdpPerson(["inzet-coordinatoren"]);
      const { sessionCookie } = await ssoSignIn(sub);
      const volunteers = await ctx.app.inject({
        method: "GET",
        url: "/api/volunteers",
        headers: { cookie: sessionCookie! },
      });
      expect(volunteers.statusCode).toBe(200);
      // A coordinator with a password still has to use the second step.
      const local = await createUser(tenant.id, "coordinator");
      const cookie = await signIn(ctx.app, local.email);
      const refused = await ctx.app.inject({ method: "GET", url: "/api/volunteers", headers: { cookie } });
      expect(refused.json().error.code).toBe("two_factor_required");
    } finally {
      await setTenantSettings(tenant.id, { twoFactorRequiredRoles: [] });
    }
  });

  it("refuses someone whose groups map to no role, with a Dutch reason, and creates nothing", async () => {
    const { sub, email } = newIdpPerson(["marketing"]);
    const result = await ssoSignIn(sub);
    expect(result.sessionCookie).toBeNull();
    expect(result.location.pathname).toBe("/inloggen");
    expect(result.location.searchParams.get("error")).toBe("sso_no_role");
    expect(result.location.searchParams.get("error_description")).toContain("geen rol in Inzet");
    expect(await findUser(email)).toBeNull();
  });

  it("lets someone without a matching group in without a role when the tenant chose so", async () => {
    expect((await saveSettings(settings({ fallback: "noRole" }))).statusCode).toBe(200);
    const { sub, email } = newIdpPerson(["marketing"]);
    const result = await ssoSignIn(sub);
    expect(result.sessionCookie).not.toBeNull();
    const user = (await findUser(email))!;
    expect(await activeMemberships(user.id)).toEqual([]);
  });

  it("refuses an e-mail address outside the tenant's domains", async () => {
    const { sub, email } = newIdpPerson(["inzet-coordinatoren"], `iemand-${run}@elders.example`);
    const result = await ssoSignIn(sub);
    expect(result.sessionCookie).toBeNull();
    expect(result.location.searchParams.get("error")).toBe("sso_wrong_domain");
    expect(await findUser(email)).toBeNull();
  });

  it("does not take over an existing local account with the same e-mail address", async () => {
    const local = await createUser(tenant.id, "volunteer", { email: `lokaal-${run}@${domain}` });
    const { sub } = newIdpPerson(["inzet-coordinatoren"], local.email);
    const result = await ssoSignIn(sub);
    expect(result.sessionCookie).toBeNull();
    expect(result.location.searchParams.get("error")).toBe("account not linked");
    expect(await activeMemberships(local.userId)).toEqual([{ role: "volunteer", organisationId: null }]);
  });

  it("refuses an ID token for another audience", async () => {
    const { sub, email } = newIdpPerson(["inzet-coordinatoren"]);
    idp.state.tamper = { aud: "some-other-client" };
    const result = await ssoSignIn(sub);
    expect(result.sessionCookie).toBeNull();
    expect(result.location.pathname).toBe("/inloggen");
    expect(result.location.searchParams.get("error")).toBe("invalid_provider");
    expect(await findUser(email)).toBeNull();
    // The same person, with an honest token, gets in: the refusal was the audience.
    idp.state.tamper = null;
    expect((await ssoSignIn(sub)).sessionCookie).not.toBeNull();
  });

  it("refuses an ID token from another issuer", async () => {
    const { sub, email } = newIdpPerson(["inzet-coordinatoren"]);
    idp.state.tamper = { iss: "https://login.evil.example" };
    const result = await ssoSignIn(sub);
    expect(result.sessionCookie).toBeNull();
    expect(result.location.searchParams.get("error")).toBe("invalid_provider");
    expect(await findUser(email)).toBeNull();
  });

  it("refuses a callback without the browser's state cookie (login CSRF)", async () => {
    const { sub, email } = newIdpPerson(["inzet-coordinatoren"]);
    const result = await ssoSignIn(sub, { keepStateCookie: false });
    expect(result.sessionCookie).toBeNull();
    expect(result.location.searchParams.get("error")).toMatch(/state/);
    expect(await findUser(email)).toBeNull();
  });

  it("refuses when SSO is switched off for the tenant, at the start and on a way back already under way", async () => {
    const { sub, email } = newIdpPerson(["inzet-coordinatoren"]);
    const start = await ctx.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/sso",
      payload: { providerId, callbackURL: "/", errorCallbackURL: "/inloggen" },
    });
    expect(start.statusCode).toBe(200);
    idp.state.loginAs = sub;
    const back = new URL(await followAtIdp((start.json() as { url: string }).url, TEST_ORIGIN));

    expect((await saveSettings(settings({ enabled: false }))).statusCode).toBe(200);
    const callback = await ctx.app.inject({
      method: "GET",
      url: `${back.pathname}${back.search}`,
      headers: { cookie: cookieHeader(start.headers["set-cookie"]) },
    });
    expect(String(callback.headers.location)).toContain("error=");
    expect(cookieHeader(callback.headers["set-cookie"])).not.toContain("session_token");
    expect(await findUser(email)).toBeNull();

    const refused = await ctx.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/sso",
      payload: { providerId, callbackURL: "/", errorCallbackURL: "/inloggen" },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({
      code: "sso_disabled",
      message: expect.stringContaining("staat uit"),
    });
    const publicSso = await ctx.app.inject({ method: "GET", url: `/api/public/sso?slug=${tenant.slug}` });
    expect(publicSso.json()).toEqual({ enabled: false, providerId: null });
  });

  it("keeps the plugin's own provider management closed (providers come from Inzet's settings only)", async () => {
    const volunteer = await createUser(tenant.id, "volunteer");
    const cookie = await signIn(ctx.app, volunteer.email);
    const register = await ctx.app.inject({
      method: "POST",
      url: "/api/auth/sso/register",
      headers: { cookie },
      payload: {
        providerId: "evil",
        issuer: idp.issuer,
        domain,
        oidcConfig: { clientId: "x", clientSecret: "y" },
      },
    });
    expect(register.statusCode).toBe(404);
    const list = await ctx.app.inject({
      method: "GET",
      url: "/api/auth/sso/providers",
      headers: { cookie: adminCookie },
    });
    expect(list.statusCode).toBe(404);
    const unknown = await ctx.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/sso",
      payload: { providerId: "evil", callbackURL: "/" },
    });
    expect(unknown.statusCode).toBe(403);
  });
});

describe("password sign-in switched off per role", () => {
  it("refuses a password sign-in for a role in the tenant's list, in Dutch; other roles still sign in", async () => {
    expect((await saveSettings(settings({ passwordSignInDisabledRoles: ["coordinator"] }))).statusCode).toBe(
      200,
    );
    const coordinator = await createUser(tenant.id, "coordinator");
    const refused = await ctx.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      payload: { email: coordinator.email, password: coordinator.password },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({
      code: "password_sign_in_disabled",
      message: expect.stringContaining("Inloggen met uw organisatie-account"),
    });
    expect(cookieHeader(refused.headers["set-cookie"])).not.toContain("session_token");

    // A wrong password gets the usual answer: the refusal tells nothing to someone guessing.
    const wrong = await ctx.app.inject({
      method: "POST",
      url: "/api/auth/sign-in/email",
      payload: { email: coordinator.email, password: "niet-het-wachtwoord" },
    });
    expect(wrong.statusCode).toBe(401);

    const professional = await createUser(tenant.id, "professional");
    expect(await signIn(ctx.app, professional.email)).toContain("session_token");
  });

  it("lets the role sign in with a password again once SSO is switched off", async () => {
    expect(
      (await saveSettings(settings({ enabled: false, passwordSignInDisabledRoles: ["coordinator"] })))
        .statusCode,
    ).toBe(200);
    const coordinator = await createUser(tenant.id, "coordinator");
    expect(mergeCookies(await signIn(ctx.app, coordinator.email))).toContain("session_token");
  });
});

describe("claim mapping", () => {
  const config = {
    claim: "realm_access.roles",
    rules: [
      { claimValue: "inzet-coordinatoren", role: "coordinator" as const, organisationId: null },
      { claimValue: "inzet-coordinatoren", role: "coordinator" as const, organisationId: null },
      { claimValue: "beheer", role: "admin" as const, organisationId: null },
    ],
    fallback: "refuse" as const,
  };

  it("reads nested (Keycloak) claims, group paths, and gives one membership per matching rule", () => {
    expect(claimValues({ "realm_access.roles": "a" }, "realm_access.roles")).toEqual(["a"]);
    expect(
      decideMemberships(config, { realm_access: { roles: ["/inzet-coordinatoren", "beheer"] } }),
    ).toEqual({
      kind: "memberships",
      memberships: [
        { role: "coordinator", organisationId: null },
        { role: "admin", organisationId: null },
      ],
    });
    expect(decideMemberships(config, { realm_access: { roles: ["iets-anders"] } })).toEqual({
      kind: "refuse",
    });
    expect(decideMemberships({ ...config, fallback: "noRole" }, {})).toEqual({
      kind: "memberships",
      memberships: [],
    });
  });
});
