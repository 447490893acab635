import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../db/client.ts";
import type { Auth } from "./auth.ts";
import { authUser, tenant } from "./identity-schema.ts";
import type { Mailer } from "./mail.ts";

/** How long the link in a welcome mail works: a new volunteer does not always read mail the same hour. */
export const WELCOME_LINK_DAYS = 7;

const texts = {
  nl: (name: string, org: string, url: string) => ({
    subject: `Welkom bij ${org}: kies uw wachtwoord`,
    text: [
      `Beste ${name},`,
      "",
      `Welkom bij ${org}. Er is een account voor u gemaakt in Inzet.`,
      `Kies met de link hieronder uw eigen wachtwoord. De link werkt ${WELCOME_LINK_DAYS} dagen.`,
      "",
      url,
      "",
      "Werkt de link niet meer? Vraag op de inlogpagina een nieuwe link aan met 'Wachtwoord vergeten'.",
    ].join("\n"),
  }),
  en: (name: string, org: string, url: string) => ({
    subject: `Welcome to ${org}: choose your password`,
    text: [
      `Dear ${name},`,
      "",
      `Welcome to ${org}. An account has been made for you in Inzet.`,
      `Choose your own password with the link below. The link works for ${WELCOME_LINK_DAYS} days.`,
      "",
      url,
      "",
      "Has the link stopped working? Ask for a new one on the sign-in page with 'Forgot password'.",
    ].join("\n"),
  }),
};

/**
 * The welcome mail of a new account: a link to set a password that works 7 days (a reset link
 * works one hour). The link is better-auth's own reset flow, with a longer-lived token.
 */
export async function sendWelcomeMail(
  deps: { db: Db; auth: Auth; mailer: Mailer },
  { email, tenantId }: { email: string; tenantId: string },
) {
  const context = await deps.auth.$context;
  const found = await context.internalAdapter.findUserByEmail(email);
  if (!found) return;
  const token = randomBytes(24).toString("hex");
  await context.internalAdapter.createVerificationValue({
    identifier: `reset-password:${token}`,
    value: found.user.id,
    expiresAt: new Date(Date.now() + WELCOME_LINK_DAYS * 24 * 60 * 60 * 1000),
  });
  const url = `${context.baseURL}/reset-password/${token}?callbackURL=${encodeURIComponent("/wachtwoord-herstellen")}`;
  const [user] = await deps.db
    .select({ locale: authUser.locale })
    .from(authUser)
    .where(eq(authUser.id, found.user.id));
  const [org] = await deps.db.select({ name: tenant.name }).from(tenant).where(eq(tenant.id, tenantId));
  const message = texts[user?.locale === "en" ? "en" : "nl"](found.user.name, org?.name ?? "Inzet", url);
  await deps.mailer.send({ ...message, to: email, tenantId, recipientUserId: found.user.id, secret: true });
}

/** The password-reset mail (better-auth's one-hour link), in the user's language. */
export function resetMail(user: { name: string; locale?: unknown }, url: string) {
  if (user.locale === "en") {
    return {
      subject: "Set a new password for Inzet",
      text: [
        `Dear ${user.name},`,
        "",
        "You (or someone else) asked for a new password for Inzet.",
        "Within one hour, click this link to choose a new password:",
        url,
        "",
        "Did you not ask for this? Then you can ignore this message. Your password stays the same.",
      ].join("\n"),
    };
  }
  return {
    subject: "Nieuw wachtwoord instellen voor Inzet",
    text: [
      `Beste ${user.name},`,
      "",
      "U (of iemand anders) vroeg om een nieuw wachtwoord voor Inzet.",
      "Klik binnen een uur op deze link om een nieuw wachtwoord te kiezen:",
      url,
      "",
      "Vroeg u dit niet aan? Dan kunt u dit bericht negeren. Uw wachtwoord blijft dan hetzelfde.",
    ].join("\n"),
  };
}
