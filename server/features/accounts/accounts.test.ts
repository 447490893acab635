import { authenticator } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailer } from "../../platform/mail.ts";
import {
  as,
  cookieHeader,
  createTenant,
  createUser,
  enrolTotp,
  setTenantSettings,
  signIn,
  testApp,
  testConfig,
  testDatabase,
} from "../../test/harness.ts";
import { startSmtp } from "../../test/smtp.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
let smtp: Awaited<ReturnType<typeof startSmtp>>;

beforeAll(async () => {
  smtp = await startSmtp();
  const config = testConfig({ SMTP_URL: smtp.url, SIGNIN_MAX_FAILURES: "3", SIGNIN_LOCK_MINUTES: "15" });
  const mailer = createMailer({
    db: (await testDatabase()).db,
    smtpUrl: config.SMTP_URL,
    from: config.MAIL_FROM,
  });
  ctx = await testApp({ config, mailer });
});
afterAll(async () => {
  await ctx.app.close();
  await smtp.close();
});

const post = (url: string, payload: object, cookie?: string) =>
  ctx.app.inject({ method: "POST", url, payload, headers: cookie ? { cookie } : {} });

describe("sign-in", () => {
  it("signs in with email and password and answers Dutch errors for wrong input", async () => {
    const tenant = await createTenant();
    const user = await createUser(tenant.id, "volunteer");
    const ok = await post("/api/auth/sign-in/email", {
      email: user.email.toUpperCase(),
      password: user.password,
    });
    expect(ok.statusCode).toBe(200);
    const cookie = String(ok.headers["set-cookie"]);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const wrong = await post("/api/auth/sign-in/email", { email: user.email, password: "niet-goed-123" });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toMatchObject({
      code: "invalid_email_or_password",
      message: "Het e-mailadres of het wachtwoord klopt niet.",
    });

    const invalid = await post("/api/auth/sign-in/email", { email: "geen-adres" });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: "email",
          message: "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.",
        }),
        expect.objectContaining({ path: "password", message: "Vul uw wachtwoord in." }),
      ]),
    );
  });

  it("locks an account temporarily after repeated failures, even for the right password", async () => {
    const tenant = await createTenant();
    const user = await createUser(tenant.id, "volunteer");
    for (let i = 0; i < 3; i++) {
      expect(
        (await post("/api/auth/sign-in/email", { email: user.email, password: "fout-fout-fout" })).statusCode,
      ).toBe(401);
    }
    const locked = await post("/api/auth/sign-in/email", { email: user.email, password: user.password });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe("account_locked");
    expect(locked.json().error.message).toMatch(/tijdelijk geblokkeerd/);
  });

  it("signs out everywhere", async () => {
    const tenant = await createTenant();
    const user = await createUser(tenant.id, "volunteer");
    const first = await signIn(ctx.app, user.email);
    const second = await signIn(ctx.app, user.email);
    expect((await as(ctx.app, first)({ method: "GET", url: "/api/me" })).statusCode).toBe(200);
    expect((await post("/api/auth/revoke-sessions", {}, second)).statusCode).toBe(200);
    expect((await as(ctx.app, first)({ method: "GET", url: "/api/me" })).statusCode).toBe(401);
    expect((await as(ctx.app, second)({ method: "GET", url: "/api/me" })).statusCode).toBe(401);
  });
});

describe("two-factor sign-in", () => {
  it("requires enrolment for roles that see personal data, then asks for the code at sign-in", async () => {
    const tenant = await createTenant({ twoFactorRequiredRoles: ["coordinator"] });
    const coordinator = await createUser(tenant.id, "coordinator");
    const cookie = await signIn(ctx.app, coordinator.email);

    const me = await as(ctx.app, cookie)({ method: "GET", url: "/api/me" });
    expect(me.json()).toMatchObject({ twoFactorRequired: true, user: { twoFactorEnabled: false } });
    const blocked = await as(ctx.app, cookie)({ method: "GET", url: "/api/organisations" });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe("two_factor_required");

    const { secret, cookie: enrolled } = await enrolTotp(ctx.app, cookie);
    expect((await as(ctx.app, enrolled)({ method: "GET", url: "/api/organisations" })).statusCode).toBe(200);

    // Next sign-in: password alone is not enough.
    const first = await post("/api/auth/sign-in/email", {
      email: coordinator.email,
      password: coordinator.password,
    });
    expect(first.json()).toMatchObject({ twoFactorRedirect: true });
    const pending = cookieHeader(first.headers["set-cookie"]);
    expect((await as(ctx.app, pending)({ method: "GET", url: "/api/me" })).statusCode).toBe(401);
    const badCode = await post("/api/auth/two-factor/verify-totp", { code: "12345" }, pending);
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error.fields[0].message).toBe("Vul de 6 cijfers uit uw app in.");
    const verified = await post(
      "/api/auth/two-factor/verify-totp",
      // The enrolment used this step's code; each code is accepted once, so take the next one.
      { code: authenticator.clone({ epoch: Date.now() + 30_000 }).generate(secret) },
      pending,
    );
    expect(verified.statusCode).toBe(200);
    const session = cookieHeader(verified.headers["set-cookie"]);
    expect((await as(ctx.app, session)({ method: "GET", url: "/api/organisations" })).statusCode).toBe(200);
  });

  it("follows the tenant setting: without the requirement the role works without 2FA", async () => {
    const tenant = await createTenant({ twoFactorRequiredRoles: ["coordinator"] });
    await setTenantSettings(tenant.id, { twoFactorRequiredRoles: [] });
    const coordinator = await createUser(tenant.id, "coordinator");
    const cookie = await signIn(ctx.app, coordinator.email);
    expect((await as(ctx.app, cookie)({ method: "GET", url: "/api/organisations" })).statusCode).toBe(200);
  });
});

