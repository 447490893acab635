import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { budgetkringCurriculum } from "../../../shared/circles/programmes.ts";
import { processingLog, trainingRecord, vogRecord, volunteer } from "../../db/schema.ts";
import {
  as,
  createOrganisation,
  createTenant,
  createUser,
  lastMailTo,
  signIn,
  TEST_ORIGIN,
  testApp,
} from "../../test/harness.ts";
import { expireOffers } from "./participants/service.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

type Who = ReturnType<typeof as>;

/** A tenant with a coordinator and two qualified volunteers (training and VOG valid until renewal). */
async function setup(options: { vogDue?: string } = {}) {
  const tenant = await createTenant();
  const org = await createOrganisation(tenant.id, { name: "Humanitas" });
  const coordinatorUser = await createUser(tenant.id, "coordinator", { organisationId: org.id });
  const coordinator = as(ctx.app, await signIn(ctx.app, coordinatorUser.email));
  const leaders = [];
  for (let i = 0; i < 2; i++) {
    const user = await createUser(tenant.id, "volunteer");
    const [v] = await ctx.db
      .insert(volunteer)
      .values({ tenantId: tenant.id, personId: user.personId, organisationId: org.id, status: "active" })
      .returning();
    await ctx.db
      .insert(trainingRecord)
      .values({ volunteerId: v!.id, training: "gesprekstraining", completedOn: "2026-01-10" });
    await ctx.db.insert(vogRecord).values({
      volunteerId: v!.id,
      issuedOn: "2026-01-05",
      renewalDue: i === 1 && options.vogDue ? options.vogDue : "2029-01-05",
      profileCodes: ["11", "12"],
    });
    leaders.push({ id: v!.id, user, as: as(ctx.app, await signIn(ctx.app, user.email)) });
  }
  return { tenant, org, coordinator, coordinatorUser, leaders };
}

