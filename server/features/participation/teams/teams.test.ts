import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../../../shared/roles.ts";
import { participationClient, processingLog } from "../../../db/schema.ts";
import { as, createTenant, createUser, signIn, testApp } from "../../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

async function user(tenantId: string, role: Role) {
  const made = await createUser(tenantId, role);
  return { ...made, http: as(ctx.app, await signIn(ctx.app, made.email)) };
}

let number = 0;
async function addClient(km: Awaited<ReturnType<typeof user>>) {
  const made = await km.http({
    method: "POST",
    url: "/api/participation/clients",
    payload: {
      clientNumber: `T-${++number}`,
      givenName: "Kees",
      familyName: "Klant",
      birthDate: "1980-01-01",
    },
  });
  expect(made.statusCode, made.body).toBe(201);
  return made.json().id as string;
}

/** A tenant with a beheerder, team Noord (a lead and a klantmanager) and a klantmanager of team Zuid. */
async function setup() {
  const tenant = await createTenant();
  const admin = await user(tenant.id, "admin");
  const lead = await user(tenant.id, "caseworker");
  const km = await user(tenant.id, "caseworker");
  const south = await user(tenant.id, "caseworker");
  const put = (userId: string, team: string, teamLead = false) =>
    admin.http({
      method: "PUT",
      url: `/api/participation/caseworkers/${userId}`,
      payload: { team, teamLead },
    });
  for (const [who, team, isLead] of [
    [lead, "Noord", true],
    [km, "Noord", false],
    [south, "Zuid", false],
  ] as const)
    expect((await put(who.userId, team, isLead)).statusCode).toBe(200);
  return { tenant, admin, lead, km, south, put };
}

const handover = (who: Awaited<ReturnType<typeof user>>, payload: object) =>
  who.http({ method: "POST", url: "/api/participation/handover", payload });

describe("teams of klantmanagers", () => {
  it("the beheerder sees every klantmanager with team and caseload size; a klantmanager their team", async () => {
    const { admin, lead, km, south } = await setup();
    await addClient(km);
    await addClient(km);
    const all = (await admin.http({ method: "GET", url: "/api/participation/caseworkers" })).json();
    expect(all.manage).toBe(true);
    expect(all.items).toHaveLength(3);
    expect(all.items.find((c: { userId: string }) => c.userId === km.userId)).toMatchObject({
      team: "Noord",
      teamLead: false,
      clients: 2,
    });
    const team = (await km.http({ method: "GET", url: "/api/participation/caseworkers" })).json();
    expect(team.manage).toBe(false);
    expect(team.items.map((c: { userId: string }) => c.userId).sort()).toEqual(
      [lead.userId, km.userId].sort(),
    );
    expect(team.items.some((c: { userId: string }) => c.userId === south.userId)).toBe(false);
  });

  it("only the beheerder sets teams; an unknown klantmanager is 404; an empty team takes the lead away", async () => {
    const { admin, km, put } = await setup();
    expect(
      (
        await km.http({
          method: "PUT",
          url: `/api/participation/caseworkers/${km.userId}`,
          payload: { team: "X" },
        })
      ).statusCode,
    ).toBe(403);
    expect((await put("no-such-user", "Noord")).statusCode).toBe(404);
    const other = await createTenant();
    const foreign = await createUser(other.id, "caseworker");
    expect((await put(foreign.userId, "Noord")).statusCode).toBe(404);
    const cleared = await put(km.userId, "", true);
    expect(cleared.json()).toMatchObject({ team: null, teamLead: false });
    const long = await put(km.userId, "x".repeat(61));
    expect(long.statusCode).toBe(400);
    expect(long.json().error.fields[0]).toMatchObject({ path: "team", message: "Hoogstens 60 tekens." });
    expect((await admin.http({ method: "GET", url: "/api/participation/caseworkers" })).statusCode).toBe(200);
  });
});

describe("handing over a caseload", () => {
  it("a team lead hands a colleague's clients over within the team; the new klantmanager opens them", async () => {
    const { tenant, lead, km } = await setup();
    const a = await addClient(km);
    const b = await addClient(km);
    const moved = await handover(lead, { fromUserId: km.userId, toUserId: lead.userId, clientIds: [a] });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toEqual({ moved: 1, clientIds: [a] });
    expect((await km.http({ method: "GET", url: `/api/participation/clients/${a}` })).statusCode).toBe(404);
    expect((await km.http({ method: "GET", url: `/api/participation/clients/${b}` })).statusCode).toBe(200);
    // The lead sees the team anyway; the change of hands is in the processing log.
    const logged = await ctx.db
      .select()
      .from(processingLog)
      .where(
        and(
          eq(processingLog.tenantId, tenant.id),
          eq(processingLog.subjectId, a),
          eq(processingLog.action, "update"),
          eq(processingLog.actorUserId, lead.userId),
        ),
      );
    expect(logged).toHaveLength(1);
    expect(logged[0]!.activity).toBe("participation");
  });

  it("a klantmanager hands their own caseload to a colleague of the team, not out of it", async () => {
    const { lead, km, south } = await setup();
    await addClient(km);
    await addClient(km);
    const outside = await handover(km, { fromUserId: km.userId, toUserId: south.userId });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields[0]).toMatchObject({ path: "toUserId", code: "out_of_team" });
    const all = await handover(km, { fromUserId: km.userId, toUserId: lead.userId });
    expect(all.json().moved).toBe(2);
    // Nobody else's clients: a klantmanager who is no lead cannot take the lead's caseload.
    expect((await handover(km, { fromUserId: lead.userId, toUserId: km.userId })).statusCode).toBe(404);
    // Another team's lead does not reach Noord.
    expect((await handover(south, { fromUserId: lead.userId, toUserId: south.userId })).statusCode).toBe(404);
  });

  it("the beheerder moves a whole caseload across teams; refuses same person and clients of someone else", async () => {
    const { admin, km, south, lead } = await setup();
    const a = await addClient(km);
    const c = await addClient(lead);
    const same = await handover(admin, { fromUserId: km.userId, toUserId: km.userId });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.fields[0].message).toBe("Kies een andere klantmanager dan de huidige.");
    const wrong = await handover(admin, { fromUserId: km.userId, toUserId: south.userId, clientIds: [a, c] });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0]).toMatchObject({ path: "clientIds", code: "not_in_caseload" });
    // All or nothing: the refusal moved nobody.
    const [still] = await ctx.db.select().from(participationClient).where(eq(participationClient.id, a));
    expect(still!.caseworkerUserId).toBe(km.userId);
    const moved = await handover(admin, { fromUserId: km.userId, toUserId: south.userId });
    expect(moved.json()).toEqual({ moved: 1, clientIds: [a] });
    expect((await south.http({ method: "GET", url: `/api/participation/clients/${a}` })).statusCode).toBe(
      200,
    );
    const unknown = await handover(admin, { fromUserId: km.userId, toUserId: "nobody" });
    expect(unknown.statusCode).toBe(400);
  });

  it("other roles may not hand over", async () => {
    const { tenant, km, lead } = await setup();
    const participant = await user(tenant.id, "participant");
    expect((await handover(participant, { fromUserId: km.userId, toUserId: lead.userId })).statusCode).toBe(
      403,
    );
  });
});
