import type { FastifyInstance } from "fastify";
import { as, createUser, signIn } from "./harness.ts";

/** A request made by a user other than the beheerder, with that user's id for the log check. */
export type ByUser = { request: ReturnType<typeof as>; userId: string };
type Sample = { method: "GET" | "POST" | "PUT"; url: string; payload?: object; by: ByUser };

type User = (role: "clientCouncil" | "coordinator" | "admin" | "professional") => Promise<ByUser>;
const consent = { scope: "Gesprek", givenOn: "2026-11-01", until: "2027-11-01" };

/** One project with a participant, a held interview and a quoted fragment, made once by a council member. */
function researchSetup(user: User) {
  let setup: Promise<{
    council: ByUser;
    project: string;
    participant: string;
    interview: string;
    fragment: string;
  }>;
  return () => {
    setup ??= (async () => {
      const council = await user("clientCouncil");
      const channels = [{ code: "via-via", label: "Via via" }];
      const post = (url: string, payload: object, method: "POST" | "PUT" = "POST") =>
        council.request({ method, url, payload }).then((r) => r.json());
      const project = (
        await post("/api/learning/research", { title: "Onderzoek", question: "Vraag", channels })
      ).id;
      const participant = (
        await post(`/api/learning/research/${project}/participants`, {
          channel: "via-via",
          stage: "agreed",
          consent,
        })
      ).id;
      const interview = (
        await post(`/api/learning/research/${project}/interviews`, {
          participantId: participant,
          day: "2026-11-10",
          time: "10:00",
        })
      ).id;
      await post(
        `/api/learning/research/interviews/${interview}/notes`,
        { notes: "Ik werk veel uren." },
        "PUT",
      );
      const fragment = (
        await post(`/api/learning/research/interviews/${interview}/fragments`, {
          text: "veel uren",
          theme: "Uren",
          quote: true,
        })
      ).id;
      return { council, project, participant, interview, fragment };
    })();
    return setup;
  };
}

function researchSamples(research: ReturnType<typeof researchSetup>) {
  const r = async (
    make: (s: Awaited<ReturnType<typeof research>>) => Omit<Sample, "by">,
  ): Promise<Sample> => {
    const s = await research();
    return { ...make(s), by: s.council };
  };
  const base = "/api/learning/research";
  return {
    [`GET ${base}/:id/participants`]: () =>
      r((s) => ({ method: "GET", url: `${base}/${s.project}/participants` })),
    [`POST ${base}/:id/participants`]: () =>
      r((s) => ({
        method: "POST",
        url: `${base}/${s.project}/participants`,
        payload: { channel: "via-via" },
      })),
    [`POST ${base}/participants/:id/stage`]: () =>
      r((s) => ({
        method: "POST",
        url: `${base}/participants/${s.participant}/stage`,
        payload: { stage: "agreed" },
      })),
    [`POST ${base}/participants/:id/withdraw`]: async () => {
      const s = await research();
      const other = await s.council.request({
        method: "POST",
        url: `${base}/${s.project}/participants`,
        payload: { channel: "via-via", consent },
      });
      return {
        method: "POST",
        url: `${base}/participants/${other.json().id}/withdraw`,
        by: s.council,
      } as Sample;
    },
    [`GET ${base}/:id/interviews`]: () =>
      r((s) => ({ method: "GET", url: `${base}/${s.project}/interviews` })),
    [`POST ${base}/:id/interviews`]: () =>
      r((s) => ({
        method: "POST",
        url: `${base}/${s.project}/interviews`,
        payload: { participantId: s.participant, day: "2026-11-11", time: "11:00" },
      })),
    [`PUT ${base}/interviews/:id/notes`]: () =>
      r((s) => ({
        method: "PUT",
        url: `${base}/interviews/${s.interview}/notes`,
        payload: { notes: "Ik werk veel uren." },
      })),
    [`GET ${base}/:id/fragments`]: () => r((s) => ({ method: "GET", url: `${base}/${s.project}/fragments` })),
    [`POST ${base}/interviews/:id/fragments`]: () =>
      r((s) => ({
        method: "POST",
        url: `${base}/interviews/${s.interview}/fragments`,
        payload: { text: "Ik werk", theme: "Werk" },
      })),
    [`POST ${base}/fragments/:id/quote`]: () =>
      r((s) => ({ method: "POST", url: `${base}/fragments/${s.fragment}/quote`, payload: { quote: true } })),
    [`GET ${base}/:id/findings`]: () => r((s) => ({ method: "GET", url: `${base}/${s.project}/findings` })),
  } satisfies Record<string, () => Promise<Sample>>;
}

