import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, amsterdamDay } from "../../../shared/dates.ts";
import {
  application,
  hoursEntry,
  neighbourhood,
  outreachAddress,
  outreachCampaign,
  outreachVisit,
  person,
  postcodeNeighbourhood,
  processingLog,
  vacancy,
  volunteer,
} from "../../db/schema.ts";
import {
  as,
  createDistrict,
  createOrganisation,
  createTenant,
  createUser,
  signIn,
  testApp,
} from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const today = amsterdamDay();
const monthStart = `${today.slice(0, 7)}-01`;

/** A tenant with a wijk (one buurt, one postcode), two organisations and the people who work there. */
async function wijk() {
  const tenant = await createTenant();
  const district = await createDistrict(tenant.id, `WK${tenant.code.slice(2)}01`, "Noord");
  const [buurt] = await ctx.db
    .insert(neighbourhood)
    .values({
      tenantId: tenant.id,
      districtId: district.id,
      code: `BU${tenant.code.slice(2)}0101`,
      name: "Oud-Noord",
    })
    .returning();
  await ctx.db
    .insert(postcodeNeighbourhood)
    .values({ tenantId: tenant.id, postcode: "9901 AA", neighbourhoodId: buurt!.id });
  const gemeente = await createOrganisation(tenant.id, { name: "Gemeente", type: "municipality" as never });
  const welzijn = await createOrganisation(tenant.id, { name: "Welzijn Noord" });
  const signed = async (role: Parameters<typeof createUser>[1], organisationId: string | null = null) =>
    as(ctx.app, await signIn(ctx.app, (await createUser(tenant.id, role, { organisationId })).email));
  return {
    tenant,
    district,
    gemeente,
    welzijn,
    policy: await signed("policyOfficer", gemeente.id),
    coordinator: await signed("coordinator", welzijn.id),
    signed,
  };
}

/** A volunteer with hours on a vacancy of an organisation in the wijk. */
async function hoursOn(
  tenantId: string,
  vacancyId: string,
  name: string,
  entries: { date: string; hours: number }[],
) {
  const [p] = await ctx.db
    .insert(person)
    .values({
      tenantId,
      givenName: name,
      familyName: "Jansen",
      email: `${crypto.randomUUID()}@test.inzet.nl`,
    })
    .returning();
  const [v] = await ctx.db
    .insert(volunteer)
    .values({ tenantId, personId: p!.id, status: "active" })
    .returning();
  const [a] = await ctx.db
    .insert(application)
    .values({ tenantId, vacancyId, volunteerId: v!.id, status: "placed" })
    .returning();
  for (const e of entries)
    await ctx.db.insert(hoursEntry).values({ tenantId, applicationId: a!.id, ...e, status: "approved" });
  return v!.id;
}

async function makeVacancy(tenantId: string, organisationId: string, districtId: string, title: string) {
  const [row] = await ctx.db
    .insert(vacancy)
    .values({
      tenantId,
      organisationId,
      districtId,
      title,
      description: "Test",
      locationType: "district",
      scheduleType: "flexible",
      places: 5,
      status: "published",
    })
    .returning();
  return row!;
}

