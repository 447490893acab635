import nodemailer from "nodemailer";
import type { Db } from "../db/client.ts";
import type { Config, MailMode } from "./config.ts";
import { mailMessage } from "./schema.ts";

export type MailInput = {
  to: string;
  subject: string;
  text: string;
  tenantId?: string | null;
  recipientUserId?: string | null;
  /**
   * The mail carries a secret (a link to set a password, confirm a sign-up or sign in). Only the
   * recipient gets its links: the stored copy, the outbox and the log show them removed.
   */
  secret?: boolean;
  /** Extra headers, e.g. `Auto-Submitted: auto-generated` on a reminder (RFC 3834). */
  headers?: Record<string, string>;
};

export type Mailer = { send: (mail: MailInput) => Promise<void> };

/** The message as it leaves Inzet, links included. */
export type OutgoingMail = { from: string; to: string; subject: string; text: string };

export const REDACTED_LINK = "[link verwijderd: alleen de ontvanger krijgt deze link]";

const anyLink = /https?:\/\/\S+/g;
/** Links that carry a token, also in a mail not marked secret (a safety net for old rows and mistakes). */
const tokenLink = /https?:\/\/\S*(?:[?&](?:token|code|otp)=|\/reset-password\/|\/verify-email)\S*/gi;

/** The text as it may be stored and shown: without the links that carry a secret. */
export function redactSecrets(text: string, secret = false) {
  return text.replace(secret ? anyLink : tokenLink, REDACTED_LINK);
}

/**
 * Sends mail and keeps a copy of every message (Beheer → Verzonden e-mail), redacted when it is
 * written, so no reset or sign-in link can be read from the database, the outbox or the log later.
 * - `smtp`: sends over SMTP_URL.
 * - `outbox`: (development) sends nothing; only the copy is kept.
 * - `log-only`: sends nothing; logs recipient and subject.
 * `copyTo` receives every message in full before redaction: the development console and the tests
 * use it to follow links; nothing it gets is stored.
 */
export function createMailer({
  db,
  from,
  smtpUrl,
  mode = smtpUrl ? "smtp" : "outbox",
  copyTo,
  log = (line) => console.log(line),
}: {
  db: Db;
  from: string;
  smtpUrl?: string;
  mode?: MailMode;
  copyTo?: (mail: OutgoingMail & { secret: boolean }) => void;
  log?: (line: string) => void;
}): Mailer {
  if (mode === "smtp" && !smtpUrl) throw new Error("MAIL=smtp needs SMTP_URL");
  const transport = mode === "smtp" ? nodemailer.createTransport(smtpUrl) : undefined;
  return {
    async send(mail) {
      const secret = mail.secret ?? false;
      const outgoing = { from, to: mail.to, subject: mail.subject, text: mail.text };
      copyTo?.({ ...outgoing, secret });
      let error: string | null = null;
      if (transport) {
        try {
          await transport.sendMail({ ...outgoing, headers: mail.headers });
        } catch (cause) {
          error = cause instanceof Error ? cause.message : String(cause);
        }
      } else if (mode === "log-only") {
        log(`Mail niet verstuurd (MAIL=log-only): aan ${mail.to}, onderwerp "${mail.subject}"`);
      }
      await db.insert(mailMessage).values({
        tenantId: mail.tenantId ?? null,
        recipientUserId: mail.recipientUserId ?? null,
        to: mail.to,
        subject: mail.subject,
        text: redactSecrets(mail.text, secret),
        transport: mode,
        error: error === null ? null : redactSecrets(error, secret),
      });
      if (error) throw new Error(`Mail could not be sent: ${error}`);
    },
  };
}

/**
 * The mailer the configuration asks for. Only in development (`npm start` without NODE_ENV) are the
 * links of a secret mail printed to the server console, so a developer without SMTP can follow them.
 */
export function mailerFromConfig(db: Db, config: Config): Mailer {
  return createMailer({
    db,
    from: config.MAIL_FROM,
    smtpUrl: config.SMTP_URL,
    mode: config.mail,
    copyTo:
      config.NODE_ENV === "development" && config.mail === "outbox"
        ? (mail) => {
            if (mail.secret) {
              console.log(
                `Ontwikkel-outbox: mail aan ${mail.to} ("${mail.subject}"). De link staat alleen hier, niet in de outbox:\n${mail.text}`,
              );
            }
          }
        : undefined,
  });
}
