import { authenticator } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cookieHeader,
  createTenant,
  createUser,
  enrolTotp,
  signIn,
  TEST_ORIGIN,
  testApp,
} from "../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const post = (url: string, payload: object, cookie?: string) =>
  ctx.app.inject({
    method: "POST",
    url,
    payload,
    headers: { origin: TEST_ORIGIN, ...(cookie ? { cookie } : {}) },
  });

/** A user with TOTP enrolled (the enrolment used the current step's code). */
async function enrolled() {
  const tenant = await createTenant();
  const user = await createUser(tenant.id, "coordinator");
  const { secret } = await enrolTotp(ctx.app, await signIn(ctx.app, user.email));
  return { user, secret };
}

/** Signs in with the password; returns the cookie of the pending two-factor challenge. */
async function pending(email: string, password: string) {
  const first = await post("/api/auth/sign-in/email", { email, password });
  expect(first.json()).toMatchObject({ twoFactorRedirect: true });
  return cookieHeader(first.headers["set-cookie"]);
}

/** The code of the next 30-second step: valid now (one step of clock drift is allowed) and unused. */
const nextCode = (secret: string) => authenticator.clone({ epoch: Date.now() + 30_000 }).generate(secret);

describe("TOTP codes are accepted once", () => {
  it("refuses a code that was already used, for the next sign-in too", async () => {
    const { user, secret } = await enrolled();
    const code = nextCode(secret);

    const first = await post(
      "/api/auth/two-factor/verify-totp",
      { code },
      await pending(user.email, user.password),
    );
    expect(first.statusCode, first.body).toBe(200);

    const replay = await post(
      "/api/auth/two-factor/verify-totp",
      { code },
      await pending(user.email, user.password),
    );
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error).toMatchObject({
      code: "totp_code_already_used",
      message: "Deze code is al gebruikt. Wacht op de volgende code in uw app.",
    });
    expect(replay.headers["set-cookie"] ?? "").not.toMatch(/session_token=[^;]/);
  });

  it("accepts one of two parallel uses of the same code", async () => {
    const { user, secret } = await enrolled();
    const code = nextCode(secret);
    const challenges = [await pending(user.email, user.password), await pending(user.email, user.password)];
    const results = await Promise.all(
      challenges.map((cookie) => post("/api/auth/two-factor/verify-totp", { code }, cookie)),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 401]);
  });
});
