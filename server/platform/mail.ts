import { eq } from "drizzle-orm";
import nodemailer from "nodemailer";
import MailComposer from "nodemailer/lib/mail-composer/index.js";
import { tenantSettingsSchema } from "../../shared/tenancy.ts";
import type { Db } from "../db/client.ts";
import type { Config, MailMode } from "./config.ts";
import { authUser, tenant } from "./identity-schema.ts";
import { type MailLocale, type MailSender, mailParts } from "./mail-layout.tsx";
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
  /**
   * A periodic reminder the recipient can turn off. It carries List-Unsubscribe: for an account the
   * page /meldingen (and it is not sent once they turned reminders off), otherwise a mail to the
   * organisation's contact person.
   */
  periodic?: boolean;
};

export type Mailer = { send: (mail: MailInput) => Promise<void> };

/**
 * The message as it leaves Inzet, links included: `text` is the text the feature wrote, `raw` the
 * whole MIME message (text and HTML part from one layout, headers) as the recipient's server gets it.
 */
export type OutgoingMail = { from: string; to: string; subject: string; text: string; raw: Buffer };

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
  publicUrl = "",
  log = (line) => console.log(line),
}: {
  db: Db;
  from: string;
  smtpUrl?: string;
  mode?: MailMode;
  copyTo?: (mail: OutgoingMail & { secret: boolean }) => void | Promise<void>;
  /** Where Inzet is reached, for the unsubscribe link of periodic reminders. */
  publicUrl?: string;
  log?: (line: string) => void;
}): Mailer {
  if (mode === "smtp" && !smtpUrl) throw new Error("MAIL=smtp needs SMTP_URL");
  const transport = mode === "smtp" ? nodemailer.createTransport(smtpUrl) : undefined;
  const fromAddress = addressOf(from);
  return {
    async send(mail) {
      const secret = mail.secret ?? false;
      const [sender, recipient] = await Promise.all([
        senderOf(db, mail.tenantId),
        recipientOf(db, mail.recipientUserId),
      ]);
      // Turned off at /meldingen: a reminder is not sent, and not kept either.
      if (mail.periodic && !recipient.reminderMails) return;
      const unsubscribeUrl = !mail.periodic
        ? undefined
        : mail.recipientUserId
          ? `${publicUrl}/meldingen`
          : sender.contact?.email
            ? `mailto:${sender.contact.email}?subject=${encodeURIComponent("Geen herinneringen meer")}`
            : undefined;
      const parts = mailParts({ ...mail, sender, locale: recipient.locale, unsubscribeUrl });
      const raw = await new MailComposer({
        from: { name: sender.organisation, address: fromAddress },
        to: mail.to,
        replyTo: sender.contact?.email || undefined,
        subject: mail.subject,
        text: parts.text,
        html: parts.html,
        headers: {
          // Every message is sent by Inzet itself: no out-of-office replies back (RFC 3834).
          "Auto-Submitted": "auto-generated",
          "X-Auto-Response-Suppress": "All",
          ...(unsubscribeUrl ? { "List-Unsubscribe": `<${unsubscribeUrl}>` } : {}),
        },
      })
        .compile()
        .build();
      const outgoing = { from, to: mail.to, subject: mail.subject, text: mail.text, raw };
      await copyTo?.({ ...outgoing, secret });
      let error: string | null = null;
      if (transport) {
        try {
          await transport.sendMail({ envelope: { from: fromAddress, to: [mail.to] }, raw });
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
    publicUrl: config.publicUrl,
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

/** The bare address of MAIL_FROM ("Inzet <noreply@…>" or "noreply@…"); the sender name is the organisation's. */
function addressOf(from: string) {
  return /<([^>]+)>/.exec(from)?.[1]?.trim() ?? from.trim();
}

async function senderOf(db: Db, tenantId: string | null | undefined): Promise<MailSender> {
  if (!tenantId) return { organisation: "Inzet", contact: null };
  const [row] = await db
    .select({ name: tenant.name, settings: tenant.settings })
    .from(tenant)
    .where(eq(tenant.id, tenantId));
  if (!row) return { organisation: "Inzet", contact: null };
  const contact = tenantSettingsSchema.parse(row.settings ?? {}).mailContact;
  return { organisation: row.name, contact: contact.name || contact.email || contact.phone ? contact : null };
}

async function recipientOf(db: Db, userId: string | null | undefined) {
  const [row] = userId
    ? await db
        .select({ locale: authUser.locale, reminderMails: authUser.reminderMails })
        .from(authUser)
        .where(eq(authUser.id, userId))
    : [];
  return {
    locale: (row?.locale === "en" ? "en" : "nl") as MailLocale,
    reminderMails: row?.reminderMails ?? true,
  };
}
