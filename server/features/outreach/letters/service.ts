import { addDays } from "../../../../shared/dates.ts";
import {
  addressLine,
  defaultLetterTemplate,
  fillLetter,
  type letterInputSchema,
} from "../../../../shared/outreach.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { AppError, validationFailed } from "../../../platform/errors.ts";
import { fetchLogo, renderLetters } from "../../../platform/letters-pdf.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { getOrganisation } from "../../organisations/service.ts";
import { findTenantById } from "../../tenancy/service.ts";
import { campaignRow } from "../campaigns/service.ts";
import * as queries from "./queries.ts";

export const longDate = (iso: string) =>
  new Intl.DateTimeFormat("nl-NL", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso}T12:00:00Z`));

/** The first day visits may start after a letter of this date: lead days later, not before the campaign. */
export const firstVisitDay = (letterDate: string, campaign: { startsOn: string; letterLeadDays: number }) => {
  const after = addDays(letterDate, campaign.letterLeadDays);
  return [after, campaign.startsOn].sort()[1]!;
};

/**
 * One PDF with an announcement letter per address to visit (those without a letter yet, or all), from
 * the campaign's template. The addresses are marked as sent on the letter date, in the same
 * transaction, so visits can be held back until the lead days have passed.
 */
export async function makeLetters(
  db: Db,
  actor: Actor,
  campaignId: string,
  input: z.output<typeof letterInputSchema>,
) {
  return db.transaction(async (tx) => {
    const row = await campaignRow(tx, actor, campaignId);
    const c = row.campaign;
    const from = firstVisitDay(input.letterDate, c);
    if (!c.optOutContact)
      throw validationFailed([
        {
          path: "optOutContact",
          code: "opt_out_missing",
          message:
            "Vul eerst bij de campagne in hoe bewoners een bezoek kunnen weigeren; dat moet in de brief staan.",
        },
      ]);
    if (from > c.endsOn)
      throw validationFailed([
        {
          path: "letterDate",
          code: "too_late",
          message: `Na deze brief kunnen de bezoeken pas op ${longDate(from)} beginnen, na het einde van de campagne.`,
        },
      ]);
    const addresses = await queries.letterAddresses(tx, actor.tenantId, campaignId, input.which === "unsent");
    if (addresses.length === 0)
      throw new AppError(409, "no_addresses", "Er zijn geen adressen (meer) die een brief moeten krijgen.");
    const tenant = await findTenantById(tx, actor.tenantId);
    const municipality = tenant?.name ?? "";
    const template = c.letterTemplate || defaultLetterTemplate;
    const org = await getOrganisation(tx, actor, c.organisationId);
    const letters = addresses.map((a, index) => ({
      addressLines: ["De bewoners van", addressLine(a), `${a.postcode}  ${a.city.toUpperCase()}`],
      reference: `ADV-${c.id.slice(0, 8).toUpperCase()}-${String(index + 1).padStart(4, "0")}`,
      text: fillLetter(template, {
        adres: addressLine(a),
        postcode: a.postcode,
        woonplaats: a.city,
        van: longDate(from),
        tot: longDate(c.endsOn),
        organisatie: row.organisationName,
        gemeente: municipality,
        incentive: c.incentive || "een kleine attentie",
        afmelden: c.optOutContact,
        datum: longDate(input.letterDate),
      }),
    }));
    const pdf = await renderLetters(letters, {
      sender: org,
      placeAndDate: `${org.city ?? municipality}, ${longDate(input.letterDate)}`,
      subject: `Huisbezoek in uw buurt tussen ${longDate(from)} en ${longDate(c.endsOn)}`,
      contact: [org.phone, org.email].filter(Boolean).join(" · ") || c.optOutContact,
      signatory: {
        name: c.signatoryName || org.name,
        role: [c.signatoryRole, c.signatoryName ? org.name : ""].filter(Boolean).join(", "),
      },
      logo: await fetchLogo((tenant?.theme as { logoUrl?: string } | null)?.logoUrl),
    });
    await queries.markLettersSent(
      tx,
      actor.tenantId,
      addresses.map((a) => a.id),
      input.letterDate,
    );
    await logProcessing(tx, actor, {
      activity: "outreach.manage",
      action: "export",
      subjectType: "address",
      subjectIds: addresses.map((a) => a.id),
    });
    return { pdf, count: letters.length };
  });
}
