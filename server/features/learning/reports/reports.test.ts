import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../../../shared/roles.ts";
import { processingLog } from "../../../db/schema.ts";
import { as, createTenant, createUser, signIn, testApp } from "../../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

type Who = ReturnType<typeof as>;
const user = async (tenantId: string, role: Role) => {
  const made = await createUser(tenantId, role);
  return { call: as(ctx.app, await signIn(ctx.app, made.email)), userId: made.userId };
};
const consent = { scope: "Gesprek", givenOn: "2026-11-02", until: "2027-06-30" };

/** A project with one interviewed participant and a quoted fragment. */
async function project(council: Who) {
  const post = async (url: string, payload: object, method: "POST" | "PUT" = "POST") => {
    const r = await council({ method, url, payload });
    expect(r.statusCode, r.body).toBeLessThan(300);
    return r.json();
  };
  const channels = [{ code: "via-via", label: "Via via" }];
  const { id } = await post("/api/learning/research", { title: "Bijstand", question: "Regels?", channels });
  const participant = await post(`/api/learning/research/${id}/participants`, {
    channel: "via-via",
    stage: "agreed",
    consent,
  });
  const interview = await post(`/api/learning/research/${id}/interviews`, {
    participantId: participant.id,
    day: "2026-11-10",
    time: "10:00",
  });
  const base = `/api/learning/research/interviews/${interview.id}`;
  await post(`${base}/notes`, { notes: "De regels zijn onduidelijk." }, "PUT");
  await post(`${base}/fragments`, { text: "De regels zijn onduidelijk", theme: "Regels", quote: true });
  return { projectId: id as string, participantId: participant.id as string };
}

const draft = {
  title: "Wat deelnemers ons vertelden",
  summary: "De regels zijn voor veel mensen niet duidelijk.",
  recommendations: [
    { theme: "Regels", text: "Leg de regels uit in gewone taal." },
    { text: "Vraag deelnemers elk jaar wat ze ervan vinden." },
  ],
};

async function setUp() {
  const tenant = await createTenant();
  const council = await user(tenant.id, "clientCouncil");
  const policy = await user(tenant.id, "policyOfficer");
  const ids = await project(council.call);
  const created = await council.call({
    method: "POST",
    url: "/api/learning/reports",
    payload: { projectId: ids.projectId, ...draft },
  });
  expect(created.statusCode, created.body).toBe(201);
  return { tenant, council, policy, ...ids, reportId: created.json().id as string };
}

