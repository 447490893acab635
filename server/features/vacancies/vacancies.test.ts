import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay, longDay } from "../../../shared/dates.ts";
import type { MotiveScores } from "../../../shared/motives.ts";
import { slotsToMask } from "../../../shared/volunteers.ts";
import {
  application,
  mailMessage,
  neighbourhood,
  person,
  processingLog,
  trainingRecord,
  vogRecord,
  volunteer,
} from "../../db/schema.ts";
import {
  as,
  createDistrict,
  createOrganisation,
  createTenant,
  createUser,
  lastMailTo,
  signIn,
  TEST_ORIGIN,
  testApp,
} from "../../test/harness.ts";
import { firstShift, sendFirstShiftReminders } from "../calendar/reminders/service.ts";
import { findCandidates } from "./matching/queries.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const day = (offset: number) => amsterdamDay(new Date(Date.now() + offset * 86_400_000));

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
    const yesterday = amsterdamDay(new Date(Date.now() - 86_400_000));
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

  it("uses postcode coordinates: search within km of a postcode, travel distance in matching", async () => {
    const { tenant, org, request } = await setup();
    const noord = await createDistrict(tenant.id, `WK${tenant.code.slice(2)}01`, "Noord");
    const [buurt] = await ctx.db
      .insert(neighbourhood)
      .values({
        tenantId: tenant.id,
        districtId: noord.id,
        code: `BU${tenant.code.slice(2)}0101`,
        name: "Centrum",
      })
      .returning();
    // Three postcodes in RD New: the Westertoren, 2 km east of it, and 20 km south (imported as CSV).
    const csv = [
      "PC6;BU_CODE;X;Y",
      `1016AA;${buurt!.code};120700,723;487525,501`,
      `1018AA;${buurt!.code};122700;487525`,
      `2011AA;${buurt!.code};120700;467525`,
    ].join("\n");
    const admin = as(ctx.app, await signIn(ctx.app, (await createUser(tenant.id, "admin")).email));
    const imported = await admin({
      method: "POST",
      url: "/api/districts/postcodes/import",
      payload: { csv },
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const badRow = await admin({
      method: "POST",
      url: "/api/districts/postcodes/import",
      payload: { csv: `PC6;BU_CODE;LAT;LON\n1016AA;${buurt!.code};48.85;2.35\n` },
    });
    expect(badRow.statusCode).toBe(400);
    expect(badRow.json().error.fields[0].path).toBe("rows.2.LAT");

    const at = async (title: string, postcode: string) => {
      const response = await request({
        method: "POST",
        url: "/api/vacancies",
        payload: vacancyInput({
          title,
          locationType: "address",
          street: "Prinsengracht 281",
          postcode,
          city: "Amsterdam",
          requiredTrainings: [],
          vogProfiles: [],
        }),
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json();
    };
    const here = await at("Koffie schenken bij de toren", "1016 AA");
    expect(here.point.lat).toBeCloseTo(52.37453, 4);
    expect(here.districtId).toBe(noord.id); // from the postcode
    await at("Koffie schenken in het zuiden", "2011 AA");

    const search = (query: string) =>
      ctx.app.inject({ url: `/api/public/vacancies?slug=${tenant.slug}&${query}` });
    const titles = async (query: string) =>
      (await search(query)).json().items.map((v: { title: string }) => v.title);
    expect(await titles("near=1018AA&km=5")).toEqual(["Koffie schenken bij de toren"]);
    expect(await titles("near=1018AA&km=25")).toEqual([
      "Koffie schenken bij de toren",
      "Koffie schenken in het zuiden",
    ]);
    const unknown = await search("near=9999ZZ");
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields[0]).toMatchObject({ path: "near", code: "unknown_postcode" });
    expect((await search("near=1018AA&km=500")).statusCode).toBe(400);

    // Matching: 2 km away scores less on location than next door; beyond the maximum does not match.
    const volunteerAt = async (name: string, lat: number, lon: number, maxTravelKm: number | null) => {
      const [p] = await ctx.db
        .insert(person)
        .values({
          tenantId: tenant.id,
          givenName: name,
          familyName: "Test",
          email: `${name}-${crypto.randomUUID()}@test.inzet.nl`,
        })
        .returning();
      await ctx.db.insert(volunteer).values({
        tenantId: tenant.id,
        organisationId: org.id,
        personId: p!.id,
        status: "active",
        availability: slotsToMask(["tue-evening"]),
        skills: ["administratie"],
        lat,
        lon,
        maxTravelKm,
      });
    };
    await volunteerAt("Naast", 52.3746, 4.8836, null);
    await volunteerAt("Oost", 52.3746, 4.9129, 5); // about 2 km east
    await volunteerAt("Ver", 52.195, 4.8836, 10); // about 20 km south, travels at most 10
    const candidates = (await request({ method: "GET", url: `/api/vacancies/${here.id}/candidates` })).json()
      .candidates;
    expect(candidates.map((c: { name: string }) => c.name)).toEqual(["Naast Test", "Oost Test"]);
    const [naast, oost] = candidates;
    expect(naast.distanceKm).toBeLessThan(0.2);
    expect(naast.points.location).toBe(15);
    expect(oost.distanceKm).toBeCloseTo(2, 0);
    // 1 km full marks, then 0.6 less per 9 km: 2 km gives 1 − 0.6/9 ≈ 0.933 of 15 points.
    expect(oost.points.location).toBeCloseTo(15 * (1 - (0.6 * (oost.distanceKm - 1)) / 9), 0);
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
    const token = /token=([\w-]+)/.exec(lastMailTo(ctx.mailbox, email).text)![1]!;
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

describe("matching", () => {
  it("ranks only eligible candidates, explains each score and what is missing, and invites", async () => {
    const { tenant, org, request } = await setup();
    const districtA = await createDistrict(tenant.id, `WK${tenant.code.slice(2)}01`, "Noord");
    const districtB = await createDistrict(tenant.id, `WK${tenant.code.slice(2)}02`, "Zuid");
    const vacancy = (
      await request({
        method: "POST",
        url: "/api/vacancies",
        payload: vacancyInput({
          locationType: "district",
          districtId: districtA.id,
          slots: ["tue-evening"],
          places: 1,
          vogProfiles: ["11"],
        }),
      })
    ).json();

    const people: Record<string, string> = {};
    async function volunteerWith(
      name: string,
      values: Partial<typeof volunteer.$inferInsert>,
      screening: { vog?: boolean; trainingExpires?: string | null } = {},
    ) {
      const [p] = await ctx.db
        .insert(person)
        .values({
          tenantId: tenant.id,
          givenName: name,
          familyName: "Test",
          email: `${name.toLowerCase()}-${crypto.randomUUID()}@test.inzet.nl`,
        })
        .returning();
      const [v] = await ctx.db
        .insert(volunteer)
        .values({
          tenantId: tenant.id,
          organisationId: org.id,
          personId: p!.id,
          status: "active",
          districtId: districtA.id,
          availability: slotsToMask(["tue-evening"]),
          skills: ["administratie"],
          goals: ["workExperience"],
          motiveScores: { values: 7, understanding: 4, social: 4, career: 7, protective: 3, enhancement: 4 },
          ...values,
        })
        .returning();
      if (screening.vog !== false) {
        await ctx.db.insert(vogRecord).values({
          volunteerId: v!.id,
          issuedOn: day(-10),
          renewalDue: day(1000),
          profileCodes: ["11", "45"],
        });
      }
      await ctx.db.insert(trainingRecord).values({
        volunteerId: v!.id,
        training: "thuisadministratie",
        completedOn: day(-30),
        expiresOn: screening.trainingExpires ?? null,
      });
      people[name] = v!.id;
      return v!.id;
    }
    await volunteerWith("Anna", {});
    await volunteerWith("Fenna", { skills: [], goals: [], motiveScores: null });
    await volunteerWith("Geen-vog", {}, { vog: false });
    await volunteerWith("Maandag", { availability: slotsToMask(["mon-morning"]) });
    await volunteerWith("Verlopen", {}, { trainingExpires: day(-1) });
    await volunteerWith("Zuid", { districtId: districtB.id, preferredDistrictIds: [districtB.id] });
    await volunteerWith("Gestopt", { status: "stopped" });

    const response = await request({ method: "GET", url: `/api/vacancies/${vacancy.id}/candidates` });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json();
    expect(result.candidates.map((c: { name: string }) => c.name)).toEqual(["Anna Test", "Fenna Test"]);
    const [anna, fenna] = result.candidates;
    expect(anna.score).toBe(100);
    const sum = (points: Record<string, number>) => Object.values(points).reduce((a, b) => a + b, 0);
    expect(sum(fenna.points)).toBeCloseTo(fenna.score, 0);
    expect(fenna.missing).toEqual({
      skills: ["administratie"],
      slots: [],
      goals: ["workExperience"],
      motivesUnknown: true,
    });
    expect(fenna.score).toBeCloseTo((100 * (0 * 30 + 0.5 * 25 + 1 * 20 + 1 * 15 + 0 * 10)) / 100, 1);

    // The SQL ranking and the explanation use the same formula.
    const rows = await findCandidates(ctx.db, {
      tenantId: tenant.id,
      organisationId: null,
      vacancyId: vacancy.id,
      skills: ["administratie"],
      motives: ["values", "career"],
      goals: ["workExperience"],
      slotMask: slotsToMask(["tue-evening"]),
      districtId: districtA.id,
      point: null,
      requiredTrainings: ["thuisadministratie"],
      vogProfiles: ["11"],
      weights: { skills: 30, motives: 25, availability: 20, location: 15, goals: 10 },
      limit: 10,
    });
    expect(rows.map((r) => Math.round(Number(r.score) * 1000) / 10)).toEqual([anna.score, fenna.score]);

    const invited = await request({
      method: "POST",
      url: `/api/vacancies/${vacancy.id}/invitations`,
      payload: { volunteerId: people.Anna },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const twice = await request({
      method: "POST",
      url: `/api/vacancies/${vacancy.id}/invitations`,
      payload: { volunteerId: people.Anna },
    });
    expect(twice.statusCode).toBe(409);
    // The other way round: the vacancy is among the best for Fenna, with the same score.
    const admin = await createUser(tenant.id, "admin");
    const asAdmin = as(ctx.app, await signIn(ctx.app, admin.email));
    const forFenna = (
      await asAdmin({ method: "GET", url: `/api/volunteers/${people.Fenna}/vacancy-matches` })
    ).json();
    expect(forFenna.find((m: { vacancyId: string }) => m.vacancyId === vacancy.id)).toMatchObject({
      score: fenna.score,
    });
    const forMaandag = (
      await asAdmin({ method: "GET", url: `/api/volunteers/${people.Maandag}/vacancy-matches` })
    ).json();
    expect(forMaandag.map((m: { vacancyId: string }) => m.vacancyId)).not.toContain(vacancy.id);

    // Invited people are no longer suggested.
    const after = (await request({ method: "GET", url: `/api/vacancies/${vacancy.id}/candidates` })).json();
    expect(after.candidates.map((c: { name: string }) => c.name)).toEqual(["Fenna Test"]);
  });

  it("gives the same top candidates through the index steps as by ranking everyone", async () => {
    const tenant = await createTenant();
    const districtA = await createDistrict(tenant.id, "Noord");
    const districtB = await createDistrict(tenant.id, "Zuid");
    const skills = ["administratie", "koken", "taal", "vervoer"];
    const functions = ["values", "understanding", "social", "career", "protective", "enhancement"];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(list: T[]) => list.filter(() => next() < 0.5);
    const people = await ctx.db
      .insert(person)
      .values(
        Array.from({ length: 400 }, (_, i) => ({
          tenantId: tenant.id,
          givenName: `V${i}`,
          familyName: "Test",
          email: `v${i}-${crypto.randomUUID()}@test.inzet.nl`,
        })),
      )
      .returning({ id: person.id });
    const inserted = await ctx.db
      .insert(volunteer)
      .values(
        people.map((p) => ({
          tenantId: tenant.id,
          personId: p.id,
          status: "active" as const,
          districtId: next() < 0.5 ? districtA.id : districtB.id,
          preferredDistrictIds: next() < 0.2 ? [districtA.id] : [],
          availability: Math.floor(next() * (1 << 21)),
          skills: pick(skills),
          goals: pick(["workExperience", "socialContact"]),
          ...(next() < 0.8 ? { lat: 52.3 + next() * 0.15, lon: 4.8 + next() * 0.2 } : {}),
          maxTravelKm: next() < 0.3 ? 5 : null,
          motiveScores:
            next() < 0.2
              ? null
              : (Object.fromEntries(functions.map((fn) => [fn, 1 + Math.floor(next() * 7)])) as MotiveScores),
        })),
      )
      .returning({ id: volunteer.id });
    // Four in ten have a VOG for screening profile 45, one of them expired.
    await ctx.db.insert(vogRecord).values(
      inserted
        .filter(() => next() < 0.4)
        .map((v, i) => ({
          volunteerId: v.id,
          issuedOn: day(-100),
          renewalDue: i % 10 === 0 ? day(-1) : day(900),
          profileCodes: ["45"],
        })),
    );
    const filter = {
      tenantId: tenant.id,
      organisationId: null,
      vacancyId: crypto.randomUUID(),
      skills: ["administratie", "koken"],
      motives: ["social", "values"],
      goals: ["socialContact"],
      slotMask: slotsToMask(["tue-evening", "sat-morning", "wed-afternoon"]),
      districtId: districtA.id,
      point: null as { lat: number; lon: number } | null,
      requiredTrainings: [],
      vogProfiles: [],
      weights: { skills: 30, motives: 25, availability: 20, location: 15, goals: 10 },
    };
    // A limit above the number of volunteers always ranks everyone.
    const everyone = await findCandidates(ctx.db, { ...filter, limit: 1000 });
    expect(everyone.length).toBeGreaterThan(30);
    for (const limit of [1, 3, 5, 10, 20]) {
      const top = await findCandidates(ctx.db, { ...filter, limit });
      expect(top.map((r) => r.id)).toEqual(everyone.slice(0, limit).map((r) => r.id));
    }
    // Other vacancies: one skill; no skills (the district comes first); neither (the goals do); other weights.
    const variants = [
      { skills: ["taal"] },
      { skills: [] },
      { skills: [], districtId: null },
      {
        skills: ["koken", "vervoer", "taal"],
        goals: ["socialContact", "workExperience"],
        motives: ["career"],
      },
      { weights: { skills: 10, motives: 10, availability: 40, location: 30, goals: 10 } },
      { weights: { skills: 50, motives: 0, availability: 10, location: 5, goals: 35 }, slotMask: 0 },
      // Work at an address: distance counts, and the maximum travel distance filters.
      { point: { lat: 52.37, lon: 4.9 } },
      // Screening: checked on the best few first, then (when too few pass) in the query itself.
      { vogProfiles: ["45"] },
      {
        vogProfiles: ["45"],
        skills: ["vervoer"],
        weights: { skills: 60, motives: 10, availability: 10, location: 10, goals: 10 },
      },
      {
        point: { lat: 52.37, lon: 4.9 },
        skills: [],
        weights: { skills: 0, motives: 20, availability: 20, location: 50, goals: 10 },
      },
    ];
    for (const variant of variants) {
      const all = await findCandidates(ctx.db, { ...filter, ...variant, limit: 1000 });
      for (const limit of [1, 2, 5, 10, 20]) {
        const top = await findCandidates(ctx.db, { ...filter, ...variant, limit });
        expect(
          top.map((r) => r.id),
          JSON.stringify({ variant, limit }),
        ).toEqual(all.slice(0, limit).map((r) => r.id));
      }
    }
  });

  it("proposes the best batch assignment and confirms it all at once, or not at all", async () => {
    const { tenant, org, request } = await setup();
    const base = {
      locationType: "remote",
      scheduleType: "flexible",
      requiredTrainings: [],
      vogProfiles: [],
      places: 1,
    };
    const koken = (
      await request({
        method: "POST",
        url: "/api/vacancies",
        payload: vacancyInput({ ...base, title: "Koken in het buurthuis", skills: ["koken"], goals: [] }),
      })
    ).json();
    const taal = (
      await request({
        method: "POST",
        url: "/api/vacancies",
        payload: vacancyInput({
          ...base,
          title: "Taalmaatje voor een nieuwkomer",
          skills: ["taal"],
          goals: [],
        }),
      })
    ).json();
    const make = async (name: string, skills: string[]) => {
      const [p] = await ctx.db
        .insert(person)
        .values({ tenantId: tenant.id, givenName: name, familyName: "Batch" })
        .returning();
      const [v] = await ctx.db
        .insert(volunteer)
        .values({ tenantId: tenant.id, organisationId: org.id, personId: p!.id, status: "active", skills })
        .returning();
      return v!.id;
    };
    const both = await make("Beide", ["koken", "taal"]);
    const cook = await make("Kok", ["koken"]);
    const proposal = (
      await request({ method: "POST", url: "/api/vacancies/batch/proposal", payload: {} })
    ).json();
    // Greedy would give "Beide" the first vacancy and might leave one empty; the optimum fills both.
    expect(
      proposal.pairs
        .map((p: { volunteerId: string; vacancyId: string }) => `${p.volunteerId}:${p.vacancyId}`)
        .sort(),
    ).toEqual([`${both}:${taal.id}`, `${cook}:${koken.id}`].sort());

    const tooMany = await request({
      method: "POST",
      url: "/api/vacancies/batch/invitations",
      payload: {
        pairs: [
          { vacancyId: koken.id, volunteerId: cook },
          { vacancyId: koken.id, volunteerId: cook },
        ],
      },
    });
    expect(tooMany.statusCode).toBe(409);
    expect(await ctx.db.select().from(application).where(eq(application.vacancyId, koken.id))).toHaveLength(
      0,
    );

    const confirmed = await request({
      method: "POST",
      url: "/api/vacancies/batch/invitations",
      payload: {
        pairs: proposal.pairs.map((p: { vacancyId: string; volunteerId: string }) => ({
          vacancyId: p.vacancyId,
          volunteerId: p.volunteerId,
        })),
      },
    });
    expect(confirmed.json()).toEqual({ invited: 2 });
  });

  it("lets an invited volunteer accept once", async () => {
    const { tenant, org, request } = await setup();
    const vacancy = (
      await request({
        method: "POST",
        url: "/api/vacancies",
        payload: vacancyInput({ requiredTrainings: [], vogProfiles: [], scheduleType: "flexible" }),
      })
    ).json();
    const user = await createUser(tenant.id, "volunteer");
    const [v] = await ctx.db
      .insert(volunteer)
      .values({ tenantId: tenant.id, organisationId: org.id, personId: user.personId, status: "active" })
      .returning();
    const invited = (
      await request({
        method: "POST",
        url: `/api/vacancies/${vacancy.id}/invitations`,
        payload: { volunteerId: v!.id },
      })
    ).json();
    const [mail] = await ctx.db
      .select()
      .from(mailMessage)
      .where(eq(mailMessage.to, user.email))
      .orderBy(desc(mailMessage.createdAt));
    expect(mail!.subject).toBe("Uitnodiging: Hulp bij de thuisadministratie");
    const asVolunteer = as(ctx.app, await signIn(ctx.app, user.email));
    const accepted = await asVolunteer({
      method: "POST",
      url: `/api/me/applications/${invited.applicationId}/answer`,
      payload: { accept: true },
    });
    expect(accepted.json()).toMatchObject({ status: "responded" });
    const again = await asVolunteer({
      method: "POST",
      url: `/api/me/applications/${invited.applicationId}/answer`,
      payload: { accept: false },
    });
    expect(again.statusCode).toBe(409);
  });
});

describe("applications and placements", () => {
  it("moves along the pipeline with a mail at each step, and never fills more places than there are", async () => {
    const { tenant, request } = await setup();
    const vacancy = (
      await request({
        method: "POST",
        url: "/api/vacancies",
        payload: vacancyInput({
          requiredTrainings: [],
          vogProfiles: [],
          scheduleType: "flexible",
          places: 1,
        }),
      })
    ).json();
    const applicants = [];
    for (const name of ["Eerste", "Tweede", "Derde"]) {
      const user = await createUser(tenant.id, "volunteer");
      const [v] = await ctx.db
        .insert(volunteer)
        .values({ tenantId: tenant.id, personId: user.personId, status: "active" })
        .returning();
      const asVolunteer = as(ctx.app, await signIn(ctx.app, user.email));
      const reacted = await asVolunteer({
        method: "POST",
        url: "/api/me/applications",
        payload: { vacancyId: vacancy.id },
      });
      applicants.push({ name, user, volunteerId: v!.id, applicationId: reacted.json().id as string });
    }
    const step = (applicationId: string, status: string) =>
      request({
        method: "POST",
        url: `/api/vacancies/${vacancy.id}/applications/${applicationId}/status`,
        payload: { status },
      });

    const [first, second, third] = applicants as [
      (typeof applicants)[0],
      (typeof applicants)[0],
      (typeof applicants)[0],
    ];
    expect((await step(first.applicationId, "finished")).json().error.fields[0].code).toBe(
      "invalid_transition",
    );
    expect((await step(first.applicationId, "intake")).statusCode).toBe(200);
    const [mail] = await ctx.db
      .select()
      .from(mailMessage)
      .where(eq(mailMessage.to, first.user.email))
      .orderBy(desc(mailMessage.createdAt));
    expect(mail!.subject).toBe("Kennismaking: Hulp bij de thuisadministratie");
    await step(second.applicationId, "intake");
    await step(third.applicationId, "intake");

    // Two placements for the last place at the same moment: exactly one wins.
    const [a, b2] = await Promise.all([
      step(second.applicationId, "placed"),
      step(third.applicationId, "placed"),
    ]);
    expect([a.statusCode, b2.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b2;
    expect(loser.json().error).toMatchObject({
      code: "vacancy_full",
      message: 'Alle 1 plekken van "Hulp bij de thuisadministratie" zijn al bezet.',
    });
    expect((await step(first.applicationId, "placed")).statusCode).toBe(409);

    const list = (await request({ method: "GET", url: `/api/vacancies/${vacancy.id}/applications` })).json();
    expect(list.map((x: { status: string }) => x.status).sort()).toEqual(["intake", "intake", "placed"]);
    // More places, then both placed; capacity cannot drop below the placements.
    const flexible = { requiredTrainings: [], vogProfiles: [], scheduleType: "flexible" };
    await request({
      method: "PUT",
      url: `/api/vacancies/${vacancy.id}`,
      payload: vacancyInput({ ...flexible, places: 2 }),
    });
    expect((await step(first.applicationId, "placed")).statusCode).toBe(200);
    const lower = await request({
      method: "PUT",
      url: `/api/vacancies/${vacancy.id}`,
      payload: vacancyInput({ ...flexible, places: 1 }),
    });
    expect(lower.statusCode).toBe(400);
    expect(lower.json().error.fields[0]).toMatchObject({ path: "places", code: "below_placed" });
    expect((await request({ method: "GET", url: `/api/vacancies/${vacancy.id}` })).json()).toMatchObject({
      places: 2,
      placed: 2,
    });
  });
});

describe("hours and allowances", () => {
  it("takes valid hours only, lets the coordinator approve, and warns before an allowance exceeds a limit", async () => {
    const { tenant, request } = await setup();
    const otherOrg = await createOrganisation(tenant.id, { name: "Tweede organisatie" });
    const admin = await createUser(tenant.id, "admin");
    const asAdmin = as(ctx.app, await signIn(ctx.app, admin.email));
    const simple = { requiredTrainings: [], vogProfiles: [], scheduleType: "flexible", places: 2 };
    const first = (
      await request({ method: "POST", url: "/api/vacancies", payload: vacancyInput(simple) })
    ).json();
    const second = (
      await asAdmin({
        method: "POST",
        url: "/api/vacancies",
        payload: vacancyInput({ ...simple, organisationId: otherOrg.id, title: "Koken bij de tweede" }),
      })
    ).json();
    const user = await createUser(tenant.id, "volunteer");
    const year = new Date().getUTCFullYear() - 20; // 20 years old: the under-21 hourly limit applies
    await ctx.db.insert(volunteer).values({
      tenantId: tenant.id,
      personId: user.personId,
      status: "active",
      birthDate: `${year - 1}-12-31`,
    });
    const asVolunteer = as(ctx.app, await signIn(ctx.app, user.email));
    const applyAndPlace = async (vacancyId: string, by: typeof request) => {
      const applicationId = (
        await asVolunteer({ method: "POST", url: "/api/me/applications", payload: { vacancyId } })
      ).json().id;
      const placed = await by({
        method: "POST",
        url: `/api/vacancies/${vacancyId}/applications/${applicationId}/status`,
        payload: { status: "placed" },
      });
      expect(placed.statusCode, placed.body).toBe(200);
      return applicationId as string;
    };
    const appFirst = await applyAndPlace(first.id, request);
    const appSecond = await applyAndPlace(second.id, asAdmin);

    const today = amsterdamDay();
    const yesterday = amsterdamDay(new Date(Date.now() - 86_400_000));
    const hours = (payload: object) =>
      asVolunteer({ method: "POST", url: `/api/me/applications/${appFirst}/hours`, payload });
    expect((await hours({ date: today, hours: -2 })).json().error.fields[0].path).toBe("hours");
    expect((await hours({ date: yesterday, hours: 2 })).json().error.fields[0].code).toBe("before_placement");
    expect((await hours({ date: "2999-01-01", hours: 2 })).json().error.fields[0].code).toBe("future");
    const logged = await hours({ date: today, hours: 3, note: "Post gesorteerd" });
    expect(logged.statusCode, logged.body).toBe(201);
    const decided = await request({
      method: "POST",
      url: `/api/vacancies/${first.id}/hours/${logged.json().id}/decision`,
      payload: { approve: true },
    });
    expect(decided.json()).toMatchObject({ status: "approved" });
    expect(
      (await asVolunteer({ method: "GET", url: `/api/me/applications/${appFirst}/hours` })).json(),
    ).toMatchObject([{ hours: 3, status: "approved" }]);

    // € 4 per hour is above the under-21 limit: warned, nothing stored, until confirmed.
    const pay = (vacancyId: string, applicationId: string, payload: object, by = request) =>
      by({
        method: "POST",
        url: `/api/vacancies/${vacancyId}/applications/${applicationId}/allowances`,
        payload: { paidOn: today, ...payload },
      });
    const tooMuch = await pay(first.id, appFirst, { amount: 12, hours: 3 });
    expect(tooMuch.statusCode).toBe(409);
    expect(tooMuch.json().error.fields).toMatchObject([{ code: "hourly" }]);
    expect((await pay(first.id, appFirst, { amount: 12, hours: 3, acceptWarnings: true })).statusCode).toBe(
      201,
    );

    // The monthly limit counts the other organisation's payments too.
    expect((await pay(first.id, appFirst, { amount: 200 })).statusCode).toBe(201);
    const check = await asAdmin({
      method: "POST",
      url: `/api/vacancies/${second.id}/applications/${appSecond}/allowances/check`,
      payload: { paidOn: today, amount: 10 },
    });
    expect(check.json()).toMatchObject({ paidThisMonth: 212, warnings: [{ code: "monthly" }] });
    expect((await pay(second.id, appSecond, { amount: 10 }, asAdmin)).json().error.code).toBe(
      "allowance_limit",
    );
  });
});

describe("hours report", () => {
  it("sums approved hours per month and per volunteer, as JSON, CSV and XLSX, within scope", async () => {
    const { tenant, request } = await setup();
    const vacancy = (
      await request({
        method: "POST",
        url: "/api/vacancies",
        payload: vacancyInput({ requiredTrainings: [], vogProfiles: [], scheduleType: "flexible" }),
      })
    ).json();
    const user = await createUser(tenant.id, "volunteer");
    await ctx.db.insert(volunteer).values({ tenantId: tenant.id, personId: user.personId, status: "active" });
    const asVolunteer = as(ctx.app, await signIn(ctx.app, user.email));
    const applicationId = (
      await asVolunteer({ method: "POST", url: "/api/me/applications", payload: { vacancyId: vacancy.id } })
    ).json().id;
    await request({
      method: "POST",
      url: `/api/vacancies/${vacancy.id}/applications/${applicationId}/status`,
      payload: { status: "placed" },
    });
    const today = amsterdamDay();
    for (const hours of [2, 1.5, 4]) {
      const entry = (
        await asVolunteer({
          method: "POST",
          url: `/api/me/applications/${applicationId}/hours`,
          payload: { date: today, hours },
        })
      ).json();
      if (hours !== 4)
        await request({
          method: "POST",
          url: `/api/vacancies/${vacancy.id}/hours/${entry.id}/decision`,
          payload: { approve: true },
        });
    }
    const perMonth = await request({ method: "GET", url: "/api/vacancies/reports/hours?groupBy=month" });
    expect(perMonth.json()).toEqual([{ key: today.slice(0, 7), hours: 3.5, entries: 2 }]);
    const perVolunteer = await request({
      method: "GET",
      url: "/api/vacancies/reports/hours?groupBy=volunteer",
    });
    expect(perVolunteer.json()).toEqual([{ key: "Test volunteer", hours: 3.5, entries: 2 }]);
    const logged = await ctx.db
      .select()
      .from(processingLog)
      .where(eq(processingLog.traceId, String(perVolunteer.headers["x-trace-id"])));
    expect(logged.map((l) => l.subjectId)).toEqual([user.personId]);
    const csv = await request({
      method: "GET",
      url: "/api/vacancies/reports/hours?groupBy=vacancy&format=csv",
    });
    expect(csv.body).toContain('"Hulp bij de thuisadministratie";3,5;2');
    const xlsx = await request({ method: "GET", url: "/api/vacancies/reports/hours?format=xlsx" });
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
    const bad = await request({
      method: "GET",
      url: "/api/vacancies/reports/hours?groupBy=week&from=2026-02-01&to=2026-01-01",
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe("calendar feed", () => {
  it("gives a volunteer a private iCalendar URL with their placements, renewable", async () => {
    const { tenant, request } = await setup();
    const vacancy = (
      await request({
        method: "POST",
        url: "/api/vacancies",
        payload: vacancyInput({
          requiredTrainings: [],
          vogProfiles: [],
          slots: ["wed-afternoon"],
          startTime: "14:00",
          endTime: "16:00",
        }),
      })
    ).json();
    const user = await createUser(tenant.id, "volunteer");
    await ctx.db.insert(volunteer).values({ tenantId: tenant.id, personId: user.personId, status: "active" });
    const asVolunteer = as(ctx.app, await signIn(ctx.app, user.email));
    expect((await asVolunteer({ method: "GET", url: "/api/me/volunteer/calendar" })).json()).toEqual({
      url: null,
    });
    const applicationId = (
      await asVolunteer({ method: "POST", url: "/api/me/applications", payload: { vacancyId: vacancy.id } })
    ).json().id;
    await request({
      method: "POST",
      url: `/api/vacancies/${vacancy.id}/applications/${applicationId}/status`,
      payload: { status: "placed" },
    });

    const { url } = (await asVolunteer({ method: "POST", url: "/api/me/volunteer/calendar" })).json();
    expect(url).toMatch(/\/api\/public\/calendar\/[\w-]+\.ics$/);
    const feed = await ctx.app.inject({ url: new URL(url).pathname });
    expect(feed.headers["content-type"]).toContain("text/calendar");
    expect(feed.body).toContain("SUMMARY:Hulp bij de thuisadministratie");
    expect(feed.body).toContain("RRULE:FREQ=WEEKLY;BYDAY=WE");
    expect(feed.body).toMatch(/DTSTART;TZID=Europe\/Amsterdam:\d{8}T140000\r?\n/);

    // A new link replaces the old one.
    await asVolunteer({ method: "POST", url: "/api/me/volunteer/calendar" });
    expect((await ctx.app.inject({ url: new URL(url).pathname })).statusCode).toBe(404);
    expect((await ctx.app.inject({ url: "/api/public/calendar/verzonnen.ics" })).statusCode).toBe(404);
  });
});

describe("first-shift reminder", () => {
  it("mails a placed volunteer once before the first shift", async () => {
    const { tenant, request } = await setup();
    const tomorrow = amsterdamDay(new Date(Date.now() + 86_400_000));
    const vacancy = (
      await request({
        method: "POST",
        url: "/api/vacancies",
        payload: vacancyInput({
          requiredTrainings: [],
          vogProfiles: [],
          scheduleType: "oneOff",
          date: tomorrow,
          startTime: "10:00",
          slots: [],
        }),
      })
    ).json();
    const user = await createUser(tenant.id, "volunteer");
    await ctx.db.insert(volunteer).values({ tenantId: tenant.id, personId: user.personId, status: "active" });
    const asVolunteer = as(ctx.app, await signIn(ctx.app, user.email));
    const applicationId = (
      await asVolunteer({ method: "POST", url: "/api/me/applications", payload: { vacancyId: vacancy.id } })
    ).json().id;
    // (Other tests' placements may be reminded too: the job runs over every tenant.)
    await sendFirstShiftReminders(ctx.db, ctx.mailer);
    expect(await ctx.db.select().from(mailMessage).where(eq(mailMessage.to, user.email))).toEqual([]); // not placed yet
    await request({
      method: "POST",
      url: `/api/vacancies/${vacancy.id}/applications/${applicationId}/status`,
      payload: { status: "placed" },
    });
    await sendFirstShiftReminders(ctx.db, ctx.mailer);
    const [mail] = await ctx.db
      .select()
      .from(mailMessage)
      .where(eq(mailMessage.to, user.email))
      .orderBy(desc(mailMessage.createdAt));
    expect(mail!.subject).toBe("Herinnering: u begint bij Hulp bij de thuisadministratie");
    expect(mail!.text).toContain(`op ${longDay(tomorrow)} om 10:00`); // "op 3 december 2026 om 10:00"
    const before = await ctx.db.select().from(mailMessage).where(eq(mailMessage.to, user.email));
    await sendFirstShiftReminders(ctx.db, ctx.mailer);
    expect(await ctx.db.select().from(mailMessage).where(eq(mailMessage.to, user.email))).toHaveLength(
      before.length,
    );
  });

  it("finds the first day part of recurring work", () => {
    // 2026-11-23 is a Monday; the first Wednesday afternoon is the 25th.
    expect(
      firstShift(
        {
          scheduleType: "recurring",
          date: null,
          slots: slotsToMask(["wed-afternoon", "sat-morning"]),
          startsOn: null,
          startTime: null,
        },
        "2026-11-23",
      ),
    ).toEqual({
      day: "2026-11-25",
      time: "13:00",
    });
    expect(
      firstShift(
        { scheduleType: "flexible", date: null, slots: 0, startsOn: null, startTime: null },
        "2026-11-23",
      ),
    ).toBeNull();
  });
});
