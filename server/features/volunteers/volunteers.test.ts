import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay } from "../../../shared/dates.ts";
import { motiveItems } from "../../../shared/motives.ts";
import { mailMessage, person, processingLog, volunteer } from "../../db/schema.ts";
import {
  as,
  createOrganisation,
  createTenant,
  createUser,
  PNG_BASE64,
  lastMailTo as sentMailTo,
  signIn,
  TEST_ORIGIN,
  testApp,
} from "../../test/harness.ts";
import { assessRisk, sendExpiryReminders } from "./service.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: "POST", url, payload, headers: { origin: TEST_ORIGIN, ...headers } });

async function lastMailTo(email: string) {
  const [mail] = await ctx.db
    .select()
    .from(mailMessage)
    .where(eq(mailMessage.to, email))
    .orderBy(desc(mailMessage.createdAt))
    .limit(1);
  return mail;
}

const answersAll = (value: number, overrides: Record<string, number> = {}) => ({
  ...Object.fromEntries(motiveItems.map((item) => [item.id, value])),
  ...overrides,
});

/** Signs up on the public page, confirms from the mail, sets a password from the second mail; returns a session cookie. */
async function signUpAndConfirm(slug: string, email: string, extra: object = {}) {
  const signup = await post(`/api/public/volunteer-signups?slug=${slug}`, {
    givenName: "Sanne",
    familyName: "Visser",
    email,
    postcode: "1234ab",
    consent: true,
    channel: "persoonlijk",
    ...extra,
  });
  expect(signup.statusCode, signup.body).toBe(202);
  // Links come from the mail as sent: the stored copy has them removed.
  const confirmMail = sentMailTo(ctx.mailbox, email);
  const token = /token=([\w-]+)/.exec(confirmMail.text)![1]!;
  const confirm = await post("/api/public/volunteer-signups/confirm", { token });
  expect(confirm.statusCode, confirm.body).toBe(200);
  return { token, confirm: confirm.json() };
}

async function setPassword(email: string) {
  const mail = sentMailTo(ctx.mailbox, email);
  const token = /reset-password\/(\w+)/.exec(mail.text)![1]!;
  const reset = await post("/api/auth/reset-password", { token, newPassword: "Vrijwilliger-2026!" });
  expect(reset.statusCode, reset.body).toBe(200);
  return signIn(ctx.app, email, "Vrijwilliger-2026!");
}

