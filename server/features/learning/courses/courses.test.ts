import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../../../shared/roles.ts";
import { processingLog } from "../../../db/schema.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../../test/harness.ts";
import { submitHomework } from "./service.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const user = async (tenantId: string, role: Role, organisationId: string | null = null) => {
  const made = await createUser(tenantId, role, { organisationId });
  return { ...made, call: as(ctx.app, await signIn(ctx.app, made.email)) };
};

describe("the Drijfveren course", () => {
  it("fills 8–12 places, puts the rest on the waitlist, and sets dates only with enough sign-ups", async () => {
    const tenant = await createTenant();
    const org = await createOrganisation(tenant.id, { name: "Welzijn Noord" });
    const admin = await user(tenant.id, "admin");
    const created = await admin.call({
      method: "POST",
      url: "/api/learning/courses",
      payload: { title: "Slim inspelen op drijfveren, voorjaar", minParticipants: 2, maxParticipants: 3 },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect(created.json().state).toBe("notEnough");
    const days = { days: ["2027-02-01", "2027-03-01", "2027-03-29"] };
    const early = await admin.call({
      method: "PUT",
      url: `/api/learning/courses/${id}/meetings`,
      payload: days,
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/Nog niet genoeg aanmeldingen/);

    const people = [];
    for (let i = 0; i < 4; i++)
      people.push(await user(tenant.id, i % 2 ? "professional" : "coordinator", org.id));
    const answers = [];
    for (const p of people)
      answers.push((await p.call({ method: "POST", url: `/api/learning/courses/${id}/enrol` })).json());
    expect(answers.map((a) => a.myStatus)).toEqual(["enrolled", "enrolled", "enrolled", "waitlisted"]);
    expect(answers[3]).toMatchObject({ enrolled: 3, waitlisted: 1, state: "full" });
    const twice = await people[0]!.call({ method: "POST", url: `/api/learning/courses/${id}/enrol` });
    expect(twice.statusCode).toBe(409);

    const tooClose = await admin.call({
      method: "PUT",
      url: `/api/learning/courses/${id}/meetings`,
      payload: { days: ["2027-02-01", "2027-02-08", "2027-03-29"] },
    });
    expect(tooClose.statusCode).toBe(400);
    expect(tooClose.json().error.fields[0].path).toBe("days.1");
    const set = await admin.call({
      method: "PUT",
      url: `/api/learning/courses/${id}/meetings`,
      payload: days,
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().meetingDays).toEqual(days.days);

    const list = await admin.call({ method: "GET", url: `/api/learning/courses/${id}/participants` });
    expect(list.json().map((p: { status: string }) => p.status)).toEqual([
      "enrolled",
      "enrolled",
      "enrolled",
      "waitlisted",
    ]);
    const logged = await ctx.db
      .select()
      .from(processingLog)
      .where(and(eq(processingLog.tenantId, tenant.id), eq(processingLog.activity, "learning.courses")));
    expect(logged.filter((l) => l.action === "read").length).toBe(4);

    // The waitlisted participant gets no homework yet; a professional may not run the course.
    expect(
      (await people[3]!.call({ method: "GET", url: `/api/learning/courses/${id}/homework` })).statusCode,
    ).toBe(409);
    expect(
      (await people[1]!.call({ method: "PUT", url: `/api/learning/courses/${id}/meetings`, payload: days }))
        .statusCode,
    ).toBe(403);
    // Another werkgebied does not find the edition.
    const other = await user((await createTenant()).id, "coordinator");
    expect((await other.call({ method: "POST", url: `/api/learning/courses/${id}/enrol` })).statusCode).toBe(
      404,
    );
  });

  it("gives homework per meeting with the organisation's own data, and flags homework after the deadline", async () => {
    const tenant = await createTenant();
    const org = await createOrganisation(tenant.id);
    const admin = await user(tenant.id, "admin");
    const id = (
      await admin.call({
        method: "POST",
        url: "/api/learning/courses",
        payload: { title: "Leergang", minParticipants: 2 },
      })
    ).json().id;
    const a = await user(tenant.id, "coordinator", org.id);
    const b = await user(tenant.id, "professional", org.id);
    for (const p of [a, b]) await p.call({ method: "POST", url: `/api/learning/courses/${id}/enrol` });
    await admin.call({
      method: "PUT",
      url: `/api/learning/courses/${id}/meetings`,
      payload: { days: ["2027-02-01", "2027-03-01", "2027-03-29"] },
    });
    const homework = await a.call({ method: "GET", url: `/api/learning/courses/${id}/homework` });
    expect(homework.statusCode, homework.body).toBe(200);
    const body = homework.json();
    expect(body.modules.map((m: { dueOn: string }) => m.dueOn)).toEqual([
      "2027-03-01",
      "2027-03-29",
      "2027-03-29",
    ]);
    expect(body.modules[0].exercises[1]).toMatchObject({ code: "m1-drijfveren", uses: ["motiveMix"] });
    expect(body.modules[0].exercises[1].motives).toContain("career");
    expect(body.ownData.organisationName).toBe(org.name);

    const text = "Onze vrijwilligers zijn vooral actieve senioren.";
    const onTime = await a.call({
      method: "PUT",
      url: `/api/learning/courses/${id}/homework/m1-drijfveren`,
      payload: { text },
    });
    expect(onTime.statusCode, onTime.body).toBe(200);
    // Over HTTP the clock is today (December 2026, before the deadline); the service takes a date below.
    expect(onTime.json().modules[0].exercises[1].submission).toMatchObject({ text, late: false });
    const actor = {
      traceId: "t",
      userId: b.userId,
      name: "B",
      email: b.email,
      twoFactorEnabled: false,
      membershipId: b.membershipId,
      tenantId: tenant.id,
      organisationId: org.id,
      role: "professional" as const,
    };
    const late = await submitHomework(
      ctx.db,
      actor,
      id,
      "m1-drijfveren",
      text,
      new Date("2027-03-02T09:00:00Z"),
    );
    expect(late.modules[0]!.exercises[1]!.submission).toMatchObject({ late: true });
    const due = await submitHomework(ctx.db, actor, id, "m2-verloop", text, new Date("2027-03-29T21:30:00Z"));
    // 29 March 2027 23:30 in Amsterdam (summer time): still the due day, not late.
    expect(due.modules[1]!.exercises[0]!.submission).toMatchObject({ late: false });
    const after = await submitHomework(
      ctx.db,
      actor,
      id,
      "m2-beleid",
      text,
      new Date("2027-03-29T22:30:00Z"),
    );
    // 30 March 00:30 in Amsterdam: late.
    expect(after.modules[1]!.exercises[1]!.submission).toMatchObject({ late: true });

    const unknown = await a.call({
      method: "PUT",
      url: `/api/learning/courses/${id}/homework/m9-x`,
      payload: { text },
    });
    expect(unknown.statusCode).toBe(400);
    const short = await a.call({
      method: "PUT",
      url: `/api/learning/courses/${id}/homework/m1-drijfveren`,
      payload: { text: "kort" },
    });
    expect(short.json().error.fields[0].path).toBe("text");
  });
});
