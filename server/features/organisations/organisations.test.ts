import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  as,
  createDistrict,
  createOrganisation,
  createTenant,
  createUser,
  signIn,
  testApp,
} from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

describe("organisations", () => {
  it("creates and edits an organisation with its districts", async () => {
    const tenant = await createTenant();
    const district = await createDistrict(tenant.id, "WK000101", "Noord");
    const admin = await createUser(tenant.id, "admin");
    const request = as(ctx.app, await signIn(ctx.app, admin.email));
    const created = await request({
      method: "POST",
      url: "/api/organisations",
      payload: {
        name: "Stadsbank Test",
        type: "officialBody",
        email: "INFO@stadsbank.nl",
        postcode: "1234ab",
        phone: "",
        districtIds: [district.id],
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      email: "info@stadsbank.nl",
      postcode: "1234 AB",
      phone: null,
      districtIds: [district.id],
    });
    const id = created.json().id;
    const updated = await request({
      method: "PUT",
      url: `/api/organisations/${id}`,
      payload: { name: "Stadsbank", type: "officialBody", active: false },
    });
    expect(updated.json()).toMatchObject({ name: "Stadsbank", active: false, districtIds: [] });
  });

  it("answers bad input field by field in Dutch and stores nothing", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant.id, "admin");
    const request = as(ctx.app, await signIn(ctx.app, admin.email));
    const response = await request({
      method: "POST",
      url: "/api/organisations",
      payload: { name: "X", type: "bank", email: "geen", postcode: "12345", website: "niet-een-url" },
    });
    expect(response.statusCode).toBe(400);
    const messages = Object.fromEntries(
      response.json().error.fields.map((f: { path: string; message: string }) => [f.path, f.message]),
    );
    expect(messages).toMatchObject({
      name: "Vul een naam in van minstens 2 tekens.",
      type: "Kies een soort organisatie.",
      email: "Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.",
      postcode: "Vul een geldige postcode in, zoals 1234 AB.",
      website: "Vul een geldige website in, zoals https://voorbeeld.nl.",
    });
    expect((await request({ method: "GET", url: "/api/organisations" })).json().total).toBe(0);
  });

  it("searches, filters and pages", async () => {
    const tenant = await createTenant();
    const district = await createDistrict(tenant.id, "WK000201", "Oost");
    for (let i = 0; i < 30; i++) {
      await createOrganisation(tenant.id, {
        name: `Buurthuis ${String(i).padStart(2, "0")}`,
        type: i % 2 ? "welfare" : "church",
      });
    }
    const special = await createOrganisation(tenant.id, {
      name: "100% Hulp_Team",
      type: "welfare",
      city: "Oosterhout",
    });
    const volunteer = await createUser(tenant.id, "volunteer");
    const request = as(ctx.app, await signIn(ctx.app, volunteer.email));
    const page2 = (
      await request({ method: "GET", url: "/api/organisations?q=buurthuis&page=2&pageSize=10" })
    ).json();
    expect(page2).toMatchObject({ total: 30, page: 2, pageSize: 10 });
    expect(page2.items[0].name).toBe("Buurthuis 10");
    expect((await request({ method: "GET", url: "/api/organisations?type=church" })).json().total).toBe(15);
    // % and _ are searched literally.
    expect(
      (await request({ method: "GET", url: "/api/organisations?q=100%25" }))
        .json()
        .items.map((o: { id: string }) => o.id),
    ).toEqual([special.id]);
    expect((await request({ method: "GET", url: "/api/organisations?q=oosterhout" })).json().total).toBe(1);
    expect(
      (await request({ method: "GET", url: `/api/organisations?districtId=${district.id}` })).json().total,
    ).toBe(0);
  });
});
