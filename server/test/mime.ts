import { simpleParser } from "mailparser";
import type { OutgoingMail } from "../platform/mail.ts";

/**
 * Parses a sent message as its recipient's mail program would, with a MIME parser we did not write
 * (mailparser), and fails when it is not a complete Inzet message: a sender name, the recipient and
 * subject it was sent with, a text and an HTML part, and the automatic-message header. Every test
 * mailbox runs each message through this, so every mail any test sends is checked.
 */
export async function parseSentMail(mail: OutgoingMail) {
  const parsed = await simpleParser(mail.raw);
  const problems: string[] = [];
  const from = parsed.from?.value[0];
  if (!from?.name) problems.push("no sender name");
  if (!from?.address?.includes("@")) problems.push("no sender address");
  const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
  if (to?.value[0]?.address !== mail.to) problems.push(`recipient ${to?.text} is not ${mail.to}`);
  if (parsed.subject !== mail.subject) problems.push(`subject "${parsed.subject}" is not "${mail.subject}"`);
  if (!parsed.text?.trim()) problems.push("no text part");
  if (typeof parsed.html !== "string" || !/<html lang="(nl|en)">/.test(parsed.html))
    problems.push("no HTML part");
  if (parsed.headers.get("auto-submitted") !== "auto-generated") problems.push("no Auto-Submitted header");
  if (problems.length) throw new Error(`Mail to ${mail.to} ("${mail.subject}"): ${problems.join("; ")}`);
  return parsed;
}

/** A test mailbox: each message is checked as MIME before it is kept. */
export function checkedMailbox() {
  const mailbox: OutgoingMail[] = [];
  const receive = async (mail: OutgoingMail) => {
    await parseSentMail(mail);
    mailbox.push(mail);
  };
  return { mailbox, receive };
}
