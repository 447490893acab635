import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const ownTheme = `/* Gemeente Test */
.gemeentetest-theme {
  --gemeentetest-groen: #00703c;
  --basis-color-action-1-inverse-bg-default: var(--gemeentetest-groen);
  --utrecht-heading-font-family: "Fira Sans", sans-serif;
}`;

describe("a tenant's own NL Design System theme", () => {
  it("is refused without sign-in and for roles without tenant.manage", async () => {
    const tenant = await createTenant();
    const anonymous = await ctx.app.inject({
      method: "PUT",
      url: "/api/tenant/theme/tokens",
      payload: { source: ownTheme },
    });
    expect(anonymous.statusCode).toBe(401);
    const coordinator = await createUser(tenant.id, "coordinator");
    const request = as(ctx.app, await signIn(ctx.app, coordinator.email));
    const forbidden = await request({
      method: "PUT",
      url: "/api/tenant/theme/tokens",
      payload: { source: ownTheme },
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it("refuses url(), @import, other properties and oversized files with Dutch field messages and codes", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant.id, "admin");
    const request = as(ctx.app, await signIn(ctx.app, admin.email));
    const bad = await request({
      method: "PUT",
      url: "/api/tenant/theme/tokens",
      payload: {
        source: `@import "https://evil.example/x.css";\n:root {\n  --basis-a: url(https://evil.example/t.png);\n  color: red;\n}`,
      },
    });
    expect(bad.statusCode).toBe(400);
    const fields = bad.json().error.fields as { path: string; code: string; message: string }[];
    expect(fields.map((f) => f.code)).toEqual(["theme_at_rule", "theme_url", "theme_not_custom_property"]);
    expect(fields[1]!.message).toBe(
      "Regel 3: Een adres (url(…)) is niet toegestaan: laad geen bestanden via het thema.",
    );
    expect(fields.every((f) => f.path === "source")).toBe(true);

    const json = await request({
      method: "PUT",
      url: "/api/tenant/theme/tokens",
      payload: { source: "{ nope" },
    });
    expect(json.json().error.fields[0].code).toBe("theme_json_invalid");
    const huge = await request({
      method: "PUT",
      url: "/api/tenant/theme/tokens",
      payload: { source: `:root { --basis-a: ${"x".repeat(300_000)}; }` },
    });
    expect(huge.statusCode).toBe(400);
    expect(huge.json().error.fields[0].message).toBe("Het bestand is te groot (maximaal 256 kB).");
    // Nothing was stored.
    expect((await request({ method: "GET", url: "/api/tenant" })).json().themeTokens).toEqual({});
  });

  it("stores a CSS theme, serves it scoped to the root of this tenant only, and keeps it when colours change", async () => {
    const tenant = await createTenant();
    const other = await createTenant();
    const admin = await createUser(tenant.id, "admin");
    const request = as(ctx.app, await signIn(ctx.app, admin.email));
    const saved = await request({
      method: "PUT",
      url: "/api/tenant/theme/tokens",
      payload: { source: ownTheme },
    });
    expect(saved.statusCode).toBe(200);
    // The brand colour (--gemeentetest-…) is not one of ours: its value is filled in, the token left out.
    expect(saved.json()).toEqual({ tokens: 2, skipped: 1 });
    expect((await request({ method: "GET", url: "/api/tenant" })).json().themeTokens).toEqual({
      "--basis-color-action-1-inverse-bg-default": "#00703c",
      "--utrecht-heading-font-family": '"Fira Sans", sans-serif',
    });

    const before = (await ctx.app.inject({ url: `/api/public/tenant?slug=${tenant.slug}` })).json()
      .themeVersion;
    await request({ method: "PUT", url: "/api/tenant", payload: { theme: { primaryColor: "#123456" } } });
    const css = await ctx.app.inject({ url: `/api/public/tenant/theme.css?slug=${tenant.slug}` });
    expect(css.statusCode).toBe(200);
    expect(css.headers["content-type"]).toBe("text/css; charset=utf-8");
    expect(css.body).toContain(":root.voorbeeld-theme {");
    expect(css.body).toContain("  --inzet-primary-color: #123456;");
    expect(css.body).toContain("  --basis-color-action-1-inverse-bg-default: #00703c;");
    expect(css.body).not.toContain("gemeentetest-groen");
    const after = (await ctx.app.inject({ url: `/api/public/tenant?slug=${tenant.slug}` })).json()
      .themeVersion;
    expect(after).not.toBe(before);

    const otherCss = await ctx.app.inject({ url: `/api/public/tenant/theme.css?slug=${other.slug}` });
    expect(otherCss.body).not.toContain("--basis-color-action-1-inverse-bg-default");

    // An empty file brings back the default theme.
    const cleared = await request({
      method: "PUT",
      url: "/api/tenant/theme/tokens",
      payload: { source: "" },
    });
    expect(cleared.json()).toEqual({ tokens: 0, skipped: 0 });
    const plain = await ctx.app.inject({ url: `/api/public/tenant/theme.css?slug=${tenant.slug}` });
    expect(plain.body).not.toContain("--basis-color-action-1-inverse-bg-default");
  });

  it("reads a JSON tokens file (Tokens Studio / Style Dictionary) with references", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant.id, "admin");
    const request = as(ctx.app, await signIn(ctx.app, admin.email));
    const source = JSON.stringify({
      gemeente: { blauw: { $type: "color", $value: "#154273" } },
      basis: {
        color: { "action-1": { "inverse-bg-default": { $value: "{gemeente.blauw}" } } },
        text: { "font-family-default": { value: "Arial, sans-serif" }, typography: { $value: { a: 1 } } },
      },
    });
    const saved = await request({ method: "PUT", url: "/api/tenant/theme/tokens", payload: { source } });
    expect(saved.json()).toEqual({ tokens: 2, skipped: 1 });
    expect((await request({ method: "GET", url: "/api/tenant" })).json().themeTokens).toEqual({
      "--basis-color-action-1-inverse-bg-default": "#154273",
      "--basis-text-font-family-default": "Arial, sans-serif",
    });
  });
});
