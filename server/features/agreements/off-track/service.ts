import type { AgreementContent } from "../../../../shared/agreements/agreement.ts";
import { addDays, amsterdamDay } from "../../../../shared/dates.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import type { Mailer } from "../../../platform/mail.ts";
import { activityResults, getGuardSettings } from "../monitoring/service.ts";
import * as queries from "./queries.ts";

/** The month before the one `day` is in, with its first and last day. */
export function previousMonth(day: string) {
  const last = addDays(`${day.slice(0, 7)}-01`, -1);
  return { month: last.slice(0, 7), from: `${last.slice(0, 7)}-01`, to: last };
}

const monthName = (month: string) =>
  new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-15T12:00:00Z`),
  );

/** Who hears that an activity went off track: the owner party's people (none for a residents' group). */
function recipientsOf(db: DbOrTx, tenantId: string, content: AgreementContent, ownerPartyKey: string) {
  const party = content.parties.find((p) => p.key === ownerPartyKey);
  if (party?.kind === "municipality")
    return queries.staff(db, tenantId, ["policyOfficer"], party.organisationId);
  if (party?.kind === "organisation" && party.organisationId)
    return queries.staff(db, tenantId, ["coordinator"], party.organisationId);
  return Promise.resolve([]);
}

/** Reads the figures as a policy officer does: small counts hidden (a hidden figure is never "red"). */
const readerOf = (tenantId: string): Actor => ({
  traceId: crypto.randomUUID(),
  userId: "",
  name: "Inzet",
  email: "",
  twoFactorEnabled: false,
  membershipId: "",
  tenantId,
  organisationId: null,
  role: "policyOfficer",
});

type InForce = Awaited<ReturnType<typeof queries.agreementsInForce>>[number];
type Result = Awaited<ReturnType<typeof activityResults>>["activities"][number];

function mailText(row: InForce, activity: Result, month: string, name: string, publicUrl: string) {
  const red = activity.indicators.filter((i) => i.light === "red");
  const review = row.content.reviewDates.find((d) => d >= `${month}-01`);
  return [
    `Beste ${name},`,
    "",
    `In ${monthName(month)} liep de activiteit '${activity.title}' uit de afspraak '${row.content.title}' (${row.districtName}) achter op wat is afgesproken:`,
    ...red.map(
      (i) => `- ${i.name}: ${"shown" in i.total ? i.total.shown : "–"} van ${i.targetSoFar} (streefwaarde)`,
    ),
    "",
    `U krijgt dit bericht omdat ${activity.ownerPartyName} eigenaar is van deze activiteit.`,
    `Bekijk de cijfers: ${publicUrl}/afspraken/${row.agreementId}/monitoring`,
    review
      ? `Bespreek op het evaluatiemoment van ${review} met de partijen of de afspraak bijgesteld moet worden.`
      : "Bespreek met de partijen of de afspraak bijgesteld moet worden.",
  ].join("\n");
}

/**
 * Last month's off-track activities (an indicator red) of every agreement in force, told once to the
 * activity's owner. The job runs daily; each activity and month is claimed, so a rerun sends nothing twice.
 */
export async function sendOffTrackSignals(db: Db, mailer: Mailer, publicUrl: string, now = new Date()) {
  const period = previousMonth(amsterdamDay(now));
  let sent = 0;
  for (const row of await queries.agreementsInForce(db)) {
    const { content } = row;
    if (content.validFrom > period.to || content.validUntil < period.from) continue;
    // yyyy-mm-dd strings sort as dates: the later start and the earlier end.
    const from = [content.validFrom, period.from].sort()[1]!;
    const to = [content.validUntil, period.to].sort()[0]!;
    const reader = readerOf(row.tenantId);
    const settings = await getGuardSettings(db, row.tenantId);
    const { activities } = await activityResults(
      db,
      reader,
      row.districtId,
      row.agreementId,
      content,
      { from, to },
      settings,
    );
    for (const activity of activities.filter((a) => a.offTrack)) {
      const ownerPartyKey = content.activities.find((a) => a.key === activity.key)!.ownerPartyKey;
      const people = await recipientsOf(db, row.tenantId, content, ownerPartyKey);
      const claim = { tenantId: row.tenantId, agreementId: row.agreementId, activityKey: activity.key };
      if (!(await queries.claimNotice(db, { ...claim, month: period.month, recipients: people.length })))
        continue;
      for (const person of people)
        await mailer.send({
          to: person.email,
          tenantId: row.tenantId,
          recipientUserId: person.id,
          subject: `Wijkaanpak ${row.districtName}: ${activity.title} loopt achter`,
          text: mailText(row, activity, period.month, person.name, publicUrl),
        });
      sent += people.length;
    }
  }
  return { sent };
}
