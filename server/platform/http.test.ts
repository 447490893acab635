import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authSession } from "../db/schema.ts";
import { as, createTenant, createUser, signIn, TEST_ORIGIN, testApp } from "../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
let cookie: string;

beforeAll(async () => {
  ctx = await testApp();
  const tenant = await createTenant();
  const admin = await createUser(tenant.id, "admin");
  cookie = await signIn(ctx.app, admin.email);
});
afterAll(() => ctx.app.close());

describe("HTTP contract", () => {
  it("answers health with the database kind", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", database: ctx.database.kind });
    expect(response.headers["x-trace-id"]).toMatch(/^[0-9a-f]{32}$/);
  });

  it("takes the trace id from a W3C traceparent header", async () => {
    const traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
    const response = await ctx.app.inject({
      method: "GET",
      url: "/api/health",
      headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
    });
    expect(response.headers["x-trace-id"]).toBe(traceId);
  });

  it("serves OpenAPI 3.1 with the routes documented", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/openapi.json" });
    const doc = response.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/api/organisations");
    const docs = await ctx.app.inject({ method: "GET", url: "/api/docs" });
    expect([200, 302]).toContain(docs.statusCode);
  });

  it("answers an unknown route with 404 JSON and a wrong method with 405", async () => {
    const missing = await ctx.app.inject({ method: "GET", url: "/api/bestaat-niet" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe("not_found");
    const wrong = await ctx.app.inject({ method: "DELETE", url: "/api/health" });
    expect(wrong.statusCode).toBe(405);
    expect(wrong.json().error.code).toBe("method_not_allowed");
  });

  it("answers malformed JSON with 400 and a too large body with 413, never 500", async () => {
    const request = as(ctx.app, cookie);
    const malformed = await request({
      method: "POST",
      url: "/api/organisations",
      headers: { "content-type": "application/json" },
      payload: "{nee",
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe("invalid_json");
    const large = await request({
      method: "POST",
      url: "/api/organisations",
      payload: { name: "x".repeat(2 * 1024 * 1024), type: "welfare" },
    });
    expect(large.statusCode).toBe(413);
    expect(large.json().error.code).toBe("payload_too_large");
  });

  it("gives field-level Dutch messages for a bad query or path parameter", async () => {
    const request = as(ctx.app, cookie);
    const query = await request({ method: "GET", url: "/api/organisations?page=0&pageSize=abc" });
    expect(query.statusCode).toBe(400);
    expect(query.json().error.fields.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(["querystring.page", "querystring.pageSize"]),
    );
    const path = await request({ method: "GET", url: "/api/organisations/geen-uuid" });
    expect(path.statusCode).toBe(400);
    expect(path.json().error.fields[0].message).toBe("Ongeldige id.");
  });

  it("answers 401 without a session", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/organisations" });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe("unauthenticated");
  });

  it("refuses state-changing requests from another origin (CSRF)", async () => {
    const request = as(ctx.app, cookie);
    const foreign = await request({
      method: "POST",
      url: "/api/organisations",
      headers: { origin: "https://kwaadwillend.example" },
      payload: { name: "Test", type: "welfare" },
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe("csrf");
    const crossSite = await request({
      method: "POST",
      url: "/api/organisations",
      headers: { "sec-fetch-site": "cross-site" },
      payload: { name: "Test", type: "welfare" },
    });
    expect(crossSite.statusCode).toBe(403);
    const own = await request({
      method: "POST",
      url: "/api/organisations",
      headers: { origin: TEST_ORIGIN },
      payload: { name: "Eigen origin", type: "welfare" },
    });
    expect(own.statusCode).toBe(201);
  });

  it("sets protective headers", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/api/health" });
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response.headers["cache-control"]).toBe("no-store");
  });
});

describe("session lookup", () => {
  it("accepts only a correctly signed, unexpired session cookie, and renews an old one", async () => {
    const c = ctx;
    const tenant = await createTenant();
    const user = await createUser(tenant.id, "admin");
    const cookie = await signIn(c.app, user.email);
    const ok = await c.app.inject({ url: "/api/users", headers: { cookie } });
    expect(ok.statusCode).toBe(200);

    // A forged signature is refused without touching better-auth.
    const forged = cookie.replace(
      /(inzet\.session_token=[^.;]+\.)[^;]+/,
      (_, head) => `${head}AAAA${"A".repeat(39)}%3D`,
    );
    expect((await c.app.inject({ url: "/api/users", headers: { cookie: forged } })).statusCode).toBe(401);

    // Due for renewal: better-auth extends it and the request still works.
    const token = decodeURIComponent(/inzet\.session_token=([^;]+)/.exec(cookie)![1]!).split(".")[0]!;
    // (Issued an hour ago: it expires in 11 of its 12 hours.)
    const old = new Date(Date.now() + 11 * 60 * 60 * 1000);
    await c.db.update(authSession).set({ expiresAt: old }).where(eq(authSession.token, token));
    expect((await c.app.inject({ url: "/api/users", headers: { cookie } })).statusCode).toBe(200);
    const [renewed] = await c.db.select().from(authSession).where(eq(authSession.token, token));
    expect(renewed!.expiresAt.getTime()).toBeGreaterThan(old.getTime() + 30 * 60 * 1000);

    // Expired: refused.
    await c.db
      .update(authSession)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(authSession.token, token));
    expect((await c.app.inject({ url: "/api/users", headers: { cookie } })).statusCode).toBe(401);
  });
});
