import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { as, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;

beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

describe("creating a user with an address known elsewhere", () => {
  it("answers exactly as for a new address when the account belongs to another tenant", async () => {
    const other = await createTenant();
    const elsewhere = await createUser(other.id, "volunteer");
    const tenant = await createTenant();
    const admin = await createUser(tenant.id, "admin");
    const request = as(ctx.app, await signIn(ctx.app, admin.email));
    const create = (email: string) =>
      request({
        method: "POST",
        url: "/api/users",
        payload: { givenName: "Sam", familyName: "Smit", email, role: "coordinator" },
      });

    const fresh = await create(`nieuw-${crypto.randomUUID()}@test.inzet.nl`);
    const known = await create(elsewhere.email);
    expect(fresh.statusCode).toBe(201);
    expect(known.statusCode).toBe(fresh.statusCode);
    const shape = (body: Record<string, unknown>) => ({
      ...body,
      userId: "-",
      personId: "-",
      email: "-",
      memberships: (body.memberships as { id: string }[]).map((m) => ({ ...m, id: "-" })),
    });
    expect(shape(known.json())).toEqual(shape(fresh.json()));

    // The account now also has a role here; its place in the other tenant is untouched.
    const memberships = await as(ctx.app, await signIn(ctx.app, elsewhere.email))({ url: "/api/me" });
    expect(
      memberships
        .json()
        .memberships.map((m: { tenantId: string }) => m.tenantId)
        .sort(),
    ).toEqual([other.id, tenant.id].sort());

    // Within the own tenant the beheerder sees the user anyway: a second time is a conflict.
    const again = await create(elsewhere.email);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("email_taken");
  });
});
