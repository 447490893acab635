import { eq, like } from "drizzle-orm";
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailMessage } from "../db/schema.ts";
import { createTenant, TEST_ORIGIN, testApp, testConfig } from "../test/harness.ts";
import { isStateChanging } from "./edge.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
let slug: string;
let tenantId: string;
let ipCounter = 0;
/** A client address of its own for each test (counters are shared through the database). */
const nextIp = () => `10.${process.pid % 250}.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`;

beforeAll(async () => {
  ctx = await testApp({
    config: testConfig({
      PUBLIC_WRITE_LIMIT_PER_IP: "3",
      PUBLIC_WRITE_LIMIT_PER_ADDRESS: "2",
      RATE_LIMIT_PER_MINUTE: "3",
    }),
  });
  const tenant = await createTenant();
  slug = tenant.slug;
  tenantId = tenant.id;
});
afterAll(() => ctx.app.close());

const signup = (email: string, remoteAddress: string, givenName = "Sanne") =>
  ctx.app.inject({
    method: "POST",
    url: `/api/public/volunteer-signups?slug=${slug}`,
    remoteAddress,
    headers: { origin: TEST_ORIGIN },
    payload: { givenName, familyName: "Visser", email, consent: true, channel: "persoonlijk" },
  });

function expectLimited(response: Awaited<ReturnType<typeof signup>>, label = "") {
  expect(response.statusCode, label).toBe(429);
  expect(response.json().error.code, label).toBe("rate_limited");
  expect(response.json().error.message, label).toMatch(/te veel verzoeken.*probeer het over/i);
  expect(Number(response.headers["retry-after"]), label).toBeGreaterThan(0);
}

describe("limits on public writes", () => {
  it("gives every public route with a state-changing method a limit, derived from its config", async () => {
    const publicWrites = ctx.routes.filter(
      (r) => r.config.permission === "public" && isStateChanging(r.method),
    );
    expect(publicWrites.map((r) => `${r.method} ${r.url}`)).toEqual(
      expect.arrayContaining([
        "POST /api/public/volunteer-signups",
        "POST /api/public/vacancies/:id/reactions",
        "POST /api/auth/*",
      ]),
    );
    for (const route of publicWrites) {
      const ip = nextIp();
      const url = route.url.replace(/:[^/]+/g, crypto.randomUUID()).replace("*", "sign-in/email");
      const send = () =>
        ctx.app.inject({
          method: route.method as InjectOptions["method"],
          url,
          remoteAddress: ip,
          payload: {},
        });
      const limit = route.config.publicWriteLimit;
      expect(limit, `${route.method} ${route.url}`).toBeDefined();
      for (let i = 0; i < limit!.perIp; i++) {
        expect((await send()).statusCode, `${route.method} ${url}`).not.toBe(429);
      }
      expectLimited(await send(), `${route.method} ${url}`);
      // Another client address is not affected.
      const other = await ctx.app.inject({
        method: route.method as InjectOptions["method"],
        url,
        remoteAddress: nextIp(),
        payload: {},
      });
      expect(other.statusCode, `${route.method} ${url} other client`).not.toBe(429);
    }
  });

  it("stops a burst of sign-ups from one client: 35 sent, 3 accepted, 3 mails", async () => {
    const ip = nextIp();
    const run = crypto.randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 35 }, (_, i) => signup(`spam${i}-${run}@test.inzet.nl`, ip, `Spam${i}`)),
    );
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 202)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(32);
    expectLimited(responses.find((r) => r.statusCode === 429)!);
    const mails = await ctx.db
      .select()
      .from(mailMessage)
      .where(like(mailMessage.to, `%-${run}@test.inzet.nl`));
    expect(mails).toHaveLength(3);
  });

  it("limits per email address across client addresses, and across instances sharing the database", async () => {
    const email = `een-adres-${crypto.randomUUID()}@test.inzet.nl`;
    const second = await testApp({
      config: testConfig({ PUBLIC_WRITE_LIMIT_PER_IP: "3", PUBLIC_WRITE_LIMIT_PER_ADDRESS: "2" }),
    });
    try {
      expect((await signup(email, nextIp())).statusCode).toBe(202);
      expect((await signup(email.toUpperCase(), nextIp())).statusCode).toBe(202);
      // The other instance sees the same counter.
      const third = await second.app.inject({
        method: "POST",
        url: `/api/public/volunteer-signups?slug=${slug}`,
        remoteAddress: nextIp(),
        payload: { givenName: "Sanne", familyName: "Visser", email, consent: true, channel: "persoonlijk" },
      });
      expectLimited(third);
    } finally {
      await second.app.close();
    }
  });

  it("puts nothing the visitor typed into the mail to the unconfirmed address", async () => {
    const email = `naam-${crypto.randomUUID()}@test.inzet.nl`;
    const response = await signup(email, nextIp(), "Spam35 see http://spam.example");
    expect(response.statusCode).toBe(202);
    const [mail] = await ctx.db.select().from(mailMessage).where(eq(mailMessage.to, email));
    expect(mail!.tenantId).toBe(tenantId);
    expect(mail!.text).not.toMatch(/spam/i);
    expect(mail!.text).not.toContain("Visser");
    expect(mail!.subject).not.toMatch(/spam/i);
    expect(mail!.text).toMatch(/^Hallo,/);
  });
});
