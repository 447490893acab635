import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slotsToMask } from "../../../shared/volunteers.ts";
import { application, mailMessage, person, trainingRecord, vogRecord, volunteer } from "../../db/schema.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * Two organisations in one tenant, each with a ready volunteer who fits everything (skills,
 * training, VOG, availability). The coordinator of "ours" may read only our volunteer, so every
 * action that takes a volunteer id must treat theirs as not existing.
 */
async function setup() {
  const tenant = await createTenant();
  const ours = await createOrganisation(tenant.id, { name: "Welzijn Oost" });
  const theirs = await createOrganisation(tenant.id, { name: "Humanitas West" });
  const coordinator = await createUser(tenant.id, "coordinator", { organisationId: ours.id });
  const request = as(ctx.app, await signIn(ctx.app, coordinator.email));
  const volunteerOf = async (name: string, organisationId: string) => {
    const email = `${name.toLowerCase()}-${crypto.randomUUID()}@test.inzet.nl`;
    const [p] = await ctx.db
      .insert(person)
      .values({ tenantId: tenant.id, givenName: name, familyName: "Test", email })
      .returning();
    const [v] = await ctx.db
      .insert(volunteer)
      .values({
        tenantId: tenant.id,
        organisationId,
        personId: p!.id,
        status: "active",
        skills: ["administratie"],
        availability: slotsToMask(["tue-evening"]),
        sortKey: name,
        searchKey: name.toLowerCase(),
      })
      .returning();
    await ctx.db.insert(trainingRecord).values([
      { volunteerId: v!.id, training: "gesprekstraining", completedOn: day(-60) },
      { volunteerId: v!.id, training: "thuisadministratie", completedOn: day(-60) },
    ]);
    await ctx.db
      .insert(vogRecord)
      .values({ volunteerId: v!.id, issuedOn: day(-10), renewalDue: day(900), profileCodes: ["11", "45"] });
    return { id: v!.id, email };
  };
  const own = await volunteerOf("Eigen", ours.id);
  const other = await volunteerOf("Ander", theirs.id);
  const mailsTo = async (email: string) =>
    (await ctx.db.select().from(mailMessage).where(eq(mailMessage.to, email))).length;
  return { tenant, ours, theirs, request, own, other, mailsTo };
}

const vacancyInput = {
  title: "Hulp bij de thuisadministratie",
  description: "Samen met een bewoner de post en de rekeningen op orde brengen.",
  locationType: "remote",
  scheduleType: "recurring",
  slots: ["tue-evening"],
  places: 3,
  skills: ["administratie"],
  status: "published",
};

describe("every action on a volunteer goes through the organisation scope of reading one", () => {
  it("does not rank, propose or invite another organisation's volunteer, and sends nothing", async () => {
    const { request, own, other, mailsTo } = await setup();
    // Reading: the other organisation's volunteer is not found (the rule every action must follow).
    expect((await request({ method: "GET", url: `/api/volunteers/${other.id}` })).statusCode).toBe(404);
    const vacancy = (await request({ method: "POST", url: "/api/vacancies", payload: vacancyInput })).json();

    const candidates = (
      await request({ method: "GET", url: `/api/vacancies/${vacancy.id}/candidates` })
    ).json();
    expect(candidates.candidates.map((c: { volunteerId: string }) => c.volunteerId)).toEqual([own.id]);

    const proposal = (
      await request({ method: "POST", url: "/api/vacancies/batch/proposal", payload: {} })
    ).json();
    expect(proposal.pairs.map((p: { volunteerId: string }) => p.volunteerId)).toEqual([own.id]);

    const single = await request({
      method: "POST",
      url: `/api/vacancies/${vacancy.id}/invitations`,
      payload: { volunteerId: other.id },
    });
    expect(single.statusCode).toBe(404);

    // A batch with one out-of-scope pair: 404, and not even the in-scope invitation is made.
    const batch = await request({
      method: "POST",
      url: "/api/vacancies/batch/invitations",
      payload: {
        pairs: [
          { vacancyId: vacancy.id, volunteerId: own.id },
          { vacancyId: vacancy.id, volunteerId: other.id },
        ],
      },
    });
    expect(batch.statusCode).toBe(404);
    const made = await ctx.db
      .select()
      .from(application)
      .where(
        and(eq(application.vacancyId, vacancy.id), inArray(application.volunteerId, [own.id, other.id])),
      );
    expect(made).toEqual([]);
    expect(await mailsTo(other.email)).toBe(0);
    expect(await mailsTo(own.email)).toBe(0);

    // The own volunteer can still be invited (and is mailed).
    const ok = await request({
      method: "POST",
      url: `/api/vacancies/${vacancy.id}/invitations`,
      payload: { volunteerId: own.id },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await mailsTo(own.email)).toBe(1);
    // The volunteer's page lists the invitation; another organisation's volunteer is not found.
    const own_ = (await request({ method: "GET", url: `/api/volunteers/${own.id}/applications` })).json();
    expect(own_.map((a: { vacancyId: string; status: string }) => [a.vacancyId, a.status])).toEqual([
      [vacancy.id, "invited"],
    ]);
    expect(
      (await request({ method: "GET", url: `/api/volunteers/${other.id}/applications` })).statusCode,
    ).toBe(404);
  });

  it("offers and accepts only the coordinator's own volunteers for an outreach shift", async () => {
    const { request, own, other } = await setup();
    const campaign = (
      await request({
        method: "POST",
        url: "/api/outreach/campaigns",
        payload: { name: "Huisbezoeken", programme: "Vroegsignalering", startsOn: day(-30), endsOn: day(60) },
      })
    ).json();
    const eligible = (
      await request({ method: "GET", url: `/api/outreach/campaigns/${campaign.id}/eligible-volunteers` })
    ).json();
    expect(eligible.map((v: { volunteerId: string }) => v.volunteerId)).toEqual([own.id]);

    const plan = (volunteerIds: string[]) =>
      request({
        method: "POST",
        url: `/api/outreach/campaigns/${campaign.id}/shifts`,
        payload: {
          walkListId: crypto.randomUUID(),
          date: day(1),
          startTime: "14:00",
          endTime: "16:00",
          volunteerIds,
          professionalUserIds: [],
        },
      });
    const codes = async (volunteerIds: string[]) =>
      ((await plan(volunteerIds)).json().error?.fields ?? []).map((f: { code: string }) => f.code);
    expect(await codes([own.id, other.id])).toContain("unknown_volunteer");
    expect(await codes([own.id, crypto.randomUUID()])).toContain("unknown_volunteer");
  });
});
