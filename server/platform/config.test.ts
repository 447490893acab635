import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("uses safe defaults for a new user", () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATA_DIR).toBe("./data");
    expect(config.publicUrl).toBe("http://localhost:3000");
    expect(config.trustedOrigins).toContain("http://127.0.0.1:3000");
    expect(config.demo).toBe(true);
  });

  it("names every bad value in one message", () => {
    expect(() => loadConfig({ PORT: "abc", DATABASE_URL: "mysql://x", SMTP_URL: "http://x" })).toThrowError(
      ConfigError,
    );
    try {
      loadConfig({ PORT: "abc", DATABASE_URL: "mysql://x" });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/DATABASE_URL: moet beginnen met postgres/);
    }
  });

  it("requires a real secret in production", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrowError(/AUTH_SECRET/);
    expect(loadConfig({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(32) }).demo).toBe(false);
  });
});