async function programme(coordinator: Who, overrides: object = {}) {
  const created = await coordinator({
    method: "POST",
    url: "/api/circle-programmes",
    payload: {
      name: "Budgetkring",
      kind: "budgetkring",
      curriculum: budgetkringCurriculum,
      sessionCount: 16,
      targetSize: 2,
      maxSize: 2,
      requiredTrainings: ["gesprekstraining"],
      vogProfiles: ["11"],
      ...overrides,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json();
}

const circleInput = (programmeId: string, leaderIds: string[]) => ({
  programmeId,
  name: "Budgetkring Malberg voorjaar",
  place: "Buurthuis Malberg, Bosscherweg 1",
  startsOn: "2027-01-11",
  startTime: "19:00",
  endTime: "21:00",
  leaderIds,
});

const signUp = (circleId: string, email: string) =>
  ctx.app.inject({
    method: "POST",
    url: `/api/public/circles/${circleId}/signups`,
    headers: { origin: TEST_ORIGIN },
    payload: { givenName: "Fatima", familyName: "El Idrissi", email, consent: true },
  });

describe("circles: a Budgetkring season", () => {
  it("generates 16 weekly sessions from the curriculum with two qualified leaders", async () => {
    const { coordinator, leaders } = await setup();
    const p = await programme(coordinator);
    expect(p.curriculum).toHaveLength(16);
    const created = await coordinator({
      method: "POST",
      url: "/api/circles",
      payload: circleInput(
        p.id,
        leaders.map((l) => l.id),
      ),
    });
    expect(created.statusCode, created.body).toBe(201);
    const circle = created.json();
    expect(circle.sessions).toHaveLength(16);
    expect(circle.sessions[0]).toMatchObject({
      number: 1,
      date: "2027-01-11",
      theme: budgetkringCurriculum[0].theme,
    });
    // Tweede paasdag (29 March 2027) is skipped: week 12 would be on it.
    expect(circle.sessions.map((s: { date: string }) => s.date)).not.toContain("2027-03-29");
    expect(circle.leaders).toHaveLength(2);
  });

  it("refuses a leader whose VOG is due for renewal before a session date, naming the date", async () => {
    const { coordinator, leaders } = await setup({ vogDue: "2027-02-01" });
    const p = await programme(coordinator);
    const refused = await coordinator({
      method: "POST",
      url: "/api/circles",
      payload: circleInput(
        p.id,
        leaders.map((l) => l.id),
      ),
    });
    expect(refused.statusCode).toBe(400);
    const field = refused.json().error.fields[0];
    expect(field).toMatchObject({ path: "leaderIds.1", code: "leader_not_qualified" });
    // Valid on its renewal date (1 February), not on the next session (8 February).
    expect(field.message).toContain("2027-02-08");
    // Three leaders, or none: field messages in Dutch.
    const bad = await coordinator({
      method: "POST",
      url: "/api/circles",
      payload: { ...circleInput(p.id, []), endTime: "18:00" },
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toContain("leaderIds");
    expect(paths).toContain("endTime");
  });

  it("refuses moving a session to a date on which a leader is not qualified", async () => {
    const { coordinator, leaders } = await setup({ vogDue: "2027-06-01" });
    const p = await programme(coordinator);
    const circle = (
      await coordinator({
        method: "POST",
        url: "/api/circles",
        payload: circleInput(
          p.id,
          leaders.map((l) => l.id),
        ),
      })
    ).json();
    const last = circle.sessions.at(-1);
    const moved = await coordinator({
      method: "PATCH",
      url: `/api/circle-sessions/${last.id}`,
      payload: { date: "2027-06-07" },
    });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().error.fields[0].code).toBe("leader_not_qualified");
    const ok = await coordinator({
      method: "PATCH",
      url: `/api/circle-sessions/${last.id}`,
      payload: { date: "2027-05-10", cancelled: false },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const cancel = await coordinator({
      method: "PATCH",
      url: `/api/circle-sessions/${circle.sessions[1].id}`,
      payload: { cancelled: true },
    });
    expect(cancel.json().sessions.find((s: { id: string }) => s.id === circle.sessions[1].id).cancelled).toBe(
      true,
    );
    const added = await coordinator({
      method: "POST",
      url: `/api/circles/${circle.id}/sessions`,
      payload: { date: "2027-05-17", theme: "Extra: vragen over de jaarafrekening" },
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().sessions).toHaveLength(17);
  });

  it("puts the third sign-up on the waitlist and offers a place that opens, with a mail and a deadline", async () => {
    const { coordinator, leaders } = await setup();
    const p = await programme(coordinator);
    const circle = (
      await coordinator({
        method: "POST",
        url: "/api/circles",
        payload: circleInput(
          p.id,
          leaders.map((l) => l.id),
        ),
      })
    ).json();
    const shown = await ctx.app.inject({ url: `/api/public/circles/${circle.id}` });
    expect(shown.json()).toMatchObject({ full: false, sessionCount: 16 });
    expect((await signUp(circle.id, "a@example.nl")).json()).toEqual({
      status: "active",
      waitlistPosition: null,
    });
    expect((await signUp(circle.id, "b@example.nl")).json().status).toBe("active");
    const third = await signUp(circle.id, "c@example.nl");
    expect(third.statusCode).toBe(201);
    expect(third.json()).toEqual({ status: "waitlisted", waitlistPosition: 1 });
    expect(lastMailTo(ctx.mailbox, "c@example.nl").subject).toContain("wachtlijst");
    expect((await ctx.app.inject({ url: `/api/public/circles/${circle.id}` })).json().full).toBe(true);
    // The same address again: refused.
    expect((await signUp(circle.id, "c@example.nl")).statusCode).toBe(409);
    // A participant stops: the first on the waitlist gets the place offered.
    const detail = (await coordinator({ method: "GET", url: `/api/circles/${circle.id}` })).json();
    const first = detail.participants.find((x: { email: string }) => x.email === "a@example.nl");
    const left = await coordinator({ method: "POST", url: `/api/circle-participants/${first.id}/leave` });
    expect(left.statusCode, left.body).toBe(200);
    const offer = lastMailTo(ctx.mailbox, "c@example.nl");
    expect(offer.subject).toContain("plek vrij");
    const token = /token=([A-Za-z0-9_-]+)/.exec(offer.text)![1]!;
    const accepted = await ctx.app.inject({
      method: "POST",
      url: "/api/public/circle-offers/reply",
      headers: { origin: TEST_ORIGIN },
      payload: { token, accept: true },
    });
    expect(accepted.json(), accepted.body).toEqual({ status: "active", waitlistPosition: null });
    // The link works once.
    const again = await ctx.app.inject({
      method: "POST",
      url: "/api/public/circle-offers/reply",
      headers: { origin: TEST_ORIGIN },
      payload: { token, accept: true },
    });
    expect(again.statusCode).toBe(400);
  });

  it("passes an offer not answered before its deadline to the next on the waitlist (job)", async () => {
    const { coordinator, leaders } = await setup();
    const p = await programme(coordinator);
    const circle = (
      await coordinator({ method: "POST", url: "/api/circles", payload: circleInput(p.id, [leaders[0]!.id]) })
    ).json();
    for (const who of ["e1", "e2", "e3", "e4"]) await signUp(circle.id, `${who}@example.nl`);
    const before = (await coordinator({ method: "GET", url: `/api/circles/${circle.id}` })).json();
    await coordinator({ method: "POST", url: `/api/circle-participants/${before.participants[0].id}/leave` });
    const token = /token=([A-Za-z0-9_-]+)/.exec(lastMailTo(ctx.mailbox, "e3@example.nl").text)![1]!;
    const later = new Date(Date.now() + 4 * 86_400_000);
    expect(await expireOffers(ctx.db, ctx.mailer, TEST_ORIGIN, later)).toBeGreaterThanOrEqual(1);
    const after = (await coordinator({ method: "GET", url: `/api/circles/${circle.id}` })).json();
    const status = (email: string) =>
      after.participants.find((x: { email: string }) => x.email === email).status;
    expect(status("e3@example.nl")).toBe("declined");
    expect(status("e4@example.nl")).toBe("offered");
    expect(lastMailTo(ctx.mailbox, "e4@example.nl").subject).toContain("plek vrij");
    const late = await ctx.app.inject({
      method: "POST",
      url: "/api/public/circle-offers/reply",
      headers: { origin: TEST_ORIGIN },
      payload: { token, accept: true },
    });
    expect(late.statusCode).toBe(400);
  });

  it("records attendance from the leader's phone once per sync id; another leader's session is 404", async () => {
    const { coordinator, leaders, tenant } = await setup();
    const p = await programme(coordinator);
    const circle = (
      await coordinator({ method: "POST", url: "/api/circles", payload: circleInput(p.id, [leaders[0]!.id]) })
    ).json();
    await signUp(circle.id, "d@example.nl");
    const session = circle.sessions[0];
    const screen = await leaders[0]!.as({ method: "GET", url: `/api/me/circle-sessions/${session.id}` });
    expect(screen.statusCode, screen.body).toBe(200);
    const participantId = screen.json().participants[0].participantId;
    const syncId = crypto.randomUUID();
    const sync = (who: Who, id = syncId, status = "present") =>
      who({
        method: "PUT",
        url: `/api/me/circle-sessions/${session.id}/attendance/${id}`,
        payload: {
          note: "Goede eerste avond",
          records: [{ participantId, status, progress: "Kasboek begonnen", scale: 3 }],
        },
      });
    const saved = await sync(leaders[0]!.as);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().participants[0]).toMatchObject({ status: "present", scale: 3 });
    expect((await sync(leaders[0]!.as)).json().error.code).toBe("already_recorded");
    // A later sync replaces the record: still one row.
    const later = await sync(leaders[0]!.as, crypto.randomUUID(), "excused");
    expect(later.json().participants).toHaveLength(1);
    expect(later.json().participants[0].status).toBe("excused");
    // The second volunteer does not lead this circle.
    expect((await sync(leaders[1]!.as, crypto.randomUUID())).statusCode).toBe(404);
    expect(
      (await leaders[1]!.as({ method: "GET", url: `/api/me/circle-sessions/${session.id}` })).statusCode,
    ).toBe(404);
    const logged = await ctx.db
      .select()
      .from(processingLog)
      .where(and(eq(processingLog.tenantId, tenant.id), eq(processingLog.activity, "circles.participants")));
    expect(logged.some((l) => l.action === "update")).toBe(true);
  });

  it("scopes circles to the coordinator's organisation and the tenant; volunteers cannot manage", async () => {
    const { coordinator, leaders, tenant } = await setup();
    const p = await programme(coordinator);
    const circle = (
      await coordinator({ method: "POST", url: "/api/circles", payload: circleInput(p.id, [leaders[0]!.id]) })
    ).json();
    const otherOrg = await createOrganisation(tenant.id);
    const other = as(
      ctx.app,
      await signIn(
        ctx.app,
        (await createUser(tenant.id, "coordinator", { organisationId: otherOrg.id })).email,
      ),
    );
    expect((await other({ method: "GET", url: `/api/circles/${circle.id}` })).statusCode).toBe(404);
    expect((await other({ method: "GET", url: "/api/circles" })).json().total).toBe(0);
    const otherTenant = await createTenant();
    const stranger = as(ctx.app, await signIn(ctx.app, (await createUser(otherTenant.id, "admin")).email));
    expect((await stranger({ method: "GET", url: `/api/circles/${circle.id}` })).statusCode).toBe(404);
    expect((await leaders[0]!.as({ method: "GET", url: `/api/circles/${circle.id}` })).statusCode).toBe(403);
    // NUL in a field: 400 with the field.
    const nul = await coordinator({
      method: "POST",
      url: `/api/circles/${circle.id}/participants`,
      payload: { givenName: "A\u0000", familyName: "B" },
    });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.fields[0].code).toBe("invalid_characters");
  });

  it("gives an iCal feed of the sessions in Europe/Amsterdam", async () => {
    const { coordinator, leaders } = await setup();
    const p = await programme(coordinator);
    const circle = (
      await coordinator({ method: "POST", url: "/api/circles", payload: circleInput(p.id, [leaders[0]!.id]) })
    ).json();
    const { url } = (await coordinator({ method: "POST", url: `/api/circles/${circle.id}/calendar` })).json();
    const feed = await ctx.app.inject({ url: new URL(url).pathname });
    expect(feed.headers["content-type"]).toContain("text/calendar");
    expect(feed.body).toContain("DTSTART;TZID=Europe/Amsterdam:20270111T190000");
    expect(feed.body.match(/BEGIN:VEVENT/g)).toHaveLength(16);
    expect(
      (await ctx.app.inject({ url: "/api/public/circle-calendar/not-a-valid-token-at-all-000.ics" }))
        .statusCode,
    ).toBe(404);
  });
});
