import { desc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { amsterdamDay } from "../../shared/dates.ts";
import { motiveItems } from "../../shared/motives.ts";
import {
  application,
  conference,
  conferenceRegistration,
  hoursEntry,
  pactMember,
  person,
  referral,
  vogRecord,
  volunteer,
  volunteerPhoto,
} from "../db/schema.ts";
import { agreementSamples } from "../test/agreement-samples.ts";
import { circleProgressSamples, ownGoalSamples } from "../test/circle-samples.ts";
import {
  as,
  createOrganisation,
  createTenant,
  createUser,
  PNG_BASE64,
  signIn,
  testApp,
} from "../test/harness.ts";
import { type ByUser, learningSamples } from "../test/learning-samples.ts";
import { participationSamples } from "../test/participation-samples.ts";
import { processingLog } from "./schema.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

describe("processing log", () => {
  it("gets an entry from every route that declares a processing activity", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant.id, "admin");
    const subject = await createUser(tenant.id, "volunteer");
    const request = as(ctx.app, await signIn(ctx.app, admin.email));
    // A volunteer with a profile, for the routes a volunteer uses on their own data.
    const volunteerUser = await createUser(tenant.id, "volunteer");
    const [ownVolunteer] = await ctx.db
      .insert(volunteer)
      .values({ tenantId: tenant.id, personId: volunteerUser.personId, status: "active" })
      .returning();
    const asVolunteer = as(ctx.app, await signIn(ctx.app, volunteerUser.email));
    const today = amsterdamDay();
    const assisted = await request({
      method: "POST",
      url: "/api/volunteers",
      payload: { givenName: "Log", familyName: "Subject", consent: true, channel: "persoonlijk" },
    });
    const v = assisted.json();
    const invitee = (
      await request({
        method: "POST",
        url: "/api/volunteers",
        payload: { givenName: "Uit", familyName: "Genodigd", consent: true, channel: "persoonlijk" },
      })
    ).json();
    await ctx.db
      .insert(volunteerPhoto)
      .values({ volunteerId: v.id, contentType: "image/png", data: PNG_BASE64 });
    const withVog = await request({
      method: "POST",
      url: `/api/volunteers/${v.id}/vogs`,
      payload: { requestedOn: today },
    });
    const trainings = [1, 2].map(() =>
      request({
        method: "POST",
        url: `/api/volunteers/${v.id}/trainings`,
        payload: { training: "ehbo", completedOn: today },
      }),
    );
    const trainingId = (await trainings[1]!).json().trainings[0].id;
    await trainings[0];
    const answers = Object.fromEntries(motiveItems.map((item) => [item.id, 5]));
    const org = await createOrganisation(tenant.id);
    const vacancy = (
      await request({
        method: "POST",
        url: "/api/vacancies",
        payload: {
          organisationId: org.id,
          title: "Vacature voor het log",
          description: "Een vacature om op te reageren in de test van het verwerkingslog.",
          locationType: "remote",
          scheduleType: "flexible",
          places: 3,
          status: "published",
        },
      })
    ).json();
    const secondVacancy = (
      await request({
        method: "POST",
        url: "/api/vacancies",
        payload: {
          organisationId: org.id,
          title: "Tweede vacature voor het log",
          description: "Een tweede vacature, voor de uitnodigingen in de test van het verwerkingslog.",
          locationType: "remote",
          scheduleType: "flexible",
          places: 3,
          status: "published",
        },
      })
    ).json();
    // The invitation the volunteer answers is the one the batch made (the batch sample runs first).
    // Hours need a placement: the invitation (accepted, then moved to intake by the samples) is placed here.
    let placed: string | null = null;
    const placedApplication = async () => {
      if (placed) return placed;
      const id = await ownInvitation();
      for (const status of ["placed"]) {
        await request({
          method: "POST",
          url: `/api/vacancies/${secondVacancy.id}/applications/${id}/status`,
          payload: { status },
        });
      }
      placed = id;
      return id;
    };
    const latestHours = async () => {
      const [row] = await ctx.db
        .select({ id: hoursEntry.id })
        .from(hoursEntry)
        .orderBy(desc(hoursEntry.createdAt))
        .limit(1);
      return row!.id;
    };
    const ownInvitation = async () => {
      const [latest] = await ctx.db
        .select({ id: application.id })
        .from(application)
        .where(eq(application.volunteerId, ownVolunteer!.id))
        .orderBy(desc(application.createdAt))
        .limit(1);
      return latest!.id;
    };
    // Achter de Voordeur: a campaign with letters sent, a walk list, and a shift today for the own
    // volunteer, a partner and a professional.
    let outreach: { campaignId: string; shiftId: string; shift: object } | null = null;
    const outreachSetup = async () => {
      if (outreach) return outreach;
      const day = (offset: number) => amsterdamDay(new Date(Date.now() + offset * 86_400_000));
      const professional = await createUser(tenant.id, "professional", { organisationId: org.id });
      const campaign = (
        await request({
          method: "POST",
          url: "/api/outreach/campaigns",
          payload: {
            name: "Log",
            programme: "Log",
            organisationId: org.id,
            optOutContact: "Bel ons als u geen bezoek wilt.",
            startsOn: day(-30),
            endsOn: day(30),
            requiredTraining: "",
            professionalUserIds: [professional.userId],
          },
        })
      ).json();
      await request({
        method: "POST",
        url: `/api/outreach/campaigns/${campaign.id}/addresses/import`,
        payload: {
          csv: "ID;STRAAT;HUISNUMMER;POSTCODE;WOONPLAATS;LAT;LON\n0363200000000001;Logstraat;1;1016AA;Amsterdam;52.37;4.88\n0363200000000002;Logstraat;2;1016AA;Amsterdam;52.3701;4.8801\n",
        },
      });
      const [list] = (
        await request({
          method: "POST",
          url: `/api/outreach/campaigns/${campaign.id}/walk-lists`,
          payload: {},
        })
      ).json();
      await request({
        method: "POST",
        url: `/api/outreach/campaigns/${campaign.id}/letters`,
        payload: { letterDate: day(-10) },
      });
      const [partnerPerson] = await ctx.db
        .insert(person)
        .values({ tenantId: tenant.id, givenName: "Partner", familyName: "Loper" })
        .returning();
      const [partner] = await ctx.db
        .insert(volunteer)
        .values({ tenantId: tenant.id, personId: partnerPerson!.id, status: "active" })
        .returning();
      for (const id of [ownVolunteer!.id, partner!.id])
        await ctx.db
          .insert(vogRecord)
          .values({ volunteerId: id, issuedOn: day(-100), renewalDue: day(900), profileCodes: ["45"] });
      const shift = {
        walkListId: list.id,
        date: day(0),
        startTime: "10:00",
        endTime: "12:00",
        volunteerIds: [ownVolunteer!.id, partner!.id],
        professionalUserIds: [professional.userId],
      };
      const created = await request({
        method: "POST",
        url: `/api/outreach/campaigns/${campaign.id}/shifts`,
        payload: shift,
      });
      outreach = { campaignId: campaign.id, shiftId: created.json().id, shift };
      return outreach;
    };
    const visitBody = async (door: number) => {
      const o = await outreachSetup();
      const doorstep = (
        await asVolunteer({ method: "GET", url: `/api/me/outreach-shifts/${o.shiftId}/doorstep` })
      ).json();
      return {
        shiftId: o.shiftId,
        addressId: doorstep.addresses[door].id,
        visitedAt: new Date().toISOString(),
        outcome: "conversation",
        consent: true,
        signals: { geld: "some" },
      };
    };
    /** A campaign of its own with two addresses, for the samples that replace or move walk lists. */
    let spare: { campaignId: string; listId: string; addressId: string } | null = null;
    const spareCampaign = async () => {
      if (spare) return spare;
      const today = new Date().toISOString().slice(0, 10);
      const campaign = (
        await request({
          method: "POST",
          url: "/api/outreach/campaigns",
          payload: {
            name: "Reserve",
            programme: "Log",
            organisationId: org.id,
            startsOn: today,
            endsOn: today,
          },
        })
      ).json();
      await request({
        method: "POST",
        url: `/api/outreach/campaigns/${campaign.id}/addresses/import`,
        payload: {
          csv: "ID;STRAAT;HUISNUMMER;POSTCODE;WOONPLAATS;LAT;LON\n0363200000000003;Reservestraat;1;1016AA;Amsterdam;52.37;4.88\n0363200000000004;Reservestraat;2;1016AA;Amsterdam;52.3701;4.8801\n",
        },
      });
      const [list] = (
        await request({
          method: "POST",
          url: `/api/outreach/campaigns/${campaign.id}/walk-lists`,
          payload: {},
        })
      ).json();
      spare = { campaignId: campaign.id, listId: list.id, addressId: list.addresses[0].id };
      return spare;
    };
    let referralId: string | null = null;
    const aReferral = async () => {
      if (referralId) return referralId;
      const [row] = await ctx.db
        .insert(referral)
        .values({
          tenantId: tenant.id,
          source: "outreachVisit",
          sourceId: crypto.randomUUID(),
          fromOrganisationId: org.id,
          partnerOrganisationId: org.id,
          household: "Logstraat 1",
          reason: "Voor het log",
        })
        .returning();
      referralId = row!.id;
      return referralId;
    };
    // The network (ADR 0020): the organisation and another one in the pact, a conference with a registration.
    let networked: Promise<{ other: string; conferenceId: string }> | undefined;
    const network = () =>
      (networked ??= (async () => {
        const other = await createOrganisation(tenant.id, { name: "Pactpartner" });
        await ctx.db.insert(pactMember).values([
          { tenantId: tenant.id, organisationId: org.id, signedOn: "2026-01-01", contactName: "Log Contact" },
          { tenantId: tenant.id, organisationId: other.id, signedOn: "2026-01-01" },
        ]);
        const [c] = await ctx.db
          .insert(conference)
          .values({
            tenantId: tenant.id,
            title: "Logconferentie",
            startsAt: new Date(Date.now() + 30 * 86_400_000),
            agendaDeadline: new Date(Date.now() + 20 * 86_400_000),
          })
          .returning();
        await ctx.db.insert(conferenceRegistration).values({
          tenantId: tenant.id,
          conferenceId: c!.id,
          organisationId: org.id,
          attendees: ["Log Naam"],
        });
        return { other: other.id, conferenceId: c!.id };
      })());
    const referralWith = async (status: "sent" | "done" | "intakePlanned") => {
      const [row] = await ctx.db
        .insert(referral)
        .values({
          tenantId: tenant.id,
          source: "intake",
          fromOrganisationId: org.id,
          partnerOrganisationId: org.id,
          household: "Logstraat 3",
          reason: "Voor het log",
          status,
          ...(status === "intakePlanned" && { intakeAt: new Date(Date.now() + 7 * 86_400_000) }),
        })
        .returning();
      return row!.id;
    };
    const conferenceUrl = async (tail = "") => `/api/conferences/${(await network()).conferenceId}${tail}`;
    const networkSamples = (): Record<string, () => Promise<Sample>> => ({
      "POST /api/referrals": async () => ({
        method: "POST",
        url: "/api/referrals",
        payload: {
          partnerOrganisationId: (await network()).other,
          resident: "Log Inwoner",
          contact: "06 12345678",
          contactPreference: "phone",
          reason: "Voor het log",
          consent: true,
        },
        byPartner: true,
      }),
      "GET /api/referrals/:id": async () => ({
        method: "GET",
        url: `/api/referrals/${await aReferral()}`,
        byPartner: true,
      }),
      "GET /api/referrals/:id/intake.ics": async () => ({
        method: "GET",
        url: `/api/referrals/${await referralWith("intakePlanned")}/intake.ics`,
        byPartner: true,
      }),
      "POST /api/referrals/:id/reopen": async () => ({
        method: "POST",
        url: `/api/referrals/${await referralWith("done")}/reopen`,
        payload: { note: "Toch nog nodig" },
        byPartner: true,
      }),
      "POST /api/referrals/:id/withdraw-consent": async () => ({
        method: "POST",
        url: `/api/referrals/${await referralWith("sent")}/withdraw-consent`,
        payload: {},
        byPartner: true,
      }),
      "GET /api/network/members": async () => {
        await network();
        return { method: "GET", url: "/api/network/members" };
      },
      "PUT /api/network/members": async () => ({
        method: "PUT",
        url: "/api/network/members",
        payload: {
          organisationId: (await network()).other,
          signedOn: "2026-02-01",
          contactName: "Nieuw Contact",
        },
      }),
      "GET /api/conferences/:id": async () => ({ method: "GET", url: await conferenceUrl() }),
      "GET /api/conferences/:id/invitations": async () => ({
        method: "GET",
        url: await conferenceUrl("/invitations"),
      }),
      "POST /api/conferences/:id/invitations": async () => ({
        method: "POST",
        url: await conferenceUrl("/invitations"),
      }),
      "GET /api/conferences/:id/report.pdf": async () => ({
        method: "GET",
        url: await conferenceUrl("/report.pdf"),
      }),
      "PATCH /api/conferences/:id": async () => ({
        method: "PATCH",
        url: await conferenceUrl(),
        payload: { minutes: "Verslag" },
      }),
      "POST /api/conferences/:id/agenda": async () => ({
        method: "POST",
        url: await conferenceUrl("/agenda"),
        payload: { title: "Logpunt", why: "Voor het log", presenter: "Log Spreker", organisationId: org.id },
      }),
      "PUT /api/conferences/:id/registration": async () => ({
        method: "PUT",
        url: await conferenceUrl("/registration"),
        payload: { attendees: ["Log Naam"] },
        byPartner: true,
      }),
      "POST /api/conferences/:id/attendance": async () => ({
        method: "POST",
        url: await conferenceUrl("/attendance"),
        payload: { organisationId: org.id, attended: true },
      }),
      "POST /api/conferences/:id/actions": async () => ({
        method: "POST",
        url: await conferenceUrl("/actions"),
        payload: { title: "Logactie", ownerOrganisationId: org.id, dueOn: "2027-01-31" },
      }),
    });
    let visited = false;
    const recordOneVisit = async () => {
      if (visited) return;
      await asVolunteer({
        method: "PUT",
        url: `/api/me/outreach-visits/${crypto.randomUUID()}`,
        payload: await visitBody(1),
      });
      visited = true;
    };
    // Mail to the subject so the outbox holds personal data.
    await ctx.mailer.send({
      to: subject.email,
      subject: "Test",
      text: "Hallo",
      tenantId: tenant.id,
      recipientUserId: subject.userId,
    });

    // Circles and coaching (ADR 0019): a circle led by the volunteer, with one participant.
    const coordinatorUser = await createUser(tenant.id, "coordinator", { organisationId: org.id });
    const asCoordinator = as(ctx.app, await signIn(ctx.app, coordinatorUser.email));
    const coachUser = await createUser(tenant.id, "volunteer");
    const [coach] = await ctx.db
      .insert(volunteer)
      .values({ tenantId: tenant.id, personId: coachUser.personId, organisationId: org.id, status: "active" })
      .returning();
    const programme = (
      await request({
        method: "POST",
        url: "/api/circle-programmes",
        payload: {
          name: "Budgetkring",
          kind: "budgetkring",
          organisationId: org.id,
          curriculum: [{ theme: "Geld op een rij" }],
          sessionCount: 2,
        },
      })
    ).json();
    const circleBody = {
      programmeId: programme.id,
      name: "Kring voor het log",
      place: "Buurthuis",
      startsOn: today,
      startTime: "19:00",
      endTime: "21:00",
      leaderIds: [ownVolunteer!.id],
    };
    const circle = (await request({ method: "POST", url: "/api/circles", payload: circleBody })).json();
    const participant = async () =>
      (
        await request({
          method: "POST",
          url: `/api/circles/${circle.id}/participants`,
          payload: { givenName: "Kring", familyName: "Deelnemer" },
        })
      ).json().id as string;
    const firstParticipant = await participant();
    const trajectory = async () =>
      (
        await asCoordinator({
          method: "POST",
          url: "/api/coaching/trajectories",
          payload: {
            coachVolunteerId: coach!.id,
            household: "Familie Log",
            startsOn: today,
            frequency: "weekly",
            consent: true,
          },
        })
      ).json().id as string;
    const trajectoryId = await trajectory();
    const onTrajectory = (path: string, payload?: object): Sample => ({
      method: path ? "POST" : "GET",
      url: `/api/coaching/trajectories/${trajectoryId}${path}`,
      payload,
      byCoordinator: true,
    });
    const circleSamples: Record<string, () => Sample | Promise<Sample>> = {
      "GET /api/circles": () => ({ method: "GET", url: "/api/circles" }),
      "POST /api/circles": () => ({ method: "POST", url: "/api/circles", payload: circleBody }),
      "GET /api/circles/:id": () => ({ method: "GET", url: `/api/circles/${circle.id}` }),
      "PUT /api/circles/:id/leaders": () => ({
        method: "PUT",
        url: `/api/circles/${circle.id}/leaders`,
        payload: { leaderIds: [ownVolunteer!.id] },
      }),
      "POST /api/circles/:id/sessions": () => ({
        method: "POST",
        url: `/api/circles/${circle.id}/sessions`,
        payload: { date: today, theme: "Extra bijeenkomst" },
      }),
      "PATCH /api/circle-sessions/:id": () => ({
        method: "PATCH",
        url: `/api/circle-sessions/${circle.sessions[1].id}`,
        payload: { theme: "Ander thema" },
      }),
      "POST /api/circles/:id/participants": () => ({
        method: "POST",
        url: `/api/circles/${circle.id}/participants`,
        payload: { givenName: "Nog", familyName: "Een" },
      }),
      "POST /api/circle-participants/:id/leave": async (): Promise<Sample> => ({
        method: "POST",
        url: `/api/circle-participants/${await participant()}/leave`,
      }),
      "GET /api/me/circle-sessions/:id": () => ({
        method: "GET",
        url: `/api/me/circle-sessions/${circle.sessions[0].id}`,
        byVolunteer: true,
      }),
      "PUT /api/me/circle-sessions/:id/attendance/:syncId": () => ({
        method: "PUT",
        url: `/api/me/circle-sessions/${circle.sessions[0].id}/attendance/${crypto.randomUUID()}`,
        payload: { records: [{ participantId: firstParticipant, status: "present" }] },
        byVolunteer: true,
      }),
      "GET /api/coaching/trajectories": () => ({
        method: "GET",
        url: "/api/coaching/trajectories",
        byCoordinator: true,
      }),
      "POST /api/coaching/trajectories": () => ({
        method: "POST",
        url: "/api/coaching/trajectories",
        payload: {
          coachVolunteerId: coach!.id,
          household: "Familie Twee",
          startsOn: today,
          frequency: "monthly",
          consent: true,
        },
        byCoordinator: true,
      }),
      "GET /api/coaching/trajectories/:id": () => onTrajectory(""),
      "POST /api/coaching/trajectories/:id/meetings": () =>
        onTrajectory("/meetings", { heldOn: today, minutes: 30, topics: ["post"] }),
      "POST /api/coaching/trajectories/:id/escalate": () =>
        onTrajectory("/escalate", { note: "Te zwaar voor de coach" }),
      "POST /api/coaching/trajectories/:id/escalation-outcome": () =>
        onTrajectory("/escalation-outcome", { outcome: "backToCoach" }),
      "POST /api/coaching/trajectories/:id/extend": () => onTrajectory("/extend", { maxEndOn: "2099-01-01" }),
      "POST /api/coaching/trajectories/:id/end": () =>
        onTrajectory("/end", { endedOn: today, reason: "goalReached", outcome: "solved" }),
    };

    /** A valid request for each route that touches personal data. A new such route must be added here. */
    type Sample = {
      method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
      url: string;
      payload?: object;
      byVolunteer?: true;
      /** Referrals are for the partner and the sender only, not the beheerder. */
      byPartner?: true;
      /** Made by another user (e.g. the client council), prepared by a feature's sample helper. */
      by?: ByUser;
      /** Coaching is for the organisation's coordinator and the coach only (ADR 0019). */
      byCoordinator?: true;
      /** Sent by this user (a klantmanager, a client) instead of the beheerder. */
      actor?: { request: typeof request; userId: string };
    };
    const samples: Record<string, () => Sample | Promise<Sample>> = {
      ...circleSamples,
      ...circleProgressSamples(request, circle.id, firstParticipant),
      ...(await ownGoalSamples(ctx.app, ctx.db, tenant.id, circle.id)),
      ...(await participationSamples(ctx.app, ctx.db, tenant.id, request)),
      "GET /api/users": () => ({ method: "GET", url: "/api/users" }),
      "GET /api/users/:userId": () => ({ method: "GET", url: `/api/users/${subject.userId}` }),
      "POST /api/users": () => ({
        method: "POST",
        url: "/api/users",
        payload: {
          givenName: "Nieuw",
          familyName: "Persoon",
          email: `nieuw-${crypto.randomUUID()}@test.inzet.nl`,
          role: "volunteer",
        },
      }),
      "POST /api/users/:userId/memberships": () => ({
        method: "POST",
        url: `/api/users/${subject.userId}/memberships`,
        payload: { role: "participant" },
      }),
      "DELETE /api/users/:userId/memberships/:membershipId": () => ({
        method: "DELETE",
        url: `/api/users/${subject.userId}/memberships/${subject.membershipId}`,
      }),
      "GET /api/outbox": () => ({ method: "GET", url: "/api/outbox" }),
      "GET /api/volunteers": () => ({ method: "GET", url: "/api/volunteers" }),
      "GET /api/volunteers/export": () => ({ method: "GET", url: "/api/volunteers/export" }),
      "POST /api/volunteers": () => ({
        method: "POST",
        url: "/api/volunteers",
        payload: { givenName: "Nog", familyName: "Iemand", consent: true, channel: "persoonlijk" },
      }),
      "GET /api/volunteers/:id": () => ({ method: "GET", url: `/api/volunteers/${v.id}` }),
      "PUT /api/volunteers/:id": () => ({
        method: "PUT",
        url: `/api/volunteers/${v.id}`,
        payload: { givenName: "Log", familyName: "Subject", hoursPerWeek: 3 },
      }),
      "POST /api/volunteers/:id/status": () => ({
        method: "POST",
        url: `/api/volunteers/${v.id}/status`,
        payload: { status: "active", on: today },
      }),
      "POST /api/volunteers/:id/motives": () => ({
        method: "POST",
        url: `/api/volunteers/${v.id}/motives`,
        payload: answers,
      }),
      "POST /api/volunteers/:id/vogs": () => ({
        method: "POST",
        url: `/api/volunteers/${v.id}/vogs`,
        payload: { requestedOn: today },
      }),
      "PUT /api/volunteers/:id/vogs/:vogId": () => ({
        method: "PUT",
        url: `/api/volunteers/${v.id}/vogs/${withVog.json().vogs[0].id}`,
        payload: { requestedOn: today, receivedOn: today, issuedOn: today },
      }),
      "POST /api/volunteers/:id/trainings": () => ({
        method: "POST",
        url: `/api/volunteers/${v.id}/trainings`,
        payload: { training: "privacy", completedOn: today },
      }),
      "DELETE /api/volunteers/:id/trainings/:trainingId": () => ({
        method: "DELETE",
        url: `/api/volunteers/${v.id}/trainings/${trainingId}`,
      }),
      "POST /api/volunteers/:id/check-ins": () => ({
        method: "POST",
        url: `/api/volunteers/${v.id}/check-ins`,
        payload: {
          heldOn: today,
          satisfaction: 4,
          roleClarity: 4,
          support: 4,
          coordinatorRelation: 4,
          workload: 3,
        },
      }),
      "POST /api/volunteers/:id/erase": () => ({ method: "POST", url: `/api/volunteers/${v.id}/erase` }),
      "PUT /api/me/volunteer": () => ({
        method: "PUT",
        url: "/api/me/volunteer",
        payload: { givenName: "Eigen", familyName: "Profiel" },
        byVolunteer: true,
      }),
      "POST /api/me/volunteer/motives": () => ({
        method: "POST",
        url: "/api/me/volunteer/motives",
        payload: answers,
        byVolunteer: true,
      }),
      "PUT /api/me/volunteer/photo": () => ({
        method: "PUT",
        url: "/api/me/volunteer/photo",
        payload: { dataUrl: `data:image/png;base64,${PNG_BASE64}` },
        byVolunteer: true,
      }),
      "DELETE /api/me/volunteer/photo": () => ({
        method: "DELETE",
        url: "/api/me/volunteer/photo",
        byVolunteer: true,
      }),
      "GET /api/volunteers/:id/photo": () => ({ method: "GET", url: `/api/volunteers/${v.id}/photo` }),
      "GET /api/vacancies/:id/candidates": () => ({
        method: "GET",
        url: `/api/vacancies/${vacancy.id}/candidates`,
      }),
      "POST /api/vacancies/:id/invitations": () => ({
        method: "POST",
        url: `/api/vacancies/${vacancy.id}/invitations`,
        payload: { volunteerId: invitee.id },
      }),
      "POST /api/vacancies/batch/proposal": () => ({
        method: "POST",
        url: "/api/vacancies/batch/proposal",
        payload: {},
      }),
      "POST /api/vacancies/batch/invitations": () => ({
        method: "POST",
        url: "/api/vacancies/batch/invitations",
        payload: { pairs: [{ vacancyId: secondVacancy.id, volunteerId: ownVolunteer!.id }] },
      }),
      "POST /api/me/applications/:id/answer": async (): Promise<Sample> => ({
        method: "POST",
        url: `/api/me/applications/${await ownInvitation()}/answer`,
        payload: { accept: true },
        byVolunteer: true,
      }),
      "GET /api/volunteers/:id/vacancy-matches": () => ({
        method: "GET",
        url: `/api/volunteers/${invitee.id}/vacancy-matches`,
      }),
      "GET /api/volunteers/:id/applications": () => ({
        method: "GET",
        url: `/api/volunteers/${ownVolunteer!.id}/applications`,
      }),
      "GET /api/vacancies/:id/applications": () => ({
        method: "GET",
        url: `/api/vacancies/${vacancy.id}/applications`,
      }),
      "POST /api/vacancies/:id/applications/:applicationId/status": async (): Promise<Sample> => ({
        method: "POST",
        url: `/api/vacancies/${secondVacancy.id}/applications/${await ownInvitation()}/status`,
        payload: { status: "intake" },
      }),
      "POST /api/me/applications/:id/hours": async (): Promise<Sample> => ({
        method: "POST",
        url: `/api/me/applications/${await placedApplication()}/hours`,
        payload: { date: amsterdamDay(), hours: 2 },
        byVolunteer: true,
      }),
      "GET /api/vacancies/:id/hours": () => ({
        method: "GET",
        url: `/api/vacancies/${secondVacancy.id}/hours`,
      }),
      "POST /api/vacancies/:id/applications/:applicationId/hours": async (): Promise<Sample> => ({
        method: "POST",
        url: `/api/vacancies/${secondVacancy.id}/applications/${await placedApplication()}/hours`,
        payload: { date: amsterdamDay(), hours: 1 },
      }),
      "POST /api/vacancies/:id/hours/:entryId/decision": async (): Promise<Sample> => ({
        method: "POST",
        url: `/api/vacancies/${secondVacancy.id}/hours/${await latestHours()}/decision`,
        payload: { approve: true },
      }),
      "POST /api/vacancies/:id/applications/:applicationId/allowances/check": async (): Promise<Sample> => ({
        method: "POST",
        url: `/api/vacancies/${secondVacancy.id}/applications/${await placedApplication()}/allowances/check`,
        payload: { paidOn: amsterdamDay(), amount: 5 },
      }),
      "POST /api/vacancies/:id/applications/:applicationId/allowances": async (): Promise<Sample> => ({
        method: "POST",
        url: `/api/vacancies/${secondVacancy.id}/applications/${await placedApplication()}/allowances`,
        payload: { paidOn: amsterdamDay(), amount: 5 },
      }),
      "POST /api/me/applications": () => ({
        method: "POST",
        url: "/api/me/applications",
        payload: { vacancyId: vacancy.id },
        byVolunteer: true,
      }),
      "PUT /api/outreach/addresses/:id/exclusion": async (): Promise<Sample> => {
        const today = amsterdamDay();
        const campaign = (
          await request({
            method: "POST",
            url: "/api/outreach/campaigns",
            payload: {
              name: "Log",
              programme: "Log",
              organisationId: org.id,
              startsOn: today,
              endsOn: today,
            },
          })
        ).json();
        await request({
          method: "POST",
          url: `/api/outreach/campaigns/${campaign.id}/addresses/import`,
          payload: {
            csv: "ID;STRAAT;HUISNUMMER;POSTCODE;WOONPLAATS;LAT;LON\n0363200000000001;Logstraat;1;1016AA;Amsterdam;52.37;4.88\n",
          },
        });
        const [address] = (
          await request({ method: "GET", url: `/api/outreach/campaigns/${campaign.id}/addresses` })
        ).json().items;
        return {
          method: "PUT",
          url: `/api/outreach/addresses/${address.id}/exclusion`,
          payload: { excluded: true, reason: "Op verzoek" },
        };
      },
      "GET /api/outreach/professionals": async (): Promise<Sample> => {
        await outreachSetup();
        return { method: "GET", url: "/api/outreach/professionals" };
      },
      "GET /api/outreach/campaigns/:id/addresses": async (): Promise<Sample> => ({
        method: "GET",
        url: `/api/outreach/campaigns/${(await outreachSetup()).campaignId}/addresses`,
      }),
      "POST /api/outreach/campaigns/:id/letters": async (): Promise<Sample> => ({
        method: "POST",
        url: `/api/outreach/campaigns/${(await outreachSetup()).campaignId}/letters`,
        payload: {
          letterDate: new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10),
          which: "all",
        },
      }),
      "POST /api/outreach/campaigns/:id/walk-lists": async (): Promise<Sample> => ({
        method: "POST",
        url: `/api/outreach/campaigns/${(await spareCampaign()).campaignId}/walk-lists`,
        payload: {},
      }),
      "GET /api/outreach/campaigns/:id/walk-lists": async (): Promise<Sample> => ({
        method: "GET",
        url: `/api/outreach/campaigns/${(await outreachSetup()).campaignId}/walk-lists`,
      }),
      "PUT /api/outreach/addresses/:id/walk-list": async (): Promise<Sample> => {
        spare = null;
        const s = await spareCampaign();
        return {
          method: "PUT",
          url: `/api/outreach/addresses/${s.addressId}/walk-list`,
          payload: { walkListId: s.listId },
        };
      },
      "POST /api/outreach/walk-lists/:id/optimise": async (): Promise<Sample> => ({
        method: "POST",
        url: `/api/outreach/walk-lists/${(await spareCampaign()).listId}/optimise`,
      }),
      "GET /api/outreach/campaigns/:id/eligible-volunteers": async (): Promise<Sample> => ({
        method: "GET",
        url: `/api/outreach/campaigns/${(await outreachSetup()).campaignId}/eligible-volunteers`,
      }),
      "DELETE /api/outreach/campaigns/:id/shifts/:shiftId": async (): Promise<Sample> => {
        const o = await outreachSetup();
        const created = await request({
          method: "POST",
          url: `/api/outreach/campaigns/${o.campaignId}/shifts`,
          payload: { ...o.shift, startTime: "16:00", endTime: "17:00" },
        });
        return {
          method: "DELETE",
          url: `/api/outreach/campaigns/${o.campaignId}/shifts/${created.json().id}`,
        };
      },
      "POST /api/outreach/campaigns/:id/follow-up-lists": async (): Promise<Sample> => {
        await recordOneVisit();
        return {
          method: "POST",
          url: `/api/outreach/campaigns/${(await outreachSetup()).campaignId}/follow-up-lists`,
          payload: { dueBy: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10) },
        };
      },
      "GET /api/volunteers/expiring": async (): Promise<Sample> => {
        const soon = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
        await ctx.db.insert(vogRecord).values({ volunteerId: v.id, issuedOn: today, renewalDue: soon });
        return { method: "GET", url: "/api/volunteers/expiring" };
      },
      "GET /api/vacancies/reports/hours": () => ({
        method: "GET",
        url: "/api/vacancies/reports/hours?groupBy=volunteer&format=json",
      }),
      "GET /api/processing-log": () => ({ method: "GET", url: "/api/processing-log" }),
      "GET /api/processing-log/export": () => ({ method: "GET", url: "/api/processing-log/export" }),
      "GET /api/processing-log/logboek": () => ({
        method: "GET",
        url: `/api/processing-log/logboek?from=${new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)}&to=${new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)}&format=csv`,
      }),
      "GET /api/outreach/campaigns/:id/shifts": async (): Promise<Sample> => ({
        method: "GET",
        url: `/api/outreach/campaigns/${(await outreachSetup()).campaignId}/shifts`,
      }),
      "POST /api/outreach/campaigns/:id/shifts": async (): Promise<Sample> => {
        const o = await outreachSetup();
        return {
          method: "POST",
          url: `/api/outreach/campaigns/${o.campaignId}/shifts`,
          payload: { ...o.shift, startTime: "13:00", endTime: "15:00" },
        };
      },
      "PUT /api/outreach/campaigns/:id/shifts/:shiftId": async (): Promise<Sample> => {
        const o = await outreachSetup();
        return {
          method: "PUT",
          url: `/api/outreach/campaigns/${o.campaignId}/shifts/${o.shiftId}`,
          payload: { ...o.shift, endTime: "12:30" },
        };
      },
      "PUT /api/me/outreach-visits/:id": async (): Promise<Sample> => ({
        method: "PUT",
        url: `/api/me/outreach-visits/${crypto.randomUUID()}`,
        payload: await visitBody(0),
        byVolunteer: true,
      }),
      "GET /api/me/outreach-shifts/:id/doorstep": async (): Promise<Sample> => {
        await recordOneVisit();
        return {
          method: "GET",
          url: `/api/me/outreach-shifts/${(await outreachSetup()).shiftId}/doorstep`,
          byVolunteer: true,
        };
      },
      "GET /api/outreach/campaigns/:id/visits": async (): Promise<Sample> => {
        await recordOneVisit();
        return { method: "GET", url: `/api/outreach/campaigns/${(await outreachSetup()).campaignId}/visits` };
      },
      "GET /api/referrals": async (): Promise<Sample> => {
        await aReferral();
        return { method: "GET", url: "/api/referrals", byPartner: true };
      },
      "POST /api/referrals/:id/answer": async (): Promise<Sample> => ({
        method: "POST",
        url: `/api/referrals/${await aReferral()}/answer`,
        payload: { status: "received" },
        byPartner: true,
      }),
      ...networkSamples(),
      "GET /api/me/outreach-shifts": async (): Promise<Sample> => {
        await outreachSetup();
        return { method: "GET", url: "/api/me/outreach-shifts", byVolunteer: true };
      },
      "POST /api/me/outreach-shifts/:id/check-in": async (): Promise<Sample> => ({
        method: "POST",
        url: `/api/me/outreach-shifts/${(await outreachSetup()).shiftId}/check-in`,
        byVolunteer: true,
      }),
      "POST /api/me/outreach-shifts/:id/check-out": async (): Promise<Sample> => ({
        method: "POST",
        url: `/api/me/outreach-shifts/${(await outreachSetup()).shiftId}/check-out`,
        byVolunteer: true,
      }),
      ...agreementSamples(ctx.db, tenant.id, org.id),
      "POST /api/me/volunteer/erasure-request": () => ({
        method: "POST",
        url: "/api/me/volunteer/erasure-request",
        byVolunteer: true,
      }),
      ...learningSamples(ctx.app, tenant.id, org.id),
    };

    // Routes that declare why they write no entry (the subject is the actor) are checked by the
    // runtime hook in every test that calls them; the rest must log here.
    const declared = ctx.routes.filter(
      (r) => r.config.processing && !r.config.processingNotLogged && r.method !== "HEAD",
    );
    expect(declared.length).toBeGreaterThan(0);
    for (const route of declared) {
      const key = `${route.method} ${route.url}`;
      const sample = samples[key];
      expect(sample, `no sample request for ${key}`).toBeDefined();
      const { byVolunteer, byPartner, byCoordinator, by: byUser, actor, ...options } = await sample!();
      const by = byUser ?? actor;
      const partner = byPartner
        ? await createUser(tenant.id, "partner", { organisationId: org.id })
        : byCoordinator
          ? coordinatorUser
          : null;
      const asPartner = partner ? as(ctx.app, await signIn(ctx.app, partner.email)) : null;
      const response = await (by?.request ?? asPartner ?? (byVolunteer ? asVolunteer : request))(options);
      expect(response.statusCode, `${key}: ${response.body}`).toBeLessThan(300);
      const traceId = String(response.headers["x-trace-id"]);
      const entries = await ctx.db.select().from(processingLog).where(eq(processingLog.traceId, traceId));
      expect(entries.length, `${key} wrote no processing log entry`).toBeGreaterThan(0);
      expect(
        entries.every(
          (e) =>
            e.activity === route.config.processing &&
            e.tenantId === tenant.id &&
            e.actorUserId ===
              (by?.userId ?? partner?.userId ?? (byVolunteer ? volunteerUser.userId : admin.userId)),
        ),
      ).toBe(true);
    }
  }, 120_000); // one long walk over every route, on a shared machine

  it("lets a beheerder search and export, and a person see who processed their data", async () => {
    const tenant = await createTenant();
    const admin = await createUser(tenant.id, "admin");
    const subject = await createUser(tenant.id, "volunteer");
    const asAdmin = as(ctx.app, await signIn(ctx.app, admin.email));
    await asAdmin({ method: "GET", url: `/api/users/${subject.userId}` });

    const search = await asAdmin({ method: "GET", url: `/api/processing-log?subjectId=${subject.personId}` });
    expect(search.json().total).toBe(1);
    // Reading the log is itself logged: the export finds the read of the user and the search.
    expect(search.json().items[0]).toMatchObject({
      actorName: "Test admin",
      activity: "accounts.manage",
      action: "read",
    });

    const csv = await asAdmin({
      method: "GET",
      url: `/api/processing-log/export?subjectId=${subject.personId}`,
    });
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body.trim().split("\n")).toHaveLength(3);
    expect(csv.body).toContain("privacy.processingLog");
    expect(csv.body).toContain(subject.personId);

    const asSubject = as(ctx.app, await signIn(ctx.app, subject.email));
    const mine = await asSubject({ method: "GET", url: "/api/me/processing-log" });
    expect(mine.statusCode).toBe(200);
    // The beheerder's read of the user, and their two reads of the log about this person.
    const items = mine.json().items as { actorName: string; activity: string }[];
    expect(items.map((i) => i.actorName)).toEqual(["Test admin", "Test admin", "Test admin"]);
    expect(items.map((i) => i.activity).sort()).toEqual([
      "accounts.manage",
      "privacy.processingLog",
      "privacy.processingLog",
    ]);
  });

  it("is append-only for the application", async () => {
    await expect(ctx.db.execute(sql`update processing_log set action = 'delete'`)).rejects.toThrow();
    await expect(ctx.db.delete(processingLog)).rejects.toThrow();
  });
});
