import { amsterdamDay } from "../../../../shared/dates.ts";
import type { LetterKind } from "../../../../shared/participation/agreements.ts";
import type { ClientLanguage } from "../../../../shared/participation/clients.ts";
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
  /** The client's language: a letter in English gets the Dutch decision first, then a translation. */
  language: ClientLanguage;
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

const englishDate = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso}T12:00:00Z`));

/** The regime in English, with the Dutch term the client will hear from the klantmanager. */
const regimeWordsEn: Record<Regime, { name: string; basis: string }> = {
  tegenprestatie: {
    name: "tegenprestatie (an activity in return for your benefit)",
    basis:
      "article 9(1)(c) of the Participation Act (Participatiewet) and the local tegenprestatie ordinance",
  },
  participatie: {
    name: "maatschappelijke participatie (taking part in society)",
    basis: "the Participation Act (Participatiewet, social participation, Wet Participatiewet in balans)",
  },
};

const subjectsEn: Record<LetterKind, string> = {
  permission: "Decision: permission for your activity",
  refusal: "Decision: no permission for your activity",
  acknowledgement: "Confirmation of your notification",
  end: "End of your agreement",
};

const objectionEn =
  "Do you disagree with this decision? You can object (bezwaar maken) within 6 weeks of the date of this letter. Write your name, address, the date, the reference of this letter and why you disagree. Send it to the sender of this letter. You may write your objection in English.";

function allowanceParagraphEn(birthDate: string, day: string) {
  return ageOn(birthDate, day) < ALLOWANCE_FREE_AGE
    ? `You are younger than ${ALLOWANCE_FREE_AGE}. Do you receive a volunteer allowance? Then it counts as income and is deducted from your benefit.`
    : `You are ${ALLOWANCE_FREE_AGE} or older. A volunteer allowance within the tax-free limits is not deducted from your benefit.`;
}

/** The same letter in English, for a client whose language is English; the Dutch letter is the decision. */
export function letterTextEn(kind: LetterKind, f: LetterFacts, day: string) {
  const words = regimeWordsEn[f.regime];
  const what = `${f.description}${f.placeName ? ` at ${f.placeName}` : ""}, ${f.hoursPerWeek} hours a week, from ${englishDate(f.startDate)}`;
  const duty =
    "You must report every allowance and every change to your client manager (article 17 of the Participation Act).";
  const paragraphs: string[] = [
    "This is a translation of the Dutch letter before it. The Dutch letter is the decision.",
    `Dear ${f.name},`,
  ];
  if (kind === "permission")
    paragraphs.push(
      `You asked permission for this activity: ${what}. You get that permission. The activity counts as ${words.name} under ${words.basis}.`,
      `Your benefit continues. ${allowanceParagraphEn(f.birthDate, day)} ${duty}`,
      f.motivation ? `Explanation: ${f.motivation}` : "",
      objectionEn,
    );
  if (kind === "refusal")
    paragraphs.push(
      `You asked permission for this activity: ${what}. You do not get that permission.`,
      `Why not: ${f.motivation}`,
      `This decision is based on ${words.basis}. Your benefit does not change because of this decision. Would you like to do another activity? Talk to your client manager.`,
      objectionEn,
    );
  if (kind === "acknowledgement")
    paragraphs.push(
      `You notified us of this activity: ${what}. We have received your notification. In our municipality notifying is enough: you do not need to ask permission. The activity counts as ${words.name}.`,
      `${allowanceParagraphEn(f.birthDate, day)} ${duty}`,
    );
  if (kind === "end")
    paragraphs.push(
      `Your agreement about this activity has ended: ${what}.`,
      f.note ? `Explanation: ${f.note}` : "",
      `Talk to your client manager about what this means for your benefit. ${duty}`,
      objectionEn,
    );
  paragraphs.push("Kind regards,");
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
  const english = facts.language === "en";
  const letters = [{ addressLines: [facts.name], reference, text: letterText(kind, facts, day) }];
  if (english) letters.push({ addressLines: [facts.name], reference, text: letterTextEn(kind, facts, day) });
  const pdf = await renderLetters(letters, {
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
    subject: english ? `${subjects[kind]} / ${subjectsEn[kind]}` : subjects[kind],
    contact: [s.phone, s.email].filter(Boolean).join(" · ") || s.name,
    signatory: { name: s.signatoryName || s.name, role: s.signatoryRole },
    logo: await fetchLogo(logoUrl),
  });
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
      subject: english ? subjectsEn[kind] : subjects[kind],
      text: english
        ? `Dear ${facts.name},\n\nThere is a letter for you about your agreement (reference ${reference}), in Dutch and in English. You can read it in Inzet under "My participation".\n\nKind regards,\n${s.name}`
        : `Beste ${facts.name},\n\nEr is een brief voor u over uw afspraak (kenmerk ${reference}). U leest hem in Inzet bij "Mijn participatie".\n\nMet vriendelijke groet,\n${s.name}`,
    });
  };
  return { letterId: row!.id, notify };
}
