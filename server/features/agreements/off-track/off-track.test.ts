import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Activity, AgreementContent } from "../../../../shared/agreements/agreement.ts";
import {
  agreement,
  agreementIndicatorValue,
  agreementNode,
  agreementTrajectory,
  agreementVersion,
} from "../../../db/schema.ts";
import { createMailer } from "../../../platform/mail.ts";
import {
  as,
  createDistrict,
  createOrganisation,
  createTenant,
  createUser,
  signIn,
  testApp,
  testConfig,
} from "../../../test/harness.ts";
import { startSmtp } from "../../../test/smtp.ts";
import { previousMonth, sendOffTrackSignals } from "./service.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  smtp = await startSmtp();
  ctx = await testApp();
});
afterAll(async () => {
  await ctx.app.close();
  await smtp.close();
});

const activity = (key: string, title: string, ownerPartyKey: string, solutionNodeId: string): Activity => ({
  key,
  title,
  solutionNodeId,
  supplierPartyKey: "welzijn",
  ownerPartyKey,
  cost: 100,
  budget: [{ partyKey: "gemeente", amount: 100 }],
  volunteerHoursPerMonth: 4,
  professionalHoursPerMonth: 1,
  vacancyIds: [],
  indicators: [{ key: "bezoekers", name: "Bezoekers", source: "manual", target: 10 }],
  professionalSupport: "",
});

/** An agreement in force in 2027 with three activities, owned by an organisation, the municipality, residents. */
async function setUp() {
  const tenant = await createTenant();
  const district = await createDistrict(tenant.id, `WK${tenant.code.slice(2)}09`, "West");
  const welzijn = await createOrganisation(tenant.id, { name: "Welzijn West" });
  const other = await createOrganisation(tenant.id, { name: "Sport Oost" });
  const owner = await createUser(tenant.id, "coordinator", { organisationId: welzijn.id });
  const outsider = await createUser(tenant.id, "coordinator", { organisationId: other.id });
  const policy = await createUser(tenant.id, "policyOfficer", { organisationId: other.id });
  const [t] = await ctx.db
    .insert(agreementTrajectory)
    .values({
      tenantId: tenant.id,
      districtId: district.id,
      leadOrganisationId: welzijn.id,
      leadName: "Ria Wit",
      supportOn: "2026-10-01",
    })
    .returning();
  const [node] = await ctx.db
    .insert(agreementNode)
    .values({ tenantId: tenant.id, trajectoryId: t!.id, kind: "solution", title: "Koffie", stage: "chosen" })
    .returning();
  const content: AgreementContent = {
    title: "Afspraken West 2027",
    validFrom: "2027-01-01",
    validUntil: "2027-12-31",
    parties: [
      { key: "gemeente", kind: "municipality", organisationId: null, name: "Gemeente" },
      { key: "welzijn", kind: "organisation", organisationId: welzijn.id, name: "Welzijn West" },
      { key: "bewoners", kind: "residents", organisationId: null, name: "Bewonersgroep West" },
    ],
    activities: [
      activity("koffie", "Koffieochtend", "welzijn", node!.id),
      activity("schoon", "Schone straat", "gemeente", node!.id),
      activity("buurt", "Buurtfeest", "bewoners", node!.id),
    ],
    reviewDates: ["2027-06-01"],
  };
  const [made] = await ctx.db
    .insert(agreement)
    .values({ tenantId: tenant.id, trajectoryId: t!.id })
    .returning();
  await ctx.db.insert(agreementVersion).values({
    tenantId: tenant.id,
    agreementId: made!.id,
    number: 1,
    status: "active",
    activatedAt: new Date(),
    content,
  });
  // February 2027: the coffee mornings had 2 visitors of 10, the clean street 12, the party none.
  for (const [activityKey, value] of [
    ["koffie", 2],
    ["schoon", 12],
  ] as const)
    await ctx.db.insert(agreementIndicatorValue).values({
      tenantId: tenant.id,
      agreementId: made!.id,
      activityKey,
      indicatorKey: "bezoekers",
      month: "2027-02",
      value,
    });
  return { owner, outsider, policy, id: made!.id };
}

