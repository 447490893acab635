import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";
import { parseDistrictCsv } from "./service.ts";

describe("parseDistrictCsv (CBS wijk- en buurtkaart layout)", () => {
  it("reads ; separated rows with a BOM and groups buurten under their wijk", () => {
    const csv =
      "\uFEFFGM_CODE;GM_NAAM;WK_CODE;WK_NAAM;BU_CODE;BU_NAAM\nGM0123;Test;WK012301;Noord;BU01230101;Akkers\nGM0123;Test;WK012301;Noord;BU01230102;Molen\nGM0123;Test;WK012302;Zuid;;\n";
    const { districts, errors } = parseDistrictCsv(csv, "GM0123");
    expect(errors).toEqual([]);
    expect(districts).toEqual([
      {
        code: "WK012301",
        name: "Noord",
        neighbourhoods: [
          { code: "BU01230101", name: "Akkers" },
          { code: "BU01230102", name: "Molen" },
        ],
      },
      { code: "WK012302", name: "Zuid", neighbourhoods: [] },
    ]);
  });

  it("reports every bad row with its line number", () => {
    const csv = [
      "GM_CODE,WK_CODE,WK_NAAM,BU_CODE,BU_NAAM",
      "GM0123,WK012301,Noord,BU01230101,Akkers",
      "GM0999,WK099901,Elders,,",
      "GM0123,WK12,Fout,,",
      "GM0123,WK012301,Noord,BU01990101,Verkeerd",
      "GM0123,WK012301,Noord,BU01230101,Dubbel",
    ].join("\n");
    const { errors } = parseDistrictCsv(csv, "GM0123");
    expect(errors.map((e) => e.path)).toEqual([
      "rows.3.GM_CODE",
      "rows.4.WK_CODE",
      "rows.5.BU_CODE",
      "rows.6.BU_CODE",
    ]);
    expect(errors[1]!.message).toBe("Regel 4: Een wijkcode is WK en 6 cijfers.");
  });

  it("names missing columns", () => {
    expect(parseDistrictCsv("CODE;NAAM\nx;y", "GM0123").errors[0]!.message).toMatch(
      /GM_CODE, WK_CODE, WK_NAAM/,
    );
  });
});

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

describe("districts import and tenant settings", () => {
  it("imports all rows, or nothing when one row is wrong", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant.id, "admin");
    const request = as(ctx.app, await signIn(ctx.app, admin.email));
    const gm = tenant.code.slice(2);
    const good = `GM_CODE;WK_CODE;WK_NAAM;BU_CODE;BU_NAAM\n${tenant.code};WK${gm}01;Centrum;BU${gm}0101;Oud\n${tenant.code};WK${gm}01;Centrum;BU${gm}0102;Nieuw\n`;
    const imported = await request({ method: "POST", url: "/api/districts/import", payload: { csv: good } });
    expect(imported.json()).toEqual({ districts: 1, neighbourhoods: 2 });

    const bad = `${good}${tenant.code};WK${gm}02;Oost;BU${gm}0201;Oosterpark\n${tenant.code};XX;Fout;;\n`;
    const refused = await request({ method: "POST", url: "/api/districts/import", payload: { csv: bad } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/niets geïmporteerd/);
    expect(refused.json().error.fields[0].path).toBe("rows.5.WK_CODE");

    const districts = (await request({ method: "GET", url: "/api/districts" })).json();
    expect(districts.map((d: { name: string }) => d.name)).toEqual(["Centrum"]);
    expect(districts[0].neighbourhoods).toHaveLength(2);

    // Importing again updates names instead of duplicating.
    await request({
      method: "POST",
      url: "/api/districts/import",
      payload: { csv: good.replace("Oud", "Oude Stad") },
    });
    const again = (await request({ method: "GET", url: "/api/districts" })).json();
    expect(again[0].neighbourhoods.map((n: { name: string }) => n.name)).toEqual(["Oude Stad", "Nieuw"]);
  });

  it("imports postcodes per buurt, so a volunteer's buurt follows from the postcode", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant.id, "admin");
    const request = as(ctx.app, await signIn(ctx.app, admin.email));
    const gm = tenant.code.slice(2);
    await request({
      method: "POST",
      url: "/api/districts/import",
      payload: {
        csv: `GM_CODE;WK_CODE;WK_NAAM;BU_CODE;BU_NAAM\n${tenant.code};WK${gm}01;Centrum;BU${gm}0101;Oud\n`,
      },
    });
    // Buurt codes with or without "BU"; one row per address repeats a postcode.
    const csv = `PC6;Huisnummer;Buurt2024\n1234AB;1;${gm}0101\n1234AB;3;${gm}0101\n1235 CD;2;BU${gm}0101\n`;
    const bad = await request({
      method: "POST",
      url: "/api/districts/postcodes/import",
      payload: { csv: `${csv}9999;1;${gm}0101\n1236EF;1;BU99990101\n` },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toEqual([
      "rows.5.PC6",
      "rows.6.BU_CODE",
    ]);
    expect((await request({ method: "GET", url: "/api/districts/postcodes/count" })).json()).toEqual({
      postcodes: 0,
    });

    const ok = await request({ method: "POST", url: "/api/districts/postcodes/import", payload: { csv } });
    expect(ok.json()).toEqual({ postcodes: 2 });
    const volunteer = await request({
      method: "POST",
      url: "/api/volunteers",
      payload: {
        givenName: "Bo",
        familyName: "Buurt",
        postcode: "1234ab",
        consent: true,
        channel: "persoonlijk",
      },
    });
    expect(volunteer.json()).toMatchObject({ postcode: "1234 AB", neighbourhoodName: "Oud" });
  });

  it("updates name, theme and the 2FA setting with validation", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant.id, "admin");
    const request = as(ctx.app, await signIn(ctx.app, admin.email));
    const current = (await request({ method: "GET", url: "/api/tenant" })).json();
    const bad = await request({
      method: "PUT",
      url: "/api/tenant",
      payload: { ...current, theme: { ...current.theme, primaryColor: "rood" } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0]).toMatchObject({
      path: "theme.primaryColor",
      message: "Gebruik een kleur als #1a2b3c.",
    });
    const saved = await request({
      method: "PUT",
      url: "/api/tenant",
      payload: {
        name: "Gemeente Hernoemd",
        theme: { ...current.theme, primaryColor: "#aa0000" },
        settings: {
          twoFactorRequiredRoles: ["admin"],
          mailContact: { name: "Team Inzet", email: "inzet@hernoemd.nl", phone: "030 123 45 67" },
        },
      },
    });
    expect(saved.json()).toMatchObject({
      name: "Gemeente Hernoemd",
      theme: { primaryColor: "#aa0000" },
      settings: { twoFactorRequiredRoles: ["admin"] },
    });
    const publicTenant = await ctx.app.inject({
      method: "GET",
      url: `/api/public/tenant?slug=${tenant.slug}`,
    });
    expect(publicTenant.json()).toMatchObject({
      name: "Gemeente Hernoemd",
      theme: { primaryColor: "#aa0000" },
      // The contact residents may reach (named in every mail and in the accessibility statement).
      contact: { name: "Team Inzet", email: "inzet@hernoemd.nl", phone: "030 123 45 67" },
    });
    expect(publicTenant.json().id).toBeUndefined();
  });
});
