import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { permissionRules, type Role } from "../../shared/roles.ts";
import { createTenant, createUser, signIn, TEST_ORIGIN, testApp, testConfig } from "../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
let tenantId: string;
const cookies = new Map<Role, string>();

async function cookieFor(role: Role) {
  if (!cookies.has(role)) {
    const user = await createUser(tenantId, role);
    cookies.set(role, await signIn(ctx.app, user.email));
  }
  return cookies.get(role)!;
}

beforeAll(async () => {
  ctx = await testApp();
  tenantId = (await createTenant()).id;
});
afterAll(() => ctx.app.close());

describe("decisions on the routed path, not the raw URL (CSRF, no-store)", () => {
  // Each of these reaches (or would reach) /api/organisations; none may skip the origin check.
  const variants = [
    "/api/organisations",
    "/%61pi/organisations",
    "/%61%70%69/organisations",
    "/api/%6frganisations",
    "//api/organisations",
    "/API/organisations",
    "/api/../api/organisations",
    "/api/%2e%2e/api/organisations",
    "/api/organisations/",
    "/api/organisations//",
  ];

  it("refuses a foreign origin on every encoded variant of an /api path", async () => {
    const cookie = await cookieFor("admin");
    for (const url of variants) {
      const response = await ctx.app.inject({
        method: "POST",
        url,
        headers: { cookie, origin: "https://kwaadwillend.example" },
        payload: { name: `CSRF ${url}`, type: "welfare" },
      });
      expect({ url, status: response.statusCode }).toEqual({ url, status: 403 });
      expect(response.json().error.code).toBe("csrf");
    }
    // The own origin still works through the encoded path (it is the same route).
    const own = await ctx.app.inject({
      method: "POST",
      url: "/%61pi/organisations",
      headers: { cookie, origin: TEST_ORIGIN },
      payload: { name: "Eigen origin, gecodeerd pad", type: "welfare" },
    });
    expect(own.statusCode).toBe(201);
  });

  it("marks every /api answer no-store, however the path is written", async () => {
    const cookie = await cookieFor("admin");
    for (const url of [...variants, "/%61pi/health", "/%61pi/bestaat-niet", "/api/bestaat-niet"]) {
      const response = await ctx.app.inject({ method: "GET", url, headers: { cookie } });
      expect({ url, cacheControl: response.headers["cache-control"] }).toEqual({
        url,
        cacheControl: "no-store",
      });
    }
  });
});