describe("public sign-up", () => {
  it("confirms by email, creates an account, and lets the volunteer fill in motives and profile", async () => {
    const tenant = await createTenant();
    const org = await createOrganisation(tenant.id, { name: "Vrijwilligerscentrale" });
    const email = `sanne-${crypto.randomUUID()}@test.inzet.nl`;

    const options = await ctx.app.inject({ url: `/api/public/volunteer-signup?slug=${tenant.slug}` });
    expect(options.json().organisations.map((o: { name: string }) => o.name)).toContain(
      "Vrijwilligerscentrale",
    );
    expect(options.json().channels.length).toBeGreaterThan(3);

    const { token, confirm } = await signUpAndConfirm(tenant.slug, email, {
      organisationId: org.id,
      channel: "social-media",
    });
    expect(confirm).toMatchObject({ merged: false, passwordMailSent: true });
    // The link works once.
    const again = await post("/api/public/volunteer-signups/confirm", { token });
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe("invalid_token");

    const cookie = await setPassword(email);
    const me = as(ctx.app, cookie);
    const own = await me({ method: "GET", url: "/api/me/volunteer" });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({
      status: "signedUp",
      postcode: "1234 AB",
      organisationId: org.id,
      channel: "social-media",
      hasAccount: true,
    });

    const incomplete = await me({ method: "POST", url: "/api/me/volunteer/motives", payload: { v1: 9 } });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.fields.map((f: { path: string }) => f.path)).toContain("v1");

    const motives = await me({
      method: "POST",
      url: "/api/me/volunteer/motives",
      payload: answersAll(2, { c1: 7, c2: 7, c3: 6, u1: 6, u2: 6, u3: 6 }),
    });
    expect(motives.statusCode, motives.body).toBe(200);
    expect(motives.json().motives[0].scores).toMatchObject({ career: 6.7, understanding: 6, values: 2 });
    expect(motives.json().motiveType).toBe("starter");

    const profile = await me({
      method: "PUT",
      url: "/api/me/volunteer",
      payload: {
        givenName: "Sanne",
        familyName: "Visser",
        postcode: "1234 AB",
        birthDate: "1999-05-01",
        skills: ["computer", "taal"],
        availability: ["mon-evening", "sat-morning"],
        hoursPerWeek: 4,
        commitment: "regular",
        goals: ["workExperience"],
      },
    });
    expect(profile.statusCode, profile.body).toBe(200);
    expect(profile.json()).toMatchObject({
      availability: ["mon-evening", "sat-morning"],
      skills: ["computer", "taal"],
      age: expect.any(Number),
    });

    const bad = await me({
      method: "PUT",
      url: "/api/me/volunteer",
      payload: {
        givenName: "",
        familyName: "V",
        postcode: "12",
        availability: ["mon-night"],
        hoursPerWeek: -1,
        skills: ["zwemmen"],
      },
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(["givenName", "postcode", "availability.0", "hoursPerWeek"]),
    );

    const unknownSkill = await me({
      method: "PUT",
      url: "/api/me/volunteer",
      payload: { givenName: "S", familyName: "V", skills: ["zwemmen"] },
    });
    expect(unknownSkill.statusCode).toBe(400);
    expect(unknownSkill.json().error.fields[0]).toMatchObject({ path: "skills", code: "unknown_code" });

    // A photo: only real images, at most 1 MB; the coordinator's view shows it too.
    const fake = await me({
      method: "PUT",
      url: "/api/me/volunteer/photo",
      payload: { dataUrl: `data:image/png;base64,${Buffer.from("<script>").toString("base64")}` },
    });
    expect(fake.statusCode).toBe(400);
    expect(fake.json().error.fields[0]).toMatchObject({ path: "dataUrl", code: "not_an_image" });
    const notData = await me({
      method: "PUT",
      url: "/api/me/volunteer/photo",
      payload: { dataUrl: "https://example.org/x.png" },
    });
    expect(notData.json().error.fields[0].message).toBe("Kies een foto als JPG, PNG of WebP.");
    const photo = await me({
      method: "PUT",
      url: "/api/me/volunteer/photo",
      payload: { dataUrl: `data:image/png;base64,${PNG_BASE64}` },
    });
    expect(photo.json()).toEqual({ hasPhoto: true });
    const ownPhoto = await me({ method: "GET", url: "/api/me/volunteer/photo" });
    expect(ownPhoto.headers["content-type"]).toBe("image/png");
    expect(ownPhoto.rawPayload.equals(Buffer.from(PNG_BASE64, "base64"))).toBe(true);
    expect((await me({ method: "GET", url: "/api/me/volunteer" })).json().hasPhoto).toBe(true);

    // Own data: JSON and readable HTML.
    const json = await me({ method: "GET", url: "/api/me/volunteer/export" });
    expect(json.json().volunteer.email).toBe(email);
    const html = await me({ method: "GET", url: "/api/me/volunteer/export?format=html" });
    expect(html.headers["content-type"]).toContain("text/html");
    expect(html.body).toContain("Mijn gegevens als vrijwilliger");
  });

  it("refuses bad input with Dutch field messages and stores nothing", async () => {
    const tenant = await createTenant();
    const response = await post(`/api/public/volunteer-signups?slug=${tenant.slug}`, {
      givenName: "",
      familyName: "X",
      email: "geen-email",
      postcode: "0000 AA",
      birthDate: "2099-01-01",
    });
    expect(response.statusCode).toBe(400);
    const fields = Object.fromEntries(
      response.json().error.fields.map((f: { path: string; message: string }) => [f.path, f.message]),
    );
    expect(fields.email).toMatch(/geldig e-mailadres/);
    expect(fields.postcode).toMatch(/postcode/);
    expect(fields.consent).toMatch(/toestemming/);
    expect(fields.birthDate).toMatch(/verleden/);
    expect(fields.channel).toBe("Kies hoe u van ons hoorde.");

    const unknownOrg = await post(`/api/public/volunteer-signups?slug=${tenant.slug}`, {
      givenName: "A",
      familyName: "B",
      email: "a@b.nl",
      consent: true,
      channel: "persoonlijk",
      organisationId: crypto.randomUUID(),
    });
    expect(unknownOrg.statusCode).toBe(400);
    expect(unknownOrg.json().error.fields[0].path).toBe("organisationId");
    expect(await lastMailTo("a@b.nl")).toBeUndefined();
  });

  it("merges a second sign-up with the same email instead of duplicating", async () => {
    const tenant = await createTenant();
    const email = `dubbel-${crypto.randomUUID()}@test.inzet.nl`;
    await signUpAndConfirm(tenant.slug, email);
    const second = await signUpAndConfirm(tenant.slug, email, {
      phone: "06 12345678",
      motivation: "Ik wil graag helpen.",
    });
    expect(second.confirm).toMatchObject({ merged: true, passwordMailSent: false });
    const rows = await ctx.db
      .select({ id: volunteer.id, motivation: volunteer.motivation, phone: person.phone })
      .from(volunteer)
      .innerJoin(person, eq(person.id, volunteer.personId))
      .where(and(eq(volunteer.tenantId, tenant.id), eq(person.email, email)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ phone: "06 12345678", motivation: "Ik wil graag helpen." });
  });
});