describe("the wijkaanpak in three steps", () => {
  it("runs from trajectory to ideas, mind map, funnel, a signed agreement, monitoring, the guard and version 2", async () => {
    const w = await wijk();
    // Step 1: the policy officer starts the trajectory.
    const started = await w.policy({
      method: "POST",
      url: "/api/agreements/trajectories",
      payload: {
        districtId: w.district.id,
        leadOrganisationId: w.gemeente.id,
        leadName: "Fatima el Idrissi",
        startedOn: addDays(monthStart, -40),
      },
    });
    expect(started.statusCode, started.body).toBe(201);
    const trajectory = started.json();
    expect(trajectory.timeline.map((s: { state: string }) => s.state)).toEqual(["current", "next", "next"]);
    // A second one for the same wijk is refused.
    const again = await w.policy({
      method: "POST",
      url: "/api/agreements/trajectories",
      payload: {
        districtId: w.district.id,
        leadOrganisationId: w.gemeente.id,
        leadName: "Ander",
        startedOn: today,
      },
    });
    expect(again.statusCode).toBe(409);

    // A meeting with residents.
    const meeting = await w.coordinator({
      method: "POST",
      url: `/api/agreements/trajectories/${trajectory.id}/meetings`,
      payload: {
        heldOn: addDays(monthStart, -35),
        place: "Buurthuis De Schakel",
        organisationId: w.welzijn.id,
        residentCount: 23,
        notes: "Veel zorgen over eenzaamheid.",
      },
    });
    expect(meeting.statusCode, meeting.body).toBe(201);

    // Residents post on the public board without an account; posts wait for moderation.
    const post = (title: string, body = "") =>
      ctx.app.inject({
        method: "POST",
        url: `/api/public/wijkaanpak/${trajectory.id}/ideas`,
        payload: { kind: "idea", title, body },
      });
    const first = await post("Koffieochtend voor ouderen", "Elke week in het buurthuis.");
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ status: "pending", hints: [] });
    const withPhone = await post("Bel mij", "Mijn buurvrouw is 06 12345678, zij wil helpen.");
    expect(withPhone.json().hints).toContain("phone");
    const board = () =>
      ctx.app.inject({ method: "GET", url: `/api/public/wijkaanpak/${trajectory.id}/ideas` });
    expect((await board()).json().items).toHaveLength(0);
    const queue = await w.coordinator({
      method: "GET",
      url: `/api/agreements/trajectories/${trajectory.id}/ideas?status=pending`,
    });
    expect(queue.json().items.find((i: { id: string }) => i.id === withPhone.json().id).flags).toEqual([
      "personalData",
    ]);
    const published = await w.coordinator({
      method: "POST",
      url: `/api/agreements/ideas/${first.json().id}/moderate`,
      payload: { decision: "publish" },
    });
    expect(published.json().status).toBe("published");
    await w.coordinator({
      method: "POST",
      url: `/api/agreements/ideas/${withPhone.json().id}/moderate`,
      payload: { decision: "hide" },
    });
    // Support once per browser key.
    const key = crypto.randomUUID();
    const support = () =>
      ctx.app.inject({
        method: "POST",
        url: `/api/public/ideas/${first.json().id}/support`,
        payload: { supporterKey: key },
      });
    expect((await support()).json().supportCount).toBe(1);
    expect((await support()).json().supportCount).toBe(1);
    expect((await board()).json().items.map((i: { title: string }) => i.title)).toEqual([
      "Koffieochtend voor ouderen",
    ]);
    // The hidden post cannot be supported.
    const hiddenSupport = await ctx.app.inject({
      method: "POST",
      url: `/api/public/ideas/${withPhone.json().id}/support`,
      payload: { supporterKey: key },
    });
    expect(hiddenSupport.statusCode).toBe(404);

    // The mind map: a need, two solutions (one from the board), a condition; a duplicate merged.
    const add = async (payload: object) => {
      const r = await w.coordinator({
        method: "POST",
        url: `/api/agreements/trajectories/${trajectory.id}/nodes`,
        payload,
      });
      expect(r.statusCode, r.body).toBe(201);
      return r.json();
    };
    const need = await add({ kind: "need", title: "Minder eenzaamheid bij ouderen" });
    const coffee = await add({
      kind: "solution",
      parentId: need.id,
      title: "Wekelijkse koffieochtend",
      ideaId: first.json().id,
    });
    const visits = await add({
      kind: "solution",
      parentId: need.id,
      title: "Huisbezoeken door vrijwilligers",
    });
    const duplicate = await add({ kind: "solution", parentId: need.id, title: "Koffie in het buurthuis" });
    await add({ kind: "condition", parentId: coffee.id, title: "Ruimte in het buurthuis" });
    const wrong = await w.coordinator({
      method: "POST",
      url: `/api/agreements/trajectories/${trajectory.id}/nodes`,
      payload: { kind: "condition", parentId: need.id, title: "Fout" },
    });
    expect(wrong.json().error.fields[0]).toMatchObject({ path: "parentId", code: "wrong_parent" });
    const merged = await w.coordinator({
      method: "POST",
      url: `/api/agreements/nodes/${duplicate.id}/merge`,
      payload: { intoId: coffee.id, reason: "Zelfde idee" },
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const history = await w.coordinator({ method: "GET", url: `/api/agreements/nodes/${coffee.id}/history` });
    expect(history.json().items.map((e: { kind: string }) => e.kind)).toEqual(["created", "mergedFrom"]);

    // The funnel: "checked" needs the feasibility; "not chosen" a reason.
    const stage = (id: string, payload: object) =>
      w.coordinator({ method: "POST", url: `/api/agreements/nodes/${id}/stage`, payload });
    const incomplete = await stage(coffee.id, { stage: "checked" });
    expect(incomplete.json().error.fields.map((f: { path: string }) => f.path)).toEqual([
      "cost",
      "who",
      "performer",
    ]);
    for (const id of [coffee.id, visits.id]) {
      expect((await stage(id, { stage: "clustered" })).statusCode).toBe(200);
      expect(
        (await stage(id, { stage: "checked", cost: 1200, who: "Welzijn Noord", performer: "mixed" }))
          .statusCode,
      ).toBe(200);
      expect((await stage(id, { stage: "chosen", reason: "Haalbaar" })).statusCode).toBe(200);
    }
    expect((await stage(coffee.id, { stage: "raised" })).json().error.fields[0].code).toBe(
      "invalid_transition",
    );
    // The board shows what happened to the resident's idea.
    expect((await board()).json().items[0].outcome).toMatchObject({
      stage: "chosen",
      solution: "Wekelijkse koffieochtend",
    });

    // Step 2: an agreement with two activities and three parties.
    const activity = (key: string, solutionNodeId: string, vacancyIds: string[]) => ({
      key,
      title: key === "koffie" ? "Koffieochtend" : "Huisbezoeken",
      solutionNodeId,
      supplierPartyKey: "welzijn",
      ownerPartyKey: "welzijn",
      cost: 1200,
      budget: [
        { partyKey: "gemeente", amount: 1000 },
        { partyKey: "bewoners", amount: 200 },
      ],
      volunteerHoursPerMonth: 10,
      professionalHoursPerMonth: 4,
      vacancyIds,
      indicators: [
        { key: "uren", name: "Vrijwilligersuren", source: "volunteerHours", target: 10 },
        { key: "bezoeken", name: "Huisbezoeken", source: "outreachVisits", target: 4 },
      ],
      professionalSupport: "Opbouwwerker komt eens per maand.",
    });
    const coffeeTask = await makeVacancy(w.tenant.id, w.welzijn.id, w.district.id, "Gastvrouw koffieochtend");
    const content = {
      title: "Prestatieafspraken Noord",
      validFrom: `${addDays(monthStart, -31).slice(0, 8)}01`,
      validUntil: addDays(monthStart, 365),
      parties: [
        { key: "gemeente", kind: "municipality", name: "Gemeente" },
        { key: "welzijn", kind: "organisation", organisationId: w.welzijn.id, name: "Welzijn Noord" },
        { key: "bewoners", kind: "residents", name: "Bewonersgroep Noord" },
      ],
      activities: [activity("koffie", coffee.id, [coffeeTask.id]), activity("bezoek", visits.id, [])],
      reviewDates: [addDays(monthStart, 90)],
    };
    const bad = await w.policy({
      method: "POST",
      url: `/api/agreements/trajectories/${trajectory.id}/agreements`,
      payload: {
        content: { ...content, activities: [{ ...content.activities[0], cost: 1500 }] },
        changeNote: "",
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toContainEqual(
      expect.objectContaining({ path: "content.activities.0.budget", code: "budget_mismatch" }),
    );
    const noTarget = await w.policy({
      method: "POST",
      url: `/api/agreements/trajectories/${trajectory.id}/agreements`,
      payload: {
        content: {
          ...content,
          activities: [{ ...content.activities[0], indicators: [{ key: "x", name: "Zonder doel" }] }],
        },
        changeNote: "",
      },
    });
    expect(noTarget.json().error.fields.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining([
        "content.activities.0.indicators.0.source",
        "content.activities.0.indicators.0.target",
      ]),
    );
    const made = await w.policy({
      method: "POST",
      url: `/api/agreements/trajectories/${trajectory.id}/agreements`,
      payload: { content, changeNote: "" },
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id;
    const sign = (partyKey: string, number = 1) =>
      w.policy({
        method: "POST",
        url: `/api/agreements/documents/${id}/versions/${number}/sign`,
        payload: { partyKey, signerName: `Namens ${partyKey}`, signedOn: today },
      });
    const stranger = await sign("woningcorporatie");
    expect(stranger.json().error.fields[0]).toMatchObject({ path: "partyKey", code: "unknown_party" });
    await sign("gemeente");
    expect((await sign("gemeente")).statusCode).toBe(409);
    await sign("welzijn");
    const last = await sign("bewoners");
    expect(last.json().versions[0].status).toBe("active");
    expect((await sign("bewoners")).json().error.code).toBe("not_draft");

    // Step 3: a month of activity shows actual against target; a professional-only task raises the guard.
    await w.policy({
      method: "POST",
      url: `/api/agreements/trajectories/${trajectory.id}/step`,
      payload: { step: "execution", on: today },
    });
    await hoursOn(w.tenant.id, coffeeTask.id, "Anna", [{ date: monthStart, hours: 30 }]);
    const nurse = await makeVacancy(w.tenant.id, w.welzijn.id, w.district.id, "Wondverzorging");
    await hoursOn(w.tenant.id, nurse.id, "Bram", [{ date: today, hours: 3 }]);
    const marked = await w.policy({
      method: "PUT",
      url: `/api/agreements/professional-tasks/${nurse.id}`,
      payload: { professionalOnly: true },
    });
    expect(marked.json().professionalOnly).toBe(true);
    const [campaign] = await ctx.db
      .insert(outreachCampaign)
      .values({
        tenantId: w.tenant.id,
        organisationId: w.welzijn.id,
        programme: "ADV",
        name: "Noord",
        startsOn: monthStart,
        endsOn: addDays(monthStart, 60),
        topics: [],
      })
      .returning();
    for (let n = 1; n <= 6; n++) {
      const [address] = await ctx.db
        .insert(outreachAddress)
        .values({
          tenantId: w.tenant.id,
          campaignId: campaign!.id,
          bagId: `b${n}`,
          street: "Dorpsstraat",
          houseNumber: n,
          postcode: "9901 AA",
          city: "Noord",
          lat: 53,
          lon: 6,
          searchText: "x",
        })
        .returning();
      await ctx.db.insert(outreachVisit).values({
        id: crypto.randomUUID(),
        tenantId: w.tenant.id,
        campaignId: campaign!.id,
        addressId: address!.id,
        visitedAt: new Date(),
        outcome: "conversation",
      });
    }
    const monitor = await w.coordinator({ method: "GET", url: `/api/agreements/documents/${id}/monitoring` });
    expect(monitor.statusCode, monitor.body).toBe(200);
    const koffie = monitor.json().activities.find((a: { key: string }) => a.key === "koffie");
    const uren = koffie.indicators.find((i: { key: string }) => i.key === "uren");
    expect(uren.months.at(-1)).toEqual({ month: today.slice(0, 7), actual: { shown: 30 } });
    expect(uren.total).toEqual({ shown: 30 });
    const bezoeken = koffie.indicators.find((i: { key: string }) => i.key === "bezoeken");
    expect(bezoeken.total).toEqual({ shown: 6 });
    expect(monitor.json().signals).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "professionalTask",
          subject: "Wondverzorging",
          volunteerName: "Bram Jansen",
          hours: 3,
        }),
        expect.objectContaining({ kind: "mixDrift", subject: "Koffieochtend", hours: 30 }),
      ]),
    );
    // The policy officer sees the signal without the name, and the hours of one volunteer hidden.
    const forPolicy = (
      await w.policy({ method: "GET", url: `/api/agreements/documents/${id}/monitoring` })
    ).json();
    expect(
      forPolicy.signals.find((s: { kind: string }) => s.kind === "professionalTask").volunteerName,
    ).toBeNull();
    const policyUren = forPolicy.activities[0].indicators[0];
    expect(policyUren.months.at(-1).actual).toEqual({ hidden: "small" });
    expect(policyUren.total).toEqual({ hidden: "small" });
    expect(policyUren.light).toBe("unknown");
    // The coordinator's read of the name is in the processing log.
    const logged = await ctx.db
      .select()
      .from(processingLog)
      .where(and(eq(processingLog.tenantId, w.tenant.id), eq(processingLog.activity, "agreements.guard")));
    expect(logged.length).toBeGreaterThan(0);

    // Version 2 keeps version 1 and shows what changed; a signed version does not change.
    const v2 = await w.policy({
      method: "PUT",
      url: `/api/agreements/documents/${id}/draft`,
      payload: {
        content: {
          ...content,
          activities: [{ ...content.activities[0], volunteerHoursPerMonth: 30 }, content.activities[1]],
        },
        changeNote: "Meer vrijwilligersuren na de eerste maand",
      },
    });
    expect(v2.statusCode, v2.body).toBe(200);
    const versions = v2.json().versions;
    expect(versions.map((v: { number: number; status: string }) => [v.number, v.status])).toEqual([
      [1, "active"],
      [2, "draft"],
    ]);
    expect(versions[1].changes).toEqual([
      { path: "activities.koffie.volunteerHoursPerMonth", kind: "changed", before: "10", after: "30" },
    ]);
    expect(versions[0].content.activities[0].volunteerHoursPerMonth).toBe(10);
    for (const party of ["gemeente", "welzijn", "bewoners"]) await sign(party, 2);
    const after = (await w.policy({ method: "GET", url: `/api/agreements/documents/${id}` })).json();
    expect(after.versions.map((v: { status: string }) => v.status)).toEqual(["superseded", "active"]);
  });
});