describe("security headers", () => {
  it("sends HSTS in production behind https, and not otherwise", async () => {
    // A complete production configuration (with mail), so only the transport differs.
    const production = {
      NODE_ENV: "production",
      AUTH_SECRET: "x".repeat(40),
      SMTP_URL: "smtp://127.0.0.1:2525",
    };
    const https = await testApp({
      config: testConfig({ ...production, PUBLIC_URL: "https://inzet.example" }),
    });
    const proxied = await testApp({
      config: testConfig({ ...production, TRUST_PROXY: "true" }),
    });
    try {
      for (const url of ["/api/health", "/", "/api/docs"]) {
        const response = await https.app.inject({ method: "GET", url });
        expect(response.headers["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);
      }
      const overHttps = await proxied.app.inject({
        method: "GET",
        url: "/api/health",
        headers: { "x-forwarded-proto": "https" },
      });
      expect(overHttps.headers["strict-transport-security"]).toMatch(/^max-age=\d{7,}/);
      const overHttp = await proxied.app.inject({ method: "GET", url: "/api/health" });
      expect(overHttp.headers["strict-transport-security"]).toBeUndefined();
      const development = await ctx.app.inject({ method: "GET", url: "/api/health" });
      expect(development.headers["strict-transport-security"]).toBeUndefined();
    } finally {
      await https.app.close();
      await proxied.app.close();
    }
  });

  it("gives the API documentation a CSP that forbids framing", async () => {
    for (const url of ["/api/docs", "/api/docs/", "/api/docs/static/index.html", "/%61pi/docs/"]) {
      const response = await ctx.app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBeLessThan(400);
      const csp = String(response.headers["content-security-policy"]);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toContain("script-src 'self'");
      expect(response.headers["x-frame-options"], url).toBe("DENY");
    }
  });
});

describe("text PostgreSQL cannot store (NUL, lone surrogate)", () => {
  type Operation = {
    method: string;
    path: string;
    parameters?: { in: string; name: string }[];
    requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
  };

  async function operations(): Promise<Operation[]> {
    const doc = (await ctx.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    const found: Operation[] = [];
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, object>>)) {
      for (const [method, operation] of Object.entries(item)) {
        if (["get", "post", "put", "patch", "delete"].includes(method)) {
          found.push({ method: method.toUpperCase(), path, ...operation });
        }
      }
    }
    return found;
  }

  /** The role that passes the route's permission, so the bad string reaches validation. */
  function roleFor(method: string, path: string): Role | null {
    const url = path.replace(/\{([^}]+)\}/g, ":$1");
    const route = ctx.routes.find((r) => r.method === method && r.url === url);
    const permission = route?.config.permission;
    if (!permission || permission === "public") return null;
    if (permission === "authenticated") return "admin";
    return (permissionRules[permission as keyof typeof permissionRules] as readonly Role[])[0]!;
  }

  // In a URL a lone surrogate can only arrive as invalid UTF-8; in JSON it arrives as "\ud800".
  const bad = [
    { name: "NUL", text: "a\u0000b", inUrl: "a%00b" },
    { name: "lone surrogate", text: "a\uD800b", inUrl: "a%ED%A0%80b" },
  ];

  function expectRefused(label: string, response: { statusCode: number; json: () => unknown }) {
    expect(response.statusCode, label).not.toBe(500);
    if (response.statusCode === 401 || response.statusCode === 403) return false;
    expect(response.statusCode, label).toBe(400);
    const error = (response.json() as { error: { code: string; fields?: { code: string }[] } }).error;
    expect(error.code, label).toBe("validation_failed");
    expect(
      error.fields?.some((f) => f.code === "invalid_characters"),
      `${label}: ${JSON.stringify(error)}`,
    ).toBe(true);
    return true;
  }

  it("refuses them with 400 and a field message in every operation of the OpenAPI document", async () => {
    const all = await operations();
    expect(all.length).toBeGreaterThan(50);
    let reachedValidation = 0;
    for (const operation of all) {
      const role = roleFor(operation.method, operation.path);
      for (const signedIn of role ? [true] : [false, true]) {
        const cookie = signedIn ? await cookieFor(role ?? "admin") : undefined;
        for (const { name, text, inUrl } of bad) {
          const path = operation.path.replace(/\{[^}]+\}/g, inUrl);
          const query = (operation.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name);
          const search = (query.length > 0 ? query : ["x"]).map((q) => `${q}=${inUrl}`).join("&");
          const label = `${operation.method} ${operation.path} (${name}, ${signedIn ? role : "no session"})`;
          const headers = cookie ? { cookie } : {};

          // Path and query.
          const inUrlResponse = await ctx.app.inject({
            method: operation.method as InjectOptions["method"],
            url: `${path}?${search}`,
            headers,
          });
          expect(inUrlResponse.statusCode, `${label} url`).not.toBe(500);
          if (name === "NUL" && expectRefused(`${label} url`, inUrlResponse)) reachedValidation++;

          // Every JSON field of the body (and a key), with otherwise valid path and query.
          const schema = operation.requestBody?.content?.["application/json"]?.schema;
          if (!schema) continue;
          const fields = Object.keys(schema.properties ?? {});
          const payload = Object.fromEntries([...fields.map((f) => [f, text]), [`veld${text}`, 1]]);
          const bodyResponse = await ctx.app.inject({
            method: operation.method as InjectOptions["method"],
            url: operation.path.replace(/\{[^}]+\}/g, crypto.randomUUID()),
            headers,
            payload,
          });
          if (expectRefused(`${label} body`, bodyResponse)) reachedValidation++;
        }
      }
    }
    expect(reachedValidation).toBeGreaterThan(all.length);
  });

  it("refuses them in the sign-in and password forms (better-auth behind /api/auth)", async () => {
    for (const { text } of bad) {
      for (const [url, payload] of [
        ["/api/auth/sign-in/email", { email: `a${text}@test.inzet.nl`, password: `geheim${text}123` }],
        ["/api/auth/request-password-reset", { email: `a${text}@test.inzet.nl`, redirectTo: "/" }],
        ["/api/auth/reset-password", { token: text, newPassword: `nieuw${text}wachtwoord` }],
      ] as const) {
        const response = await ctx.app.inject({ method: "POST", url, payload });
        expectRefused(url, response);
      }
    }
  });
});
