import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay } from "../../../shared/dates.ts";
import type { MotiveScores } from "../../../shared/motives.ts";
import type { Role } from "../../../shared/roles.ts";
import { application, person, trainingRecord, vacancy, vogRecord, volunteer } from "../../db/schema.ts";
import type { Actor } from "../../platform/actor.ts";
import {
  as,
  createDistrict,
  createOrganisation,
  createTenant,
  createUser,
  signIn,
  testApp,
} from "../../test/harness.ts";
import { batchCandidates } from "./service.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const day = (offset: number) => amsterdamDay(new Date(Date.now() + offset * 86_400_000));

async function userOf(tenantId: string, role: Role, organisationId: string | null = null) {
  const user = await createUser(tenantId, role, { organisationId });
  const actor: Actor = {
    traceId: crypto.randomUUID(),
    userId: user.userId,
    name: "Test",
    email: user.email,
    twoFactorEnabled: false,
    membershipId: user.membershipId,
    tenantId,
    organisationId,
    role,
  };
  return { actor, request: as(ctx.app, await signIn(ctx.app, user.email)) };
}

async function insertVolunteers(
  tenantId: string,
  rows: Omit<typeof volunteer.$inferInsert, "tenantId" | "personId">[],
) {
  const people = await ctx.db
    .insert(person)
    .values(rows.map((_, i) => ({ tenantId, givenName: `V${i}`, familyName: "Batch" })))
    .returning({ id: person.id });
  return ctx.db
    .insert(volunteer)
    .values(rows.map((row, i) => ({ ...row, tenantId, personId: people[i]!.id })))
    .returning({ id: volunteer.id });
}

const vacancyBase = (tenantId: string, organisationId: string, i: number) => ({
  tenantId,
  organisationId,
  title: `Vacature ${i}`,
  description: "Een vacature om de batch mee te toetsen.",
  searchText: `vacature ${i}`,
  status: "published" as const,
  places: 1,
});

