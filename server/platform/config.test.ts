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
    expect(() => loadConfig({ NODE_ENV: "production", SMTP_URL: "smtp://mail" })).toThrowError(/AUTH_SECRET/);
  });

  it("keeps demo data and the development outbox in development", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ seedDemo: true, demo: true, mail: "outbox" });
    expect(loadConfig({ SMTP_URL: "smtp://mail:25" }).mail).toBe("smtp");
  });

  it("refuses to start in production without a way to send mail, with a clear message", () => {
    const secret = "x".repeat(32);
    expect(() => loadConfig({ NODE_ENV: "production", AUTH_SECRET: secret })).toThrowError(ConfigError);
    expect(() => loadConfig({ NODE_ENV: "production", AUTH_SECRET: secret })).toThrowError(
      /SMTP_URL: verplicht in productie.*MAIL=log-only/,
    );
    expect(() => loadConfig({ NODE_ENV: "production", AUTH_SECRET: secret, MAIL: "outbox" })).toThrowError(
      /alleen voor ontwikkeling/,
    );
    expect(() => loadConfig({ MAIL: "smtp" })).toThrowError(/SMTP_URL: verplicht bij MAIL=smtp/);
    expect(() => loadConfig({ MAIL: "log-only", SMTP_URL: "smtp://mail" })).toThrowError(/kies één/);
    expect(() => loadConfig({ MAIL: "postduif" })).toThrowError(/MAIL: kies smtp, outbox of log-only/);
    // Both problems of a bare production start in one message.
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrowError(/AUTH_SECRET[\s\S]*SMTP_URL/);
    expect(loadConfig({ NODE_ENV: "production", AUTH_SECRET: secret, SMTP_URL: "smtps://mail" }).mail).toBe(
      "smtp",
    );
    expect(loadConfig({ NODE_ENV: "production", AUTH_SECRET: secret, MAIL: "log-only" }).mail).toBe(
      "log-only",
    );
  });

  it("loads no demo data and shows no demo accounts in production unless SEED_DEMO=true", () => {
    const production = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(32), SMTP_URL: "smtp://mail" };
    expect(loadConfig(production)).toMatchObject({ seedDemo: false, demo: false });
    expect(loadConfig({ ...production, SEED_DEMO: "true" })).toMatchObject({ seedDemo: true, demo: true });
    expect(loadConfig({ ...production, SEED_DEMO: "true", DEMO: "false" })).toMatchObject({ demo: false });
    expect(() => loadConfig({ ...production, DEMO: "true" })).toThrowError(
      /DEMO: .*alleen samen met SEED_DEMO=true/,
    );
  });
});