describe("research report", () => {
  it("runs from draft to sign-off to publication, and locks the text after sign-off", async () => {
    const { council, policy, reportId } = await setUp();
    const url = `/api/learning/reports/${reportId}`;
    // Nothing is visible to the municipality before publication.
    expect((await policy.call({ method: "GET", url })).statusCode).toBe(404);
    expect((await policy.call({ method: "GET", url: "/api/learning/reports" })).json()).toEqual([]);

    const early = await council.call({ method: "POST", url: `${url}/publish` });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe("not_signed_off");

    const edited = await council.call({ method: "PUT", url, payload: { ...draft, title: "Nieuwe titel" } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ title: "Nieuwe titel", status: "draft", recommendations: 2 });

    const signed = await council.call({ method: "POST", url: `${url}/sign-off` });
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json().status).toBe("signedOff");
    expect(signed.json().signedOff.byName).toBeTruthy();
    expect(Date.parse(signed.json().signedOff.at)).not.toBeNaN();

    const late = await council.call({ method: "PUT", url, payload: { ...draft, title: "Toch anders" } });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe("report_locked");
    expect(late.json().error.message).toMatch(/afgetekend/);

    const published = await council.call({ method: "POST", url: `${url}/publish` });
    expect(published.json().status).toBe("published");
    const seen = await policy.call({ method: "GET", url });
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json()).toMatchObject({
      title: "Nieuwe titel",
      can: { edit: false, signOff: false, publish: false, respond: true },
    });
    expect(seen.json().findings.rows).toEqual([{ theme: "Regels", participants: { hidden: "small" } }]);
    expect(seen.json().quotes.map((q: { text: string }) => q.text)).toEqual(["De regels zijn onduidelijk"]);
  });

  it("refuses a sign-off without recommendations and a second report for one project", async () => {
    const { council, projectId, reportId } = await setUp();
    const again = await council.call({
      method: "POST",
      url: "/api/learning/reports",
      payload: { projectId, ...draft },
    });
    expect(again.statusCode).toBe(409);
    const url = `/api/learning/reports/${reportId}`;
    await council.call({ method: "PUT", url, payload: { ...draft, recommendations: [] } });
    const signed = await council.call({ method: "POST", url: `${url}/sign-off` });
    expect(signed.statusCode).toBe(409);
    expect(signed.json().error.code).toBe("no_recommendations");
  });

  it("lets only the council sign off, and only beleid respond, with Dutch messages for bad input", async () => {
    const { tenant, council, policy, reportId } = await setUp();
    const url = `/api/learning/reports/${reportId}`;
    for (const role of ["policyOfficer", "admin", "coordinator"] as const) {
      const other = await user(tenant.id, role);
      expect((await other.call({ method: "POST", url: `${url}/sign-off` })).statusCode, role).toBe(403);
    }
    await council.call({ method: "POST", url: `${url}/sign-off` });
    await council.call({ method: "POST", url: `${url}/publish` });
    const [first] = (await council.call({ method: "GET", url })).json().recommendationItems;
    const responseUrl = `/api/learning/reports/recommendations/${first.id}/response`;
    const byCouncil = await council.call({
      method: "PUT",
      url: responseUrl,
      payload: { decision: "adopt", reasoning: "Ja" },
    });
    expect(byCouncil.statusCode).toBe(403);

    const bad = await policy.call({ method: "PUT", url: responseUrl, payload: { decision: "adopt" } });
    expect(bad.statusCode).toBe(400);
    const messages = JSON.stringify(bad.json());
    expect(messages).toContain("Leg uit waarom de gemeente dit besluit.");
    const noDate = await policy.call({
      method: "PUT",
      url: responseUrl,
      payload: { decision: "partly", reasoning: "Deels, want geld." },
    });
    expect(noDate.statusCode).toBe(400);
    expect(JSON.stringify(noDate.json())).toContain("Kies een datum");

    const answered = await policy.call({
      method: "PUT",
      url: responseUrl,
      payload: { decision: "partly", reasoning: "Deels, want geld.", followUpOn: "2027-06-01" },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    // The council sees the response beside the recommendation.
    const report = (await council.call({ method: "GET", url })).json();
    expect(report.responded).toBe(1);
    expect(report.recommendationItems[0].response).toMatchObject({
      decision: "partly",
      reasoning: "Deels, want geld.",
      followUpOn: "2027-06-01",
    });
    expect(report.recommendationItems[1].response).toBeNull();
  });

  it("answers 404 for a draft's recommendation and for another werkgebied's report", async () => {
    const { council, reportId } = await setUp();
    const url = `/api/learning/reports/${reportId}`;
    const [first] = (await council.call({ method: "GET", url })).json().recommendationItems;
    const other = await createTenant();
    const otherPolicy = await user(other.id, "policyOfficer");
    const otherCouncil = await user(other.id, "clientCouncil");
    const { policy } = await setUp();
    const payload = { decision: "not", reasoning: "Nee." };
    const responseUrl = `/api/learning/reports/recommendations/${first.id}/response`;
    expect((await policy.call({ method: "PUT", url: responseUrl, payload })).statusCode).toBe(404);
    await council.call({ method: "POST", url: `${url}/sign-off` });
    await council.call({ method: "POST", url: `${url}/publish` });
    expect((await otherPolicy.call({ method: "PUT", url: responseUrl, payload })).statusCode).toBe(404);
    expect((await otherPolicy.call({ method: "GET", url })).statusCode).toBe(404);
    expect((await otherCouncil.call({ method: "GET", url })).statusCode).toBe(404);
    expect((await otherCouncil.call({ method: "POST", url: `${url}/publish` })).statusCode).toBe(404);
    expect((await otherPolicy.call({ method: "GET", url: "/api/learning/reports" })).json()).toEqual([]);
  });

  it("logs the reading of quotes, and drops a quote when its participant withdraws consent", async () => {
    const { council, policy, reportId, participantId } = await setUp();
    const url = `/api/learning/reports/${reportId}`;
    await council.call({ method: "POST", url: `${url}/sign-off` });
    await council.call({ method: "POST", url: `${url}/publish` });
    const read = await policy.call({ method: "GET", url });
    const entries = await ctx.db
      .select()
      .from(processingLog)
      .where(
        and(
          eq(processingLog.traceId, String(read.headers["x-trace-id"])),
          eq(processingLog.actorUserId, policy.userId),
        ),
      );
    expect(entries.map((e) => [e.activity, e.action, e.subjectId])).toEqual([
      ["learning.reports", "read", participantId],
    ]);
    await council.call({
      method: "POST",
      url: `/api/learning/research/participants/${participantId}/withdraw`,
    });
    const after = (await policy.call({ method: "GET", url })).json();
    expect(after.quotes).toEqual([]);
    expect(after.findings.rows).toHaveLength(1);
  });
});