describe("batch proposal", () => {
  it("ranks each vacancy of a large batch exactly as the single-vacancy candidates, in scope", async () => {
    const tenant = await createTenant();
    const ours = await createOrganisation(tenant.id, { name: "Welzijn Oost" });
    const theirs = await createOrganisation(tenant.id, { name: "Humanitas West" });
    const districtA = await createDistrict(tenant.id, "Noord");
    const districtB = await createDistrict(tenant.id, "Zuid");
    const skills = ["administratie", "koken", "taal", "vervoer"];
    const functions = ["values", "understanding", "social", "career", "protective", "enhancement"];
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = <T>(list: T[]) => list.filter(() => next() < 0.5);
    const inserted = await insertVolunteers(
      tenant.id,
      Array.from({ length: 300 }, () => ({
        organisationId: next() < 0.6 ? ours.id : theirs.id,
        status: next() < 0.9 ? ("active" as const) : ("stopped" as const),
        districtId: next() < 0.5 ? districtA.id : districtB.id,
        preferredDistrictIds: next() < 0.2 ? [districtA.id] : [],
        // Few distinct profiles, so that many scores tie and the order by id is tested too.
        availability: [0b111, 0b1010100, 0b11110000, (1 << 21) - 1][Math.floor(next() * 4)]!,
        skills: pick(skills),
        goals: pick(["workExperience", "socialContact"]),
        ...(next() < 0.6 ? { lat: 52.3 + Math.floor(next() * 4) * 0.03, lon: 4.8 + next() * 0.2 } : {}),
        maxTravelKm: next() < 0.3 ? 5 : null,
        motiveScores:
          next() < 0.3
            ? null
            : (Object.fromEntries(functions.map((fn) => [fn, 1 + Math.floor(next() * 7)])) as MotiveScores),
      })),
    );
    await ctx.db.insert(vogRecord).values(
      inserted
        .filter(() => next() < 0.5)
        .map((v, i) => ({
          volunteerId: v.id,
          issuedOn: day(-100),
          renewalDue: i % 8 === 0 ? day(-1) : day(900),
          profileCodes: i % 3 === 0 ? ["45", "11"] : ["45"],
        })),
    );
    await ctx.db.insert(trainingRecord).values(
      inserted
        .filter(() => next() < 0.5)
        .map((v, i) => ({
          volunteerId: v.id,
          training: "thuisadministratie",
          completedOn: day(-300),
          expiresOn: i % 6 === 0 ? day(-2) : null,
        })),
    );
    const vacancies = await ctx.db
      .insert(vacancy)
      .values(
        Array.from({ length: 40 }, (_, i) => {
          const kind = i % 4;
          return {
            ...vacancyBase(tenant.id, ours.id, i),
            places: 1 + (i % 3),
            locationType: kind === 0 ? ("remote" as const) : ("district" as const),
            districtId: kind === 0 ? null : i % 2 === 0 ? districtA.id : districtB.id,
            ...(kind === 2 ? { lat: 52.33, lon: 4.9 } : {}),
            scheduleType:
              kind === 3 ? ("oneOff" as const) : i % 5 === 0 ? ("flexible" as const) : ("recurring" as const),
            date: kind === 3 ? "2027-03-02" : null,
            startTime: kind === 3 && i % 2 === 0 ? "19:30" : null,
            slots: kind === 3 ? 0 : [0b11, 0b1000100, 0b110000000][i % 3]!,
            skills: pick(skills),
            motives: pick(["social", "values", "career"]),
            goals: pick(["socialContact", "workExperience"]),
            requiredTrainings: i % 7 === 0 ? ["thuisadministratie"] : [],
            vogProfiles: i % 6 === 0 ? ["45"] : i % 11 === 0 ? ["45", "11"] : [],
          };
        }),
      )
      .returning({ id: vacancy.id });
    // Someone who reacted is no candidate for that vacancy.
    await ctx.db.insert(application).values(
      inserted.slice(0, 30).map((v, i) => ({
        tenantId: tenant.id,
        vacancyId: vacancies[i % vacancies.length]!.id,
        volunteerId: v.id,
        status: "invited" as const,
      })),
    );

    const compare = async (label: string, actor: Actor, request: ReturnType<typeof as>) => {
      const batch = await batchCandidates(ctx.db, actor, undefined, 20);
      expect(batch.size).toBe(vacancies.length);
      for (const v of vacancies) {
        const single = await request({ method: "GET", url: `/api/vacancies/${v.id}/candidates` });
        expect(single.statusCode, single.body).toBe(200);
        const expected = single
          .json()
          .candidates.map((c: { volunteerId: string; score: number }) => [c.volunteerId, c.score]);
        expect(
          batch.get(v.id)!.map((c) => [c.volunteerId, c.score]),
          `${label} ${v.id}`,
        ).toEqual(expected);
      }
    };
    const coordinator = await userOf(tenant.id, "coordinator", ours.id);
    await compare("coordinator", coordinator.actor, coordinator.request);
    const admin = await userOf(tenant.id, "admin");
    await compare("admin", admin.actor, admin.request);
    // Weights whose district parts (w × 0.8) are not exact in binary: the SQL keeps them exact.
    const weights = await admin.request({
      method: "PUT",
      url: "/api/volunteer-settings",
      payload: { matchWeights: { skills: 7, motives: 11, availability: 13, location: 17, goals: 3 } },
    });
    expect(weights.statusCode, weights.body).toBe(200);
    await compare("admin, other weights", admin.actor, admin.request);
  });

  it("refuses ids that are not an open vacancy in scope, naming each, and never drops them", async () => {
    const tenant = await createTenant();
    const ours = await createOrganisation(tenant.id, { name: "Welzijn Oost" });
    const theirs = await createOrganisation(tenant.id, { name: "Humanitas West" });
    const { request } = await userOf(tenant.id, "coordinator", ours.id);
    const [own, foreign, draft] = await ctx.db
      .insert(vacancy)
      .values([
        { ...vacancyBase(tenant.id, ours.id, 1), locationType: "remote", scheduleType: "flexible" },
        { ...vacancyBase(tenant.id, theirs.id, 2), locationType: "remote", scheduleType: "flexible" },
        {
          ...vacancyBase(tenant.id, ours.id, 3),
          locationType: "remote",
          scheduleType: "flexible",
          status: "draft",
        },
      ])
      .returning({ id: vacancy.id });
    const unknown = crypto.randomUUID();
    const response = await request({
      method: "POST",
      url: "/api/vacancies/batch/proposal",
      payload: { vacancyIds: [own!.id, foreign!.id, unknown, draft!.id] },
    });
    expect(response.statusCode).toBe(400);
    const { error } = response.json();
    expect(error.code).toBe("validation_failed");
    expect(error.fields.map((f: { path: string }) => f.path)).toEqual([
      "vacancyIds.1",
      "vacancyIds.2",
      "vacancyIds.3",
    ]);
    expect(error.fields[1].message).toContain(unknown);

    const ok = await request({
      method: "POST",
      url: "/api/vacancies/batch/proposal",
      payload: { vacancyIds: [own!.id] },
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().vacancies).toBe(1);

    const tooMany = await request({
      method: "POST",
      url: "/api/vacancies/batch/proposal",
      payload: { vacancyIds: Array.from({ length: 1001 }, () => crypto.randomUUID()) },
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.fields[0].path).toBe("vacancyIds");
  });

  it("considers every open vacancy, beyond the first 200", async () => {
    const tenant = await createTenant();
    const org = await createOrganisation(tenant.id, { name: "Welzijn Oost" });
    const { request } = await userOf(tenant.id, "coordinator", org.id);
    await insertVolunteers(
      tenant.id,
      Array.from({ length: 220 }, (_, i) => ({
        organisationId: org.id,
        status: "active" as const,
        skills: [`taak-${i}`],
      })),
    );
    await ctx.db.insert(vacancy).values(
      Array.from({ length: 220 }, (_, i) => ({
        ...vacancyBase(tenant.id, org.id, i),
        locationType: "remote" as const,
        scheduleType: "flexible" as const,
        skills: [`taak-${i}`],
      })),
    );
    // Each vacancy has its own best volunteer; all 220 are placed only when all 220 are considered.
    const response = await request({ method: "POST", url: "/api/vacancies/batch/proposal", payload: {} });
    expect(response.statusCode, response.body).toBe(200);
    const proposal = response.json();
    expect(proposal.vacancies).toBe(220);
    expect(proposal.pairs).toHaveLength(220);
    expect(new Set(proposal.pairs.map((p: { vacancyId: string }) => p.vacancyId)).size).toBe(220);
    expect(proposal.total).toBe(220 * 100);
  });
});