describe("coordinator work", () => {
  it("runs intake, records VOG, training and check-in, and shows an explainable risk signal", async () => {
    const tenant = await createTenant();
    const org = await createOrganisation(tenant.id);
    const other = await createOrganisation(tenant.id);
    const coordinator = await createUser(tenant.id, "coordinator", { organisationId: org.id });
    const outsider = await createUser(tenant.id, "coordinator", { organisationId: other.id });
    const request = as(ctx.app, await signIn(ctx.app, coordinator.email));

    const created = await request({
      method: "POST",
      url: "/api/volunteers",
      payload: {
        givenName: "Henk",
        familyName: "Bos",
        phone: "06 11112222",
        consent: true,
        channel: "persoonlijk",
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const v = created.json();
    expect(v).toMatchObject({
      organisationId: org.id,
      assisted: true,
      status: "signedUp",
      hasAccount: false,
    });

    // Another organisation's coordinator does not see it.
    const foreign = await as(
      ctx.app,
      await signIn(ctx.app, outsider.email),
    )({ method: "GET", url: `/api/volunteers/${v.id}` });
    expect(foreign.statusCode).toBe(404);

    const intake = await request({
      method: "POST",
      url: `/api/volunteers/${v.id}/status`,
      payload: { status: "intakePlanned", on: amsterdamDay() },
    });
    expect(intake.statusCode, intake.body).toBe(200);
    const wrong = await request({
      method: "POST",
      url: `/api/volunteers/${v.id}/status`,
      payload: { status: "paused", on: amsterdamDay() },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields[0].code).toBe("invalid_transition");
    const active = await request({
      method: "POST",
      url: `/api/volunteers/${v.id}/status`,
      payload: { status: "active", on: amsterdamDay() },
    });
    expect(active.json()).toMatchObject({
      status: "active",
      activeSince: expect.any(String),
      nextCheckInOn: expect.any(String),
    });
    expect(active.json().statusHistory.map((s: { to: string }) => s.to)).toEqual([
      "active",
      "intakePlanned",
      "signedUp",
    ]);

    const badVog = await request({
      method: "POST",
      url: `/api/volunteers/${v.id}/vogs`,
      payload: { requestedOn: "2026-02-01", receivedOn: "2026-01-01", profileCodes: ["99"] },
    });
    expect(badVog.statusCode).toBe(400);
    const vogIssued = amsterdamDay(new Date(Date.now() - (3 * 365 - 30) * 86_400_000));
    const vog = await request({
      method: "POST",
      url: `/api/volunteers/${v.id}/vogs`,
      payload: {
        requestedOn: vogIssued,
        receivedOn: vogIssued,
        issuedOn: vogIssued,
        profileCodes: ["11", "45"],
      },
    });
    expect(vog.statusCode, vog.body).toBe(200);
    expect(vog.json().vogs[0].renewalDue).toBeTruthy();
    expect(vog.json().risk.reasons.map((r: { code: string }) => r.code)).toContain("vogExpiring");

    const training = await request({
      method: "POST",
      url: `/api/volunteers/${v.id}/trainings`,
      payload: { training: "gesprekstraining", completedOn: "2026-01-10", expiresOn: "2025-01-01" },
    });
    expect(training.statusCode).toBe(400);
    expect(training.json().error.fields[0].path).toBe("expiresOn");

    const checkIn = await request({
      method: "POST",
      url: `/api/volunteers/${v.id}/check-ins`,
      payload: {
        heldOn: amsterdamDay(),
        satisfaction: 2,
        roleClarity: 4,
        support: 1,
        coordinatorRelation: 4,
        workload: 3,
        wishToChange: true,
        note: "Wil ander werk.",
      },
    });
    expect(checkIn.statusCode, checkIn.body).toBe(200);
    const risk = checkIn.json().risk;
    expect(risk.level).toBe("high");
    expect(risk.reasons.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(["lowSatisfaction", "lowSupport", "wishToChange"]),
    );

    const badCheckIn = await request({
      method: "POST",
      url: `/api/volunteers/${v.id}/check-ins`,
      payload: { heldOn: "2999-01-01", satisfaction: 6 },
    });
    expect(badCheckIn.statusCode).toBe(400);

    const expiring = await request({ method: "GET", url: "/api/volunteers/expiring" });
    expect(expiring.json().map((e: { volunteerId: string }) => e.volunteerId)).toContain(v.id);

    const stopNoReason = await request({
      method: "POST",
      url: `/api/volunteers/${v.id}/status`,
      payload: { status: "stopped", on: amsterdamDay() },
    });
    expect(stopNoReason.json().error.fields[0].path).toBe("reason");
    const stopped = await request({
      method: "POST",
      url: `/api/volunteers/${v.id}/status`,
      payload: { status: "stopped", on: amsterdamDay(), reason: "werkdruk" },
    });
    expect(stopped.json()).toMatchObject({ status: "stopped", stopReason: "werkdruk" });

    // Every read and change was logged against the person.
    const logged = await ctx.db.select().from(processingLog).where(eq(processingLog.subjectId, v.personId));
    expect(logged.length).toBeGreaterThanOrEqual(6);
    expect(logged.every((entry) => entry.activity === "volunteers.manage")).toBe(true);
  });

  it("lists with search, filters and paging, exports CSV (logged), and flags stale sign-ups", async () => {
    const tenant = await createTenant();
    const org = await createOrganisation(tenant.id);
    const admin = await createUser(tenant.id, "admin", { organisationId: org.id });
    const request = as(ctx.app, await signIn(ctx.app, admin.email));
    for (const [givenName, familyName] of [
      ["Fatma", "Kaya"],
      ["Piet", "Prins"],
      ["Anna", "Kuipers"],
    ]) {
      const r = await request({
        method: "POST",
        url: "/api/volunteers",
        payload: { givenName, familyName, organisationId: org.id, consent: true, channel: "persoonlijk" },
      });
      expect(r.statusCode, r.body).toBe(201);
    }
    const search = await request({ method: "GET", url: "/api/volunteers?q=kay" });
    expect(search.json().items.map((i: { name: string }) => i.name)).toEqual(["Fatma Kaya"]);
    const paged = await request({ method: "GET", url: "/api/volunteers?pageSize=2&page=2&sort=name" });
    expect(paged.json()).toMatchObject({ total: 3, page: 2 });
    expect(paged.json().items.map((i: { name: string }) => i.name)).toEqual(["Piet Prins"]);
    const fatma = search.json().items[0].id;
    const today = amsterdamDay();
    await request({
      method: "POST",
      url: `/api/volunteers/${fatma}/vogs`,
      payload: { issuedOn: today, receivedOn: today },
    });
    const withVog = await request({ method: "GET", url: "/api/volunteers?screening=vogValid" });
    expect(withVog.json().items.map((i: { id: string }) => i.id)).toEqual([fatma]);
    const withoutVog = await request({ method: "GET", url: "/api/volunteers?screening=vogMissing" });
    expect(withoutVog.json().total).toBe(2);
    const filtered = await request({ method: "GET", url: "/api/volunteers?status=active" });
    expect(filtered.json().total).toBe(0);
    const badFilter = await request({ method: "GET", url: "/api/volunteers?status=weg&available=mon-night" });
    expect(badFilter.statusCode).toBe(400);
    expect(
      badFilter
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(["querystring.available", "querystring.status"]);

    // Signed up 10 days ago, no contact yet: flagged after the default 7 days.
    const [stale] = await ctx.db.select().from(volunteer).where(eq(volunteer.tenantId, tenant.id)).limit(1);
    await ctx.db
      .update(volunteer)
      .set({ signedUpAt: new Date(Date.now() - 10 * 86_400_000), firstContactAt: null })
      .where(eq(volunteer.id, stale!.id));
    const queue = await request({ method: "GET", url: "/api/volunteers?needsContact=true" });
    expect(queue.json().items).toHaveLength(1);
    expect(queue.json().items[0]).toMatchObject({ id: stale!.id, needsContact: true, daysWaiting: 10 });

    const csv = await request({ method: "GET", url: "/api/volunteers/export?q=kaya" });
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body.split("\r\n")[1]).toContain('"Fatma";"Kaya"');
    const exported = await ctx.db
      .select()
      .from(processingLog)
      .where(and(eq(processingLog.traceId, String(csv.headers["x-trace-id"]))));
    expect(exported).toHaveLength(1);
    expect(exported[0]).toMatchObject({ activity: "volunteers.export", action: "export" });
    const xlsx = await request({ method: "GET", url: "/api/volunteers/export?format=xlsx" });
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const xlsxLog = await ctx.db
      .select()
      .from(processingLog)
      .where(eq(processingLog.traceId, String(xlsx.headers["x-trace-id"])));
    expect(xlsxLog).toHaveLength(3);
  });

  it("erases personal data on request and keeps only anonymous counts", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant.id, "admin");
    const email = `wis-${crypto.randomUUID()}@test.inzet.nl`;
    await signUpAndConfirm(tenant.slug, email);
    const cookie = await setPassword(email);
    const asVolunteer = as(ctx.app, cookie);
    const requested = await asVolunteer({ method: "POST", url: "/api/me/volunteer/erasure-request" });
    expect(requested.statusCode).toBe(200);

    const asAdmin = as(ctx.app, await signIn(ctx.app, admin.email));
    const list = await asAdmin({ method: "GET", url: `/api/volunteers?q=${encodeURIComponent("sanne")}` });
    const id = list.json().items[0].id;
    const detail = await asAdmin({ method: "GET", url: `/api/volunteers/${id}` });
    expect(detail.json().erasureRequestedAt).toBeTruthy();
    const erased = await asAdmin({ method: "POST", url: `/api/volunteers/${id}/erase` });
    expect(erased.statusCode, erased.body).toBe(200);

    const [row] = await ctx.db
      .select()
      .from(volunteer)
      .innerJoin(person, eq(person.id, volunteer.personId))
      .where(eq(volunteer.id, id));
    expect(row!.person).toMatchObject({ givenName: "Gewist", familyName: "", email: null, userId: null });
    expect(row!.volunteer).toMatchObject({ status: "stopped", postcode: null, birthDate: null });
    expect((await asAdmin({ method: "GET", url: `/api/volunteers/${id}` })).statusCode).toBe(404);
    // The account is gone: the old session no longer works.
    expect((await asVolunteer({ method: "GET", url: "/api/me/volunteer" })).statusCode).toBe(401);
  });
});

describe("expiry reminders", () => {
  it("mails a volunteer once when the VOG renewal comes within the warning window", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant.id, "admin");
    const request = as(ctx.app, await signIn(ctx.app, admin.email));
    const email = `vog-${crypto.randomUUID()}@test.inzet.nl`;
    const v = (
      await request({
        method: "POST",
        url: "/api/volunteers",
        payload: { givenName: "Vera", familyName: "Vog", email, consent: true, channel: "persoonlijk" },
      })
    ).json();
    // Issued almost 3 years ago: renewal due in about 20 days, inside the default 60-day window.
    const issued = amsterdamDay(new Date(Date.now() - (3 * 365 - 20) * 86_400_000));
    await request({
      method: "POST",
      url: `/api/volunteers/${v.id}/vogs`,
      payload: { issuedOn: issued, receivedOn: issued },
    });
    expect(await sendExpiryReminders(ctx.db, ctx.mailer, [tenant.id])).toBe(1);
    const mail = await lastMailTo(email);
    expect(mail).toMatchObject({ subject: "Uw VOG moet binnenkort vernieuwd worden", tenantId: tenant.id });
    // Running again (or from a second instance) sends nothing new.
    expect(await sendExpiryReminders(ctx.db, ctx.mailer, [tenant.id])).toBe(0);
  });
});

