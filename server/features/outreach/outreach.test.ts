import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay } from "../../../shared/dates.ts";
import {
  mailMessage,
  neighbourhood,
  outreachAddress,
  outreachVisit,
  pactMember,
  person,
  processingLog,
  referral,
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
  signIn,
  testApp,
} from "../../test/harness.ts";
import { purgeExpiredCampaigns } from "./service.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

async function setup() {
  const tenant = await createTenant();
  const org = await createOrganisation(tenant.id, { name: "Welzijn Noord" });
  const district = await createDistrict(tenant.id, `WK${tenant.code.slice(2)}01`, "Noord");
  const [buurt] = await ctx.db
    .insert(neighbourhood)
    .values({
      tenantId: tenant.id,
      districtId: district.id,
      code: `BU${tenant.code.slice(2)}0101`,
      name: "Centrum",
    })
    .returning();
  const coordinator = await createUser(tenant.id, "coordinator", { organisationId: org.id });
  const professional = await createUser(tenant.id, "professional", { organisationId: org.id });
  const request = as(ctx.app, await signIn(ctx.app, coordinator.email));
  return { tenant, org, buurt: buurt!, professional, request };
}

const campaignInput = (overrides: object = {}) => ({
  name: "Achter de Voordeur Centrum",
  programme: "Vroegsignalering schulden",
  startsOn: "2026-12-01",
  endsOn: "2027-03-31",
  goal: "Huishoudens met geldzorgen vroeg bereiken.",
  incentive: "Een bon voor gratis activiteiten in het buurthuis",
  optOutContact: "Bel 14 0000 als u geen bezoek wilt.",
  ...overrides,
});

/** A grid of addresses around the Westertoren, in WGS84; the first row in RD New. */
function addressCsv(count: number, start = 0) {
  const lines = [
    "nummeraanduiding_id;openbare_ruimte;huisnummer;huisletter;toevoeging;postcode;woonplaats;lat;lon;x;y",
  ];
  for (let i = start; i < start + count; i++) {
    const id = String(363200000000000 + i).padStart(16, "0");
    const street = `Straat ${Math.floor(i / 20)}`;
    if (i === 0) lines.push(`${id};Westermarkt;1;;;1016DK;Amsterdam;;;120700,723;487525,501`);
    else
      lines.push(
        `${id};${street};${(i % 20) + 1};${i % 7 === 0 ? "a" : ""};${i % 11 === 0 ? "2" : ""};1016AA;Amsterdam;${(52.37 + Math.floor(i / 20) * 0.0008).toFixed(6)};${(4.88 + (i % 20) * 0.0004).toFixed(6)};;`,
      );
  }
  return lines.join("\n");
}