describe("password reset by email", () => {
  it("sends the reset mail over SMTP and completes the reset", async () => {
    const tenant = await createTenant();
    const user = await createUser(tenant.id, "volunteer");
    const oldSession = await signIn(ctx.app, user.email);
    const before = smtp.received.length;
    const request = await post("/api/auth/request-password-reset", {
      email: user.email,
      redirectTo: "/wachtwoord-herstellen",
    });
    expect(request.statusCode).toBe(200);
    await expect.poll(() => smtp.received.length).toBe(before + 1);
    const mail = smtp.received.at(-1)!;
    expect(mail.to).toBe(user.email);
    const body = mail.body.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
    const link = /https?:\/\/\S+\/api\/auth\/reset-password\/(\w+)\S*/.exec(body);
    expect(link, body).not.toBeNull();

    // The link redirects to the web page with the token.
    const follow = await ctx.app.inject({
      method: "GET",
      url: new URL(link![0]).pathname + new URL(link![0]).search,
    });
    expect(follow.statusCode, `${follow.body} ${link![0]}`).toBe(302);
    expect(follow.headers.location).toContain(`/wachtwoord-herstellen?token=${link![1]}`);

    const tooShort = await post("/api/auth/reset-password", { token: link![1], newPassword: "kort" });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().error.fields[0].message).toBe("Kies een wachtwoord van minstens 10 tekens.");
    const reset = await post("/api/auth/reset-password", {
      token: link![1],
      newPassword: "Een-nieuw-wachtwoord-2026",
    });
    expect(reset.statusCode).toBe(200);

    expect((await as(ctx.app, oldSession)({ method: "GET", url: "/api/me" })).statusCode).toBe(401);
    await signIn(ctx.app, user.email, "Een-nieuw-wachtwoord-2026");
    const reuse = await post("/api/auth/reset-password", {
      token: link![1],
      newPassword: "Nog-een-wachtwoord-2026",
    });
    expect(reuse.statusCode).toBe(400);
    expect(reuse.json().error.code).toBe("invalid_token");
  });
});

describe("users and memberships (beheer)", () => {
  it("creates a user with a membership and mails a link to choose a password", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant.id, "admin");
    const request = as(ctx.app, await signIn(ctx.app, admin.email));
    const email = `nieuw-${crypto.randomUUID()}@test.inzet.nl`;
    const before = smtp.received.length;
    const created = await request({
      method: "POST",
      url: "/api/users",
      payload: { givenName: "Nina", familyName: "Nieuw", email, role: "coordinator" },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: "Nina Nieuw",
      email,
      memberships: [{ role: "coordinator" }],
    });
    await expect.poll(() => smtp.received.length).toBe(before + 1);
    expect(smtp.received.at(-1)!.to).toBe(email);

    const duplicate = await request({
      method: "POST",
      url: "/api/users",
      payload: { givenName: "N", familyName: "N", email, role: "volunteer" },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe("email_taken");

    const invalid = await request({
      method: "POST",
      url: "/api/users",
      payload: { givenName: "", email: "x", role: "koning" },
    });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.fields.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(["givenName", "familyName", "email", "role"]),
    );

    const list = await request({ method: "GET", url: "/api/users?q=nina&role=coordinator" });
    expect(list.json().items.map((u: { email: string }) => u.email)).toEqual([email]);
  });

  it("adds and ends memberships, switches the active one, and refuses to end your own", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant.id, "admin");
    const user = await createUser(tenant.id, "volunteer");
    const request = as(ctx.app, await signIn(ctx.app, admin.email));
    const added = await request({
      method: "POST",
      url: `/api/users/${user.userId}/memberships`,
      payload: { role: "participant" },
    });
    expect(
      added
        .json()
        .memberships.map((m: { role: string }) => m.role)
        .sort(),
    ).toEqual(["participant", "volunteer"]);

    const asUser = as(ctx.app, await signIn(ctx.app, user.email));
    const participant = added.json().memberships.find((m: { role: string }) => m.role === "participant");
    const switched = await asUser({
      method: "PUT",
      url: "/api/me/membership",
      payload: { membershipId: participant.id },
    });
    expect(switched.json().activeMembership.role).toBe("participant");
    expect((await asUser({ method: "GET", url: "/api/me" })).json().activeMembership.role).toBe(
      "participant",
    );

    const ended = await request({
      method: "DELETE",
      url: `/api/users/${user.userId}/memberships/${user.membershipId}`,
    });
    expect(ended.json().memberships.map((m: { role: string }) => m.role)).toEqual(["participant"]);
    const own = await request({
      method: "DELETE",
      url: `/api/users/${admin.userId}/memberships/${admin.membershipId}`,
    });
    expect(own.statusCode).toBe(409);
  });
});
