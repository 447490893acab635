import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, amsterdamDay, weekdayOf } from "../../../shared/dates.ts";
import { application, hoursEntry, person, processingLog, vacancy, volunteer } from "../../db/schema.ts";
import {
  as,
  createDistrict,
  createOrganisation,
  createTenant,
  createUser,
  PNG_BASE64,
  signIn,
  testApp,
} from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

async function setup() {
  const tenant = await createTenant();
  const district = await createDistrict(tenant.id, `WK${tenant.code.slice(2)}07`, "Oost");
  const org = await createOrganisation(tenant.id, { name: "Welzijn Oost" });
  const user = async (role: Parameters<typeof createUser>[1], organisationId: string | null = org.id) =>
    as(ctx.app, await signIn(ctx.app, (await createUser(tenant.id, role, { organisationId })).email));
  const policy = await user("policyOfficer");
  const trajectory = (
    await policy({
      method: "POST",
      url: "/api/agreements/trajectories",
      payload: {
        districtId: district.id,
        leadOrganisationId: org.id,
        leadName: "Kees de Vries",
        startedOn: "2026-09-01",
      },
    })
  ).json();
  return { tenant, district, org, user, policy, trajectory };
}

describe("wijkaanpak access, validation and privacy", () => {
  it("answers 404 to another tenant, 403 without the permission, and logs the lead's name", async () => {
    const a = await setup();
    const b = await setup();
    for (const url of [
      `/api/agreements/trajectories/${a.trajectory.id}`,
      `/api/agreements/trajectories/${a.trajectory.id}/mind-map`,
      `/api/agreements/trajectories/${a.trajectory.id}/meetings`,
    ])
      expect((await b.policy({ method: "GET", url })).statusCode, url).toBe(404);
    const node = await b.policy({
      method: "POST",
      url: `/api/agreements/trajectories/${a.trajectory.id}/nodes`,
      payload: { kind: "need", title: "Van een ander" },
    });
    expect(node.statusCode).toBe(404);
    // A volunteer may not read; a coordinator may not start a trajectory or make agreements.
    expect(
      (await (await a.user("volunteer"))({ method: "GET", url: "/api/agreements/trajectories" })).statusCode,
    ).toBe(403);
    const coordinator = await a.user("coordinator");
    const start = await coordinator({
      method: "POST",
      url: "/api/agreements/trajectories",
      payload: {
        districtId: a.district.id,
        leadOrganisationId: a.org.id,
        leadName: "X",
        startedOn: "2026-09-01",
      },
    });
    expect(start.statusCode).toBe(403);
    expect((await coordinator({ method: "GET", url: "/api/agreements/guard-settings" })).statusCode).toBe(
      200,
    );
    expect(
      (
        await coordinator({
          method: "PUT",
          url: "/api/agreements/guard-settings",
          payload: { weeklyHours: 8, weeks: 2, driftPercent: 10 },
        })
      ).statusCode,
    ).toBe(403);
    // The list holds the lead's name: the read is logged.
    const list = await coordinator({ method: "GET", url: "/api/agreements/trajectories" });
    expect(list.json().items[0].leadName).toBe("Kees de Vries");
    const logged = await ctx.db
      .select()
      .from(processingLog)
      .where(and(eq(processingLog.tenantId, a.tenant.id), eq(processingLog.subjectId, a.trajectory.id)));
    expect(logged.map((l) => l.action)).toEqual(expect.arrayContaining(["create", "read"]));
  });

  it("refuses bad input with Dutch field messages: steps back, NUL, wrong file types, a district of another tenant", async () => {
    const a = await setup();
    const b = await setup();
    const back = await a.policy({
      method: "POST",
      url: `/api/agreements/trajectories/${a.trajectory.id}/step`,
      payload: { step: "support", on: "2026-10-01" },
    });
    expect(back.json().error.fields[0]).toMatchObject({ path: "step", code: "not_forward" });
    const early = await a.policy({
      method: "POST",
      url: `/api/agreements/trajectories/${a.trajectory.id}/step`,
      payload: { step: "agreements", on: "2026-08-01" },
    });
    expect(early.json().error.fields[0]).toMatchObject({ path: "on", code: "before_previous" });
    const moved = await a.policy({
      method: "POST",
      url: `/api/agreements/trajectories/${a.trajectory.id}/step`,
      payload: { step: "agreements", on: "2026-10-01" },
    });
    expect(moved.json().timeline).toEqual([
      { step: "support", startedOn: "2026-09-01", state: "done" },
      { step: "agreements", startedOn: "2026-10-01", state: "current" },
      { step: "execution", startedOn: null, state: "next" },
    ]);
    const foreign = await a.policy({
      method: "POST",
      url: "/api/agreements/trajectories",
      payload: {
        districtId: b.district.id,
        leadOrganisationId: a.org.id,
        leadName: "Kees",
        startedOn: "2026-09-01",
      },
    });
    expect(foreign.json().error.fields[0]).toMatchObject({ path: "districtId", code: "unknown_district" });
    const nul = await ctx.app.inject({
      method: "POST",
      url: `/api/public/wijkaanpak/${a.trajectory.id}/ideas`,
      payload: { kind: "idea", title: "Idee\u0000" },
    });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.fields[0].code).toBe("invalid_characters");
    const surrogate = await ctx.app.inject({
      method: "POST",
      url: `/api/public/wijkaanpak/${a.trajectory.id}/ideas`,
      payload: { kind: "idea", title: "Idee \ud800" },
    });
    expect(surrogate.statusCode).toBe(400);
    const empty = await ctx.app.inject({
      method: "POST",
      url: `/api/public/wijkaanpak/${a.trajectory.id}/ideas`,
      payload: { kind: "wens", title: "I" },
    });
    expect(
      empty
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(["kind", "title"]);
    // Attachments: checked by their bytes, not their name.
    const coordinator = await a.user("coordinator");
    const meeting = (
      await coordinator({
        method: "POST",
        url: `/api/agreements/trajectories/${a.trajectory.id}/meetings`,
        payload: { heldOn: "2026-09-10", place: "Wijkcentrum", organisationId: a.org.id, residentCount: 12 },
      })
    ).json();
    const fake = await coordinator({
      method: "POST",
      url: `/api/agreements/meetings/${meeting.id}/attachments`,
      payload: {
        name: "flip.png",
        contentType: "image/png",
        data: Buffer.from("<script>").toString("base64"),
      },
    });
    expect(fake.json().error.fields[0]).toMatchObject({ path: "data", code: "wrong_type" });
    const photo = await coordinator({
      method: "POST",
      url: `/api/agreements/meetings/${meeting.id}/attachments`,
      payload: { name: "flip.png", contentType: "image/png", data: PNG_BASE64 },
    });
    expect(photo.statusCode, photo.body).toBe(201);
    const file = await coordinator({
      method: "GET",
      url: `/api/agreements/attachments/${photo.json().attachments[0].id}`,
    });
    expect(file.headers["content-type"]).toBe("image/png");
    expect(
      (
        await b.policy({
          method: "GET",
          url: `/api/agreements/attachments/${photo.json().attachments[0].id}`,
        })
      ).statusCode,
    ).toBe(404);
  });

  it("hides a post after three reports, and shows a volunteer over the weekly hours only to their own coordinator", async () => {
    const a = await setup();
    const coordinator = await a.user("coordinator");
    const idea = (
      await coordinator({
        method: "POST",
        url: `/api/agreements/trajectories/${a.trajectory.id}/ideas`,
        payload: { kind: "need", title: "Meer groen in de straat" },
      })
    ).json();
    expect(idea.status).toBe("published");
    for (let i = 0; i < 3; i++)
      expect(
        (await ctx.app.inject({ method: "POST", url: `/api/public/ideas/${idea.id}/report`, payload: {} }))
          .statusCode,
      ).toBe(204);
    const board = await ctx.app.inject({
      method: "GET",
      url: `/api/public/wijkaanpak/${a.trajectory.id}/ideas`,
    });
    expect(board.json().items).toHaveLength(0);

    // Four full weeks of 20 hours (over 16 per week).
    const [task] = await ctx.db
      .insert(vacancy)
      .values({
        tenantId: a.tenant.id,
        organisationId: a.org.id,
        districtId: a.district.id,
        title: "Maatje",
        description: "x",
        locationType: "district",
        scheduleType: "flexible",
        places: 1,
      })
      .returning();
    const [p] = await ctx.db
      .insert(person)
      .values({
        tenantId: a.tenant.id,
        givenName: "Sanne",
        familyName: "Bakker",
        email: `${crypto.randomUUID()}@t.nl`,
      })
      .returning();
    const [v] = await ctx.db.insert(volunteer).values({ tenantId: a.tenant.id, personId: p!.id }).returning();
    const [app] = await ctx.db
      .insert(application)
      .values({ tenantId: a.tenant.id, vacancyId: task!.id, volunteerId: v!.id, status: "placed" })
      .returning();
    const today = amsterdamDay();
    const monday = addDays(today, -weekdayOf(today));
    for (let week = 1; week <= 4; week++)
      await ctx.db.insert(hoursEntry).values({
        tenantId: a.tenant.id,
        applicationId: app!.id,
        date: addDays(monday, -7 * week),
        hours: 20,
        status: "approved",
      });
    const guard = await coordinator({
      method: "GET",
      url: `/api/agreements/trajectories/${a.trajectory.id}/guard`,
    });
    expect(guard.json().items).toEqual([
      expect.objectContaining({ kind: "overHours", volunteerName: "Sanne Bakker", hours: 20 }),
    ]);
    const other = await a.user("coordinator", (await createOrganisation(a.tenant.id)).id);
    const theirs = await other({
      method: "GET",
      url: `/api/agreements/trajectories/${a.trajectory.id}/guard`,
    });
    expect(theirs.json().items).toEqual([
      expect.objectContaining({ kind: "overHours", volunteerName: null }),
    ]);
    // Three weeks over the limit is no signal when the setting asks for four.
    await ctx.db
      .delete(hoursEntry)
      .where(and(eq(hoursEntry.applicationId, app!.id), eq(hoursEntry.date, addDays(monday, -28))));
    expect(
      (
        await coordinator({ method: "GET", url: `/api/agreements/trajectories/${a.trajectory.id}/guard` })
      ).json().items,
    ).toEqual([]);
  });
});
