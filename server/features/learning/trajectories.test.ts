import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../../shared/roles.ts";
import { as, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const user = async (tenantId: string, role: Role) =>
  as(ctx.app, await signIn(ctx.app, (await createUser(tenantId, role)).email));

const utrecht = {
  title: "Vrijwilligerswerk in de bijstand",
  experienceQuestion: "Ervaringen van bijstandsgerechtigden met vrijwilligerswerk",
  howGathered: "8 interviews, vooral via-via geworven",
  lessons: "Zet meerdere wervingskanalen tegelijk in. Persoonlijke benadering werkt het beste.",
  links: [{ label: "Presentatie", url: "https://example.nl/presentatie" }],
  themes: ["Bijstand", "werving"],
};

describe("learning trajectories and the library", () => {
  it("records a trajectory, keeps it in the werkgebied until shared, then other werkgebieden find it by theme", async () => {
    const tenant = await createTenant();
    const council = await user(tenant.id, "clientCouncil");
    const created = await council({ method: "POST", url: "/api/learning/trajectories", payload: utrecht });
    expect(created.statusCode, created.body).toBe(201);
    const t = created.json();
    expect(t).toMatchObject({
      themes: ["bijstand", "werving"],
      sharedAt: null,
      can: { edit: true, share: true },
    });
    expect(t.workedWell).toBe("");

    const elsewhere = await user((await createTenant()).id, "policyOfficer");
    const library = () =>
      elsewhere({
        method: "GET",
        url: `/api/learning/library?theme=werving&q=${encodeURIComponent("Bijstand")}`,
      });
    const ids = (r: Awaited<ReturnType<typeof library>>) => r.json().items.map((i: { id: string }) => i.id);
    expect(ids(await library())).not.toContain(t.id);
    expect((await elsewhere({ method: "GET", url: `/api/learning/trajectories/${t.id}` })).statusCode).toBe(
      404,
    );

    const shared = await council({
      method: "POST",
      url: `/api/learning/trajectories/${t.id}/share`,
      payload: { shared: true },
    });
    expect(shared.json().sharedAt).not.toBeNull();
    expect(ids(await library())).toContain(t.id);
    const read = await elsewhere({ method: "GET", url: `/api/learning/trajectories/${t.id}` });
    expect(read.json()).toMatchObject({ tenantName: tenant.name, can: { edit: false, share: false } });
    // Another werkgebied reads but does not change or unshare it.
    expect(
      (await elsewhere({ method: "PUT", url: `/api/learning/trajectories/${t.id}`, payload: utrecht }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await elsewhere({
          method: "POST",
          url: `/api/learning/trajectories/${t.id}/share`,
          payload: { shared: false },
        })
      ).statusCode,
    ).toBe(404);
    // Its own list does not hold it; a theme it lacks finds nothing in the library.
    expect((await elsewhere({ method: "GET", url: "/api/learning/trajectories" })).json().total).toBe(0);
    const none = await elsewhere({ method: "GET", url: "/api/learning/library?theme=zzz-onbekend" });
    expect(none.json().total).toBe(0);

    await council({
      method: "POST",
      url: `/api/learning/trajectories/${t.id}/share`,
      payload: { shared: false },
    });
    expect(ids(await library())).not.toContain(t.id);
  });

  it("refuses bad input and roles that may not write", async () => {
    const tenant = await createTenant();
    const council = await user(tenant.id, "clientCouncil");
    const bad = await council({
      method: "POST",
      url: "/api/learning/trajectories",
      payload: { title: "x", links: [{ label: "a", url: "javascript:alert(1)" }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(["links.0.url", "title"]);
    expect(bad.json().error.fields[0].message).toMatch(/[a-z]/);
    const coordinator = await user(tenant.id, "coordinator");
    expect(
      (await coordinator({ method: "POST", url: "/api/learning/trajectories", payload: utrecht })).statusCode,
    ).toBe(403);
    expect((await coordinator({ method: "GET", url: "/api/learning/trajectories" })).statusCode).toBe(200);
    expect(
      (await (await user(tenant.id, "volunteer"))({ method: "GET", url: "/api/learning/library" }))
        .statusCode,
    ).toBe(403);
  });
});
