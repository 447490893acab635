import { eq } from "drizzle-orm";
import type { FastifyInstance, InjectOptions } from "fastify";
import type { Db } from "../db/client.ts";
import { participationClient } from "../db/schema.ts";
import { as, createOrganisation, createUser, signIn } from "./harness.ts";

type Request = ReturnType<typeof as>;
export type ActingSample = {
  method: "GET" | "POST" | "PUT" | "DELETE";
  url: string;
  payload?: object;
  /** Who sends it: the klantmanager of the client, or the client themselves. */
  actor: { request: Request; userId: string };
};

const allYes = { usuallyUnpaid: true, charity: true, volunteersOnly: true, noVacancy: true };
const activity = {
  activity: "volunteerWork",
  placeName: "Buurthuis",
  description: "Koffie schenken",
  hoursPerWeek: 6,
  startDate: "2026-12-07",
};

/**
 * A valid request for each participation route that touches personal data, for the processing-log
 * walk over every route (server/platform/processing-log.test.ts): the klantmanager acts on a client in
 * their caseload, the client on their own agreements.
 */
export async function participationSamples(app: FastifyInstance, db: Db, tenantId: string, admin: Request) {
  const ok = async (request: Request, options: InjectOptions) => {
    const response = await request(options);
    if (response.statusCode >= 300) throw new Error(`${options.url}: ${response.body}`);
    return response.json();
  };
  await ok(admin, {
    method: "POST",
    url: "/api/participation/rules",
    payload: {
      validFrom: "2020-01-01",
      regime: "tegenprestatie",
      procedure: "permission",
      maxHoursPerWeek: 20,
      countingActivities: ["volunteerWork"],
      noActivityWeeks: 1,
      sender: { name: "Gemeente Test" },
    },
  });
  const km = await createUser(tenantId, "caseworker");
  const participant = await createUser(tenantId, "participant");
  const caseworker = { request: as(app, await signIn(app, km.email)), userId: km.userId };
  const self = { request: as(app, await signIn(app, participant.email)), userId: participant.userId };
  const client = await ok(caseworker.request, {
    method: "POST",
    url: "/api/participation/clients",
    payload: {
      clientNumber: "LOG-1",
      givenName: "Log",
      familyName: "Klant",
      email: participant.email,
      birthDate: "1990-01-01",
    },
  });
  // In Inzet for two weeks without an activity: on the worklist.
  await db
    .update(participationClient)
    .set({ createdAt: new Date(Date.now() - 14 * 86_400_000) })
    .where(eq(participationClient.id, client.id));
  const proposal = async () =>
    (await ok(self.request, { method: "POST", url: "/api/participation/me/agreements", payload: activity }))
      .id as string;
  const requested = async () => {
    const id = await proposal();
    await ok(self.request, { method: "POST", url: `/api/participation/me/agreements/${id}/submit` });
    return id;
  };
  const permitted = async () => {
    const id = await requested();
    const decided = await ok(caseworker.request, {
      method: "POST",
      url: `/api/participation/agreements/${id}/decision`,
      payload: { decision: "granted", checklist: allYes },
    });
    return { id, letterId: decided.letters[0].id as string };
  };
  const active = async () => {
    const { id } = await permitted();
    await ok(caseworker.request, {
      method: "POST",
      url: `/api/participation/agreements/${id}/status`,
      payload: { status: "active" },
    });
    return id;
  };
  const [teams, placements] = [
    await teamSamples(tenantId, ok, admin, caseworker, km.userId),
    await placementSamples(app, tenantId, ok, caseworker),
  ];
  const actors = { caseworker, self, clientId: client.id, caseworkerEmail: km.email };
  return { ...samplesFor({ ...actors, proposal, requested, permitted, active }), ...teams, ...placements };
}

/**
 * The handover of one fresh client from the klantmanager to a colleague of the same team (the
 * beheerder puts both in team "Log").
 */
async function teamSamples(
  tenantId: string,
  ok: (request: Request, options: InjectOptions) => Promise<{ id: string }>,
  admin: Request,
  caseworker: ActingSample["actor"],
  fromUserId: string,
) {
  const colleague = await createUser(tenantId, "caseworker");
  for (const userId of [fromUserId, colleague.userId])
    await ok(admin, {
      method: "PUT",
      url: `/api/participation/caseworkers/${userId}`,
      payload: { team: "Log" },
    });
  return {
    "POST /api/participation/handover": async (): Promise<ActingSample> => {
      const fresh = await ok(caseworker.request, {
        method: "POST",
        url: "/api/participation/clients",
        payload: {
          clientNumber: `LOG-H${crypto.randomUUID().slice(0, 8)}`,
          givenName: "Over",
          familyName: "Dracht",
          birthDate: "1980-02-02",
        },
      });
      return {
        method: "POST",
        url: "/api/participation/handover",
        payload: { fromUserId, toUserId: colleague.userId, clientIds: [fresh.id] },
        actor: caseworker,
      };
    },
  };
}

type Actors = {
  caseworker: ActingSample["actor"];
  self: ActingSample["actor"];
  clientId: string;
  caseworkerEmail: string;
  proposal: () => Promise<string>;
  requested: () => Promise<string>;
  permitted: () => Promise<{ id: string; letterId: string }>;
  active: () => Promise<string>;
};