describe("risk signal", () => {
  const settings = { expiryWarningDays: 60, trainings: [] };
  it("names every reason and stays quiet for a satisfied volunteer", () => {
    const base = {
      status: "active",
      needsContact: false,
      nextCheckInOn: "2026-12-01",
      vogs: [],
      trainings: [],
    };
    const fine = {
      satisfaction: 4,
      roleClarity: 4,
      support: 4,
      coordinatorRelation: 5,
      workload: 3,
      wishToChange: false,
    };
    expect(assessRisk({ ...base, checkIns: [fine] }, settings, "2026-11-23")).toEqual({
      level: "none",
      reasons: [],
    });
    const rising = assessRisk(
      { ...base, nextCheckInOn: "2026-11-01", checkIns: [{ ...fine, workload: 4 }, fine] },
      settings,
      "2026-11-23",
    );
    expect(rising.reasons.map((r) => r.code)).toEqual(["checkInOverdue", "risingWorkload"]);
    expect(rising.level).toBe("high");
    expect(
      assessRisk(
        { ...base, status: "stopped", checkIns: [{ ...fine, satisfaction: 1 }] },
        settings,
        "2026-11-23",
      ).level,
    ).toBe("none");
    // Placed for months, last hours 8 weeks ago: a signal after the default 6 weeks.
    const quiet = {
      ...base,
      checkIns: [fine],
      hours: { placedSince: "2026-06-01", lastHoursOn: "2026-09-28" },
    };
    expect(
      assessRisk(quiet, { ...settings, inactivityWeeks: 6 }, "2026-11-23").reasons.map((r) => r.code),
    ).toEqual(["noHours"]);
    const busy = { ...quiet, hours: { placedSince: "2026-06-01", lastHoursOn: "2026-11-16" } };
    expect(assessRisk(busy, { ...settings, inactivityWeeks: 6 }, "2026-11-23").reasons).toEqual([]);
  });
});
