import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { retentionCutoff } from "../../../../shared/circles/own.ts";
import {
  circle,
  circleAttendance,
  circleEvaluation,
  circleGoal,
  circleParticipant,
  circleProgramme,
  circleSession,
} from "../../../db/schema.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../../test/harness.ts";
import { eraseCircleData, purgeExpiredCircleNotes } from "../service.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

/** A circle whose one session was on `day`, with a resident (with an account) who has words everywhere. */
async function circleHeldOn(day: string) {
  const tenant = await createTenant();
  const org = await createOrganisation(tenant.id, { name: "Humanitas" });
  const [programme] = await ctx.db
    .insert(circleProgramme)
    .values({
      tenantId: tenant.id,
      organisationId: org.id,
      name: "Budgetkring",
      kind: "budgetkring",
      curriculum: [],
      sessionCount: 1,
      targetSize: 7,
      maxSize: 10,
    })
    .returning();
  const [season] = await ctx.db
    .insert(circle)
    .values({
      tenantId: tenant.id,
      organisationId: org.id,
      programmeId: programme!.id,
      name: "Kring van toen",
      place: "Buurthuis",
      startsOn: day,
      startTime: "19:00",
      endTime: "21:00",
      maxSize: 10,
    })
    .returning();
  const [session] = await ctx.db
    .insert(circleSession)
    .values({
      tenantId: tenant.id,
      circleId: season!.id,
      number: 1,
      theme: "Geld op een rij",
      date: day,
      startTime: "19:00",
      endTime: "21:00",
      note: "Goed gesprek over schulden",
    })
    .returning();
  const resident = await createUser(tenant.id, "participant");
  const [participant] = await ctx.db
    .insert(circleParticipant)
    .values({
      tenantId: tenant.id,
      circleId: season!.id,
      personId: resident.personId,
      status: "active",
      source: "public",
    })
    .returning();
  await ctx.db.insert(circleAttendance).values({
    tenantId: tenant.id,
    sessionId: session!.id,
    participantId: participant!.id,
    status: "present",
    progress: "Post gesorteerd",
    scale: 4,
  });
  await ctx.db.insert(circleGoal).values({
    tenantId: tenant.id,
    participantId: participant!.id,
    text: "Elke week de post openen",
    reachedOn: day,
  });
  await ctx.db
    .insert(circleEvaluation)
    .values({ tenantId: tenant.id, participantId: participant!.id, score: 4, comment: "Fijne groep" });
  return { tenant, resident, season: season!, session: session!, participant: participant! };
}

const wordsOf = async (c: Awaited<ReturnType<typeof circleHeldOn>>) => ({
  note: (await ctx.db.select().from(circleSession).where(eq(circleSession.id, c.session.id)))[0]!.note,
  attendance: (
    await ctx.db.select().from(circleAttendance).where(eq(circleAttendance.participantId, c.participant.id))
  ).map((a) => ({ status: a.status, progress: a.progress, scale: a.scale })),
  goals: (await ctx.db.select().from(circleGoal).where(eq(circleGoal.participantId, c.participant.id))).map(
    (g) => ({ text: g.text, reachedOn: g.reachedOn }),
  ),
  comment: (
    await ctx.db.select().from(circleEvaluation).where(eq(circleEvaluation.participantId, c.participant.id))
  )[0]?.comment,
});

describe("circles: own data, erasure and retention", () => {
  it("gives the participant all their circle data as a JSON download; a coordinator has no such route", async () => {
    const c = await circleHeldOn("2026-10-05");
    const own = as(ctx.app, await signIn(ctx.app, c.resident.email));
    const response = await own({ method: "GET", url: "/api/me/circle-participations/export" });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-disposition"]).toContain("mijn-kringen.json");
    expect(response.json().circles).toEqual([
      {
        circle: "Kring van toen",
        status: "active",
        signedUpAt: expect.any(String),
        goals: [{ text: "Elke week de post openen", reachedOn: "2026-10-05", createdAt: expect.any(String) }],
        attendance: [
          {
            date: "2026-10-05",
            theme: "Geld op een rij",
            status: "present",
            progress: "Post gesorteerd",
            scale: 4,
          },
        ],
        evaluation: { score: 4, comment: "Fijne groep" },
      },
    ]);
    const coordinatorUser = await createUser(c.tenant.id, "coordinator");
    const coordinator = as(ctx.app, await signIn(ctx.app, coordinatorUser.email));
    expect(
      (await coordinator({ method: "GET", url: "/api/me/circle-participations/export" })).statusCode,
    ).toBe(403);
  });

  it("erases a person's goals and words but keeps the attendance counts", async () => {
    const c = await circleHeldOn("2026-10-05");
    await eraseCircleData(ctx.db, c.tenant.id, c.resident.personId);
    expect(await wordsOf(c)).toEqual({
      note: "Goed gesprek over schulden",
      attendance: [{ status: "present", progress: "", scale: 4 }],
      goals: [],
      comment: "",
    });
  });

  it("removes notes 24 months after a circle's last session and keeps the counts; younger circles keep theirs", async () => {
    const old = await circleHeldOn("2024-11-25");
    const young = await circleHeldOn("2025-01-06");
    const before = await wordsOf(young);
    const changed = await purgeExpiredCircleNotes(ctx.db, new Date("2026-12-02T02:45:00Z"));
    expect(changed).toBeGreaterThanOrEqual(4);
    expect(await wordsOf(old)).toEqual({
      note: "",
      attendance: [{ status: "present", progress: "", scale: 4 }],
      goals: [{ text: "", reachedOn: "2024-11-25" }],
      comment: "",
    });
    expect(await wordsOf(young)).toEqual(before);
    // A second run changes nothing of this circle.
    await purgeExpiredCircleNotes(ctx.db, new Date("2026-12-02T02:45:00Z"));
    expect((await wordsOf(old)).goals).toEqual([{ text: "", reachedOn: "2024-11-25" }]);
  });

  it("counts the months back on the calendar, also from the end of a month", () => {
    expect(retentionCutoff("2026-12-02")).toBe("2024-12-02");
    expect(retentionCutoff("2026-02-28", 12)).toBe("2025-02-28");
    expect(retentionCutoff("2028-02-29", 24)).toBe("2026-02-28");
    expect(retentionCutoff("2026-01-15", 1)).toBe("2025-12-15");
  });
});
