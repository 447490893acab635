import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../../shared/roles.ts";
import { participationCaseworker, participationClient, person, processingLog } from "../../db/schema.ts";
import { as, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

type Who = ReturnType<typeof as>;
const sender = { name: "Gemeente Test, Werk en Inkomen", city: "Teststad", signatoryName: "A. de Vries" };
const rule = (over: Record<string, unknown> = {}) => ({
  validFrom: "2020-01-01",
  regime: "tegenprestatie",
  procedure: "permission",
  maxHoursPerWeek: 20,
  countingActivities: [
    "volunteerWork",
    "neighbourHelp",
    "informalCare",
    "course",
    "preTrajectory",
    "placement",
  ],
  noActivityWeeks: 8,
  sender,
  ...over,
});
const allYes = { usuallyUnpaid: true, charity: true, volunteersOnly: true, noVacancy: true };
const activity = {
  activity: "volunteerWork",
  placeName: "Buurthuis De Linde",
  description: "Koffie schenken en gasten ontvangen",
  hoursPerWeek: 8,
  startDate: "2026-12-07",
  goals: "Weer onder de mensen zijn",
};

async function user(tenantId: string, role: Role, organisationId: string | null = null) {
  const made = await createUser(tenantId, role, { organisationId });
  return { ...made, http: as(ctx.app, await signIn(ctx.app, made.email)) };
}

/** A tenant with rules, a beheerder, two klantmanagers and a client (with a sign-in) of the first. */
async function setup(ruleOver: Record<string, unknown> = {}) {
  const tenant = await createTenant();
  const admin = await user(tenant.id, "admin");
  expect(
    (await admin.http({ method: "POST", url: "/api/participation/rules", payload: rule(ruleOver) }))
      .statusCode,
  ).toBe(201);
  const km = await user(tenant.id, "caseworker");
  const other = await user(tenant.id, "caseworker");
  const participant = await user(tenant.id, "participant");
  const created = await km.http({
    method: "POST",
    url: "/api/participation/clients",
    payload: {
      clientNumber: "K-1001",
      givenName: "Sanne",
      familyName: "Bakker",
      email: participant.email,
      birthDate: "2001-03-04",
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  return { tenant, admin, km, other, participant, client: created.json() };
}

const propose = (who: Who, body: Record<string, unknown> = activity) =>
  who({ method: "POST", url: "/api/participation/me/agreements", payload: body });

describe("rules as dated data", () => {
  it("switches regime on the date of the next rule", async () => {
    const { admin } = await setup();
    const next = await admin.http({
      method: "POST",
      url: "/api/participation/rules",
      payload: rule({ validFrom: "2999-01-01", regime: "participatie", procedure: "notify" }),
    });
    expect(next.statusCode, next.body).toBe(201);
    const list = (await admin.http({ method: "GET", url: "/api/participation/rules" })).json();
    expect(list.items.map((r: { validFrom: string }) => r.validFrom)).toEqual(["2999-01-01", "2020-01-01"]);
    expect(list.inForce.regime).toBe("tegenprestatie");
  });

  it("refuses rules without counting activities, with a field message; a klantmanager may not set them", async () => {
    const { admin, km } = await setup();
    const bad = await admin.http({
      method: "POST",
      url: "/api/participation/rules",
      payload: rule({ countingActivities: [], maxHoursPerWeek: 0 }),
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(["countingActivities", "maxHoursPerWeek"]));
    expect(
      (await km.http({ method: "POST", url: "/api/participation/rules", payload: rule() })).statusCode,
    ).toBe(403);
  });
});

describe("the caseload", () => {
  it("shows a klantmanager only their own clients: another's client is 404 and the attempt is logged", async () => {
    const { km, other, client, tenant } = await setup();
    expect(
      (await km.http({ method: "GET", url: `/api/participation/clients/${client.id}` })).json().clientNumber,
    ).toBe("K-1001");
    expect((await other.http({ method: "GET", url: "/api/participation/clients" })).json().total).toBe(0);
    expect(
      (await other.http({ method: "GET", url: `/api/participation/clients/${client.id}` })).statusCode,
    ).toBe(404);
    const entries = await ctx.db
      .select()
      .from(processingLog)
      .where(and(eq(processingLog.tenantId, tenant.id), eq(processingLog.actorUserId, other.userId)));
    expect(entries.map((e) => e.outcome)).toContain("denied");
    const reads = await ctx.db
      .select()
      .from(processingLog)
      .where(and(eq(processingLog.subjectId, client.id), eq(processingLog.activity, "participation")));
    expect(reads.some((e) => e.action === "read" && e.actorUserId === km.userId)).toBe(true);
  });

  it("lets a team lead see the team's clients, and no other tenant's", async () => {
    const { tenant, km, other, client } = await setup();
    await ctx.db.insert(participationCaseworker).values([
      { tenantId: tenant.id, userId: km.userId, team: "Noord" },
      { tenantId: tenant.id, userId: other.userId, team: "Noord", teamLead: true },
    ]);
    expect(
      (await other.http({ method: "GET", url: `/api/participation/clients/${client.id}` })).statusCode,
    ).toBe(200);
    const stranger = await user((await createTenant()).id, "caseworker");
    expect(
      (await stranger.http({ method: "GET", url: `/api/participation/clients/${client.id}` })).statusCode,
    ).toBe(404);
  });

  it("keeps the beheerder and the policy officer out of client files", async () => {
    const { admin, tenant, client } = await setup();
    expect(
      (await admin.http({ method: "GET", url: `/api/participation/clients/${client.id}` })).statusCode,
    ).toBe(403);
    const policy = await user(tenant.id, "policyOfficer");
    expect((await policy.http({ method: "GET", url: "/api/participation/clients" })).statusCode).toBe(403);
  });

  it("refuses a BSN as client number, a NUL in a name, and an exemption without end date", async () => {
    const { km } = await setup();
    const post = (payload: Record<string, unknown>) =>
      km.http({ method: "POST", url: "/api/participation/clients", payload });
    const base = { clientNumber: "K-2", givenName: "Piet", familyName: "Jansen", birthDate: "1980-01-01" };
    const bsn = await post({ ...base, clientNumber: "123456782" });
    expect(bsn.statusCode).toBe(400);
    expect(bsn.json().error.fields[0].path).toBe("clientNumber");
    const nul = await post({ ...base, givenName: "Pi\u0000et" });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.fields[0].code).toBe("invalid_characters");
    const exempt = await post({ ...base, exempt: true });
    expect(exempt.json().error.fields[0].path).toBe("exemptUntil");
  });

  it("links a client to the person already known by e-mail (one person, not a copy)", async () => {
    const { tenant, client, participant } = await setup();
    expect(client.personId).toBe(participant.personId);
    const people = await ctx.db
      .select()
      .from(person)
      .where(and(eq(person.tenantId, tenant.id), eq(person.email, participant.email)));
    expect(people).toHaveLength(1);
  });

  it("imports a caseload from CSV with a dry run and row errors", async () => {
    const { admin, km, tenant } = await setup();
    const lines = ["klantnummer;voornaam;achternaam;email;telefoon;geboortedatum;klantmanager;taal"];
    const csv = (...rows: string[]) => [...lines, ...rows].join("\n");
    const bad = await admin.http({
      method: "POST",
      url: "/api/participation/clients/import",
      payload: {
        csv: csv(`K-9;Ali;Yilmaz;;;1990-02-03;niemand@test.nl;`, `K-10;;Smit;;;1990-13-01;${km.email};fr`),
        dryRun: true,
      },
    });
    expect(bad.statusCode, bad.body).toBe(200);
    expect(bad.json().errors.map((e: { row: number; field: string }) => `${e.row}:${e.field}`)).toEqual(
      expect.arrayContaining(["2:klantmanager", "3:voornaam", "3:geboortedatum", "3:taal"]),
    );
    const good = csv(
      `K-9;Ali;Yilmaz;ali@test.nl;;1990-02-03;${km.email};`,
      `K-1001;Sanne;Bakker-de Wit;;;2001-03-04;${km.email};EN`,
    );
    const dry = (
      await admin.http({
        method: "POST",
        url: "/api/participation/clients/import",
        payload: { csv: good, dryRun: true },
      })
    ).json();
    expect(dry).toMatchObject({ created: 1, updated: 1, errors: [] });
    const count = async () =>
      (await ctx.db.select().from(participationClient).where(eq(participationClient.tenantId, tenant.id)))
        .length;
    expect(await count()).toBe(1);
    await admin.http({
      method: "POST",
      url: "/api/participation/clients/import",
      payload: { csv: good, dryRun: false },
    });
    expect(await count()).toBe(2);
    // The language column: English letters for the new client; an empty cell keeps the existing one.
    const languages = await ctx.db
      .select({ number: participationClient.clientNumber, language: participationClient.language })
      .from(participationClient)
      .where(eq(participationClient.tenantId, tenant.id));
    expect(Object.fromEntries(languages.map((l) => [l.number, l.language]))).toEqual({
      "K-9": "nl",
      "K-1001": "en",
    });
    const list = (await km.http({ method: "GET", url: "/api/participation/clients?q=Bakker-de" })).json();
    expect(list.total).toBe(1);
  });
});

describe("agreements", () => {
  it("runs from the client's own proposal to permission with a letter, and hours", async () => {
    const { km, participant, client, mailbox } = { ...(await setup()), mailbox: ctx.mailbox };
    const proposed = await propose(participant.http);
    expect(proposed.statusCode, proposed.body).toBe(201);
    expect(proposed.json()).toMatchObject({ status: "proposal", foundBy: "client", assisted: false });
    const id = proposed.json().id;
    const sent = await participant.http({
      method: "POST",
      url: `/api/participation/me/agreements/${id}/submit`,
    });
    expect(sent.json().status).toBe("permissionRequested");
    const decide = (payload: Record<string, unknown>) =>
      km.http({ method: "POST", url: `/api/participation/agreements/${id}/decision`, payload });
    const incomplete = await decide({ decision: "granted", checklist: { usuallyUnpaid: true } });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().error.fields.map((f: { path: string }) => f.path)).toContain(
      "checklist.noVacancy",
    );
    const notMet = await decide({ decision: "granted", checklist: { ...allYes, noVacancy: false } });
    expect(notMet.json().error.fields[0].code).toBe("not_met");
    const granted = await decide({ decision: "granted", checklist: allYes });
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json().status).toBe("permitted");
    expect(granted.json().letters[0]).toMatchObject({ kind: "permission", delivery: "mail" });
    expect(mailbox.some((m) => m.to === participant.email && m.subject.includes("toestemming"))).toBe(true);
    const pdf = await km.http({
      method: "GET",
      url: `/api/participation/agreements/${id}/letters/${granted.json().letters[0].id}`,
    });
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    const own = await participant.http({
      method: "GET",
      url: `/api/participation/me/agreements/${id}/letters/${granted.json().letters[0].id}`,
    });
    expect(own.statusCode).toBe(200);
    // Hours: only once it runs; a week is stored on its Monday and a second report replaces it.
    expect(
      (
        await participant.http({
          method: "POST",
          url: `/api/participation/me/agreements/${id}/hours`,
          payload: { week: "2026-12-09", hours: 6 },
        })
      ).statusCode,
    ).toBe(409);
    await km.http({
      method: "POST",
      url: `/api/participation/agreements/${id}/status`,
      payload: { status: "active" },
    });
    await participant.http({
      method: "POST",
      url: `/api/participation/me/agreements/${id}/hours`,
      payload: { week: "2026-12-09", hours: 6 },
    });
    const hours = await participant.http({
      method: "POST",
      url: `/api/participation/me/agreements/${id}/hours`,
      payload: { week: "2026-12-13", hours: 7.5 },
    });
    expect(hours.json().hours).toMatchObject({ total: 7.5, weeks: 1, lastWeek: "2026-12-07" });
    const seen = (
      await km.http({ method: "GET", url: `/api/participation/clients/${client.id}/agreements` })
    ).json();
    expect(seen.items[0].hours.averagePerWeek).toBe(7.5);
  });

  it("needs a motivation and a reason to refuse", async () => {
    const { km, participant } = await setup();
    const id = (await propose(participant.http)).json().id;
    await participant.http({ method: "POST", url: `/api/participation/me/agreements/${id}/submit` });
    const bare = await km.http({
      method: "POST",
      url: `/api/participation/agreements/${id}/decision`,
      payload: { decision: "refused", checklist: allYes },
    });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.fields.map((f: { path: string }) => f.path)).toEqual(
      expect.arrayContaining(["motivation", "refusalCategory"]),
    );
    const refused = await km.http({
      method: "POST",
      url: `/api/participation/agreements/${id}/decision`,
      payload: {
        decision: "refused",
        refusalCategory: "displacement",
        motivation: "Hier werkte vorig jaar een betaalde kracht.",
        checklist: { ...allYes, noVacancy: false },
        delivery: "post",
      },
    });
    expect(refused.json()).toMatchObject({ status: "refused", refusalCategory: "displacement" });
    expect(refused.json().letters[0]).toMatchObject({ kind: "refusal", delivery: "post" });
  });

  it("in a notify-only municipality: an acknowledgement, and asking permission is refused", async () => {
    const { km, client } = await setup({ procedure: "notify", regime: "participatie" });
    const made = await km.http({
      method: "POST",
      url: `/api/participation/clients/${client.id}/agreements`,
      payload: { ...activity, foundBy: "caseworker" },
    });
    expect(made.json().assisted).toBe(true);
    const id = made.json().id;
    const asked = await km.http({
      method: "POST",
      url: `/api/participation/agreements/${id}/submit`,
      payload: { procedure: "permission" },
    });
    expect(asked.statusCode).toBe(400);
    expect(asked.json().error.fields[0]).toMatchObject({ path: "procedure", code: "notify_only" });
    const notified = await km.http({
      method: "POST",
      url: `/api/participation/agreements/${id}/submit`,
      payload: {},
    });
    expect(notified.json()).toMatchObject({
      status: "notified",
      regime: "participatie",
      procedure: "notify",
    });
    expect(notified.json().letters[0].kind).toBe("acknowledgement");
  });

  it("over the hour limit: the client is sent to the klantmanager, who confirms with a reason", async () => {
    const { km, participant } = await setup();
    const id = (await propose(participant.http, { ...activity, hoursPerWeek: 24 })).json().id;
    const self = await participant.http({
      method: "POST",
      url: `/api/participation/me/agreements/${id}/submit`,
    });
    expect(self.json().error.fields[0]).toMatchObject({ path: "hoursPerWeek", code: "over_limit" });
    const unconfirmed = await km.http({
      method: "POST",
      url: `/api/participation/agreements/${id}/submit`,
      payload: {},
    });
    expect(unconfirmed.json().error.fields[0].code).toBe("over_limit_unconfirmed");
    const ok = await km.http({
      method: "POST",
      url: `/api/participation/agreements/${id}/submit`,
      payload: { overLimitReason: "Tijdelijk, drukke periode" },
    });
    expect(ok.json().status).toBe("permissionRequested");
  });

  it("refuses an agreement without activity, or ending before it starts, or not counting here", async () => {
    const { participant } = await setup({ countingActivities: ["volunteerWork"] });
    const none = await propose(participant.http, { ...activity, activity: undefined });
    expect(none.json().error.fields[0].path).toBe("activity");
    const backwards = await propose(participant.http, { ...activity, endDate: "2026-01-01" });
    expect(backwards.json().error.fields[0].path).toBe("endDate");
    const course = await propose(participant.http, { ...activity, activity: "course" });
    expect(course.json().error.fields[0].code).toBe("not_counting");
  });

  it("hides another client's agreement from a participant (404)", async () => {
    const { participant, tenant } = await setup();
    const id = (await propose(participant.http)).json().id;
    const someone = await user(tenant.id, "participant");
    expect(
      (await someone.http({ method: "POST", url: `/api/participation/me/agreements/${id}/submit` }))
        .statusCode,
    ).toBe(404);
  });
});

describe("the client's own view and the worklist", () => {
  it("shows an under-27 client that an allowance counts as income", async () => {
    const { participant } = await setup();
    const me = (await participant.http({ method: "GET", url: "/api/participation/me" })).json();
    expect(me.client.allowance.counted).toBe(true);
    expect(me.client.allowance.text).toContain("jonger dan 27");
    expect(me.rules).toMatchObject({ procedure: "permission", maxHoursPerWeek: 20 });
  });

  it("lists a client without an activity after N weeks, not one with an activity", async () => {
    const { km, tenant, client, participant } = await setup({ noActivityWeeks: 1 });
    await ctx.db
      .update(participationClient)
      .set({ createdAt: new Date(Date.now() - 14 * 86_400_000) })
      .where(eq(participationClient.tenantId, tenant.id));
    const before = (await km.http({ method: "GET", url: "/api/participation/worklist" })).json();
    expect(before.items.map((i: { clientId: string }) => i.clientId)).toEqual([client.id]);
    const id = (await propose(participant.http)).json().id;
    await participant.http({ method: "POST", url: `/api/participation/me/agreements/${id}/submit` });
    expect((await km.http({ method: "GET", url: "/api/participation/worklist" })).json().items).toEqual([]);
  });
});

describe("report and obstacles", () => {
  it("counts obstacles anonymously and hides small counts for the policy officer", async () => {
    const { km, participant, tenant } = await setup();
    const obstacle = await participant.http({
      method: "POST",
      url: "/api/participation/obstacles",
      payload: { category: "travelCosts", text: "Reiskosten worden niet vergoed" },
    });
    expect(obstacle.statusCode).toBe(201);
    await km.http({
      method: "POST",
      url: "/api/participation/obstacles",
      payload: { category: "travelCosts", text: "Bus te duur" },
    });
    const id = (await propose(participant.http)).json().id;
    await participant.http({ method: "POST", url: `/api/participation/me/agreements/${id}/submit` });
    const policy = await user(tenant.id, "policyOfficer");
    const report = (await policy.http({ method: "GET", url: "/api/participation/report" })).json();
    expect(report.smallCountsHidden).toBe(true);
    const travel = report.obstacles.rows.find((r: { key: string }) => r.key === "travelCosts");
    expect(travel.count).toEqual({ hidden: "small" });
    expect(report.byActivity.rows.find((r: { key: string }) => r.key === "course").count).toEqual({
      shown: 0,
    });
    expect(report.decisionDays.median).toBeNull();
    const exact = (await user(tenant.id, "admin")).http;
    const full = (await exact({ method: "GET", url: "/api/participation/report" })).json();
    expect(full.obstacles.rows.find((r: { key: string }) => r.key === "travelCosts").count).toEqual({
      shown: 2,
    });
  });
});
