import { DEFAULT_REVIEW_MONTHS } from "../../../../shared/network.ts";
import type { Db } from "../../../db/client.ts";
import type { Mailer } from "../../../platform/mail.ts";
import * as queries from "../queries.ts";

/**
 * The review reminder (daily job `network.reviewReminders`): every offering not checked for the
 * werkgebied's review period (default 6 months) is claimed once per period, and the organisation's
 * staff get one mail listing its offerings to check. Returns the number of offerings reminded.
 */
export async function sendReviewReminders(db: Db, mailer: Mailer, now = new Date()) {
  const due = await queries.offeringsDueForReview(db, now, DEFAULT_REVIEW_MONTHS);
  const byOrganisation = new Map<string, { tenantId: string; names: string[] }>();
  for (const o of due) {
    if (!(await queries.claimReminder(db, o.id, now, o.reviewRemindedAt))) continue;
    const entry = byOrganisation.get(o.organisationId) ?? { tenantId: o.tenantId, names: [] };
    entry.names.push(o.name);
    byOrganisation.set(o.organisationId, entry);
  }
  let reminded = 0;
  for (const [organisationId, { tenantId, names }] of byOrganisation) {
    reminded += names.length;
    for (const person of await queries.organisationStaff(db, tenantId, organisationId)) {
      if (!person.email) continue;
      await mailer.send({
        tenantId,
        recipientUserId: person.id,
        to: person.email,
        periodic: true,
        subject: "Klopt uw aanbod op de sociale kaart nog?",
        text: [
          `Beste ${person.name},`,
          "",
          "Dit aanbod van uw organisatie is al een tijd niet nagekeken:",
          ...names.map((name) => `- ${name}`),
          "",
          "Log in bij Inzet, open Netwerk en kies bij elk aanbod 'Klopt nog' of pas het aan.",
          "Zo vinden inwoners en partners de juiste hulp.",
        ].join("\n"),
      });
    }
  }
  return reminded;
}
