import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailMessage } from "../../db/schema.ts";
import { createMailer, REDACTED_LINK } from "../../platform/mail.ts";
import {
  as,
  createTenant,
  createUser,
  lastMailTo,
  signIn,
  TEST_ORIGIN,
  testApp,
  testDatabase,
} from "../../test/harness.ts";

let ctx: Awaited<ReturnType<typeof testApp>>;
beforeAll(async () => {
  ctx = await testApp();
});
afterAll(() => ctx.app.close());

const post = (url: string, payload: object) =>
  ctx.app.inject({ method: "POST", url, payload, headers: { origin: TEST_ORIGIN } });

async function outboxAsAdmin(tenantId: string) {
  const admin = await createUser(tenantId, "admin");
  const items = (
    await as(ctx.app, await signIn(ctx.app, admin.email))({ method: "GET", url: "/api/outbox" })
  ).json().items as { to: string; subject: string; text: string }[];
  return items;
}

describe("the outbox never shows a secret link", () => {
  it("keeps a password-reset mail without its link, while the recipient gets the link", async () => {
    const tenant = await createTenant();
    const user = await createUser(tenant.id, "volunteer");
    expect(
      (
        await post("/api/auth/request-password-reset", {
          email: user.email,
          redirectTo: "/wachtwoord-herstellen",
        })
      ).statusCode,
    ).toBe(200);
    const sent = lastMailTo(ctx.mailbox, user.email);
    const link = /https?:\/\/\S+\/reset-password\/(\w+)\S*/.exec(sent.text)!;
    expect(link).not.toBeNull();

    const items = await outboxAsAdmin(tenant.id);
    const shown = items.find((m) => m.to === user.email)!;
    expect(shown.subject).toBe("Nieuw wachtwoord instellen voor Inzet");
    expect(shown.text).toContain(REDACTED_LINK);
    expect(JSON.stringify(items)).not.toContain(link[1]);
    // Not in the database either, so nothing can leak later.
    const stored = await ctx.db.select().from(mailMessage).where(eq(mailMessage.to, user.email));
    expect(stored.map((m) => m.text).join("\n")).not.toContain(link[1]);
  });

  it("keeps a sign-up confirmation without its link", async () => {
    const tenant = await createTenant();
    const email = `aanmelding-${crypto.randomUUID()}@test.inzet.nl`;
    const signup = await post(`/api/public/volunteer-signups?slug=${tenant.slug}`, {
      givenName: "Sanne",
      familyName: "Visser",
      email,
      postcode: "1234ab",
      consent: true,
      channel: "persoonlijk",
    });
    expect(signup.statusCode, signup.body).toBe(202);
    const token = /token=([\w-]+)/.exec(lastMailTo(ctx.mailbox, email).text)![1]!;
    const items = await outboxAsAdmin(tenant.id);
    expect(items.find((m) => m.to === email)!.text).toContain(REDACTED_LINK);
    expect(JSON.stringify(items)).not.toContain(token);
  });

  it("also hides token links in older stored mail and in mail not marked secret", async () => {
    const tenant = await createTenant();
    const user = await createUser(tenant.id, "volunteer");
    await ctx.db.insert(mailMessage).values({
      tenantId: tenant.id,
      recipientUserId: user.userId,
      to: user.email,
      subject: "Oud bericht",
      text: "Klik: http://inzet.test/api/auth/reset-password/oudtoken123?callbackURL=/wachtwoord-herstellen",
      transport: "outbox",
    });
    await ctx.mailer.send({
      tenantId: tenant.id,
      to: user.email,
      subject: "Vergeten te markeren",
      text: "Bevestig: http://inzet.test/aanmelden/bevestigen?token=geheim456\nMeer: http://inzet.test/vacatures",
    });
    const items = await outboxAsAdmin(tenant.id);
    const text = items.map((m) => m.text).join("\n");
    expect(text).not.toMatch(/oudtoken123|geheim456/);
    expect(text).toContain("http://inzet.test/vacatures"); // an ordinary link stays
  });
});

describe("MAIL=log-only", () => {
  it("sends nothing, logs who and what without the link, and stores the mail redacted", async () => {
    const tenant = await createTenant();
    const logged: string[] = [];
    const mailer = createMailer({
      db: (await testDatabase()).db,
      from: "Inzet <noreply@inzet.test>",
      mode: "log-only",
      log: (line) => logged.push(line),
    });
    const to = `log-${crypto.randomUUID()}@test.inzet.nl`;
    await mailer.send({
      tenantId: tenant.id,
      to,
      subject: "Nieuw wachtwoord",
      text: "Uw link: http://inzet.test/wachtwoord-herstellen?token=abc123",
      secret: true,
    });
    expect(logged).toEqual([`Mail niet verstuurd (MAIL=log-only): aan ${to}, onderwerp "Nieuw wachtwoord"`]);
    const [stored] = await ctx.db.select().from(mailMessage).where(eq(mailMessage.to, to));
    expect(stored).toMatchObject({ transport: "log-only", text: `Uw link: ${REDACTED_LINK}` });
  });
});
