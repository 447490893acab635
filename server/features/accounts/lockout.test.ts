import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant, createUser, testApp, testConfig } from "../../test/harness.ts";

const MAX = 5;
let ctx: Awaited<ReturnType<typeof testApp>>;

beforeAll(async () => {
  ctx = await testApp({
    config: testConfig({ SIGNIN_MAX_FAILURES: String(MAX), SIGNIN_LOCK_MINUTES: "15" }),
  });
});
afterAll(() => ctx.app.close());

const signIn = (email: string, password: string) =>
  ctx.app.inject({ method: "POST", url: "/api/auth/sign-in/email", payload: { email, password } });

describe("sign-in lockout under parallel attempts", () => {
  it("checks at most SIGNIN_MAX_FAILURES passwords for 25 parallel wrong attempts, then locks", async () => {
    const tenant = await createTenant();
    const user = await createUser(tenant.id, "volunteer");
    const responses = await Promise.all(
      Array.from({ length: 25 }, (_, i) => signIn(user.email, `fout-wachtwoord-${i}`)),
    );
    const statuses = responses.map((r) => r.statusCode);
    // 401 = a password was checked and was wrong; 429 = refused before any check.
    expect(statuses.filter((s) => s === 401)).toHaveLength(MAX);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25 - MAX);
    for (const r of responses.filter((r) => r.statusCode === 429)) {
      expect(r.json().error.code).toBe("account_locked");
    }
    const right = await signIn(user.email, user.password);
    expect(right.statusCode).toBe(429);
    expect(right.json().error.code).toBe("account_locked");
  });

  it("lets the right password in after fewer failures, and starts counting again", async () => {
    const tenant = await createTenant();
    const user = await createUser(tenant.id, "volunteer");
    const wrong = await Promise.all(
      Array.from({ length: MAX - 1 }, () => signIn(user.email, "fout-wachtwoord")),
    );
    expect(wrong.map((r) => r.statusCode)).toEqual(Array(MAX - 1).fill(401));
    expect((await signIn(user.email, user.password)).statusCode).toBe(200);
    for (let i = 0; i < MAX - 1; i++)
      expect((await signIn(user.email, "fout-wachtwoord")).statusCode).toBe(401);
    expect((await signIn(user.email, user.password)).statusCode).toBe(200);
  });
});
