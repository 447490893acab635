import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testApp } from "../test/harness.ts";

// A small build as Vite leaves it: index.html, a hashed asset with its .br and .gz next to it, and the
// files Vite copies from web/public.
const webRoot = mkdtempSync(join(tmpdir(), "inzet-web-"));
const script = Buffer.from(
  Array.from({ length: 400 }, (_, i) => `export const value${i} = "regel ${i}";`).join("\n"),
);
const html = '<!doctype html><html lang="nl"><head><title>Inzet</title></head><body></body></html>';

let ctx: Awaited<ReturnType<typeof testApp>>;

beforeAll(async () => {
  mkdirSync(join(webRoot, "assets"));
  writeFileSync(join(webRoot, "index.html"), html);
  writeFileSync(join(webRoot, "assets/index-AbCd1234.js"), script);
  writeFileSync(join(webRoot, "assets/index-AbCd1234.js.br"), brotliCompressSync(script));
  writeFileSync(join(webRoot, "assets/index-AbCd1234.js.gz"), gzipSync(script));
  copyFileSync(new URL("../../web/public/robots.txt", import.meta.url), join(webRoot, "robots.txt"));
  ctx = await testApp({ webRoot });
});
afterAll(async () => {
  await ctx.app.close();
  rmSync(webRoot, { recursive: true, force: true });
});

describe("compression", () => {
  it("sends the pre-compressed Brotli file of an asset, cached long, varying on accept-encoding", async () => {
    const response = await ctx.app.inject({
      method: "GET",
      url: "/assets/index-AbCd1234.js",
      headers: { "accept-encoding": "br, gzip" },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toMatch(/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(brotliDecompressSync(response.rawPayload).equals(script)).toBe(true);
  });

  it("sends the gzip file to a client without Brotli, and plain bytes to one without either", async () => {
    const gzip = await ctx.app.inject({
      method: "GET",
      url: "/assets/index-AbCd1234.js",
      headers: { "accept-encoding": "gzip" },
    });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gzip.headers.vary).toMatch(/accept-encoding/i);
    expect(gzip.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(gunzipSync(gzip.rawPayload).equals(script)).toBe(true);

    const plain = await ctx.app.inject({
      method: "GET",
      url: "/assets/index-AbCd1234.js",
      headers: { "accept-encoding": "identity" },
    });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.rawPayload.equals(script)).toBe(true);
  });

  it("keeps the app page fresh (no-cache), also for a client route", async () => {
    for (const url of ["/", "/vacatures"]) {
      const response = await ctx.app.inject({ method: "GET", url, headers: { "accept-encoding": "br" } });
      expect(response.statusCode).toBe(200);
      expect(response.headers["cache-control"]).toBe("no-cache");
      expect(response.headers["content-type"]).toMatch(/text\/html/);
    }
  });

  it("compresses a large JSON answer and leaves a small one alone", async () => {
    const large = await ctx.app.inject({
      method: "GET",
      url: "/api/openapi.json",
      headers: { "accept-encoding": "br, gzip" },
    });
    expect(large.statusCode).toBe(200);
    expect(large.headers["content-encoding"]).toBe("br");
    expect(large.headers.vary).toMatch(/accept-encoding/i);
    const body = JSON.parse(brotliDecompressSync(large.rawPayload).toString("utf8"));
    expect(body.openapi).toBe("3.1.0");
    expect(large.rawPayload.length).toBeLessThan(Buffer.byteLength(JSON.stringify(body)) / 3);

    const gzip = await ctx.app.inject({
      method: "GET",
      url: "/api/openapi.json",
      headers: { "accept-encoding": "gzip" },
    });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(gzip.rawPayload).toString("utf8")).openapi).toBe("3.1.0");

    const small = await ctx.app.inject({
      method: "GET",
      url: "/api/health",
      headers: { "accept-encoding": "br, gzip" },
    });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.json().status).toBe("ok");
  });
});

describe("robots.txt", () => {
  it("is a real text file (not the app page) that keeps crawlers out of the API and personal pages", async () => {
    const response = await ctx.app.inject({ method: "GET", url: "/robots.txt" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/plain/);
    expect(response.headers["cache-control"]).toBe("no-cache");
    const lines = response.body.split("\n");
    expect(lines).toContain("User-agent: *");
    for (const rule of [
      "Disallow: /api/",
      "Disallow: /beheer",
      "Disallow: /mijn-gegevens",
      "Allow: /vacatures",
    ])
      expect(lines).toContain(rule);
  });
});
