import { and, asc, eq, isNotNull } from "drizzle-orm";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, amsterdamDay, amsterdamInstant } from "../../../shared/dates.ts";
import { workingDaysBetween } from "../../../shared/working-days.ts";
import {
  mailMessage,
  organisation,
  pactMember,
  processingLog,
  referral,
  referralStatusChange,
} from "../../db/schema.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const user = async (tenantId: string, role: Parameters<typeof createUser>[1], organisationId: string) => {
  const made = await createUser(tenantId, role, { organisationId });
  return { ...made, call: as(ctx.app, await signIn(ctx.app, made.email)) };
};

async function network() {
  const tenant = await createTenant();
  const stadsbank = await createOrganisation(tenant.id, { name: "Stadsbank", type: "officialBody" });
  const humanitas = await createOrganisation(tenant.id, {
    name: "Humanitas Thuisadministratie",
    type: "volunteerOrganisation",
  });
  const outsider = await createOrganisation(tenant.id, { name: "Buiten het pact" });
  await ctx.db.insert(pactMember).values([
    { tenantId: tenant.id, organisationId: stadsbank.id, signedOn: "2026-01-01", serviceLevelDays: 3 },
    { tenantId: tenant.id, organisationId: humanitas.id, signedOn: "2026-01-01" },
  ]);
  return { tenant, stadsbank, humanitas, outsider };
}

const referTo = (partnerOrganisationId: string, extra: Record<string, unknown> = {}) => ({
  partnerOrganisationId,
  resident: "Jowan Bakker",
  contact: "06 12345678",
  contactPreference: "phone",
  reason: "Overzicht van rekeningen kwijt, wil hulp thuis",
  urgency: "normal",
  handoff: true,
  consent: true,
  ...extra,
});

