import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { referral, volunteer } from "../../db/schema.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const vacancy = (overrides: object) => ({
  title: "Maatje op woensdag",
  description: "Elke week samen een wandeling maken met een buurtbewoner die weinig mensen ziet.",
  locationType: "remote",
  places: 2,
  skills: [],
  requiredTrainings: [],
  vogProfiles: [],
  motives: ["values"],
  goals: [],
  status: "published",
  ...overrides,
});

/** The feed of a volunteer placed on the given vacancies, parsed by ical.js (not by our own code). */
async function feedOf(vacancies: object[]) {
  const tenant = await createTenant();
  const org = await createOrganisation(tenant.id, { name: "Humanitas" });
  const coordinator = as(
    ctx.app,
    await signIn(ctx.app, (await createUser(tenant.id, "coordinator", { organisationId: org.id })).email),
  );
  const user = await createUser(tenant.id, "volunteer");
  await ctx.db.insert(volunteer).values({ tenantId: tenant.id, personId: user.personId, status: "active" });
  const asVolunteer = as(ctx.app, await signIn(ctx.app, user.email));
  for (const input of vacancies) {
    const created = await coordinator({ method: "POST", url: "/api/vacancies", payload: vacancy(input) });
    expect(created.statusCode).toBe(201);
    const applied = await asVolunteer({
      method: "POST",
      url: "/api/me/applications",
      payload: { vacancyId: created.json().id },
    });
    await coordinator({
      method: "POST",
      url: `/api/vacancies/${created.json().id}/applications/${applied.json().id}/status`,
      payload: { status: "placed" },
    });
  }
  const { url } = (await asVolunteer({ method: "POST", url: "/api/me/volunteer/calendar" })).json();
  const response = await ctx.app.inject({ url: new URL(url).pathname });
  expect(response.headers["content-type"]).toContain("text/calendar");
  const calendar = new ICAL.Component(ICAL.parse(response.body));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return {
    text: response.body,
    calendar,
    events: calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e)),
  };
}

describe("calendar feed", () => {
  it("gives times in Europe/Amsterdam with a VTIMEZONE, right in any server time zone", async () => {
    const { text, calendar, events } = await feedOf([
      {
        scheduleType: "oneOff",
        date: "2027-07-01",
        startTime: "10:00",
        endTime: "12:00",
        title: "Zomerfeest opbouwen",
      },
    ]);
    expect(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe(
      "Europe/Amsterdam",
    );
    expect(text).toContain("DTSTART;TZID=Europe/Amsterdam:20270701T100000");
    const [event] = events;
    expect(event?.summary).toBe("Zomerfeest opbouwen");
    expect(event?.startDate.zone.tzid).toBe("Europe/Amsterdam");
    // 10:00 in Amsterdam in summer is 08:00 UTC, whatever TZ this process runs in.
    expect(event?.startDate.toJSDate().toISOString()).toBe("2027-07-01T08:00:00.000Z");
    expect(event?.endDate.toJSDate().toISOString()).toBe("2027-07-01T10:00:00.000Z");
  });

  it("keeps a weekly event at the same Amsterdam hour across the change to summer time, until the end date", async () => {
    const { events } = await feedOf([
      {
        scheduleType: "recurring",
        slots: ["wed-afternoon"],
        startTime: "14:00",
        endTime: "16:00",
        startsOn: "2027-03-08",
        endsOn: "2027-04-14",
      },
    ]);
    expect(events).toHaveLength(1);
    const iterator = events[0]!.iterator();
    const occurrences: string[] = [];
    for (let next = iterator.next(); next && occurrences.length < 20; next = iterator.next()) {
      occurrences.push(next.toJSDate().toISOString());
    }
    expect(occurrences).toEqual([
      "2027-03-10T13:00:00.000Z", // CET: 14:00 is 13:00 UTC
      "2027-03-17T13:00:00.000Z",
      "2027-03-24T13:00:00.000Z",
      "2027-03-31T12:00:00.000Z", // CEST from 28 March: 14:00 is 12:00 UTC
      "2027-04-07T12:00:00.000Z",
      "2027-04-14T12:00:00.000Z", // the end date itself is included
    ]);
  });

  it("puts the intake the volunteer was asked along to in their feed, without the household", async () => {
    const tenant = await createTenant();
    const welfare = await createOrganisation(tenant.id, { name: "Welzijn Centrum" });
    const stadsbank = await createOrganisation(tenant.id, { name: "Stadsbank" });
    const user = await createUser(tenant.id, "volunteer");
    await ctx.db.insert(volunteer).values({ tenantId: tenant.id, personId: user.personId, status: "active" });
    const made = {
      tenantId: tenant.id,
      source: "outreachVisit" as const,
      sourceId: crypto.randomUUID(),
      fromOrganisationId: welfare.id,
      partnerOrganisationId: stadsbank.id,
      household: "Dorpsstraat 1, 9900 AA Voorbeeld",
      reason: "Betalingsachterstand huur",
      createdByUserId: user.userId,
      status: "intakePlanned" as const,
      intakeAt: new Date("2027-01-12T09:30:00.000Z"),
      intakePlace: "Stadsbank, Hengelosestraat 1",
      volunteerAskedAt: new Date(),
    };
    const [asked] = await ctx.db
      .insert(referral)
      .values([
        made,
        // Not asked along, consent withdrawn, or not planned: not in the feed.
        { ...made, household: "Dorpsstraat 3", volunteerAskedAt: null },
        { ...made, household: "Dorpsstraat 5", consentWithdrawnAt: new Date() },
        { ...made, household: "Dorpsstraat 7", status: "received" as const },
      ])
      .returning();
    const asVolunteer = as(ctx.app, await signIn(ctx.app, user.email));
    const { url } = (await asVolunteer({ method: "POST", url: "/api/me/volunteer/calendar" })).json();
    const response = await ctx.app.inject({ url: new URL(url).pathname });
    const calendar = new ICAL.Component(ICAL.parse(response.body));
    for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
    expect(events.map((e) => e.uid)).toEqual([`${asked!.id}-intake@inzet`]);
    const [intake] = events;
    expect(intake!.summary).toBe("Intake bij Stadsbank (u gaat mee)");
    expect(intake!.location).toBe("Stadsbank, Hengelosestraat 1");
    // 09:30 UTC in winter is 10:30 in Amsterdam; an hour long.
    expect(response.body).toContain("DTSTART;TZID=Europe/Amsterdam:20270112T103000");
    expect(intake!.endDate.toJSDate().toISOString()).toBe("2027-01-12T10:30:00.000Z");
    expect(response.body).not.toContain("Dorpsstraat");
    expect(response.body).not.toContain("Betalingsachterstand");
  });
});
