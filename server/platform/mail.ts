import nodemailer from "nodemailer";
import type { Db } from "../db/client.ts";
import { mailMessage } from "./schema.ts";

export type MailInput = {
  to: string;
  subject: string;
  text: string;
  tenantId?: string | null;
  recipientUserId?: string | null;
};

export type Mailer = { send: (mail: MailInput) => Promise<void> };

/** Sends over SMTP when `smtpUrl` is set; otherwise writes to the development outbox. Both are recorded. */
export function createMailer({ db, smtpUrl, from }: { db: Db; smtpUrl?: string; from: string }): Mailer {
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : undefined;
  return {
    async send(mail) {
      let error: string | null = null;
      if (transport) {
        try {
          await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text });
        } catch (cause) {
          error = cause instanceof Error ? cause.message : String(cause);
        }
      }
      await db.insert(mailMessage).values({
        tenantId: mail.tenantId ?? null,
        recipientUserId: mail.recipientUserId ?? null,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        transport: transport ? "smtp" : "outbox",
        error,
      });
      if (error) throw new Error(`Mail could not be sent: ${error}`);
    },
  };
}
