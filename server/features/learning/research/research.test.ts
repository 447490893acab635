import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../../../shared/roles.ts";
import { processingLog, researchFragment, researchInterview } from "../../../db/schema.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

type Who = ReturnType<typeof as>;
const user = async (tenantId: string, role: Role, organisationId: string | null = null) =>
  as(ctx.app, await signIn(ctx.app, (await createUser(tenantId, role, { organisationId })).email));

const channels = [
  { code: "via-via", label: "Via via" },
  { code: "wijkcentrum", label: "Wijkcentrum" },
  { code: "nieuwsbrief", label: "Nieuwsbrief" },
];
const consent = {
  scope: "Gesprek en aantekeningen voor het onderzoek",
  givenOn: "2026-11-02",
  until: "2027-06-30",
};
const notes =
  "Ik werk 30 uur per week bij de voedselbank. De regels van W&I zijn onduidelijk: ik moest alles melden. Ik vond het werk zelf, de gemeente hielp niet.";

/** A project with one participant who agreed, one held interview with notes and one coded fragment. */
async function setUp(council: Who) {
  const project = await council({
    method: "POST",
    url: "/api/learning/research",
    payload: {
      title: "Vrijwilligerswerk in de bijstand",
      question: "Welke regels zitten in de weg?",
      channels,
      topics: ["Uren", "Regels"],
    },
  });
  expect(project.statusCode, project.body).toBe(201);
  const id = project.json().id as string;
  const participant = await council({
    method: "POST",
    url: `/api/learning/research/${id}/participants`,
    payload: { channel: "via-via", stage: "agreed", contact: "06 12345678", consent },
  });
  expect(participant.statusCode, participant.body).toBe(201);
  const interview = await council({
    method: "POST",
    url: `/api/learning/research/${id}/interviews`,
    payload: { participantId: participant.json().id, day: "2026-11-10", time: "14:30", place: "Bibliotheek" },
  });
  expect(interview.statusCode, interview.body).toBe(201);
  const saved = await council({
    method: "PUT",
    url: `/api/learning/research/interviews/${interview.json().id}/notes`,
    payload: { notes, held: true },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const fragment = await council({
    method: "POST",
    url: `/api/learning/research/interviews/${interview.json().id}/fragments`,
    payload: { text: "De regels van W&I zijn onduidelijk", theme: "Regels W&I", quote: true },
  });
  expect(fragment.statusCode, fragment.body).toBe(201);
  return {
    projectId: id,
    participantId: participant.json().id as string,
    interviewId: interview.json().id as string,
    fragmentId: fragment.json().id as string,
  };
}

/** Every workspace route, with real ids. */
const routes = (ids: Awaited<ReturnType<typeof setUp>>) =>
  [
    { method: "GET", url: "/api/learning/research" },
    {
      method: "POST",
      url: "/api/learning/research",
      payload: { title: "X onderzoek", question: "Vraag", channels },
    },
    { method: "GET", url: `/api/learning/research/${ids.projectId}` },
    { method: "GET", url: `/api/learning/research/${ids.projectId}/participants` },
    {
      method: "POST",
      url: `/api/learning/research/${ids.projectId}/participants`,
      payload: { channel: "via-via" },
    },
    {
      method: "POST",
      url: `/api/learning/research/participants/${ids.participantId}/stage`,
      payload: { stage: "declined" },
    },
    { method: "POST", url: `/api/learning/research/participants/${ids.participantId}/withdraw` },
    { method: "GET", url: `/api/learning/research/${ids.projectId}/interviews` },
    {
      method: "POST",
      url: `/api/learning/research/${ids.projectId}/interviews`,
      payload: { participantId: ids.participantId, day: "2026-12-01", time: "10:00" },
    },
    {
      method: "PUT",
      url: `/api/learning/research/interviews/${ids.interviewId}/notes`,
      payload: { notes: "x" },
    },
    { method: "GET", url: `/api/learning/research/${ids.projectId}/fragments` },
    {
      method: "POST",
      url: `/api/learning/research/interviews/${ids.interviewId}/fragments`,
      payload: { text: "Ik werk", theme: "Uren" },
    },
    {
      method: "POST",
      url: `/api/learning/research/fragments/${ids.fragmentId}/quote`,
      payload: { quote: false },
    },
    { method: "GET", url: `/api/learning/research/${ids.projectId}/findings` },
    { method: "GET", url: `/api/learning/research/${ids.projectId}/sources` },
    {
      method: "POST",
      url: `/api/learning/research/${ids.projectId}/sources`,
      payload: { kind: "staffInterview", title: "Gesprek met klantmanagers" },
    },
    { method: "GET", url: "/api/learning/research-themes" },
  ] as const;

describe("the wall around the client council's research (ADR 0022)", () => {
  it("answers 404 on every workspace route to every other staff role, 403 to roles without the permission", async () => {
    const tenant = await createTenant();
    const org = await createOrganisation(tenant.id);
    const council = await user(tenant.id, "clientCouncil");
    const ids = await setUp(council);
    const staff: Role[] = ["admin", "policyOfficer", "caseworker", "coordinator", "professional"];
    for (const role of staff) {
      const who = await user(
        tenant.id,
        role,
        role === "coordinator" || role === "professional" ? org.id : null,
      );
      for (const route of routes(ids)) {
        const response = await who(route);
        expect(response.statusCode, `${role} ${route.method} ${route.url}`).toBe(404);
      }
    }
    for (const role of ["volunteer", "participant", "partner"] as const) {
      const who = await user(tenant.id, role, org.id);
      for (const route of routes(ids))
        expect((await who(route)).statusCode, `${role} ${route.method} ${route.url}`).toBe(403);
    }
    // Nothing changed behind the wall: the notes are still there.
    const interviews = await council({
      method: "GET",
      url: `/api/learning/research/${ids.projectId}/interviews`,
    });
    expect(interviews.json()[0].notes).toBe(notes);
    // A denied attempt on a participant is logged as denied.
    const denied = await ctx.db
      .select()
      .from(processingLog)
      .where(and(eq(processingLog.tenantId, tenant.id), eq(processingLog.outcome, "denied")));
    expect(denied.length).toBeGreaterThan(0);
  });

  it("keeps the council of another werkgebied out (404)", async () => {
    const tenant = await createTenant();
    const ids = await setUp(await user(tenant.id, "clientCouncil"));
    const other = await user((await createTenant()).id, "clientCouncil");
    for (const route of routes(ids).filter((r) => r.url.includes(":") || r.url.split("/").length > 4))
      if (route.url !== "/api/learning/research-themes")
        expect((await other(route)).statusCode, `${route.method} ${route.url}`).toBe(404);
  });
});

describe("the research workspace", () => {
  it("recruits through channels in parallel, shows contact only to the recruiter, and logs every read", async () => {
    const tenant = await createTenant();
    const council = await user(tenant.id, "clientCouncil");
    const colleague = await user(tenant.id, "clientCouncil");
    const ids = await setUp(council);
    for (const channel of ["wijkcentrum", "nieuwsbrief"])
      expect(
        (
          await colleague({
            method: "POST",
            url: `/api/learning/research/${ids.projectId}/participants`,
            payload: { channel, contact: "mail@example.nl" },
          })
        ).statusCode,
      ).toBe(201);
    const mine = (
      await council({ method: "GET", url: `/api/learning/research/${ids.projectId}/participants` })
    ).json();
    expect(mine.map((p: { code: string }) => p.code)).toEqual(["D-001", "D-002", "D-003"]);
    expect(mine[0]).toMatchObject({
      contact: "06 12345678",
      can: { seeContact: true },
      stage: "interviewed",
    });
    expect(mine[1]).toMatchObject({ contact: null, can: { seeContact: false } });
    const project = (await council({ method: "GET", url: `/api/learning/research/${ids.projectId}` })).json();
    expect(project.funnel.rows.map((r: { channel: string }) => r.channel)).toEqual([
      "via-via",
      "wijkcentrum",
      "nieuwsbrief",
    ]);
    // Three participants, one per channel: every count 1 is small and hidden (the council hides small counts).
    expect(project.funnel.rows[0].approached).toEqual({ hidden: "small" });
    const logged = await ctx.db
      .select()
      .from(processingLog)
      .where(and(eq(processingLog.tenantId, tenant.id), eq(processingLog.subjectId, ids.participantId)));
    expect(logged.map((l) => l.action)).toEqual(expect.arrayContaining(["create", "update", "read"]));
    expect(logged.every((l) => l.activity === "learning.research")).toBe(true);
  });

  it("refuses bad input with Dutch field messages", async () => {
    const tenant = await createTenant();
    const council = await user(tenant.id, "clientCouncil");
    const ids = await setUp(council);
    const noChannels = await council({
      method: "POST",
      url: "/api/learning/research",
      payload: { title: "Onderzoek", question: "Vraag", channels: [] },
    });
    expect(noChannels.statusCode).toBe(400);
    expect(noChannels.json().error.fields[0]).toMatchObject({ path: "channels" });
    const unknownChannel = await council({
      method: "POST",
      url: `/api/learning/research/${ids.projectId}/participants`,
      payload: { channel: "krant" },
    });
    expect(unknownChannel.json().error.fields[0]).toMatchObject({ path: "channel", code: "unknown_channel" });
    const noConsent = await council({
      method: "POST",
      url: `/api/learning/research/${ids.projectId}/participants`,
      payload: { channel: "via-via", stage: "agreed" },
    });
    expect(noConsent.statusCode).toBe(400);
    expect(noConsent.json().error.fields[0].path).toBe("consent");
    const notInNotes = await council({
      method: "POST",
      url: `/api/learning/research/interviews/${ids.interviewId}/fragments`,
      payload: { text: "Dit heeft niemand gezegd", theme: "Uren" },
    });
    expect(notInNotes.json().error.fields[0]).toMatchObject({ path: "text", code: "not_in_notes" });
    const nul = await council({
      method: "PUT",
      url: `/api/learning/research/interviews/${ids.interviewId}/notes`,
      payload: { notes: "a\u0000b" },
    });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.fields[0].code).toBe("invalid_characters");
    const surrogate = await council({
      method: "PUT",
      url: `/api/learning/research/interviews/${ids.interviewId}/notes`,
      payload: { notes: "a\ud800b" },
    });
    expect(surrogate.statusCode).toBe(400);
  });

  it("stores the interview time in Europe/Amsterdam", async () => {
    const tenant = await createTenant();
    const council = await user(tenant.id, "clientCouncil");
    const ids = await setUp(council);
    const [row] = await ctx.db
      .select()
      .from(researchInterview)
      .where(eq(researchInterview.id, ids.interviewId));
    // 10 November 2026, 14:30 in Amsterdam (winter time, UTC+1).
    expect(row!.startsAt.toISOString()).toBe("2026-11-10T13:30:00.000Z");
  });

  it("counts participants per theme with the small-count rule and shows selected quotes", async () => {
    const tenant = await createTenant();
    const council = await user(tenant.id, "clientCouncil");
    const ids = await setUp(council);
    const project = ids.projectId;
    // Five more participants mention the rules; the first one mentions it twice (counted once).
    await council({
      method: "POST",
      url: `/api/learning/research/interviews/${ids.interviewId}/fragments`,
      payload: { text: "ik moest alles melden", theme: "regels w&i" },
    });
    for (let i = 0; i < 5; i++) {
      const p = await council({
        method: "POST",
        url: `/api/learning/research/${project}/participants`,
        payload: { channel: "wijkcentrum", stage: "agreed", consent },
      });
      const interview = await council({
        method: "POST",
        url: `/api/learning/research/${project}/interviews`,
        payload: { participantId: p.json().id, day: "2026-11-12", time: "10:00" },
      });
      await council({
        method: "PUT",
        url: `/api/learning/research/interviews/${interview.json().id}/notes`,
        payload: { notes: "De regels zijn streng. Ik werk veel uren.", held: true },
      });
      await council({
        method: "POST",
        url: `/api/learning/research/interviews/${interview.json().id}/fragments`,
        payload: { text: "De regels zijn streng.", theme: "Regels W&I" },
      });
      if (i < 2)
        await council({
          method: "POST",
          url: `/api/learning/research/interviews/${interview.json().id}/fragments`,
          payload: { text: "Ik werk veel uren.", theme: "Uren" },
        });
    }
    const findings = (
      await council({ method: "GET", url: `/api/learning/research/${project}/findings` })
    ).json();
    expect(findings.interviewed).toEqual({ shown: 6 });
    expect(findings.suppressedBelow).toBe(5);
    const rules = findings.rows.find((r: { theme: string }) => r.theme === "Regels W&I");
    expect(rules.participants).toEqual({ shown: 6 });
    expect(rules.quotes).toEqual([{ id: ids.fragmentId, text: "De regels van W&I zijn onduidelijk" }]);
    expect(findings.rows.find((r: { theme: string }) => r.theme === "Uren").participants).toEqual({
      hidden: "small",
    });
    const themes = (await council({ method: "GET", url: "/api/learning/research-themes" })).json();
    expect(themes).toEqual(["Regels W&I", "Uren"]);
  });

  it("erases notes, fragment texts and contact on withdrawal, and keeps the counts", async () => {
    const tenant = await createTenant();
    const council = await user(tenant.id, "clientCouncil");
    const ids = await setUp(council);
    const withdrawn = await council({
      method: "POST",
      url: `/api/learning/research/participants/${ids.participantId}/withdraw`,
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().consent.withdrawnAt).not.toBeNull();
    expect(withdrawn.json().contact).toBe("");
    const [interview] = await ctx.db
      .select()
      .from(researchInterview)
      .where(eq(researchInterview.id, ids.interviewId));
    expect(interview!.notes).toBeNull();
    const [fragment] = await ctx.db
      .select()
      .from(researchFragment)
      .where(eq(researchFragment.id, ids.fragmentId));
    expect(fragment!.text).toBeNull();
    const findings = (
      await council({ method: "GET", url: `/api/learning/research/${ids.projectId}/findings` })
    ).json();
    expect(findings.rows).toEqual([{ theme: "Regels W&I", participants: { hidden: "small" }, quotes: [] }]);
    const again = await council({
      method: "PUT",
      url: `/api/learning/research/interviews/${ids.interviewId}/notes`,
      payload: { notes: "nieuw" },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe("consent_withdrawn");
  });
});
