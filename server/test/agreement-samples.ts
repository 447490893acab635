import type { AgreementContent } from "../../shared/agreements/agreement.ts";
import { amsterdamDay } from "../../shared/dates.ts";
import type { Db } from "../db/client.ts";
import {
  agreement,
  agreementIndicatorValue,
  agreementNode,
  agreementTrajectory,
  agreementVersion,
  district,
} from "../db/schema.ts";

type Sample = { method: "GET" | "POST" | "PUT"; url: string; payload?: object };

/** Sample requests for the processing-log walk over every route: the wijkaanpak (ADR 0021). */
export function agreementSamples(db: Db, tenantId: string, organisationId: string) {
  const today = amsterdamDay();
  let trajectory: Promise<{ id: string; solutionId: string }> | undefined;
  const aTrajectory = () => {
    trajectory ??= (async () => {
      const [d] = await db
        .insert(district)
        .values({ tenantId, code: `WK${crypto.randomUUID().slice(0, 6)}`, name: "Logwijk" })
        .returning();
      const [t] = await db
        .insert(agreementTrajectory)
        .values({
          tenantId,
          districtId: d!.id,
          leadOrganisationId: organisationId,
          leadName: "Lea Log",
          supportOn: today,
        })
        .returning();
      const [n] = await db
        .insert(agreementNode)
        .values({ tenantId, trajectoryId: t!.id, kind: "solution", title: "Gekozen", stage: "chosen" })
        .returning();
      return { id: t!.id, solutionId: n!.id };
    })();
    return trajectory;
  };
  const content = (solutionNodeId: string) => contentOf(today, solutionNodeId);
  let agreementId: Promise<string> | undefined;
  /** An agreement with a draft version 1, written directly. */
  const anAgreement = () => {
    agreementId ??= (async () => {
      const t = await aTrajectory();
      const [a] = await db.insert(agreement).values({ tenantId, trajectoryId: t.id }).returning();
      await db.insert(agreementVersion).values({
        tenantId,
        agreementId: a!.id,
        number: 1,
        content: content(t.solutionId) as AgreementContent,
      });
      return a!.id;
    })();
    return agreementId;
  };
  return {
    "GET /api/agreements/trajectories": async (): Promise<Sample> => {
      await aTrajectory();
      return { method: "GET", url: "/api/agreements/trajectories" };
    },
    "GET /api/agreements/trajectories/:id": async (): Promise<Sample> => ({
      method: "GET",
      url: `/api/agreements/trajectories/${(await aTrajectory()).id}`,
    }),
    ...writeSamples(db, tenantId, organisationId, aTrajectory, today),
    "POST /api/agreements/trajectories/:trajectoryId/agreements": async (): Promise<Sample> => {
      const t = await aTrajectory();
      return {
        method: "POST",
        url: `/api/agreements/trajectories/${t.id}/agreements`,
        payload: { content: content(t.solutionId), changeNote: "" },
      };
    },
    "GET /api/agreements/trajectories/:trajectoryId/guard": async (): Promise<Sample> => ({
      method: "GET",
      url: `/api/agreements/trajectories/${(await aTrajectory()).id}/guard`,
    }),
    ...documentSamples(anAgreement, async () => content((await aTrajectory()).solutionId), today),
    ...valueSamples(db, tenantId, anAgreement, today),
  };
}

/** Samples for the routes on one agreement (made once, directly). */
function documentSamples(anAgreement: () => Promise<string>, body: () => Promise<object>, today: string) {
  const content = async () => body();
  return {
    "GET /api/agreements/documents/:id": async (): Promise<Sample> => ({
      method: "GET",
      url: `/api/agreements/documents/${await anAgreement()}`,
    }),
    "PUT /api/agreements/documents/:id/draft": async (): Promise<Sample> => ({
      method: "PUT",
      url: `/api/agreements/documents/${await anAgreement()}/draft`,
      payload: { content: await content(), changeNote: "" },
    }),
    "POST /api/agreements/documents/:id/versions/:number/sign": async (): Promise<Sample> => ({
      method: "POST",
      url: `/api/agreements/documents/${await anAgreement()}/versions/1/sign`,
      payload: { partyKey: "gemeente", signerName: "Lea Log", signedOn: today },
    }),
    "GET /api/agreements/documents/:id/monitoring": async (): Promise<Sample> => ({
      method: "GET",
      url: `/api/agreements/documents/${await anAgreement()}/monitoring`,
    }),
    "GET /api/agreements/council-report": async (): Promise<Sample> => {
      await anAgreement();
      return { method: "GET", url: "/api/agreements/council-report" };
    },
  };
}

/** A valid agreement document for the samples. */
function contentOf(today: string, solutionNodeId: string) {
  return {
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
        solutionNodeId,
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
}

/** Samples that start or move a trajectory. */
function writeSamples(
  db: Db,
  tenantId: string,
  organisationId: string,
  aTrajectory: () => Promise<{ id: string }>,
  today: string,
) {
  return {
    "POST /api/agreements/trajectories": async (): Promise<Sample> => {
      const [d] = await db
        .insert(district)
        .values({ tenantId, code: `WK${crypto.randomUUID().slice(0, 6)}`, name: "Nieuwe wijk" })
        .returning();
      return {
        method: "POST",
        url: "/api/agreements/trajectories",
        payload: {
          districtId: d!.id,
          leadOrganisationId: organisationId,
          leadName: "Lea Log",
          startedOn: today,
        },
      };
    },
    "POST /api/agreements/trajectories/:id/step": async (): Promise<Sample> => ({
      method: "POST",
      url: `/api/agreements/trajectories/${(await aTrajectory()).id}/step`,
      payload: { step: "agreements", on: today },
    }),
    "POST /api/agreements/trajectories/:id/status": async (): Promise<Sample> => ({
      method: "POST",
      url: `/api/agreements/trajectories/${(await aTrajectory()).id}/status`,
      payload: { status: "active" },
    }),
  };
}

/** The history of values entered by hand names who entered them. */
function valueSamples(db: Db, tenantId: string, anAgreement: () => Promise<string>, today: string) {
  return {
    "GET /api/agreements/documents/:id/versions/:number/pdf": async (): Promise<Sample> => ({
      method: "GET",
      url: `/api/agreements/documents/${await anAgreement()}/versions/1/pdf`,
    }),
    "GET /api/agreements/documents/:id/indicator-values": async (): Promise<Sample> => {
      const agreementId = await anAgreement();
      await db.insert(agreementIndicatorValue).values({
        tenantId,
        agreementId,
        activityKey: "a",
        indicatorKey: "m",
        month: today.slice(0, 7),
        value: 3,
        recordedByUserId: crypto.randomUUID(),
      });
      return { method: "GET", url: `/api/agreements/documents/${agreementId}/indicator-values` };
    },
  };
}