describe("outreach campaigns", () => {
  it("creates a campaign with default topics and refuses bad input field by field", async () => {
    const { tenant, org, buurt, professional, request } = await setup();
    const bad = await request({
      method: "POST",
      url: "/api/outreach/campaigns",
      payload: campaignInput({
        endsOn: "2026-11-01",
        neighbourhoodIds: [crypto.randomUUID()],
        followUpWeeks: 0,
      }),
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(["endsOn", "followUpWeeks"]);
    const unknown = await request({
      method: "POST",
      url: "/api/outreach/campaigns",
      payload: campaignInput({ neighbourhoodIds: [crypto.randomUUID()] }),
    });
    expect(unknown.json().error.fields[0]).toMatchObject({
      path: "neighbourhoodIds",
      code: "unknown_neighbourhood",
    });

    const created = await request({
      method: "POST",
      url: "/api/outreach/campaigns",
      payload: campaignInput({ neighbourhoodIds: [buurt.id], professionalUserIds: [professional.userId] }),
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      organisationId: org.id, // a coordinator's campaign is for their own organisation
      followUpWeeks: 6,
      walkListSize: 40,
      retentionMonths: 12,
      addresses: 0,
    });
    expect(created.json().topics.map((t: { code: string }) => t.code)).toContain("geld");

    // The coordinator of another organisation in the same municipality does not see it.
    const other = await createOrganisation(tenant.id, { name: "Buurtwerk Zuid" });
    const stranger = as(
      ctx.app,
      await signIn(ctx.app, (await createUser(tenant.id, "coordinator", { organisationId: other.id })).email),
    );
    expect(
      (await stranger({ method: "GET", url: `/api/outreach/campaigns/${created.json().id}` })).statusCode,
    ).toBe(404);
  });

  it("imports addresses all or nothing, converts RD New, and reports errors per row", async () => {
    const { request } = await setup();
    const campaign = (
      await request({ method: "POST", url: "/api/outreach/campaigns", payload: campaignInput() })
    ).json();
    const url = `/api/outreach/campaigns/${campaign.id}/addresses/import`;
    const good = addressCsv(60);
    const broken = [
      good,
      "0363200000000001;Straat 9;1;;;1016AA;Amsterdam;52.37;4.88;;", // the same id as line 3
      "0363200000000999;Straat 9;0;;;1016AA;Amsterdam;52.37;4.88;;",
      "0363200000000998;Straat 9;4;;;10161AA;Amsterdam;52.37;4.88;;",
      "0363200000000997;Straat 9;5;;;1016AA;Parijs;48.85;2.35;;",
      "0363200000000996;Straat 9;6;;;1016AA;Amsterdam;;;;",
    ].join("\n");
    const refused = await request({ method: "POST", url, payload: { csv: broken } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields.map((f: { path: string }) => f.path)).toEqual([
      "rows.62.ID",
      "rows.63.HUISNUMMER",
      "rows.64.POSTCODE",
      "rows.65.LAT",
      "rows.66.LAT",
    ]);
    expect(refused.json().error.fields[0].message).toContain("Regel 62");
    const stored = await ctx.db
      .select()
      .from(outreachAddress)
      .where(eq(outreachAddress.campaignId, campaign.id));
    expect(stored).toHaveLength(0);

    const imported = await request({ method: "POST", url, payload: { csv: `\uFEFF${good}` } });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({ added: 60, updated: 0 });
    const again = await request({ method: "POST", url, payload: { csv: addressCsv(70) } });
    expect(again.json()).toEqual({ added: 10, updated: 60 });

    const list = await request({
      method: "GET",
      url: `/api/outreach/campaigns/${campaign.id}/addresses?q=westermarkt`,
    });
    const [westertoren] = list.json().items;
    expect(westertoren).toMatchObject({ street: "Westermarkt", postcode: "1016 DK" });
    expect(westertoren.lat).toBeCloseTo(52.37453253, 6);
    expect(westertoren.lon).toBeCloseTo(4.88352559, 6);
    const page = (
      await request({
        method: "GET",
        url: `/api/outreach/campaigns/${campaign.id}/addresses?pageSize=25&page=3`,
      })
    ).json();
    expect(page).toMatchObject({ total: 70, page: 3 });
    expect(page.items).toHaveLength(20);
  });

  it("cuts walk lists, leaves out excluded doors, moves and re-optimises", async () => {
    const { request } = await setup();
    const campaign = (
      await request({
        method: "POST",
        url: "/api/outreach/campaigns",
        payload: campaignInput({ walkListSize: 20 }),
      })
    ).json();
    const none = await request({
      method: "POST",
      url: `/api/outreach/campaigns/${campaign.id}/walk-lists`,
      payload: {},
    });
    expect(none.statusCode).toBe(409);
    await request({
      method: "POST",
      url: `/api/outreach/campaigns/${campaign.id}/addresses/import`,
      payload: { csv: addressCsv(100) },
    });
    const addresses = (
      await request({ method: "GET", url: `/api/outreach/campaigns/${campaign.id}/addresses?pageSize=200` })
    ).json().items;

    // Do not visit, on request: a reason is required, and the change is logged.
    const target = addresses[5];
    const noReason = await request({
      method: "PUT",
      url: `/api/outreach/addresses/${target.id}/exclusion`,
      payload: { excluded: true },
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields[0].path).toBe("reason");
    const excluded = await request({
      method: "PUT",
      url: `/api/outreach/addresses/${target.id}/exclusion`,
      payload: { excluded: true, reason: "Bewoner wil geen bezoek" },
    });
    expect(excluded.json().excludedReason).toBe("Bewoner wil geen bezoek");
    const logged = await ctx.db
      .select()
      .from(processingLog)
      .where(and(eq(processingLog.subjectId, target.id), eq(processingLog.subjectType, "address")));
    // Listing the addresses was a logged read; the exclusion is the one change.
    expect(logged.map((l) => l.action).sort()).toEqual(["read", "update"]);

    const cut = await request({
      method: "POST",
      url: `/api/outreach/campaigns/${campaign.id}/walk-lists`,
      payload: {},
    });
    expect(cut.statusCode, cut.body).toBe(200);
    const lists = cut.json();
    expect(lists).toHaveLength(5); // 99 doors, lists of about 20
    const onLists = lists.flatMap((l: { addresses: { id: string }[] }) => l.addresses.map((a) => a.id));
    expect(onLists).toHaveLength(99);
    expect(new Set(onLists).size).toBe(99);
    expect(onLists).not.toContain(target.id);
    for (const list of lists) {
      expect(list.routeMetres).toBeGreaterThan(0);
      expect(list.addresses.map((a: { walkOrder: number }) => a.walkOrder)).toEqual(
        list.addresses.map((_: unknown, i: number) => i),
      );
    }

    // Move a door from the first list to the last, then re-optimise the last list.
    const [first] = lists;
    const last = lists[lists.length - 1];
    const moved = first.addresses[0].id;
    const afterMove = (
      await request({
        method: "PUT",
        url: `/api/outreach/addresses/${moved}/walk-list`,
        payload: { walkListId: last.id },
      })
    ).json();
    const lastAfter = afterMove.find((l: { id: string }) => l.id === last.id);
    expect(lastAfter.addresses.at(-1).id).toBe(moved);
    expect(afterMove.find((l: { id: string }) => l.id === first.id).doors).toBe(first.doors - 1);
    const optimised = (
      await request({ method: "POST", url: `/api/outreach/walk-lists/${last.id}/optimise` })
    ).json();
    const lastOptimised = optimised.find((l: { id: string }) => l.id === last.id);
    expect(lastOptimised.doors).toBe(last.doors + 1);
    expect(lastOptimised.routeMetres).toBeLessThanOrEqual(lastAfter.routeMetres);

    const foreignList = await request({
      method: "PUT",
      url: `/api/outreach/addresses/${moved}/walk-list`,
      payload: { walkListId: crypto.randomUUID() },
    });
    expect(foreignList.statusCode).toBe(400);
    expect(foreignList.json().error.fields[0].path).toBe("walkListId");
  });

  it("makes one PDF with a letter per address to visit, and marks them as sent", async () => {
    const { request } = await setup();
    const badTemplate = await request({
      method: "POST",
      url: "/api/outreach/campaigns",
      payload: campaignInput({
        letterTemplate: "Beste {{bewoner}}, wij komen langs tussen {{van}} en {{tot}}.",
      }),
    });
    expect(badTemplate.statusCode).toBe(400);
    expect(badTemplate.json().error.fields[0].path).toBe("letterTemplate");
    const campaign = (
      await request({
        method: "POST",
        url: "/api/outreach/campaigns",
        payload: campaignInput({ letterLeadDays: 10 }),
      })
    ).json();
    expect(campaign.letterTemplate).toContain("{{incentive}}");
    await request({
      method: "POST",
      url: `/api/outreach/campaigns/${campaign.id}/addresses/import`,
      payload: { csv: addressCsv(12) },
    });
    const [first] = (
      await request({ method: "GET", url: `/api/outreach/campaigns/${campaign.id}/addresses` })
    ).json().items;
    await request({
      method: "PUT",
      url: `/api/outreach/addresses/${first.id}/exclusion`,
      payload: { excluded: true, reason: "Wil geen post" },
    });
    const url = `/api/outreach/campaigns/${campaign.id}/letters`;
    // Visits could only start after the campaign has ended.
    const late = await request({ method: "POST", url, payload: { letterDate: "2027-03-25" } });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.fields[0].path).toBe("letterDate");

    const letters = await request({ method: "POST", url, payload: { letterDate: "2026-11-20" } });
    expect(letters.statusCode, letters.body).toBe(200);
    expect(letters.headers["content-type"]).toBe("application/pdf");
    expect(letters.headers["x-letter-count"]).toBe("11");
    expect(letters.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect(letters.rawPayload.toString("latin1").match(/\/Type \/Page\b/g)).toHaveLength(11);
    // All sent: a second run for unsent addresses has nothing to do; "all" prints them again.
    expect((await request({ method: "POST", url, payload: { letterDate: "2026-11-21" } })).statusCode).toBe(
      409,
    );
    const again = await request({ method: "POST", url, payload: { letterDate: "2026-11-21", which: "all" } });
    expect(again.headers["x-letter-count"]).toBe("11");
    const after = (await request({ method: "GET", url: `/api/outreach/campaigns/${campaign.id}` })).json();
    expect(after.lettersSent).toBe(11);
    const sent = (
      await request({ method: "GET", url: `/api/outreach/campaigns/${campaign.id}/addresses?pageSize=20` })
    ).json().items;
    expect(sent.filter((a: { letterSentOn: string | null }) => a.letterSentOn === "2026-11-21")).toHaveLength(
      11,
    );
    expect(sent.find((a: { id: string }) => a.id === first.id).letterSentOn).toBeNull();
  });

  it("plans shifts by the rules, mails the pair, puts them in the calendar and lets them check in and out", async () => {
    const { tenant, org, request } = await setup();
    const day = (offset: number) => amsterdamDay(new Date(Date.now() + offset * 86_400_000));
    const professional = await createUser(tenant.id, "professional", { organisationId: org.id });
    const campaign = (
      await request({
        method: "POST",
        url: "/api/outreach/campaigns",
        payload: campaignInput({
          startsOn: day(-30),
          endsOn: day(60),
          walkListSize: 5,
          letterLeadDays: 7,
          professionalUserIds: [professional.userId],
        }),
      })
    ).json();
    await request({
      method: "POST",
      url: `/api/outreach/campaigns/${campaign.id}/addresses/import`,
      payload: { csv: addressCsv(10) },
    });
    const [list] = (
      await request({ method: "POST", url: `/api/outreach/campaigns/${campaign.id}/walk-lists`, payload: {} })
    ).json();

    // Volunteers: two ready to go (each with an account), one without the training, one without a VOG.
    const volunteerOf = async (name: string, { trained = true, vog = true } = {}) => {
      const user = await createUser(tenant.id, "volunteer", {
        email: `${name.toLowerCase()}-${crypto.randomUUID()}@test.inzet.nl`,
      });
      await ctx.db
        .update(person)
        .set({ givenName: name, familyName: "Loper" })
        .where(eq(person.id, user.personId));
      const [v] = await ctx.db
        .insert(volunteer)
        .values({
          tenantId: tenant.id,
          organisationId: org.id, // the coordinator plans volunteers of their own organisation
          personId: user.personId,
          status: "active",
          sortKey: name,
          searchKey: name.toLowerCase(),
        })
        .returning();
      if (trained)
        await ctx.db
          .insert(trainingRecord)
          .values({ volunteerId: v!.id, training: "gesprekstraining", completedOn: day(-60) });
      if (vog)
        await ctx.db
          .insert(vogRecord)
          .values({ volunteerId: v!.id, issuedOn: day(-100), renewalDue: day(900), profileCodes: ["45"] });
      return { id: v!.id, user };
    };
    const anna = await volunteerOf("Anna");
    const bram = await volunteerOf("Bram");
    const chris = await volunteerOf("Chris", { trained: false });
    const dewi = await volunteerOf("Dewi", { vog: false });
    const eligible = (
      await request({ method: "GET", url: `/api/outreach/campaigns/${campaign.id}/eligible-volunteers` })
    ).json();
    expect(eligible.map((v: { name: string }) => v.name).sort()).toEqual(["Anna Loper", "Bram Loper"]);

    const url = `/api/outreach/campaigns/${campaign.id}/shifts`;
    const shift = (overrides: object) => ({
      walkListId: list.id,
      date: day(0),
      startTime: "14:00",
      endTime: "16:30",
      volunteerIds: [anna.id, bram.id],
      professionalUserIds: [professional.userId],
      ...overrides,
    });
    const refused = async (overrides: object) => {
      const response = await request({ method: "POST", url, payload: shift(overrides) });
      expect(response.statusCode, response.body).toBe(400);
      return response.json().error.fields.map((f: { code: string }) => f.code);
    };
    // No letters yet.
    expect(await refused({})).toContain("letters_missing");
    await request({
      method: "POST",
      url: `/api/outreach/campaigns/${campaign.id}/letters`,
      payload: { letterDate: day(-10) },
    });
    expect(await refused({ date: day(-5) })).toEqual(["too_soon_after_letter"]);
    expect(await refused({ volunteerIds: [anna.id], professionalUserIds: [] })).toEqual(["custom"]);
    expect(await refused({ volunteerIds: [anna.id, chris.id] })).toEqual(["training_missing"]);
    expect(await refused({ volunteerIds: [anna.id, dewi.id] })).toEqual(["vog_missing"]);
    // A first shift without a professional.
    expect(await refused({ professionalUserIds: [] })).toEqual([
      "first_shift_needs_professional",
      "first_shift_needs_professional",
    ]);
    expect(await refused({ endTime: "13:00" })).toEqual(["custom"]);
    const stored = await ctx.db.select().from(mailMessage).where(eq(mailMessage.to, anna.user.email));
    expect(stored).toHaveLength(0); // nothing half-stored, nothing sent

    const today = await request({ method: "POST", url, payload: shift({}) });
    expect(today.statusCode, today.body).toBe(201);
    expect(today.json().members.map((m: { name: string }) => m.name)).toEqual([
      "Anna Loper",
      "Bram Loper",
      "Test professional",
    ]);
    const mails = await ctx.db.select().from(mailMessage).where(eq(mailMessage.to, anna.user.email));
    expect(mails.map((m) => m.subject)).toEqual([expect.stringMatching(/^Huisbezoeken op /)]);
    expect(mails[0]!.text).toContain("Bram Loper");
    // After a first shift, a later one may go without a professional.
    const later = await request({
      method: "POST",
      url,
      payload: shift({ date: day(3), professionalUserIds: [] }),
    });
    expect(later.statusCode, later.body).toBe(201);

    // Anna: her shifts, in her calendar feed, and checking in and out today only.
    const asAnna = as(ctx.app, await signIn(ctx.app, anna.user.email));
    const own = (await asAnna({ method: "GET", url: "/api/me/outreach-shifts" })).json();
    expect(own.map((s: { date: string }) => s.date)).toEqual([day(0), day(3)]);
    const calendarUrl = (await asAnna({ method: "POST", url: "/api/me/volunteer/calendar" })).json().url;
    const feed = await ctx.app.inject({ url: new URL(calendarUrl).pathname });
    expect(feed.body).toContain("SUMMARY:Huisbezoeken: Achter de Voordeur Centrum\\, looplijst 1");
    const check = (id: string, what: string) =>
      asAnna({ method: "POST", url: `/api/me/outreach-shifts/${id}/check-${what}` });
    expect((await check(today.json().id, "out")).statusCode).toBe(409);
    const checkedIn = await check(today.json().id, "in");
    expect(checkedIn.statusCode, checkedIn.body).toBe(200);
    expect(
      checkedIn.json().members.find((m: { name: string }) => m.name === "Anna Loper").checkedInAt,
    ).not.toBeNull();
    expect((await check(today.json().id, "in")).statusCode).toBe(409);
    expect((await check(today.json().id, "out")).statusCode).toBe(200);
    expect((await check(later.json().id, "in")).json().error.code).toBe("not_today");
    // Chris cannot check in on a shift that is not his.
    const asChris = as(ctx.app, await signIn(ctx.app, chris.user.email));
    expect(
      (await asChris({ method: "POST", url: `/api/me/outreach-shifts/${today.json().id}/check-in` }))
        .statusCode,
    ).toBe(404);

    // On the doorstep: the walk list for the phone, then visits, idempotent by the phone's id.
    const door = (
      await asAnna({ method: "GET", url: `/api/me/outreach-shifts/${today.json().id}/doorstep` })
    ).json();
    expect(door.addresses.length).toBe(list.doors);
    expect(door.topics.map((topic: { code: string }) => topic.code)).toContain("geld");
    const visitId = crypto.randomUUID();
    const visit = (overrides: object = {}) => ({
      shiftId: today.json().id,
      addressId: door.addresses[0].id,
      visitedAt: `${day(0)}T15:05:00+01:00`,
      outcome: "conversation",
      consent: true,
      signals: { geld: "serious", eenzaamheid: "some" },
      note: "Wil hulp bij de post.",
      incentiveGiven: true,
      ...overrides,
    });
    const put = (id: string, body: object, who = asAnna) =>
      who({ method: "PUT", url: `/api/me/outreach-visits/${id}`, payload: body });
    const noConsent = await put(crypto.randomUUID(), visit({ consent: false }));
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().error.fields[0].path).toBe("consent");
    const offList = await put(crypto.randomUUID(), visit({ addressId: crypto.randomUUID() }));
    expect(offList.json().error.fields[0]).toMatchObject({ path: "addressId", code: "not_on_walk_list" });
    const otherDay = await put(crypto.randomUUID(), visit({ visitedAt: `${day(1)}T10:00:00+01:00` }));
    expect(otherDay.json().error.fields[0].path).toBe("visitedAt");
    const stadsbank = await createOrganisation(tenant.id, { name: "Stadsbank" });
    const stadsbankWorker = await createUser(tenant.id, "partner", { organisationId: stadsbank.id });
    const referralInput = {
      partnerOrganisationId: stadsbank.id,
      reason: "Achterstand met de huur, wil hulp",
      urgency: "urgent",
      handoff: true,
      consent: true,
    };
    const withoutConsent = await put(
      crypto.randomUUID(),
      visit({ referral: { ...referralInput, consent: false } }),
    );
    expect(withoutConsent.json().error.fields[0].path).toBe("referral.consent");
    const plan = {
      goals: "Overzicht van de rekeningen en de huurachterstand oplossen",
      actions: [
        { what: "Post sorteren", who: "household", when: day(7) },
        { what: "Afspraak bij de stadsbank", who: "partner" },
      ],
    };
    const planWithoutConsent = await put(
      crypto.randomUUID(),
      visit({ consent: false, signals: {}, note: "", plan }),
    );
    expect(planWithoutConsent.json().error.fields.map((f: { path: string }) => f.path)).toContain("plan");
    // Once the tenant has a pact, a doorstep referral goes only to its members (the list shows no others).
    const outsider = await createOrganisation(tenant.id, { name: "Buiten het pact" });
    await ctx.db
      .insert(pactMember)
      .values({ tenantId: tenant.id, organisationId: stadsbank.id, signedOn: "2026-01-01" });
    const outside = await put(
      visitId,
      visit({ referral: { ...referralInput, partnerOrganisationId: outsider.id }, plan }),
    );
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields[0]).toMatchObject({
      path: "referral.partnerOrganisationId",
      code: "outside_pact",
    });
    const listed = (
      await asAnna({ method: "GET", url: `/api/me/outreach-shifts/${today.json().id}/doorstep` })
    ).json();
    expect(listed.partners.map((p: { name: string }) => p.name)).toEqual(["Stadsbank"]);
    expect(listed.visits).toHaveLength(0); // the refused visit wrote nothing
    const recorded = await put(visitId, visit({ referral: referralInput, plan }));
    expect(recorded.statusCode, recorded.body).toBe(201);
    const [made] = await ctx.db.select().from(referral).where(eq(referral.sourceId, visitId));
    expect(made).toMatchObject({
      partnerOrganisationId: stadsbank.id,
      urgency: "urgent",
      handoff: "yes",
      status: "sent",
    });
    expect(made!.household).toBe(`${door.addresses[0].line}, 1016 AA Amsterdam`);
    // The stadsbank hears of it by mail, without the household's details.
    const told = await ctx.db.select().from(mailMessage).where(eq(mailMessage.to, stadsbankWorker.email));
    expect(told.map((m) => m.subject)).toEqual(["Urgent: nieuwe doorverwijzing van Welzijn Noord"]);
    expect(told[0]!.text).not.toContain(door.addresses[0].line);
    expect(recorded.json()).toMatchObject({
      outcome: "conversation",
      signals: { geld: "serious", eenzaamheid: "some" },
    });
    const twice = await put(visitId, visit());
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe("already_recorded");
    const notHome = await put(
      crypto.randomUUID(),
      visit({ addressId: door.addresses[1].id, outcome: "notHome", consent: false, signals: {}, note: "" }),
    );
    expect(notHome.statusCode).toBe(201);
    const again = (
      await asAnna({ method: "GET", url: `/api/me/outreach-shifts/${today.json().id}/doorstep` })
    ).json();
    expect(again.visits).toHaveLength(2);
    // Chris is not on this shift.
    expect((await put(crypto.randomUUID(), visit(), asChris)).statusCode).toBe(404);
    // The coordinator sees the signals; the beheerder only that visits took place; the policy officer
    // not even that (the monitor's counts only, see access.test.ts).
    const seen = (
      await request({ method: "GET", url: `/api/outreach/campaigns/${campaign.id}/visits` })
    ).json();
    expect(seen.find((v: { id: string }) => v.id === visitId).signals).toEqual({
      geld: "serious",
      eenzaamheid: "some",
    });
    const policy = as(ctx.app, await signIn(ctx.app, (await createUser(tenant.id, "policyOfficer")).email));
    expect(
      (await policy({ method: "GET", url: `/api/outreach/campaigns/${campaign.id}/visits` })).statusCode,
    ).toBe(403);
    const admin = as(ctx.app, await signIn(ctx.app, (await createUser(tenant.id, "admin")).email));
    const summary = (
      await admin({ method: "GET", url: `/api/outreach/campaigns/${campaign.id}/visits` })
    ).json();
    expect(summary).toHaveLength(2);
    expect(
      summary.every((v: { signals: unknown; note: unknown }) => v.signals === null && v.note === null),
    ).toBe(true);

    // The conversation makes a follow-up due after the campaign's 6 weeks; it lands on a follow-up list.
    const [visitedAddress] = await ctx.db
      .select()
      .from(outreachAddress)
      .where(eq(outreachAddress.id, door.addresses[0].id));
    expect(visitedAddress!.followUpDue).toBe(day(42));
    expect(
      (
        await request({
          method: "POST",
          url: `/api/outreach/campaigns/${campaign.id}/follow-up-lists`,
          payload: {},
        })
      ).statusCode,
    ).toBe(409); // nothing due within two weeks
    const withFollowUps = (
      await request({
        method: "POST",
        url: `/api/outreach/campaigns/${campaign.id}/follow-up-lists`,
        payload: { dueBy: day(50) },
      })
    ).json();
    const followUpList = withFollowUps.find((l: { kind: string }) => l.kind === "followUp");
    expect(followUpList).toMatchObject({ name: "Nazorglijst 1", doors: 1 });
    expect(followUpList.addresses[0].id).toBe(door.addresses[0].id);
    // A follow-up shift needs no new letter; the pair is experienced now.
    const followUpShift = await request({
      method: "POST",
      url,
      payload: shift({ walkListId: followUpList.id, date: day(45), professionalUserIds: [] }),
    });
    expect(followUpShift.statusCode, followUpShift.body).toBe(201);
    expect(seen.find((v: { id: string }) => v.id === visitId).plan).toEqual(plan);

    // Monitoring: exact for the coordinator; counts below 5 hidden for the municipality, also in exports.
    const monitor = (
      await request({ method: "GET", url: `/api/outreach/campaigns/${campaign.id}/monitor` })
    ).json();
    expect(monitor.total).toMatchObject({
      doors: { shown: 10 },
      visited: { shown: 2 },
      reached: { shown: 1 },
      conversations: { shown: 1 },
      plans: { shown: 1 },
      referrals: { shown: 1 },
      signals: { geld: { shown: 1 }, eenzaamheid: { shown: 1 }, werk: { shown: 0 } },
    });
    expect(monitor.rows.map((r: { neighbourhood: string }) => r.neighbourhood)).toEqual(["Onbekend"]);
    expect(monitor.volunteerHours).toBeGreaterThanOrEqual(0);
    const hidden = (
      await policy({ method: "GET", url: `/api/outreach/campaigns/${campaign.id}/monitor` })
    ).json();
    expect(hidden).toMatchObject({
      suppressed: true,
      total: {
        doors: { shown: 10 },
        conversations: { hidden: "small" },
        signals: { geld: { hidden: "small" }, werk: { shown: 0 } },
      },
    });
    const csv = await policy({
      method: "GET",
      url: `/api/outreach/campaigns/${campaign.id}/monitor/export?format=csv`,
    });
    expect(csv.headers["content-type"]).toContain("text/csv");
    // The export writes what the screen shows: a hidden signal count is "minder dan 5", never 0.
    type Shown = { shown: number } | { hidden: "small" | "derivable" };
    const word = (c: Shown) =>
      "shown" in c ? String(c.shown) : c.hidden === "small" ? "minder dan 5" : "verborgen";
    const t = hidden.total;
    const csvTotal = csv.body
      .split("\r\n")
      .find((l) => l.startsWith('"Totaal"'))!
      .split(";")
      .map((cell) => cell.replaceAll('"', ""));
    expect(csvTotal).toEqual([
      "Totaal",
      ...[t.doors, t.visited, t.reached, t.conversations].map(word),
      ...hidden.topics.map((topic: { code: string }) => word(t.signals[topic.code])),
      ...[t.plans, t.followUpsDone, t.referrals, t.referralsDone, t.referralsNotTakenUp].map(word),
    ]);
    expect(csvTotal.filter((cell) => cell === "minder dan 5").length).toBeGreaterThanOrEqual(5);
    const xlsx = await request({
      method: "GET",
      url: `/api/outreach/campaigns/${campaign.id}/monitor/export?format=xlsx`,
    });
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");

    // Retention: a year after the end (12 months by default) the details go, the counts stay.
    expect(
      (await purgeExpiredCampaigns(ctx.db, new Date(Date.now() + 500 * 86_400_000))).purged,
    ).toBeGreaterThanOrEqual(1);
    const [purgedVisit] = await ctx.db.select().from(outreachVisit).where(eq(outreachVisit.id, visitId));
    expect(purgedVisit).toMatchObject({ outcome: "conversation", signals: {}, note: "", plan: null });
    const [purgedReferral] = await ctx.db.select().from(referral).where(eq(referral.sourceId, visitId));
    expect(purgedReferral).toMatchObject({ contact: "", reason: "" });
    expect(purgedReferral!.household).not.toContain(door.addresses[0].line);
    const kept = (
      await request({ method: "GET", url: `/api/outreach/campaigns/${campaign.id}/monitor` })
    ).json();
    expect(kept.total).toMatchObject({
      conversations: { shown: 1 },
      signals: { geld: { shown: 1 } },
      plans: { shown: 1 },
    });
    expect((await purgeExpiredCampaigns(ctx.db, new Date(Date.now() + 500 * 86_400_000))).purged).toBe(0);

    // Cancelling tells the pair.
    const cancelled = await request({ method: "DELETE", url: `${url}/${later.json().id}` });
    expect(cancelled.statusCode).toBe(204);
    const bramMails = await ctx.db.select().from(mailMessage).where(eq(mailMessage.to, bram.user.email));
    expect(bramMails.map((m) => m.subject)).toContain("Afgezegd: huisbezoeken");
  });
});