function reportSamples(research: ReturnType<typeof researchSetup>) {
  /** One report of the project (a project has one), shared by the report samples. */
  let made: Promise<string> | undefined;
  const report = () => {
    made ??= research().then((s) =>
      s.council
        .request({
          method: "POST",
          url: "/api/learning/reports",
          payload: { projectId: s.project, title: "Rapport", summary: "Samenvatting" },
        })
        .then((r) => r.json().id as string),
    );
    return made;
  };
  return {
    "GET /api/learning/reports/:id": async () => {
      const s = await research();
      return { method: "GET", url: `/api/learning/reports/${await report()}`, by: s.council } as Sample;
    },
    "GET /api/learning/reports/:id/pdf": async () => {
      const s = await research();
      return { method: "GET", url: `/api/learning/reports/${await report()}/pdf`, by: s.council } as Sample;
    },
  } satisfies Record<string, () => Promise<Sample>>;
}

function courseSamples(user: User) {
  let edition: Promise<string>;
  const course = () => {
    edition ??= user("admin").then((admin) =>
      admin
        .request({ method: "POST", url: "/api/learning/courses", payload: { title: "Leergang Drijfveren" } })
        .then((r) => r.json().id as string),
    );
    return edition;
  };
  /** A professional of the organisation, enrolled with a submitted plan (for intake and sign-off). */
  let withPlan: Promise<string>;
  const planned = () => {
    withPlan ??= (async () => {
      const id = await course();
      const pro = await user("professional");
      await pro.request({ method: "POST", url: `/api/learning/courses/${id}/enrol` });
      const actions = [
        { level: "approach", title: "Studenten benaderen", owner: "Sanne" },
        { level: "conditions", title: "Vaste begeleider", owner: "Team" },
      ];
      await pro.request({ method: "PUT", url: `/api/learning/courses/${id}/plan`, payload: { actions } });
      const progress = await pro.request({ method: "GET", url: `/api/learning/courses/${id}/progress` });
      return progress.json().enrolmentId as string;
    })();
    return withPlan;
  };
  return {
    "POST /api/learning/courses/:id/enrol": async (): Promise<Sample> => ({
      method: "POST",
      url: `/api/learning/courses/${await course()}/enrol`,
      by: await user("coordinator"),
    }),
    "PUT /api/learning/courses/enrolments/:id/intake": async (): Promise<Sample> => ({
      method: "PUT",
      url: `/api/learning/courses/enrolments/${await planned()}/intake`,
      payload: { day: "2027-01-15", held: true },
      by: await user("admin"),
    }),
    "GET /api/learning/courses/plans": async (): Promise<Sample> => {
      await planned();
      return { method: "GET", url: "/api/learning/courses/plans", by: await user("coordinator") };
    },
    "POST /api/learning/courses/enrolments/:id/sign-off": async (): Promise<Sample> => ({
      method: "POST",
      url: `/api/learning/courses/enrolments/${await planned()}/sign-off`,
      by: await user("coordinator"),
    }),
    "GET /api/learning/courses/:id/participants": async (): Promise<Sample> => {
      const id = await course();
      await (await user("coordinator")).request({ method: "POST", url: `/api/learning/courses/${id}/enrol` });
      return { method: "GET", url: `/api/learning/courses/${id}/participants`, by: await user("admin") };
    },
  } satisfies Record<string, () => Promise<Sample>>;
}

/**
 * Sample requests for the learning routes with personal data (processing-log.test.ts): the research
 * workspace is for the client council only (ADR 0022), enrolment for a coordinator.
 */
export function learningSamples(app: FastifyInstance, tenantId: string, organisationId: string) {
  const user: User = async (role) => {
    const made = await createUser(tenantId, role, {
      organisationId: role === "coordinator" || role === "professional" ? organisationId : null,
    });
    return { request: as(app, await signIn(app, made.email)), userId: made.userId };
  };
  const research = researchSetup(user);
  return { ...researchSamples(research), ...reportSamples(research), ...courseSamples(user) };
}
