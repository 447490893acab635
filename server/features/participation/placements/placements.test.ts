import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../../../shared/roles.ts";
import { processingLog } from "../../../db/schema.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

async function user(tenantId: string, role: Role, organisationId: string | null = null) {
  const made = await createUser(tenantId, role, { organisationId });
  return { ...made, http: as(ctx.app, await signIn(ctx.app, made.email)) };
}

/**
 * A tenant with notify-only rules, an organisation with a coordinator, another organisation's
 * coordinator, a klantmanager and one client with two running agreements at the first organisation:
 * one the client disclosed as a participation agreement, one not.
 */
async function setup() {
  const tenant = await createTenant();
  const admin = await user(tenant.id, "admin");
  await admin.http({
    method: "POST",
    url: "/api/participation/rules",
    payload: {
      validFrom: "2020-01-01",
      regime: "participatie",
      procedure: "notify",
      maxHoursPerWeek: 20,
      countingActivities: ["volunteerWork"],
      sender: { name: "Gemeente Test" },
    },
  });
  const org = await createOrganisation(tenant.id, { name: "Voedselbank Test" });
  const otherOrg = await createOrganisation(tenant.id, { name: "Ander Huis" });
  const coordinator = await user(tenant.id, "coordinator", org.id);
  const otherCoordinator = await user(tenant.id, "coordinator", otherOrg.id);
  const km = await user(tenant.id, "caseworker");
  const client = (
    await km.http({
      method: "POST",
      url: "/api/participation/clients",
      payload: { clientNumber: "P-1", givenName: "Ilse", familyName: "Visser", birthDate: "1975-04-04" },
    })
  ).json();
  const running = async (disclosedToOrganisation: boolean, description: string) => {
    const made = await km.http({
      method: "POST",
      url: `/api/participation/clients/${client.id}/agreements`,
      payload: {
        activity: "volunteerWork",
        organisationId: org.id,
        description,
        hoursPerWeek: 6,
        startDate: "2026-11-02",
        goals: "Mijn eigen doel, alleen voor de klantmanager",
        disclosedToOrganisation,
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id;
    await km.http({ method: "POST", url: `/api/participation/agreements/${id}/submit`, payload: {} });
    const started = await km.http({
      method: "POST",
      url: `/api/participation/agreements/${id}/status`,
      payload: { status: "active" },
    });
    expect(started.json().status).toBe("active");
    return id as string;
  };
  const disclosed = await running(true, "Pakketten inpakken");
  const hidden = await running(false, "Chauffeur");
  return { tenant, coordinator, otherCoordinator, km, client, disclosed, hidden };
}

describe("hours reported by the organisation", () => {
  it("shows the coordinator only the disclosed placement, without client number, goals or letters", async () => {
    const { coordinator, otherCoordinator, disclosed } = await setup();
    const list = await coordinator.http({ method: "GET", url: "/api/participation/placements" });
    expect(list.statusCode, list.body).toBe(200);
    const items = list.json().items;
    expect(items.map((p: { id: string }) => p.id)).toEqual([disclosed]);
    expect(items[0]).toEqual({
      id: disclosed,
      name: "Ilse Visser",
      description: "Pakketten inpakken",
      hoursPerWeek: 6,
      startDate: "2026-11-02",
      endDate: null,
      weeks: [],
    });
    expect(list.body).not.toContain("P-1");
    expect(list.body).not.toContain("Mijn eigen doel");
    expect(
      (await otherCoordinator.http({ method: "GET", url: "/api/participation/placements" })).json().items,
    ).toEqual([]);
  });

  it("stores the week on its Monday as reported by the organisation; the klantmanager sees it", async () => {
    const { tenant, coordinator, km, client, disclosed } = await setup();
    const report = (week: string, hours: number) =>
      coordinator.http({
        method: "POST",
        url: `/api/participation/placements/${disclosed}/hours`,
        payload: { week, hours },
      });
    expect((await report("2026-11-11", 5)).json().weeks).toEqual([
      { week: "2026-11-09", hours: 5, reportedBy: "organisation" },
    ]);
    const again = await report("2026-11-12", 5.5);
    expect(again.json().weeks).toEqual([{ week: "2026-11-09", hours: 5.5, reportedBy: "organisation" }]);
    const bad = await report("2026-11-12", 81);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0]).toMatchObject({
      path: "hours",
      message: "Hoogstens 80 uur in een week.",
    });
    const seen = (
      await km.http({ method: "GET", url: `/api/participation/clients/${client.id}/agreements` })
    ).json().items;
    const mine = seen.find((a: { id: string }) => a.id === disclosed);
    expect(mine.hours).toMatchObject({ total: 5.5, weeks: 1, lastWeek: "2026-11-09" });
    expect(mine.hours.recent).toEqual([{ week: "2026-11-09", hours: 5.5, reportedBy: "organisation" }]);
    const logged = await ctx.db
      .select()
      .from(processingLog)
      .where(
        and(
          eq(processingLog.tenantId, tenant.id),
          eq(processingLog.actorUserId, coordinator.userId),
          eq(processingLog.subjectId, client.id),
        ),
      );
    expect(new Set(logged.map((l) => l.activity))).toEqual(new Set(["participation.organisation"]));
    expect(logged.some((l) => l.action === "update")).toBe(true);
  });

  it("answers 404 for an undisclosed placement and another organisation's, 403 for other roles", async () => {
    const { coordinator, otherCoordinator, km, disclosed, hidden } = await setup();
    const report = (who: typeof coordinator, id: string) =>
      who.http({
        method: "POST",
        url: `/api/participation/placements/${id}/hours`,
        payload: { week: "2026-11-09", hours: 3 },
      });
    expect((await report(coordinator, hidden)).statusCode).toBe(404);
    expect((await report(otherCoordinator, disclosed)).statusCode).toBe(404);
    expect((await report(coordinator, crypto.randomUUID())).statusCode).toBe(404);
    expect((await report(km, disclosed)).statusCode).toBe(403);
  });
});
