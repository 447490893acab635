import { eq } from "drizzle-orm";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authUser, tenant } from "../db/schema.ts";
import { createTenant, createUser, testConfig, testDatabase } from "../test/harness.ts";
import { parseSentMail } from "../test/mime.ts";
import { startSmtp } from "../test/smtp.ts";
import { createMailer } from "./mail.ts";

let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(() => smtp.close());

async function mailerOverSmtp() {
  const config = testConfig({ SMTP_URL: smtp.url, MAIL_FROM: "Inzet <noreply@inzet.test>" });
  return createMailer({
    db: (await testDatabase()).db,
    from: config.MAIL_FROM,
    smtpUrl: config.SMTP_URL,
    publicUrl: "http://inzet.test",
  });
}

async function received(to: string) {
  await expect.poll(() => smtp.received.filter((m) => m.to === to).length).toBeGreaterThan(0);
  return simpleParser(smtp.received.filter((m) => m.to === to).at(-1)!.raw);
}

describe("mail as the recipient's mail program reads it", () => {
  it("sends a text and an HTML part from one layout, from the organisation, with its contact person", async () => {
    const t = await createTenant();
    const db = (await testDatabase()).db;
    await db
      .update(tenant)
      .set({
        name: "Gemeente Ağaoğlu & Zn.",
        settings: {
          ...t.settings,
          mailContact: { name: "Petra de Vries", email: "petra@gemeente.test", phone: "010 123 45 67" },
        },
      })
      .where(eq(tenant.id, t.id));
    const to = `mime-${Date.now()}@example.test`;
    const mailer = await mailerOverSmtp();
    await mailer.send({
      tenantId: t.id,
      to,
      subject: "Uw uitnodiging voor <Buurtkamer>",
      text: "Beste Şükrü,\n\nU bent welkom:\n- op maandag\n- op dinsdag\n\nhttps://inzet.test/vacatures/1\n\nTot dan.",
    });
    const mail = await received(to);
    expect(mail.from?.value[0]).toEqual({ name: "Gemeente Ağaoğlu & Zn.", address: "noreply@inzet.test" });
    expect(mail.replyTo?.value[0]?.address).toBe("petra@gemeente.test");
    expect(mail.subject).toBe("Uw uitnodiging voor <Buurtkamer>");
    expect(mail.headers.get("auto-submitted")).toBe("auto-generated");
    expect(mail.headerLines.some((h) => h.key === "list-unsubscribe")).toBe(false);
    // The text part: the feature's text, then the signature with the contact person.
    expect(mail.text).toContain("Beste Şükrü,");
    expect(mail.text).toContain("- op maandag\n- op dinsdag");
    expect(mail.text).toContain(
      "-- \nVragen? Neem contact op met Petra de Vries, 010 123 45 67, petra@gemeente.test.",
    );
    // The HTML part: the same content, escaped, in Dutch, the link clickable, the list a list.
    const html = String(mail.html);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain("Uw uitnodiging voor &lt;Buurtkamer&gt;");
    expect(html).not.toContain("<Buurtkamer>");
    expect(html).toContain('<a href="https://inzet.test/vacatures/1"');
    expect(html).toMatch(/<li>op maandag<\/li><li>op dinsdag<\/li>/);
    expect(html).toContain("Beste Şükrü,");
    expect(html).toContain("namens Gemeente Ağaoğlu &amp; Zn.");
  });

  it("writes the furniture in the recipient's language and carries List-Unsubscribe on a periodic reminder", async () => {
    const t = await createTenant();
    const user = await createUser(t.id, "volunteer");
    const db = (await testDatabase()).db;
    await db.update(authUser).set({ locale: "en" }).where(eq(authUser.id, user.userId));
    const mailer = await mailerOverSmtp();
    await mailer.send({
      tenantId: t.id,
      recipientUserId: user.userId,
      to: user.email,
      periodic: true,
      subject: "Reminder",
      text: "Your VOG expires soon.",
    });
    const mail = await received(user.email);
    expect(mail.headerLines.find((h) => h.key === "list-unsubscribe")?.line).toBe(
      "List-Unsubscribe: <http://inzet.test/meldingen>",
    );
    expect(String(mail.html)).toContain('<html lang="en">');
    expect(mail.text).toContain("This message was sent automatically by Inzet on behalf of");
    expect(mail.text).toContain(
      "No longer want these reminders? Turn them off at http://inzet.test/meldingen",
    );
  });

  it("does not send a periodic reminder to someone who turned reminders off, but still sends other mail", async () => {
    const t = await createTenant();
    const user = await createUser(t.id, "volunteer");
    const db = (await testDatabase()).db;
    await db.update(authUser).set({ reminderMails: false }).where(eq(authUser.id, user.userId));
    const mailer = await mailerOverSmtp();
    const base = { tenantId: t.id, recipientUserId: user.userId, to: user.email };
    await mailer.send({ ...base, periodic: true, subject: "Herinnering", text: "Niet sturen." });
    await mailer.send({ ...base, subject: "Uitnodiging", text: "Wel sturen." });
    const mail = await received(user.email);
    expect(mail.subject).toBe("Uitnodiging");
    expect(smtp.received.filter((m) => m.to === user.email)).toHaveLength(1);
  });

  it("fails the check of a test mailbox for a message that is not a complete MIME message", async () => {
    const broken = Buffer.from("From: x\r\nTo: a@b.test\r\nSubject: Hallo\r\n\r\nAlleen tekst");
    await expect(
      parseSentMail({ from: "x", to: "a@b.test", subject: "Hallo", text: "Alleen tekst", raw: broken }),
    ).rejects.toThrow(/no sender address.*no HTML part.*no Auto-Submitted header/);
  });
});
