import { amsterdamDay } from "../../../../shared/dates.ts";
import type { LetterKind } from "../../../../shared/participation/agreements.ts";
import { ALLOWANCE_FREE_AGE, ageOn, type Regime, type Rule } from "../../../../shared/participation/rules.ts";
import type { DbOrTx } from "../../../db/client.ts";
import { fetchLogo, renderLetters } from "../../../platform/letters-pdf.ts";
import type { Mailer } from "../../../platform/mail.ts";
import { participationLetter } from "../schema.ts";

/** What a letter needs to know about the agreement and the client. */
export type LetterFacts = {
  tenantId: string;
  agreementId: string;
  clientNumber: string;
  name: string;
  email: string | null;
  birthDate: string;
  description: string;
  placeName: string;
  hoursPerWeek: number;
  startDate: string;
  regime: Regime;
  motivation: string;
  note: string;
};

const longDate = (iso: string) =>
  new Intl.DateTimeFormat("nl-NL", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso}T12:00:00Z`));

/** The words of each regime: the law changes them on 1 January 2027 (Participatiewet in balans). */
const regimeWords: Record<Regime, { name: string; basis: string }> = {
  tegenprestatie: {
    name: "tegenprestatie",
    basis: "artikel 9, eerste lid, onderdeel c, van de Participatiewet en de verordening tegenprestatie",
  },
  participatie: {
    name: "maatschappelijke participatie",
    basis: "de Participatiewet (maatschappelijke participatie, Wet Participatiewet in balans)",
  },
};

const subjects: Record<LetterKind, string> = {
  permission: "Besluit: toestemming voor uw activiteit",
  refusal: "Besluit: geen toestemming voor uw activiteit",
  acknowledgement: "Bevestiging van uw melding",
  end: "Einde van uw afspraak",
};

const objection =
  "Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken. Schrijf in uw bezwaar uw naam, adres, de datum, het kenmerk van deze brief en waarom u het er niet mee eens is. Stuur het naar de afzender van deze brief.";

function allowanceParagraph(birthDate: string, day: string) {
  return ageOn(birthDate, day) < ALLOWANCE_FREE_AGE
    ? `U bent jonger dan ${ALLOWANCE_FREE_AGE} jaar. Krijgt u een vrijwilligersvergoeding? Dan telt die als inkomen en gaat die af van uw uitkering.`
    : `U bent ${ALLOWANCE_FREE_AGE} jaar of ouder. Een vrijwilligersvergoeding binnen de belastingvrije grenzen gaat niet af van uw uitkering.`;
}

/** The body of a letter, salutation to closing, in the words of the regime of the agreement. */
export function letterText(kind: LetterKind, f: LetterFacts, day: string) {
  const words = regimeWords[f.regime];
  const what = `${f.description}${f.placeName ? ` bij ${f.placeName}` : ""}, ${String(f.hoursPerWeek).replace(".", ",")} uur per week, vanaf ${longDate(f.startDate)}`;
  const duty =
    "U moet elke vergoeding en elke verandering doorgeven aan uw klantmanager (artikel 17 Participatiewet).";
  const paragraphs: string[] = [`Beste ${f.name},`];
  if (kind === "permission")
    paragraphs.push(
      `U vroeg toestemming voor deze activiteit: ${what}. U krijgt die toestemming. De activiteit telt als ${words.name} op grond van ${words.basis}.`,
      `Uw uitkering blijft doorlopen. ${allowanceParagraph(f.birthDate, day)} ${duty}`,
      f.motivation ? `Toelichting: ${f.motivation}` : "",
      objection,
    );
  if (kind === "refusal")
    paragraphs.push(
      `U vroeg toestemming voor deze activiteit: ${what}. U krijgt die toestemming niet.`,
      `Waarom niet: ${f.motivation}`,
      `Dit besluit is genomen op grond van ${words.basis}. Uw uitkering verandert niet door dit besluit. Wilt u een andere activiteit doen? Bespreek het met uw klantmanager.`,
      objection,
    );
  if (kind === "acknowledgement")
    paragraphs.push(
      `U meldde deze activiteit: ${what}. Wij hebben uw melding ontvangen. In onze gemeente is melden genoeg: u hoeft geen toestemming te vragen. De activiteit telt als ${words.name}.`,
      `${allowanceParagraph(f.birthDate, day)} ${duty}`,
    );
  if (kind === "end")
    paragraphs.push(
      `Uw afspraak over deze activiteit is beëindigd: ${what}.`,
      f.note ? `Toelichting: ${f.note}` : "",
      `Wat dit betekent voor uw uitkering bespreekt u met uw klantmanager. ${duty}`,
      objection,
    );
  paragraphs.push("Met vriendelijke groet,");
  return paragraphs.filter(Boolean).join("\n\n");
}

/**
 * Renders the letter with the tenant's sender (the rule in force) and stores it with the agreement, so
 * the letter shown later is the one that was sent. "mail": the client gets a mail that a letter is ready
 * (the letter itself stays in Inzet); "post": it is printed and posted.
 */
export async function makeLetter(
  tx: DbOrTx,
  mailer: Mailer,
  rule: Rule,
  kind: LetterKind,
  facts: LetterFacts,
  delivery: "mail" | "post",
  logoUrl: string | undefined,
  now = new Date(),
) {
  const day = amsterdamDay(now);
  const reference = `PW-${facts.agreementId.slice(0, 8).toUpperCase()}-${day.replaceAll("-", "")}-${kind.slice(0, 3).toUpperCase()}`;
  const s = rule.sender;
  const pdf = await renderLetters(
    [{ addressLines: [facts.name], reference, text: letterText(kind, facts, day) }],
    {
      sender: {
        name: s.name,
        street: s.street || null,
        postcode: s.postcode || null,
        city: s.city || null,
        phone: s.phone || null,
        email: s.email || null,
        website: null,
      },
      placeAndDate: `${s.city || s.name}, ${longDate(day)}`,
      subject: subjects[kind],
      contact: [s.phone, s.email].filter(Boolean).join(" · ") || s.name,
      signatory: { name: s.signatoryName || s.name, role: s.signatoryRole },
      logo: await fetchLogo(logoUrl),
    },
  );
  const actualDelivery = delivery === "mail" && facts.email ? "mail" : "post";
  const [row] = await tx
    .insert(participationLetter)
    .values({
      tenantId: facts.tenantId,
      agreementId: facts.agreementId,
      kind,
      reference,
      delivery: actualDelivery,
      pdf,
    })
    .returning({ id: participationLetter.id });
  const email = actualDelivery === "mail" ? facts.email : null;
  /** Send after the transaction committed: the client is told only about a letter that exists. */
  const notify = async () => {
    if (!mailer || !email) return;
    await mailer.send({
      tenantId: facts.tenantId,
      to: email,
      subject: subjects[kind],
      text: `Beste ${facts.name},\n\nEr is een brief voor u over uw afspraak (kenmerk ${reference}). U leest hem in Inzet bij "Mijn participatie".\n\nMet vriendelijke groet,\n${s.name}`,
    });
  };
  return { letterId: row!.id, notify };
}