function samplesFor({
  caseworker,
  self,
  clientId,
  caseworkerEmail,
  proposal,
  requested,
  permitted,
  active,
}: Actors) {
  const byCaseworker = (method: ActingSample["method"], url: string, payload?: object): ActingSample => ({
    method,
    url,
    payload,
    actor: caseworker,
  });
  const bySelf = (method: ActingSample["method"], url: string, payload?: object): ActingSample => ({
    method,
    url,
    payload,
    actor: self,
  });
  return {
    "GET /api/participation/clients": () => byCaseworker("GET", "/api/participation/clients"),
    "GET /api/participation/clients/:id": () => byCaseworker("GET", `/api/participation/clients/${clientId}`),
    "POST /api/participation/clients": () =>
      byCaseworker("POST", "/api/participation/clients", {
        clientNumber: "LOG-2",
        givenName: "Twee",
        familyName: "Klant",
        birthDate: "1985-05-05",
      }),
    "PUT /api/participation/clients/:id/exemption": () =>
      byCaseworker("PUT", `/api/participation/clients/${clientId}/exemption`, { exempt: false }),
    "POST /api/participation/clients/import": () =>
      byCaseworker("POST", "/api/participation/clients/import", {
        csv: `klantnummer;voornaam;achternaam;geboortedatum;klantmanager\nLOG-3;Drie;Klant;1970-03-03;${caseworkerEmail}`,
        dryRun: false,
      }),
    "GET /api/participation/worklist": () => byCaseworker("GET", "/api/participation/worklist"),
    "GET /api/participation/clients/:id/agreements": () =>
      byCaseworker("GET", `/api/participation/clients/${clientId}/agreements`),
    "POST /api/participation/clients/:id/agreements": () =>
      byCaseworker("POST", `/api/participation/clients/${clientId}/agreements`, activity),
    "POST /api/participation/agreements/:id/submit": async () =>
      byCaseworker("POST", `/api/participation/agreements/${await proposal()}/submit`, {}),
    "POST /api/participation/agreements/:id/decision": async () =>
      byCaseworker("POST", `/api/participation/agreements/${await requested()}/decision`, {
        decision: "granted",
        checklist: allYes,
      }),
    "POST /api/participation/agreements/:id/status": async () =>
      byCaseworker("POST", `/api/participation/agreements/${(await permitted()).id}/status`, {
        status: "active",
      }),
    "POST /api/participation/agreements/:id/hours": async () =>
      byCaseworker("POST", `/api/participation/agreements/${await active()}/hours`, {
        week: "2026-12-07",
        hours: 5,
      }),
    "GET /api/participation/agreements/:id/letters/:letterId": async () => {
      const { id, letterId } = await permitted();
      return byCaseworker("GET", `/api/participation/agreements/${id}/letters/${letterId}`);
    },
    "POST /api/participation/me/agreements": () =>
      bySelf("POST", "/api/participation/me/agreements", activity),
    "POST /api/participation/me/agreements/:id/submit": async () =>
      bySelf("POST", `/api/participation/me/agreements/${await proposal()}/submit`),
    "POST /api/participation/me/agreements/:id/hours": async () =>
      bySelf("POST", `/api/participation/me/agreements/${await active()}/hours`, {
        week: "2026-12-07",
        hours: 4,
      }),
    "GET /api/participation/me/agreements/:id/letters/:letterId": async () => {
      const { id, letterId } = await permitted();
      return bySelf("GET", `/api/participation/me/agreements/${id}/letters/${letterId}`);
    },
  } satisfies Record<string, () => ActingSample | Promise<ActingSample>>;
}

/** A running agreement at an organisation that the client disclosed; its coordinator reports hours. */
async function placementSamples(
  app: FastifyInstance,
  tenantId: string,
  ok: (request: Request, options: InjectOptions) => Promise<{ id: string }>,
  caseworker: ActingSample["actor"],
) {
  const org = await createOrganisation(tenantId, { name: "Plaatsing Log" });
  // A client of its own: an active agreement takes a client off the worklist, which has its own sample.
  const { id: clientId } = await ok(caseworker.request, {
    method: "POST",
    url: "/api/participation/clients",
    payload: {
      clientNumber: `LOG-P${crypto.randomUUID().slice(0, 8)}`,
      givenName: "Plaat",
      familyName: "Sing",
      birthDate: "1981-03-03",
    },
  });
  const made = await createUser(tenantId, "coordinator", { organisationId: org.id });
  const coordinator = { request: as(app, await signIn(app, made.email)), userId: made.userId };
  const { id } = await ok(caseworker.request, {
    method: "POST",
    url: `/api/participation/clients/${clientId}/agreements`,
    payload: { ...activity, organisationId: org.id, disclosedToOrganisation: true },
  });
  const step = (url: string, payload: object) => ok(caseworker.request, { method: "POST", url, payload });
  await step(`/api/participation/agreements/${id}/submit`, {});
  await step(`/api/participation/agreements/${id}/decision`, { decision: "granted", checklist: allYes });
  await step(`/api/participation/agreements/${id}/status`, { status: "active" });
  return {
    "GET /api/participation/placements": (): ActingSample => ({
      method: "GET",
      url: "/api/participation/placements",
      actor: coordinator,
    }),
    "POST /api/participation/placements/:id/hours": (): ActingSample => ({
      method: "POST",
      url: `/api/participation/placements/${id}/hours`,
      payload: { week: "2026-12-07", hours: 3 },
      actor: coordinator,
    }),
  };
}