describe("referrals in both directions between pact members", () => {
  it("refers with consent both ways, records the partner's reference and intake, hides case notes from the sender, and erases on withdrawal", async () => {
    const { tenant, stadsbank, humanitas, outsider } = await network();
    const bank = await user(tenant.id, "partner", stadsbank.id);
    const volunteer = await user(tenant.id, "coordinator", humanitas.id);
    const humanitasAnswers = await user(tenant.id, "professional", humanitas.id);
    const stranger = await user(tenant.id, "coordinator", outsider.id);
    const create = (who: typeof bank, body: Record<string, unknown>) =>
      who.call({ method: "POST", url: "/api/referrals", payload: body });

    // Refused: no consent, an organisation outside the pact, one's own, a sender outside the pact.
    const noConsent = await create(bank, referTo(humanitas.id, { consent: false }));
    expect(noConsent.json().error.fields[0]).toMatchObject({ path: "consent" });
    const outside = await create(bank, referTo(outsider.id));
    expect(outside.json().error.fields[0]).toMatchObject({
      path: "partnerOrganisationId",
      code: "outside_pact",
    });
    expect((await create(bank, referTo(stadsbank.id))).statusCode).toBe(400);
    expect((await create(stranger, referTo(humanitas.id))).json().error.code).toBe("not_in_pact");
    expect(
      (await create(bank, referTo(humanitas.id, { resident: "Jo\uD800wan" }))).json().error.fields[0],
    ).toMatchObject({
      path: "resident",
      code: "invalid_characters",
    });

    // The stadsbank refers a resident to Humanitas: consent in plain words, the partner hears of it.
    const made = await create(bank, referTo(humanitas.id));
    expect(made.statusCode, made.body).toBe(201);
    const first = made.json();
    expect(first).toMatchObject({
      source: "intake",
      status: "sent",
      household: "Jowan Bakker",
      handoff: true,
    });
    expect(first.consentText).toContain("Stadsbank");
    expect(first.consentText).toContain("Humanitas Thuisadministratie");
    const told = await ctx.db.select().from(mailMessage).where(eq(mailMessage.to, humanitasAnswers.email));
    expect(told.map((m) => m.subject)).toEqual(["Nieuwe doorverwijzing van Stadsbank"]);
    expect(told[0]!.text).not.toContain("Jowan");

    // Humanitas answers step by step with its own reference; the intake must be in the future.
    const answer = (who: typeof bank, id: string, body: Record<string, unknown>) =>
      who.call({ method: "POST", url: `/api/referrals/${id}/answer`, payload: body });
    const received = await answer(humanitasAnswers, first.id, {
      status: "received",
      partnerReference: "HUM-2026-014",
      note: "Lijkt op schulden bij meerdere schuldeisers",
    });
    expect(received.json()).toMatchObject({ status: "received", partnerReference: "HUM-2026-014" });
    const past = await answer(humanitasAnswers, first.id, {
      status: "intakePlanned",
      intakeAt: new Date(Date.now() - 86_400_000).toISOString(),
      intakePlace: "Bij de inwoner thuis",
    });
    expect(past.json().error.fields[0]).toMatchObject({ path: "intakeAt", code: "in_past" });
    const intakeAt = amsterdamInstant(addDays(amsterdamDay(), 3), "10:00").toISOString();
    const planned = await answer(humanitasAnswers, first.id, {
      status: "intakePlanned",
      intakeAt,
      intakePlace: "Bij de inwoner thuis",
      askVolunteer: true,
    });
    expect(planned.statusCode, planned.body).toBe(200);
    // The sender sees the step, the date, the place and the reference, never the partner's note.
    const seen = (await bank.call({ method: "GET", url: `/api/referrals/${first.id}` })).json();
    expect(seen).toMatchObject({
      status: "intakePlanned",
      intakeAt,
      intakePlace: "Bij de inwoner thuis",
      partnerReference: "HUM-2026-014",
      statusNote: "",
      can: { answer: false, withdrawConsent: true },
    });
    const own = (await humanitasAnswers.call({ method: "GET", url: `/api/referrals/${first.id}` })).json();
    expect(own.can.answer).toBe(true);
    // Warm handoff: the one who referred is asked along, with the date and place.
    const along = await ctx.db
      .select()
      .from(mailMessage)
      .where(eq(mailMessage.to, bank.email))
      .orderBy(asc(mailMessage.createdAt));
    expect(along.at(-1)!.subject).toBe("Humanitas Thuisadministratie vraagt of u meegaat naar de intake");
    expect(along.at(-1)!.text).toContain("Bij de inwoner thuis");

    // And back: Humanitas refers another resident to the stadsbank, which cannot help (with a reason).
    const back = (
      await create(volunteer, referTo(stadsbank.id, { resident: "Robert Smit", handoff: false }))
    ).json();
    expect(back.status).toBe("sent");
    const noReason = await answer(bank, back.id, { status: "notHelped" });
    expect(noReason.json().error.fields[0]).toMatchObject({ path: "notHelpedReason" });
    await answer(bank, back.id, { status: "received" });
    const notHelped = await answer(bank, back.id, { status: "notHelped", notHelpedReason: "outsideTarget" });
    expect(notHelped.json()).toMatchObject({
      status: "notHelped",
      notHelpedReason: "outsideTarget",
      can: { reopen: true },
    });
    expect((await volunteer.call({ method: "GET", url: `/api/referrals/${back.id}` })).json()).toMatchObject({
      status: "notHelped",
      notHelpedReason: "outsideTarget",
    });
    const reopenShort = await bank.call({
      method: "POST",
      url: `/api/referrals/${back.id}/reopen`,
      payload: { note: "" },
    });
    expect(reopenShort.json().error.fields[0]).toMatchObject({ path: "note" });
    const reopened = await bank.call({
      method: "POST",
      url: `/api/referrals/${back.id}/reopen`,
      payload: { note: "Toch mogelijk via de regeling voor ondernemers" },
    });
    expect(reopened.json()).toMatchObject({ status: "inProgress", notHelpedReason: null });
    expect(
      (
        await humanitasAnswers.call({
          method: "POST",
          url: `/api/referrals/${back.id}/reopen`,
          payload: { note: "Nog eens proberen" },
        })
      ).statusCode,
    ).toBe(409); // not the receiver's referral to reopen: it is Humanitas' own, sent
    // Each side's lists: incoming and outgoing.
    const incoming = (await bank.call({ method: "GET", url: "/api/referrals?direction=incoming" })).json();
    expect(incoming.items.map((r: { id: string }) => r.id)).toEqual([back.id]);
    const outgoing = (await bank.call({ method: "GET", url: "/api/referrals?direction=outgoing" })).json();
    expect(outgoing.items.map((r: { id: string }) => r.id)).toEqual([first.id]);
    // Humanitas' reads of the stadsbank's referral point back to the operation that made it.
    const reads = await ctx.db
      .select()
      .from(processingLog)
      .where(
        and(
          eq(processingLog.subjectId, first.id),
          eq(processingLog.actorUserId, humanitasAnswers.userId),
          isNotNull(processingLog.foreignOperation),
        ),
      );
    expect(reads.length).toBeGreaterThan(0);

    // The resident withdraws consent at the stadsbank: the details go on both sides, Humanitas is told.
    const withdrawn = await bank.call({
      method: "POST",
      url: `/api/referrals/${first.id}/withdraw-consent`,
      payload: {},
    });
    expect(withdrawn.json()).toMatchObject({
      consentWithdrawn: true,
      household: "",
      contact: "",
      reason: "",
    });
    const theirs = (await humanitasAnswers.call({ method: "GET", url: `/api/referrals/${first.id}` })).json();
    expect(theirs).toMatchObject({
      household: "",
      partnerReference: "",
      statusNote: "",
      consentText: "",
      can: { answer: false },
    });
    const [row] = await ctx.db.select().from(referral).where(eq(referral.id, first.id));
    expect([row!.household, row!.contact, row!.reason, row!.statusNote]).toEqual(["", "", "", ""]);
    const history = await ctx.db
      .select()
      .from(referralStatusChange)
      .where(eq(referralStatusChange.referralId, first.id));
    expect(history.every((h) => h.note === "")).toBe(true);
    const notice = await ctx.db
      .select()
      .from(mailMessage)
      .where(eq(mailMessage.to, humanitasAnswers.email))
      .orderBy(asc(mailMessage.createdAt));
    expect(notice.at(-1)!.subject).toBe("Toestemming voor een doorverwijzing ingetrokken");
    expect(notice.at(-1)!.text).not.toContain("Jowan");
    expect((await answer(humanitasAnswers, first.id, { status: "inProgress" })).json().error.code).toBe(
      "consent_withdrawn",
    );
    // Someone of another tenant does not find it.
    const other = await createTenant();
    const otherOrg = await createOrganisation(other.id);
    const foreign = await user(other.id, "partner", otherOrg.id);
    expect((await foreign.call({ method: "GET", url: `/api/referrals/${first.id}` })).statusCode).toBe(404);
  });

  it("puts the planned intake in both sides' calendars (an .ics that names no resident), for nobody else", async () => {
    const { tenant, stadsbank, humanitas, outsider } = await network();
    const bank = await user(tenant.id, "partner", stadsbank.id);
    const humanitasAnswers = await user(tenant.id, "professional", humanitas.id);
    const stranger = await user(tenant.id, "coordinator", outsider.id);
    const made = (
      await bank.call({ method: "POST", url: "/api/referrals", payload: referTo(humanitas.id) })
    ).json();
    const ics = (who: typeof bank) =>
      who.call({ method: "GET", url: `/api/referrals/${made.id}/intake.ics` });
    expect((await ics(humanitasAnswers)).json().error.code).toBe("no_intake");
    // 23:30 in Amsterdam: the hour runs past midnight, whatever TZ the server has.
    const day = addDays(amsterdamDay(), 10);
    const intakeAt = amsterdamInstant(day, "23:30").toISOString();
    await humanitasAnswers.call({
      method: "POST",
      url: `/api/referrals/${made.id}/answer`,
      payload: { status: "received", partnerReference: "HUM-77" },
    });
    const planned = await humanitasAnswers.call({
      method: "POST",
      url: `/api/referrals/${made.id}/answer`,
      payload: { status: "intakePlanned", intakeAt, intakePlace: "Wijkcentrum De Boog" },
    });
    expect(planned.statusCode, planned.body).toBe(200);
    for (const who of [humanitasAnswers, bank]) {
      const response = await ics(who);
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toContain("text/calendar");
      expect(response.headers["content-disposition"]).toContain("intake.ics");
      expect(response.body).not.toContain("Jowan");
      expect(response.body).not.toContain("06 12345678");
      const calendar = new ICAL.Component(ICAL.parse(response.body));
      for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
      const [event] = calendar.getAllSubcomponents("vevent").map((e) => new ICAL.Event(e));
      expect(event!.summary).toBe("Intake bij Humanitas Thuisadministratie (kenmerk HUM-77)");
      expect(event!.location).toBe("Wijkcentrum De Boog");
      expect(event!.startDate.zone.tzid).toBe("Europe/Amsterdam");
      expect(event!.startDate.toJSDate().toISOString()).toBe(intakeAt);
      expect(event!.endDate.toJSDate().getTime() - event!.startDate.toJSDate().getTime()).toBe(3_600_000);
      expect(event!.endDate.toString().slice(0, 10)).toBe(addDays(day, 1));
    }
    expect((await ics(stranger)).statusCode).toBe(404);
    const reads = await ctx.db
      .select()
      .from(processingLog)
      .where(and(eq(processingLog.subjectId, made.id), eq(processingLog.actorUserId, bank.userId)));
    expect(reads.some((r) => r.action === "read")).toBe(true);
  });

  it("flags a referral overdue by the partner's own service level and counts who refers to whom, small counts hidden", async () => {
    const { tenant, stadsbank, humanitas } = await network();
    // A day exactly 3 working days ago: overdue at the stadsbank (3 days), not at Humanitas (5, the default).
    let day = amsterdamDay();
    while (workingDaysBetween(day, amsterdamDay()) < 3) day = addDays(day, -1);
    const createdAt = amsterdamInstant(day, "09:00");
    const base = {
      tenantId: tenant.id,
      source: "intake" as const,
      household: "Een inwoner",
      reason: "Hulp nodig",
      createdAt,
    };
    await ctx.db.insert(referral).values([
      { ...base, fromOrganisationId: humanitas.id, partnerOrganisationId: stadsbank.id },
      { ...base, fromOrganisationId: stadsbank.id, partnerOrganisationId: humanitas.id },
      ...Array.from({ length: 6 }, () => ({
        ...base,
        fromOrganisationId: humanitas.id,
        partnerOrganisationId: stadsbank.id,
        status: "done" as const,
      })),
    ]);
    const bank = await user(tenant.id, "partner", stadsbank.id);
    const hum = await user(tenant.id, "partner", humanitas.id);
    const overdue = (who: typeof bank) =>
      who
        .call({ method: "GET", url: "/api/referrals?overdue=true&direction=incoming" })
        .then((r) => r.json().total);
    expect(await overdue(bank)).toBe(1);
    expect(await overdue(hum)).toBe(0);

    const period = `from=${addDays(day, -1)}&to=${amsterdamDay()}`;
    const officer = await user(tenant.id, "policyOfficer", humanitas.id);
    const matrix = (
      await officer.call({ method: "GET", url: `/api/network/referral-matrix?${period}` })
    ).json();
    const toBank = matrix.pairs.find(
      (p: { toOrganisationName: string }) => p.toOrganisationName === "Stadsbank",
    );
    expect(toBank.outcomes[0]).toEqual({ hidden: "small" }); // 1 open: fewer than 5
    // …and not derivable from the total minus the 6 helped: one of those is hidden too.
    expect([toBank.total, toBank.outcomes[1]]).toContainEqual({ hidden: "derivable" });
    const admin = as(ctx.app, await signIn(ctx.app, (await createUser(tenant.id, "admin")).email));
    const exact = (await admin({ method: "GET", url: `/api/network/referral-matrix?${period}` })).json();
    const exactToBank = exact.pairs.find(
      (p: { toOrganisationName: string }) => p.toOrganisationName === "Stadsbank",
    );
    expect([exactToBank.total, exactToBank.outcomes[0], exactToBank.outcomes[1]]).toEqual([
      { shown: 7 },
      { shown: 1 },
      { shown: 6 },
    ]);
    // A pair with fewer than 5 is not listed by name for the officer: it is summed into "others".
    expect(matrix.pairs.map((p: { toOrganisationName: string }) => p.toOrganisationName)).toEqual([
      "Stadsbank",
    ]);
    expect(matrix.others).toMatchObject({ pairs: 1, total: { hidden: "small" } });
    expect(exact.pairs).toHaveLength(2);
    expect(exact.others).toBeNull();
    const bad = await officer.call({
      method: "GET",
      url: `/api/network/referral-matrix?from=${amsterdamDay()}&to=${day}`,
    });
    expect(bad.json().error.fields[0]).toMatchObject({ path: "to" });
    expect(
      (await bank.call({ method: "GET", url: `/api/network/referral-matrix?${period}` })).statusCode,
    ).toBe(403);
  });

  it("gives the median pick-up time in working days, Amsterdam dates, weekends and holidays off", async () => {
    const { tenant, stadsbank, humanitas } = await network();
    // Made on Christmas Eve 23:30 (22:30 UTC), picked up just after midnight on the days below.
    const made = amsterdamInstant("2025-12-24", "23:30");
    const pickedOn = ["2025-12-24", "2025-12-29", "2025-12-30", "2025-12-31", "2026-01-02", "2026-01-05"];
    const rows = await ctx.db
      .insert(referral)
      .values(
        pickedOn.map(() => ({
          tenantId: tenant.id,
          source: "intake" as const,
          fromOrganisationId: humanitas.id,
          partnerOrganisationId: stadsbank.id,
          household: "Bewoner",
          reason: "Administratie",
          status: "done" as const,
          createdAt: made,
        })),
      )
      .returning({ id: referral.id });
    await ctx.db.insert(referralStatusChange).values(
      rows.flatMap((r, i) => [
        { tenantId: tenant.id, referralId: r.id, status: "sent" as const, changedAt: made },
        {
          tenantId: tenant.id,
          referralId: r.id,
          status: "received" as const,
          changedAt:
            i === 0 ? amsterdamInstant("2025-12-24", "23:45") : amsterdamInstant(pickedOn[i]!, "00:30"),
        },
        {
          tenantId: tenant.id,
          referralId: r.id,
          status: "done" as const,
          changedAt: amsterdamInstant("2026-01-20"),
        },
      ]),
    );
    const admin = as(ctx.app, await signIn(ctx.app, (await createUser(tenant.id, "admin")).email));
    const matrix = (
      await admin({ method: "GET", url: "/api/network/referral-matrix?from=2025-12-24&to=2025-12-24" })
    ).json();
    const days = pickedOn.map((d) => workingDaysBetween("2025-12-24", d)); // 0, 1, 2, 3, 4, 5
    expect(days).toEqual([0, 1, 2, 3, 4, 5]);
    expect(matrix.pairs).toHaveLength(1);
    expect(matrix.pairs[0]).toMatchObject({ total: { shown: 6 }, medianPickUpDays: 2.5 });
  });

  it("lists the 100 largest pairs and sums the rest into one row, whose counts still add up", async () => {
    const { tenant, stadsbank } = await network();
    // 103 organisations each refer to the stadsbank: organisation n sends 5 + n referrals.
    const senders = await ctx.db
      .insert(organisation)
      .values(
        Array.from({ length: 103 }, (_, n) => ({
          tenantId: tenant.id,
          name: `Zender ${n}`,
          type: "welfare" as const,
        })),
      )
      .returning({ id: organisation.id });
    await ctx.db.insert(referral).values(
      senders.flatMap((sender, n) =>
        Array.from({ length: 5 + n }, () => ({
          tenantId: tenant.id,
          source: "intake" as const,
          fromOrganisationId: sender.id,
          partnerOrganisationId: stadsbank.id,
          household: "Bewoner",
          reason: "Administratie",
          status: "done" as const,
        })),
      ),
    );
    const admin = as(ctx.app, await signIn(ctx.app, (await createUser(tenant.id, "admin")).email));
    const period = `from=${addDays(amsterdamDay(), -1)}&to=${amsterdamDay()}`;
    const matrix = (await admin({ method: "GET", url: `/api/network/referral-matrix?${period}` })).json();
    expect(matrix.pairs).toHaveLength(100);
    // The three smallest senders (5, 6 and 7 referrals) are summed.
    expect(matrix.others).toMatchObject({
      pairs: 3,
      total: { shown: 18 },
      outcomes: [{ shown: 0 }, { shown: 18 }, { shown: 0 }, { shown: 0 }],
    });
    expect(
      matrix.pairs.some((p: { fromOrganisationName: string }) => p.fromOrganisationName === "Zender 0"),
    ).toBe(false);
    const listed = matrix.pairs.reduce(
      (sum: number, p: { total: { shown: number } }) => sum + p.total.shown,
      0,
    );
    expect(listed + matrix.others.total.shown).toBe(matrix.total.shown);
    expect(matrix.total).toEqual({ shown: (103 * (5 + 5 + 102)) / 2 });
  });
});
