import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { application, mailMessage, volunteer } from "../../db/schema.ts";
import {
  as,
  createOrganisation,
  createTenant,
  createUser,
  signIn,
  TEST_ORIGIN,
  testApp,
} from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const vacancyInput = (overrides: object = {}) => ({
  title: "Hulp bij de thuisadministratie",
  description: "Samen met een bewoner de post en de rekeningen op orde brengen, twee uur per week.",
  locationType: "remote",
  scheduleType: "recurring",
  slots: ["tue-evening", "thu-evening"],
  places: 2,
  skills: ["administratie"],
  requiredTrainings: ["thuisadministratie"],
  vogProfiles: ["11", "21"],
  motives: ["values", "career"],
  goals: ["workExperience"],
  status: "published",
  ...overrides,
});

async function setup() {
  const tenant = await createTenant();
  const org = await createOrganisation(tenant.id, { name: "Humanitas" });
  const coordinator = await createUser(tenant.id, "coordinator", { organisationId: org.id });
  const request = as(ctx.app, await signIn(ctx.app, coordinator.email));
  return { tenant, org, request };
}

describe("vacancies", () => {
  it("refuses bad input field by field and stores nothing", async () => {
    const { request } = await setup();
    const bad = await request({
      method: "POST",
      url: "/api/vacancies",
      payload: vacancyInput({
        title: "Hulp",
        slots: [],
        startTime: "14:00",
        endTime: "13:00",
        places: 0,
        skills: ["zwemmen"],
        startsOn: "2026-05-01",
        endsOn: "2026-04-01",
        locationType: "address",
        postcode: "0000 AA",
      }),
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["title", "places", "postcode"]));
    const rules = await request({
      method: "POST",
      url: "/api/vacancies",
      payload: vacancyInput({
        slots: [],
        startTime: "14:00",
        endTime: "13:00",
        startsOn: "2026-05-01",
        endsOn: "2026-04-01",
      }),
    });
    expect(
      rules
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(["endTime", "endsOn", "slots"]);
    const unknown = await request({
      method: "POST",
      url: "/api/vacancies",
      payload: vacancyInput({ skills: ["zwemmen"] }),
    });
    expect(unknown.json().error.fields[0]).toMatchObject({ path: "skills", code: "unknown_code" });
    expect((await request({ method: "GET", url: "/api/vacancies" })).json().total).toBe(0);
  });

  it("is found in the public search despite a typo, and only while published", async () => {
    const { tenant, org, request } = await setup();
    const created = await request({ method: "POST", url: "/api/vacancies", payload: vacancyInput() });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      organisationId: org.id,
      slots: ["tue-evening", "thu-evening"],
      placed: 0,
    });
    await request({
      method: "POST",
      url: "/api/vacancies",
      payload: vacancyInput({
        title: "Koken voor de buurt",
        description: "Eens per maand koken in het buurthuis voor dertig mensen.",
        status: "draft",
      }),
    });

    const search = (query: string) =>
      ctx.app.inject({ url: `/api/public/vacancies?slug=${tenant.slug}&${query}` });
    const typo = (await search("q=administartie")).json();
    expect(typo.items.map((v: { title: string }) => v.title)).toEqual(["Hulp bij de thuisadministratie"]);
    expect(typo.items[0]).not.toHaveProperty("status");
    expect((await search("q=koken")).json().total).toBe(0); // a draft is not public
    expect((await search("q=rekenign")).json().total).toBe(1); // a typo in part of a compound
    expect((await search("q=tuinieren")).json().total).toBe(0);
    expect((await search("slot=tue-evening")).json().total).toBe(1);
    expect((await search("slot=mon-morning")).json().total).toBe(0);
    expect((await search("schedule=oneOff")).json().total).toBe(0);
    const badQuery = await search("slot=nacht");
    expect(badQuery.statusCode).toBe(400);

    // Closing the publication window hides it; the detail page answers 404.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await request({
      method: "PUT",
      url: `/api/vacancies/${created.json().id}`,
      payload: vacancyInput({ publishUntil: yesterday, publishFrom: "2026-01-01" }),
    });
    expect((await search("")).json().total).toBe(0);
    expect(
      (await ctx.app.inject({ url: `/api/public/vacancies/${created.json().id}?slug=${tenant.slug}` }))
        .statusCode,
    ).toBe(404);
  });

  it("turns a reaction without account into an application once the email is confirmed", async () => {
    const { tenant, request } = await setup();
    const vacancy = (
      await request({ method: "POST", url: "/api/vacancies", payload: vacancyInput() })
    ).json();
    const email = `reactie-${crypto.randomUUID()}@test.inzet.nl`;
    const react = await ctx.app.inject({
      method: "POST",
      url: `/api/public/vacancies/${vacancy.id}/reactions?slug=${tenant.slug}`,
      headers: { origin: TEST_ORIGIN },
      payload: {
        givenName: "Rik",
        familyName: "Reactie",
        email,
        consent: true,
        channel: "website",
        motivation: "Ik help graag.",
      },
    });
    expect(react.statusCode, react.body).toBe(202);
    const [mail] = await ctx.db
      .select()
      .from(mailMessage)
      .where(eq(mailMessage.to, email))
      .orderBy(desc(mailMessage.createdAt));
    const token = /token=([\w-]+)/.exec(mail!.text)![1]!;
    const confirm = await ctx.app.inject({
      method: "POST",
      url: "/api/public/volunteer-signups/confirm",
      headers: { origin: TEST_ORIGIN },
      payload: { token },
    });
    expect(confirm.statusCode, confirm.body).toBe(200);
    const applications = await ctx.db.select().from(application).where(eq(application.vacancyId, vacancy.id));
    expect(applications).toHaveLength(1);
    expect(applications[0]).toMatchObject({ status: "responded", message: "Ik help graag." });
  });

  it("lets a signed-in volunteer react once", async () => {
    const { tenant, request } = await setup();
    const vacancy = (
      await request({ method: "POST", url: "/api/vacancies", payload: vacancyInput() })
    ).json();
    const volunteerUser = await createUser(tenant.id, "volunteer");
    await ctx.db.insert(volunteer).values({ tenantId: tenant.id, personId: volunteerUser.personId });
    const asVolunteer = as(ctx.app, await signIn(ctx.app, volunteerUser.email));
    const first = await asVolunteer({
      method: "POST",
      url: "/api/me/applications",
      payload: { vacancyId: vacancy.id },
    });
    expect(first.statusCode, first.body).toBe(201);
    const again = await asVolunteer({
      method: "POST",
      url: "/api/me/applications",
      payload: { vacancyId: vacancy.id },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe("U heeft al gereageerd op deze vacature.");
    const mine = await asVolunteer({ method: "GET", url: "/api/me/applications" });
    expect(mine.json()).toMatchObject([
      { vacancyId: vacancy.id, status: "responded", title: "Hulp bij de thuisadministratie" },
    ]);
  });
});