describe("the off-track signal", () => {
  it("takes the month before, also across the year", () => {
    expect(previousMonth("2027-03-02")).toEqual({ month: "2027-02", from: "2027-02-01", to: "2027-02-28" });
    expect(previousMonth("2027-01-01")).toEqual({ month: "2026-12", from: "2026-12-01", to: "2026-12-31" });
  });

  it("tells the owner of an activity that went off track last month, once, and nobody else", async () => {
    const { owner, outsider, policy, id } = await setUp();
    const mailer = createMailer({ db: ctx.db, smtpUrl: smtp.url, from: testConfig().MAIL_FROM });
    // 1 March 2027 00:30 in Amsterdam is still 28 February in UTC: the month before is February.
    const now = new Date("2027-02-28T23:30:00Z");
    const before = smtp.received.length;
    await sendOffTrackSignals(ctx.db, mailer, "https://inzet.example.nl", now);
    const mails = smtp.received.slice(before);
    const toOwner = mails.filter((m) => m.to === owner.email);
    expect(toOwner).toHaveLength(1);
    // Schone straat reached its target (the municipality hears nothing); the residents' group has no mailbox.
    expect(mails.filter((m) => m.to === policy.email || m.to === outsider.email)).toHaveLength(0);
    const mail = await simpleParser(toOwner[0]!.raw);
    expect(mail.subject).toBe("Wijkaanpak West: Koffieochtend loopt achter");
    expect(mail.text).toContain("In februari 2027 liep de activiteit 'Koffieochtend'");
    expect(mail.text).toContain("- Bezoekers: 2 van 10 (streefwaarde)");
    expect(mail.text).toContain("omdat Welzijn West eigenaar is");
    expect(mail.text).toContain(`/afspraken/${id}/monitoring`);
    expect(mail.text).toContain("evaluatiemoment van 2027-06-01");

    await sendOffTrackSignals(ctx.db, mailer, "https://inzet.example.nl", new Date("2027-03-05T08:00:00Z"));
    expect(smtp.received.slice(before).filter((m) => m.to === owner.email)).toHaveLength(1);

    // The monitoring page says who was told, and that the residents' group could not be mailed.
    const call = as(ctx.app, await signIn(ctx.app, policy.email));
    const monitoring = await call({
      method: "GET",
      url: `/api/agreements/documents/${id}/monitoring?from=2027-02-01&to=2027-02-28`,
    });
    expect(monitoring.statusCode, monitoring.body).toBe(200);
    const signalled = Object.fromEntries(
      monitoring.json().activities.map((a: { key: string; signalled: unknown[] }) => [a.key, a.signalled]),
    );
    expect(signalled.koffie).toEqual([{ month: "2027-02", sentAt: expect.any(String), recipients: 1 }]);
    expect(signalled.buurt).toEqual([{ month: "2027-02", sentAt: expect.any(String), recipients: 0 }]);
    expect(signalled.schoon).toEqual([]);
  });

  it("tells the municipality's policy officers when the municipality owns the activity", async () => {
    const { policy } = await setUp();
    const mailer = createMailer({ db: ctx.db, smtpUrl: smtp.url, from: testConfig().MAIL_FROM });
    const before = smtp.received.length;
    // April: no values at all, so every activity is behind, the municipality's one too.
    await sendOffTrackSignals(ctx.db, mailer, "https://inzet.example.nl", new Date("2027-05-03T08:00:00Z"));
    const mails = smtp.received.slice(before).filter((m) => m.to === policy.email);
    const subjects = await Promise.all(mails.map(async (m) => (await simpleParser(m.raw)).subject));
    expect(subjects).toEqual(["Wijkaanpak West: Schone straat loopt achter"]);
  });
});
