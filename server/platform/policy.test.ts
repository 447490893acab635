import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay } from "../../shared/dates.ts";
import { motiveItems } from "../../shared/motives.ts";
import { can, type Permission, roles } from "../../shared/roles.ts";
import { buildApp } from "../app.ts";
import {
  as,
  createDistrict,
  createOrganisation,
  createTenant,
  createUser,
  signIn,
  testApp,
  testConfig,
  testDatabase,
} from "../test/harness.ts";
import { isRoutePermission } from "./policy.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const apiRoutes = () => ctx.routes.filter((r) => r.url.startsWith("/api") && r.method !== "HEAD");
const fill = (url: string) => url.replace(/:[^/]+/g, crypto.randomUUID()).replace("*", "x");

describe("every route declares its permission", () => {
  it("has no /api route without a valid permission", () => {
    expect(apiRoutes().length).toBeGreaterThan(15);
    const missing = apiRoutes().filter((r) => !isRoutePermission(r.config.permission));
    expect(missing.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it("refuses to start when a route forgets its permission (deny by default)", async () => {
    const { app } = await buildApp({ database: await testDatabase(), config: testConfig(), logger: false });
    app.register(async (scope) => {
      scope.get("/api/vergeten", async () => "geheim");
    });
    await expect(app.ready()).rejects.toThrow(/declares no valid permission/);
  });

  it("answers 401 on every non-public route without a session", async () => {
    for (const route of apiRoutes().filter((r) => r.config.permission !== "public")) {
      const response = await ctx.app.inject({
        method: route.method as "GET",
        url: fill(route.url),
        payload: route.method === "GET" ? undefined : {},
      });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });
});

/** One representative request per route family, with the permission it needs. */
const families: { permission: Permission; method: "GET" | "POST" | "PUT"; url: string; payload?: unknown }[] =
  [
    { permission: "organisations.read", method: "GET", url: "/api/organisations" },
    {
      permission: "organisations.manage",
      method: "POST",
      url: "/api/organisations",
      payload: { name: "Matrix", type: "church" },
    },
    { permission: "districts.read", method: "GET", url: "/api/districts" },
    {
      permission: "districts.manage",
      method: "POST",
      url: "/api/districts/import",
      payload: { csv: "GM_CODE;WK_CODE;WK_NAAM\n" },
    },
    { permission: "users.read", method: "GET", url: "/api/users" },
    { permission: "users.manage", method: "POST", url: "/api/users", payload: {} },
    { permission: "tenant.manage", method: "GET", url: "/api/tenant" },
    { permission: "processingLog.read", method: "GET", url: "/api/processing-log" },
    { permission: "outbox.read", method: "GET", url: "/api/outbox" },
    { permission: "volunteers.read", method: "GET", url: "/api/volunteers" },
    { permission: "volunteers.manage", method: "POST", url: "/api/volunteers", payload: {} },
    { permission: "volunteers.erase", method: "POST", url: `/api/volunteers/${crypto.randomUUID()}/erase` },
    { permission: "volunteers.self", method: "GET", url: "/api/me/volunteer" },
    { permission: "volunteers.settings", method: "PUT", url: "/api/volunteer-settings", payload: {} },
    { permission: "volunteers.report", method: "GET", url: "/api/recruitment/dropout" },
    { permission: "recruitment.read", method: "GET", url: "/api/recruitment/campaigns" },
    { permission: "recruitment.manage", method: "POST", url: "/api/recruitment/campaigns", payload: {} },
    { permission: "vacancies.read", method: "GET", url: "/api/vacancies" },
    { permission: "vacancies.manage", method: "POST", url: "/api/vacancies", payload: {} },
    { permission: "outreach.read", method: "GET", url: "/api/outreach/campaigns" },
    { permission: "outreach.manage", method: "POST", url: "/api/outreach/campaigns", payload: {} },
    {
      permission: "outreach.detail",
      method: "GET",
      url: `/api/outreach/campaigns/${crypto.randomUUID()}/visits`,
    },
    { permission: "referrals.read", method: "GET", url: "/api/referrals" },
    { permission: "circles.read", method: "GET", url: "/api/circles" },
    { permission: "circles.manage", method: "POST", url: "/api/circles", payload: {} },
    { permission: "circles.monitor", method: "GET", url: "/api/circles/monitor" },
    { permission: "circles.lead", method: "GET", url: "/api/me/circles" },
    { permission: "circles.own", method: "GET", url: "/api/me/circle-participations" },
    { permission: "coaching.read", method: "GET", url: "/api/coaching/trajectories" },
    { permission: "coaching.manage", method: "POST", url: "/api/coaching/trajectories", payload: {} },
    {
      permission: "referrals.answer",
      method: "POST",
      url: `/api/referrals/${crypto.randomUUID()}/answer`,
      payload: { status: "received" },
    },
    { permission: "referrals.create", method: "POST", url: "/api/referrals", payload: {} },
    { permission: "network.read", method: "GET", url: "/api/network/offerings" },
    { permission: "network.offerings", method: "POST", url: "/api/network/offerings", payload: {} },
    { permission: "network.manage", method: "PUT", url: "/api/network/settings", payload: {} },
    { permission: "network.figures", method: "GET", url: "/api/network/referral-matrix" },
    { permission: "conferences.read", method: "GET", url: "/api/conferences" },
    { permission: "conferences.manage", method: "POST", url: "/api/conferences", payload: {} },
    {
      permission: "conferences.participate",
      method: "PUT",
      url: `/api/conferences/${crypto.randomUUID()}/registration`,
      payload: {},
    },
    {
      permission: "agreements.read",
      method: "GET",
      url: `/api/agreements/trajectories/${crypto.randomUUID()}/meetings`,
    },
    { permission: "agreements.manage", method: "PUT", url: "/api/agreements/guard-settings", payload: {} },
    {
      permission: "dialogue.manage",
      method: "POST",
      url: `/api/agreements/trajectories/${crypto.randomUUID()}/meetings`,
      payload: {},
    },
    { permission: "agreements.guard", method: "GET", url: "/api/agreements/guard-settings" },
    { permission: "learning.read", method: "GET", url: "/api/learning/library" },
    { permission: "learning.manage", method: "POST", url: "/api/learning/trajectories", payload: {} },
    { permission: "research.workspace", method: "GET", url: "/api/learning/research" },
    { permission: "reports.read", method: "GET", url: "/api/learning/reports" },
    { permission: "reports.write", method: "POST", url: "/api/learning/reports", payload: {} },
    {
      permission: "reports.respond",
      method: "PUT",
      url: `/api/learning/reports/recommendations/${crypto.randomUUID()}/response`,
      payload: {},
    },
    { permission: "courses.read", method: "GET", url: "/api/learning/courses" },
    {
      permission: "courses.enrol",
      method: "POST",
      url: `/api/learning/courses/${crypto.randomUUID()}/enrol`,
    },
    { permission: "courses.manage", method: "POST", url: "/api/learning/courses", payload: {} },
    { permission: "courses.signOff", method: "GET", url: "/api/learning/courses/plans" },
    { permission: "participation.read", method: "GET", url: "/api/participation/rules" },
    { permission: "participation.rules", method: "POST", url: "/api/participation/rules", payload: {} },
    { permission: "participation.caseload", method: "GET", url: "/api/participation/clients" },
    {
      permission: "participation.import",
      method: "POST",
      url: "/api/participation/clients/import",
      payload: {},
    },
    {
      permission: "participation.teams",
      method: "PUT",
      url: "/api/participation/caseworkers/someone",
      payload: {},
    },
    { permission: "participation.handover", method: "GET", url: "/api/participation/caseworkers" },
    { permission: "participation.organisation", method: "GET", url: "/api/participation/placements" },
    { permission: "participation.self", method: "GET", url: "/api/participation/me" },
    { permission: "participation.report", method: "GET", url: "/api/participation/report" },
    {
      permission: "participation.obstacles",
      method: "POST",
      url: "/api/participation/obstacles",
      payload: {},
    },
  ];

describe("role matrix", () => {
  it("covers every permission with a route family", () => {
    const covered = new Set(families.map((f) => f.permission));
    const declared = new Set(
      apiRoutes()
        .map((r) => r.config.permission)
        .filter((p) => p !== "public" && p !== "authenticated"),
    );
    expect([...declared].filter((p) => !covered.has(p as Permission))).toEqual([]);
  });

  it("allows and denies each role exactly as the rules say", async () => {
    const tenant = await createTenant();
    const results: string[] = [];
    for (const role of roles) {
      const user = await createUser(tenant.id, role);
      const request = as(ctx.app, await signIn(ctx.app, user.email));
      for (const family of families) {
        const response = await request({
          method: family.method,
          url: family.url,
          payload: family.payload as object,
        });
        const allowed = response.statusCode !== 403;
        if (allowed !== can(role, family.permission))
          results.push(`${role} ${family.method} ${family.url}: ${response.statusCode}`);
      }
    }
    expect(results).toEqual([]);
  });

  it("keeps the rules sensible: only a beheerder manages users and reads the log", () => {
    expect(roles.filter((role) => can(role, "users.manage"))).toEqual(["admin"]);
    expect(roles.filter((role) => can(role, "processingLog.read"))).toEqual(["admin"]);
    expect(can("volunteer", "users.read")).toBe(false);
  });
});

describe("tenant isolation", () => {
  it("lets a user of tenant A read or change nothing of tenant B through any route", async () => {
    const a = await createTenant();
    const b = await createTenant();
    const adminA = await createUser(a.id, "admin");
    const orgB = await createOrganisation(b.id, { name: "Geheime organisatie B" });
    const userB = await createUser(b.id, "volunteer");
    const districtB = await createDistrict(b.id, "WK123401", "Wijk van B");
    const adminB = await createUser(b.id, "admin");
    const asB = as(ctx.app, await signIn(ctx.app, adminB.email));
    const today = amsterdamDay();
    const volunteerB = (
      await asB({
        method: "POST",
        url: "/api/volunteers",
        payload: { givenName: "Geheim", familyName: "B", consent: true, channel: "persoonlijk" },
      })
    ).json();
    const withVog = await asB({
      method: "POST",
      url: `/api/volunteers/${volunteerB.id}/vogs`,
      payload: { requestedOn: today },
    });
    const withTraining = await asB({
      method: "POST",
      url: `/api/volunteers/${volunteerB.id}/trainings`,
      payload: { training: "ehbo", completedOn: today },
    });
    const campaignPayload = { name: "Campagne B", startsOn: today, channels: ["persoonlijk"] };
    const campaignB = (
      await asB({ method: "POST", url: "/api/recruitment/campaigns", payload: campaignPayload })
    ).json();
    const actionPayload = { level: "conditions", title: "Actie van B", owner: "Iemand" };
    const actionB = (
      await asB({ method: "POST", url: "/api/recruitment/actions", payload: actionPayload })
    ).json();
    const vacancyPayload = {
      organisationId: orgB.id,
      title: "Vacature van B",
      description: "Een vacature die alleen werkgebied B mag zien en wijzigen.",
      locationType: "remote",
      scheduleType: "flexible",
      places: 1,
      status: "published",
    };
    const vacancyB = (await asB({ method: "POST", url: "/api/vacancies", payload: vacancyPayload })).json();
    const outreachPayload = {
      name: "Huisbezoeken B",
      programme: "Vroegsignalering",
      organisationId: orgB.id,
      startsOn: today,
      endsOn: today,
    };
    const outreachB = (
      await asB({ method: "POST", url: "/api/outreach/campaigns", payload: outreachPayload })
    ).json();
    const addressCsv =
      "ID;STRAAT;HUISNUMMER;POSTCODE;WOONPLAATS;LAT;LON\n0363200000000001;Geheimstraat;1;1016AA;Amsterdam;52.37;4.88\n";
    await asB({
      method: "POST",
      url: `/api/outreach/campaigns/${outreachB.id}/addresses/import`,
      payload: { csv: addressCsv },
    });
    const [walkListB] = (
      await asB({ method: "POST", url: `/api/outreach/campaigns/${outreachB.id}/walk-lists`, payload: {} })
    ).json();
    const addressB = walkListB.addresses[0];
    const shiftPayload = {
      walkListId: walkListB.id,
      date: today,
      startTime: "10:00",
      endTime: "12:00",
      volunteerIds: [crypto.randomUUID(), crypto.randomUUID()],
    };
    const request = as(ctx.app, await signIn(ctx.app, adminA.email));

    // Every route with a path parameter, called with B's ids and a valid body: 404, never B's data.
    const idOfB = (url: string) =>
      url.startsWith("/api/outreach/campaigns")
        ? outreachB.id
        : url.startsWith("/api/outreach/addresses")
          ? addressB.id
          : url.startsWith("/api/outreach/walk-lists")
            ? walkListB.id
            : idOfOtherB(url);
    const idOfOtherB = (url: string) =>
      url.startsWith("/api/volunteers")
        ? volunteerB.id
        : url.startsWith("/api/recruitment/campaigns")
          ? campaignB.id
          : url.startsWith("/api/recruitment/actions")
            ? actionB.id
            : url.includes("/vacancies")
              ? vacancyB.id
              : orgB.id;
    const idsOfB: Record<string, string> = {
      userId: userB.userId,
      membershipId: userB.membershipId,
      vogId: withVog.json().vogs[0].id,
      trainingId: withTraining.json().trainings[0].id,
      number: "1",
    };
    const answers = Object.fromEntries(motiveItems.map((item) => [item.id, 4]));
    const agreementContent = {
      title: "Afspraken",
      validFrom: today,
      validUntil: today,
      parties: [
        { key: "gemeente", kind: "municipality", organisationId: null, name: "Gemeente" },
        { key: "bewoners", kind: "residents", organisationId: null, name: "Bewoners" },
      ],
      activities: [
        {
          key: "a",
          title: "Koffie",
          solutionNodeId: crypto.randomUUID(),
          supplierPartyKey: "bewoners",
          ownerPartyKey: "gemeente",
          cost: 10,
          budget: [{ partyKey: "gemeente", amount: 10 }],
          volunteerHoursPerMonth: 1,
          professionalHoursPerMonth: 1,
          indicators: [{ key: "u", name: "Uren", source: "volunteerHours", target: 1 }],
          professionalSupport: "",
          vacancyIds: [],
        },
      ],
      reviewDates: [],
    };
    const bodies: Record<string, object> = {
      "PUT /api/organisations/:id": { name: "Overgenomen", type: "welfare" },
      "PUT /api/participation/caseworkers/:userId": { team: "Overgenomen" },
      "POST /api/users/:userId/memberships": { role: "admin" },
      "PUT /api/volunteers/:id": { givenName: "Over", familyName: "Genomen" },
      "POST /api/volunteers/:id/status": { status: "active", on: today },
      "POST /api/volunteers/:id/motives": answers,
      "POST /api/volunteers/:id/vogs": { requestedOn: today },
      "PUT /api/volunteers/:id/vogs/:vogId": { requestedOn: today },
      "POST /api/volunteers/:id/trainings": { training: "ehbo", completedOn: today },
      "POST /api/volunteers/:id/check-ins": {
        heldOn: today,
        satisfaction: 3,
        roleClarity: 3,
        support: 3,
        coordinatorRelation: 3,
        workload: 3,
      },
      "PUT /api/recruitment/campaigns/:id": campaignPayload,
      "PUT /api/outreach/campaigns/:id": outreachPayload,
      "POST /api/outreach/campaigns/:id/addresses/import": { csv: addressCsv },
      "PUT /api/outreach/addresses/:id/exclusion": { excluded: true, reason: "Sluiproute" },
      "PUT /api/outreach/addresses/:id/walk-list": { walkListId: walkListB.id },
      "POST /api/referrals/:id/answer": { status: "received" },
      "PUT /api/learning/trajectories/:id": { title: "Overgenomen" },
      "POST /api/learning/trajectories/:id/share": { shared: true },
      "POST /api/learning/research/:id/participants": { channel: "via-via" },
      "POST /api/learning/research/participants/:id/stage": { stage: "declined" },
      "POST /api/learning/research/:id/interviews": {
        participantId: crypto.randomUUID(),
        day: today,
        time: "10:00",
      },
      "PUT /api/learning/research/interviews/:id/notes": { notes: "Overgenomen" },
      "POST /api/learning/research/interviews/:id/fragments": { text: "Overgenomen", theme: "Thema" },
      "POST /api/learning/research/fragments/:id/quote": { quote: true },
      "POST /api/learning/research/:id/sources": { kind: "staffInterview", title: "Gesprek" },
      "PUT /api/learning/reports/:id": { title: "Overgenomen", summary: "Overgenomen" },
      "PUT /api/learning/reports/recommendations/:id/response": { decision: "not", reasoning: "Nee" },
      "PUT /api/learning/courses/:id/meetings": { days: ["2027-02-01", "2027-03-01", "2027-03-29"] },
      "PUT /api/learning/courses/enrolments/:id/intake": { day: "2027-01-15" },
      "PUT /api/learning/courses/:id/plan": {
        actions: [
          { level: "approach", title: "Overgenomen", owner: "Sluip" },
          { level: "conditions", title: "Overgenomen", owner: "Sluip" },
        ],
      },
      "PUT /api/circle-programmes/:id": {
        name: "Budgetkring",
        kind: "budgetkring",
        curriculum: [{ theme: "Geld" }],
      },
      "PUT /api/circles/:id/leaders": { leaderIds: [volunteerB.id] },
      "POST /api/circles/:id/sessions": { date: today, theme: "Sluiproute" },
      "PATCH /api/circle-sessions/:id": { theme: "Sluiproute" },
      "POST /api/circles/:id/participants": { givenName: "Sluip", familyName: "Route" },
      "POST /api/circle-participants/:id/goals": { text: "Sluiproute" },
      "PATCH /api/circle-participants/:id/goals/:goalId": { reached: true },
      "PUT /api/circle-participants/:id/evaluation": { score: 3 },
      "POST /api/me/circle-participations/:id/goals": { text: "Sluiproute" },
      "PATCH /api/me/circle-participations/:id/goals/:goalId": { reached: true },
      "POST /api/public/circles/:id/signups": {
        givenName: "Sluip",
        familyName: "Route",
        email: "sluip@test.inzet.nl",
        consent: true,
      },
      "POST /api/outreach/campaigns/:id/letters": { letterDate: today },
      "POST /api/outreach/campaigns/:id/shifts": shiftPayload,
      "PUT /api/outreach/campaigns/:id/shifts/:shiftId": shiftPayload,
      "PUT /api/recruitment/actions/:id": actionPayload,
      "PUT /api/vacancies/:id": { ...vacancyPayload, organisationId: undefined },
      "POST /api/vacancies/:id/invitations": { volunteerId: volunteerB.id },
      "POST /api/me/applications/:id/answer": { accept: true },
      "POST /api/vacancies/:id/applications/:applicationId/status": { status: "intake" },
      "POST /api/me/applications/:id/hours": { date: today, hours: 1 },
      "POST /api/vacancies/:id/applications/:applicationId/hours": { date: today, hours: 1 },
      "POST /api/vacancies/:id/hours/:entryId/decision": { approve: true },
      "POST /api/vacancies/:id/applications/:applicationId/allowances/check": { paidOn: today, amount: 5 },
      "POST /api/vacancies/:id/applications/:applicationId/allowances": { paidOn: today, amount: 5 },
      "POST /api/conferences/:id/agenda": { title: "Sluiproute", why: "Via een andere tenant" },
      "PUT /api/conferences/:id/registration": { attendees: ["Sluip Route"] },
      "POST /api/conferences/:id/attendance": { organisationId: crypto.randomUUID(), attended: true },
      "POST /api/conferences/:id/actions": {
        title: "Sluiproute",
        ownerOrganisationId: crypto.randomUUID(),
        dueOn: today,
      },
      "PATCH /api/conference-actions/:id": { status: "done" },
      "POST /api/agreements/trajectories/:id/step": { step: "agreements", on: today },
      "POST /api/agreements/trajectories/:id/status": { status: "paused" },
      "POST /api/agreements/trajectories/:trajectoryId/ideas": { kind: "need", title: "Sluiproute" },
      "POST /api/agreements/ideas/:id/moderate": { decision: "hide" },
      "POST /api/public/wijkaanpak/:id/ideas": { kind: "need", title: "Sluiproute" },
      "POST /api/public/ideas/:id/support": { supporterKey: crypto.randomUUID() },
      "POST /api/agreements/trajectories/:trajectoryId/nodes": { kind: "need", title: "Sluiproute" },
      "POST /api/agreements/nodes/:id/stage": { stage: "clustered" },
      "POST /api/agreements/nodes/:id/merge": { intoId: crypto.randomUUID() },
      "PUT /api/agreements/professional-tasks/:id": { professionalOnly: true },
      "PUT /api/network/offerings/:id": {
        organisationId: crypto.randomUUID(),
        name: "Sluiproute",
        howToRefer: ["phone"],
      },
      "POST /api/agreements/trajectories/:trajectoryId/agreements": {
        content: agreementContent,
        changeNote: "",
      },
      "PUT /api/agreements/documents/:id/draft": { content: agreementContent, changeNote: "" },
      "POST /api/agreements/documents/:id/versions/:number/sign": {
        partyKey: "gemeente",
        signerName: "Sluip Route",
        signedOn: today,
      },
      "POST /api/agreements/trajectories/:trajectoryId/meetings": {
        heldOn: today,
        place: "Buurthuis",
        organisationId: crypto.randomUUID(),
        residentCount: 3,
      },
      "POST /api/agreements/meetings/:id/attachments": {
        name: "flip-over.png",
        contentType: "image/png",
        data: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      },
      "POST /api/agreements/documents/:id/indicator-values": {
        activityKey: "a",
        indicatorKey: "u",
        month: "2026-11",
        value: 3,
      },
      "POST /api/public/vacancies/:id/reactions": {
        givenName: "Sluip",
        familyName: "Route",
        email: "sluip@test.inzet.nl",
        consent: true,
        channel: "website",
      },
    };
    const withParams = apiRoutes().filter((r) => r.url.includes(":"));
    expect(withParams.length).toBeGreaterThan(3);
    for (const route of withParams) {
      const url = route.url.replace(/:([^/]+)/g, (_, name: string) =>
        name === "id" ? idOfB(route.url) : (idsOfB[name] ?? crypto.randomUUID()),
      );
      const key = `${route.method} ${route.url}`;
      const payload = ["PUT", "POST", "PATCH"].includes(route.method) ? (bodies[key] ?? {}) : undefined;
      const response = await request({ method: route.method as "GET", url, payload });
      // A route the beheerder's role may not use at all answers 403 before it looks anything up.
      const permission = route.config.permission;
      const allowed =
        permission === "public" || permission === "authenticated" || can("admin", permission as Permission);
      const expected = allowed ? 404 : 403;
      expect(response.statusCode, `${key}: ${response.body}`).toBe(expected);
    }

    // Lists and searches show nothing of B.
    for (const url of [
      "/api/organisations?pageSize=200",
      "/api/users?pageSize=200",
      "/api/districts",
      "/api/processing-log",
      "/api/outbox",
      "/api/volunteers?pageSize=200",
      "/api/volunteers/export",
      "/api/volunteers/expiring",
      "/api/recruitment/campaigns",
      "/api/outreach/campaigns",
      "/api/referrals",
      "/api/recruitment/actions",
      "/api/recruitment/dropout",
      "/api/vacancies?pageSize=200",
      "/api/public/vacancies",
    ]) {
      const response = await request({ method: "GET", url });
      // A's log names the ids A's beheerder tried above, as denied attempts: A's own audit trail.
      const body =
        url === "/api/processing-log"
          ? JSON.stringify(response.json().items.filter((e: { outcome: string }) => e.outcome !== "denied"))
          : response.body;
      for (const id of [
        orgB.id,
        userB.userId,
        districtB.id,
        volunteerB.id,
        campaignB.id,
        actionB.id,
        outreachB.id,
        "Geheim",
      ]) {
        expect(body, url).not.toContain(id);
      }
    }
    expect((await asB({ method: "GET", url: `/api/volunteers/${volunteerB.id}` })).json().givenName).toBe(
      "Geheim",
    );
    // Creating an organisation in A that names B's district is refused.
    const sneaky = await request({
      method: "POST",
      url: "/api/organisations",
      payload: { name: "Sluiproute", type: "welfare", districtIds: [districtB.id] },
    });
    expect(sneaky.statusCode).toBe(400);
    // B's organisation is unchanged.
    expect((await asB({ method: "GET", url: `/api/organisations/${orgB.id}` })).json().name).toBe(
      "Geheime organisatie B",
    );
    // A membership in B cannot be ended from A.
    expect((await asB({ method: "GET", url: `/api/users/${userB.userId}` })).json().memberships).toHaveLength(
      1,
    );
  });
});
