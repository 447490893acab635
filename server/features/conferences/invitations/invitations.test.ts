import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, amsterdamDay, amsterdamInstant } from "../../../../shared/dates.ts";
import { pactMember } from "../../../db/schema.ts";
import {
  as,
  createOrganisation,
  createTenant,
  createUser,
  signIn,
  TEST_ORIGIN,
  testApp,
} from "../../../test/harness.ts";

// The invitations are read back with mailparser (a MIME parser we did not write).
let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

describe("conference invitations", () => {
  it("mails each active pact member's contact person once, in Amsterdam time, and a later member on the next send", async () => {
    const tenant = await createTenant();
    const gemeente = await createOrganisation(tenant.id, { name: "Gemeente", type: "municipalDepartment" });
    const humanitas = await createOrganisation(tenant.id, { name: "Humanitas" });
    const stadsbank = await createOrganisation(tenant.id, { name: "Stadsbank" });
    const kerk = await createOrganisation(tenant.id, { name: "Diaconie" });
    const gestopt = await createOrganisation(tenant.id, { name: "Gestopt" });
    const member = (organisationId: string, contactName: string, contactEmail: string, endedOn?: string) => ({
      tenantId: tenant.id,
      organisationId,
      signedOn: "2026-01-01",
      contactName,
      contactEmail,
      ...(endedOn ? { endedOn } : {}),
    });
    const humanitasMail = `humanitas-${tenant.id}@test.inzet.nl`;
    await ctx.db.insert(pactMember).values([
      member(humanitas.id, "Robert Jansen", humanitasMail),
      member(stadsbank.id, "Anna de Boer", ""), // no e-mail: not invited, shown as such
      member(gestopt.id, "Oud Lid", `oud-${tenant.id}@test.inzet.nl`, "2026-06-01"),
    ]);
    const organiser = as(
      ctx.app,
      await signIn(
        ctx.app,
        (await createUser(tenant.id, "policyOfficer", { organisationId: gemeente.id })).email,
      ),
    );
    const startsAt = amsterdamInstant(addDays(amsterdamDay(), 20), "19:30");
    const id = (
      await organiser({
        method: "POST",
        url: "/api/conferences",
        payload: {
          title: "Solidariteitsconferentie voorjaar",
          startsAt: startsAt.toISOString(),
          place: "Stadhuis",
          agendaDeadline: amsterdamInstant(addDays(amsterdamDay(), 10), "17:00").toISOString(),
        },
      })
    ).json().id;

    const before = ctx.mailbox.length;
    const sent = await organiser({ method: "POST", url: `/api/conferences/${id}/invitations` });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().sent).toBe(1);
    expect(
      sent
        .json()
        .members.map((m: { organisationName: string; hasEmail: boolean; invitedAt: string | null }) => [
          m.organisationName,
          m.hasEmail,
          m.invitedAt !== null,
        ]),
    ).toEqual([
      ["Humanitas", true, true],
      ["Stadsbank", false, false],
    ]);
    const mails = ctx.mailbox.slice(before);
    expect(mails.map((m) => m.to)).toEqual([humanitasMail]);
    const mail = await simpleParser(mails[0]!.raw);
    const when = new Intl.DateTimeFormat("nl-NL", {
      dateStyle: "full",
      timeStyle: "short",
      timeZone: "Europe/Amsterdam",
    }).format(startsAt);
    expect(when).toContain("19:30");
    expect(mail.subject).toBe(`Uitnodiging: Solidariteitsconferentie voorjaar op ${when}`);
    expect(mail.text).toContain("Beste Robert Jansen,");
    expect(mail.text).toContain("Waar: Stadhuis");
    expect(mail.text).toContain(`${TEST_ORIGIN}/conferenties/${id}`);

    // Sending again mails nobody twice; a member who joined since gets it.
    expect((await organiser({ method: "POST", url: `/api/conferences/${id}/invitations` })).json().sent).toBe(
      0,
    );
    await ctx.db.insert(pactMember).values(member(kerk.id, "", `diaconie-${tenant.id}@test.inzet.nl`));
    const again = (await organiser({ method: "POST", url: `/api/conferences/${id}/invitations` })).json();
    expect(again.sent).toBe(1);
    const last = await simpleParser(ctx.mailbox.at(-1)!.raw);
    expect(last.text).toContain("Beste contactpersoon van Diaconie,");
    expect(ctx.mailbox.length - before).toBe(2);
    const read = (await organiser({ method: "GET", url: `/api/conferences/${id}/invitations` })).json();
    expect(read.sent).toBe(0);
    expect(read.members.filter((m: { invitedAt: string | null }) => m.invitedAt).length).toBe(2);

    // A partner cannot send them; a held conference sends none; another tenant gets a 404.
    const partner = as(
      ctx.app,
      await signIn(ctx.app, (await createUser(tenant.id, "partner", { organisationId: humanitas.id })).email),
    );
    expect((await partner({ method: "POST", url: `/api/conferences/${id}/invitations` })).statusCode).toBe(
      403,
    );
    await organiser({ method: "PATCH", url: `/api/conferences/${id}`, payload: { status: "held" } });
    const held = await organiser({ method: "POST", url: `/api/conferences/${id}/invitations` });
    expect(held.statusCode).toBe(409);
    expect(held.json().error.code).toBe("conference_held");
    const other = await createTenant();
    const stranger = as(ctx.app, await signIn(ctx.app, (await createUser(other.id, "policyOfficer")).email));
    expect((await stranger({ method: "POST", url: `/api/conferences/${id}/invitations` })).statusCode).toBe(
      404,
    );
  });
});
