import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultVolunteerSettings } from "../../../shared/volunteers.ts";
import { as, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

async function admin() {
  const tenant = await createTenant();
  const user = await createUser(tenant.id, "admin");
  return as(ctx.app, await signIn(ctx.app, user.email));
}

describe("settings updates are partial: what is left out keeps its value", () => {
  it("PUT /api/volunteer-settings with {} empties no list; a list sent replaces only that list", async () => {
    const request = await admin();
    const before = (await request({ method: "GET", url: "/api/volunteer-settings" })).json();
    expect(before.skills.length).toBeGreaterThan(0);

    const empty = await request({ method: "PUT", url: "/api/volunteer-settings", payload: {} });
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual(before);
    expect((await request({ method: "GET", url: "/api/volunteer-settings" })).json()).toEqual(before);

    const oneList = await request({
      method: "PUT",
      url: "/api/volunteer-settings",
      payload: { channels: [{ code: "krant", label: "Krant" }], matchWeights: { skills: 50 } },
    });
    expect(oneList.statusCode).toBe(200);
    expect(oneList.json()).toMatchObject({
      channels: [{ code: "krant", label: "Krant" }],
      skills: defaultVolunteerSettings.skills,
      trainings: defaultVolunteerSettings.trainings,
      stopReasons: defaultVolunteerSettings.stopReasons,
      matchWeights: { ...defaultVolunteerSettings.matchWeights, skills: 50 },
    });
    // The whole result is still checked: all weights 0 is refused, and nothing is stored.
    const zero = await request({
      method: "PUT",
      url: "/api/volunteer-settings",
      payload: { matchWeights: { skills: 0, motives: 0, availability: 0, location: 0, goals: 0 } },
    });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().error.fields[0].path).toBe("matchWeights");
    expect(
      (await request({ method: "GET", url: "/api/volunteer-settings" })).json().matchWeights.skills,
    ).toBe(50);
  });

  it("PUT /api/tenant keeps the theme and every setting that is not sent", async () => {
    const request = await admin();
    const first = await request({
      method: "PUT",
      url: "/api/tenant",
      payload: {
        theme: { primaryColor: "#aa0000" },
        settings: {
          twoFactorRequiredRoles: ["coordinator", "partner"],
          mapTileUrl: "https://tiles.example.nl/{z}/{x}/{y}.png",
        },
      },
    });
    expect(first.statusCode).toBe(200);
    const before = first.json();

    const empty = await request({ method: "PUT", url: "/api/tenant", payload: { settings: {}, theme: {} } });
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual(before);

    const renamed = await request({
      method: "PUT",
      url: "/api/tenant",
      payload: { name: "Gemeente Hernoemd", settings: { twoFactorRequiredRoles: ["partner"] } },
    });
    expect(renamed.json()).toEqual({
      ...before,
      name: "Gemeente Hernoemd",
      settings: { ...before.settings, twoFactorRequiredRoles: ["partner"] },
    });
    const bad = await request({ method: "PUT", url: "/api/tenant", payload: { name: "x" } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe("name");
  });
});
