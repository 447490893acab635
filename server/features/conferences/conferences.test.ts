import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, amsterdamDay, amsterdamInstant } from "../../../shared/dates.ts";
import { processingLog } from "../../db/schema.ts";
import { as, createOrganisation, createTenant, createUser, signIn, testApp } from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const at = (days: number, time = "14:00") =>
  amsterdamInstant(addDays(amsterdamDay(), days), time).toISOString();

describe("network conferences", () => {
  it("prepares, holds and minutes a conference, and carries its open actions over to the next", async () => {
    const tenant = await createTenant();
    const gemeente = await createOrganisation(tenant.id, { name: "Gemeente", type: "municipalDepartment" });
    const humanitas = await createOrganisation(tenant.id, { name: "Humanitas" });
    const stadsbank = await createOrganisation(tenant.id, { name: "Stadsbank" });
    const signed = async (role: Parameters<typeof createUser>[1], organisationId: string) =>
      as(ctx.app, await signIn(ctx.app, (await createUser(tenant.id, role, { organisationId })).email));
    const organiser = await signed("policyOfficer", gemeente.id);
    const hum = await signed("coordinator", humanitas.id);
    const bank = await signed("partner", stadsbank.id);

    // The organiser opens the call for agenda items; a deadline after the conference is refused.
    const wrong = await organiser({
      method: "POST",
      url: "/api/conferences",
      payload: { title: "Solidariteitsconferentie", startsAt: at(10), agendaDeadline: at(12) },
    });
    expect(wrong.json().error.fields[0]).toMatchObject({ path: "agendaDeadline", code: "after_start" });
    const made = await organiser({
      method: "POST",
      url: "/api/conferences",
      payload: {
        title: "Solidariteitsconferentie voorjaar",
        startsAt: at(10),
        place: "Stadhuis",
        agendaDeadline: at(5),
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id;
    expect((await hum({ method: "POST", url: "/api/conferences", payload: {} })).statusCode).toBe(403);

    // Partners propose items and register, names only shown when they opt in.
    const propose = (who: typeof hum, title: string) =>
      who({
        method: "POST",
        url: `/api/conferences/${id}/agenda`,
        payload: { title, why: "Veel inwoners vallen tussen wal en schip", presenter: "Robert" },
      });
    expect((await propose(hum, "Warme overdracht naar de stadsbank")).statusCode).toBe(201);
    expect((await propose(bank, "Wachttijden bij de intake")).statusCode).toBe(201);
    await hum({
      method: "PUT",
      url: `/api/conferences/${id}/registration`,
      payload: { attendees: ["Robert Jansen"], showNames: true },
    });
    await bank({
      method: "PUT",
      url: `/api/conferences/${id}/registration`,
      payload: { attendees: ["Anna de Boer", "Piet"] },
    });
    const seenByHumanitas = (await hum({ method: "GET", url: `/api/conferences/${id}` })).json();
    const names = Object.fromEntries(
      seenByHumanitas.registrations.map(
        (r: { organisationName: string; attendees: string[]; attendeeCount: number }) => [
          r.organisationName,
          [r.attendees, r.attendeeCount],
        ],
      ),
    );
    expect(names).toEqual({ Humanitas: [["Robert Jansen"], 1], Stadsbank: [[], 2] });
    const logged = await ctx.db
      .select()
      .from(processingLog)
      .where(
        and(eq(processingLog.tenantId, tenant.id), eq(processingLog.activity, "conferences.participate")),
      );
    expect(logged.some((l) => l.action === "read")).toBe(true);

    // The organiser orders the agenda; an action needs an owner organisation.
    const items = seenByHumanitas.agenda.map((a: { id: string }) => a.id);
    const ordered = await organiser({
      method: "PATCH",
      url: `/api/conferences/${id}`,
      payload: { agendaOrder: [...items].reverse() },
    });
    expect(ordered.json().agenda.map((a: { title: string }) => a.title)).toEqual([
      "Wachttijden bij de intake",
      "Warme overdracht naar de stadsbank",
    ]);
    const noOwner = await organiser({
      method: "POST",
      url: `/api/conferences/${id}/actions`,
      payload: { title: "Afspraak over warme overdracht op papier", dueOn: addDays(amsterdamDay(), 40) },
    });
    expect(noOwner.json().error.fields[0]).toMatchObject({ path: "ownerOrganisationId" });
    await organiser({
      method: "POST",
      url: `/api/conferences/${id}/attendance`,
      payload: { organisationId: humanitas.id, attended: true },
    });
    for (const [title, owner] of [
      ["Afspraak over warme overdracht op papier", stadsbank.id],
      ["Folder in drie talen", humanitas.id],
    ] as const)
      await organiser({
        method: "POST",
        url: `/api/conferences/${id}/actions`,
        payload: { title, ownerOrganisationId: owner, dueOn: addDays(amsterdamDay(), 40) },
      });
    const held = (
      await organiser({
        method: "PATCH",
        url: `/api/conferences/${id}`,
        payload: { status: "held", minutes: "Besproken: wachttijden en warme overdracht." },
      })
    ).json();
    expect(held).toMatchObject({ status: "held", openActions: 2 });
    expect(
      held.registrations.find((r: { organisationName: string }) => r.organisationName === "Humanitas")
        .attended,
    ).toBe(true);

    // The owner marks its action done; another partner cannot.
    const bankAction = held.actions.find((a: { ownerName: string }) => a.ownerName === "Stadsbank");
    const patch = (who: typeof hum, status: string) =>
      who({ method: "PATCH", url: `/api/conference-actions/${bankAction.id}`, payload: { status } });
    expect((await patch(hum, "done")).statusCode).toBe(403);
    expect((await patch(bank, "done")).json()).toMatchObject({ status: "done" });

    // The next conference lists the open action of the last one first.
    const next = (
      await organiser({
        method: "POST",
        url: "/api/conferences",
        payload: { title: "Solidariteitsconferentie najaar", startsAt: at(120), agendaDeadline: at(100) },
      })
    ).json();
    const nextDetail = (await bank({ method: "GET", url: `/api/conferences/${next.id}` })).json();
    expect(
      nextDetail.carriedActions.map((a: { title: string; conferenceTitle: string }) => [
        a.title,
        a.conferenceTitle,
      ]),
    ).toEqual([["Folder in drie talen", "Solidariteitsconferentie voorjaar"]]);
    expect(nextDetail.carriedActions[0].can.update).toBe(false);
    const overview = (await bank({ method: "GET", url: `/api/conferences/${next.id}/overview` })).json();
    expect(overview.since).toBe(addDays(amsterdamDay(), 10));
    expect(overview.referralTotal).toEqual({ shown: 0 });
  });

  it("refuses an agenda item after the deadline from a partner, not from the organiser, and hides other tenants' conferences", async () => {
    const tenant = await createTenant();
    const humanitas = await createOrganisation(tenant.id, { name: "Humanitas" });
    const organiser = as(
      ctx.app,
      await signIn(ctx.app, (await createUser(tenant.id, "policyOfficer")).email),
    );
    const hum = as(
      ctx.app,
      await signIn(ctx.app, (await createUser(tenant.id, "partner", { organisationId: humanitas.id })).email),
    );
    const made = (
      await organiser({
        method: "POST",
        url: "/api/conferences",
        payload: { title: "Conferentie", startsAt: at(3), agendaDeadline: at(-1) },
      })
    ).json();
    const item = { title: "Laat agendapunt", why: "Het kwam gisteren pas op" };
    const late = await hum({ method: "POST", url: `/api/conferences/${made.id}/agenda`, payload: item });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe("deadline_passed");
    const byOrganiser = await organiser({
      method: "POST",
      url: `/api/conferences/${made.id}/agenda`,
      payload: { ...item, organisationId: humanitas.id },
    });
    expect(byOrganiser.statusCode, byOrganiser.body).toBe(201);
    const other = await createTenant();
    const stranger = as(ctx.app, await signIn(ctx.app, (await createUser(other.id, "policyOfficer")).email));
    expect((await stranger({ method: "GET", url: `/api/conferences/${made.id}` })).statusCode).toBe(404);
    expect((await stranger({ method: "GET", url: `/api/conferences/${made.id}/overview` })).statusCode).toBe(
      404,
    );
  });
});
