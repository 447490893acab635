import { eq } from "drizzle-orm";
import { addDays, amsterdamDay, amsterdamInstant } from "../../../../shared/dates.ts";
import { consentStatement, type ReferralStatus } from "../../../../shared/referrals.ts";
import type { DbOrTx } from "../../../db/client.ts";
import { organisation } from "../../organisations/schema.ts";
import { referral, referralStatusChange } from "../../referrals/schema.ts";
import { offering, pactMember } from "../schema.ts";

type Ids = { tenantId: string; organisationIds: Map<string, string>; districtIds: Map<string, string> };
type DemoOffering = Omit<typeof offering.$inferInsert, "tenantId" | "organisationId" | "districtIds"> & {
  org: string;
  districts?: string[];
  /** Months since it was last checked (stale from the werkgebied's review period, 6 months). */
  checkedMonthsAgo?: number;
};

const members: { org: string; signedMonthsAgo: number; contactName: string; days?: number }[] = [
  { org: "sd", signedMonthsAgo: 30, contactName: "Mohamed El Amrani" },
  { org: "wi", signedMonthsAgo: 30, contactName: "Fatma Yilmaz" },
  { org: "welzijn", signedMonthsAgo: 28, contactName: "Peter Bakker" },
  { org: "vc", signedMonthsAgo: 28, contactName: "Sanne Jansen" },
  { org: "humanitas", signedMonthsAgo: 24, contactName: "Kees van Dijk", days: 10 },
  { org: "shm", signedMonthsAgo: 20, contactName: "Ria Hendriks" },
  { org: "diaconie", signedMonthsAgo: 18, contactName: "Ds. Willem de Graaf" },
  { org: "voedselbank", signedMonthsAgo: 12, contactName: "Ahmed Ouali" },
  { org: "stadsbank", signedMonthsAgo: 30, contactName: "Lotte de Boer", days: 3 },
  { org: "buurtkamer", signedMonthsAgo: 2, contactName: "Gerda Smit" },
];

const offerings: DemoOffering[] = [
  {
    org: "stadsbank",
    name: "Schuldhulpverlening",
    description: "Samen overzicht maken van uw schulden en een plan om ze af te lossen of te regelen.",
    forWhom: "Inwoners met schulden die ze zelf niet meer kunnen regelen.",
    conditions: "U woont in de gemeente. U bent 18 jaar of ouder.",
    howToRefer: ["inzet", "phone"],
    languages: ["nl", "en"],
    openingHours: "Maandag tot en met vrijdag 9.00–17.00 uur",
    phone: "014 0999",
    email: "schuldhulp@stadsbank.example",
    referralNotes:
      "Stuur bij een dreigende huisuitzetting altijd 'urgent'; dan bellen wij binnen 2 werkdagen.",
  },
  {
    org: "stadsbank",
    name: "Budgetbeheer",
    description: "Wij betalen uw vaste lasten van uw inkomen, zodat er geen nieuwe achterstanden komen.",
    forWhom: "Inwoners die hun geld even niet zelf kunnen beheren.",
    conditions:
      "Alleen met een intakegesprek. Er zijn kosten aan verbonden; vaak betaalt de bijzondere bijstand ze.",
    howToRefer: ["inzet", "phone"],
    languages: ["nl"],
    openingHours: "Op afspraak",
    phone: "014 0999",
  },
  {
    org: "humanitas",
    name: "Thuisadministratie",
    description:
      "Een vrijwilliger komt bij u thuis en helpt met post, formulieren en een overzicht van uw geld.",
    forWhom: "Iedereen die moeite heeft met de administratie.",
    conditions: "Gratis. De vrijwilliger komt ongeveer een jaar, eens per week of twee weken.",
    howToRefer: ["inzet", "phone"],
    districts: ["WK999902", "WK999904"],
    languages: ["nl", "tr", "ar"],
    openingHours: "Bellen kan op dinsdag en donderdag 10.00–12.00 uur",
    phone: "030 123 45 67",
    email: "thuisadministratie@humanitas.example",
    website: "https://www.humanitas.nl",
    referralNotes:
      "Na schuldhulp van de Stadsbank: vermeld het dossiernummer, dan sluit de vrijwilliger aan.",
  },
  {
    org: "shm",
    name: "Maatje bij geldzorgen",
    description:
      "Een getraind maatje helpt u weer grip te krijgen op uw geld, naast de hulp van de Stadsbank.",
    forWhom: "Inwoners met geldzorgen of schulden.",
    conditions: "Gratis en vertrouwelijk.",
    howToRefer: ["inzet", "phone"],
    languages: ["nl", "en"],
    openingHours: "Bereikbaar op werkdagen",
    phone: "0800 8115",
    website: "https://www.schuldhulpmaatje.nl",
  },
  {
    org: "voedselbank",
    name: "Voedselpakket",
    description: "Elke week een pakket met eten en verzorgingsproducten, voor een korte periode.",
    forWhom: "Huishoudens die na de vaste lasten te weinig overhouden voor eten.",
    conditions: "Alleen na een doorverwijzing. Wij kijken samen naar uw inkomen en vaste lasten.",
    howToRefer: ["inzet"],
    languages: ["nl", "en", "ar", "uk"],
    openingHours: "Uitgifte op vrijdag 13.00–16.00 uur",
    email: "aanmelden@voedselbank.example",
    referralNotes: "Stuur het laatste bankafschrift niet mee; dat bekijken wij bij de intake.",
  },
  {
    org: "diaconie",
    name: "Noodhulp",
    description:
      "Snelle hulp in geld of natura als er echt niets meer is, bijvoorbeeld voor de energierekening.",
    forWhom: "Inwoners in acute nood, ook zonder kerkelijke achtergrond.",
    conditions: "Eenmalig. Meestal samen met een andere hulpverlener.",
    howToRefer: ["inzet", "phone"],
    districts: ["WK999901"],
    languages: ["nl"],
    openingHours: "Op afspraak",
    phone: "030 765 43 21",
  },
  {
    org: "diaconie",
    name: "Bezoekwerk voor ouderen",
    description: "Een vrijwilliger komt op bezoek voor een praatje, een wandeling of samen koffie drinken.",
    forWhom: "Ouderen die zich alleen voelen.",
    howToRefer: ["phone", "walkIn"],
    districts: ["WK999901"],
    languages: ["nl"],
    openingHours: "Inloop in de kerkzaal op woensdag 10.00–12.00 uur",
    phone: "030 765 43 21",
    checkedMonthsAgo: 9,
  },
  {
    org: "welzijn",
    name: "Wijkcoach",
    description:
      "Een wijkcoach denkt met u mee over werk, geld, wonen of gezondheid en zoekt de juiste hulp.",
    forWhom: "Alle inwoners van Centrum, Noord en Oost.",
    conditions: "Gratis. U hoeft niets te regelen om te komen.",
    howToRefer: ["inzet", "phone", "walkIn"],
    districts: ["WK999901", "WK999902", "WK999903"],
    languages: ["nl", "en", "tr", "pl"],
    openingHours: "Maandag tot en met vrijdag 9.00–17.00 uur",
    phone: "030 555 00 00",
    email: "wijkcoach@welzijn.example",
  },
  {
    org: "welzijn",
    name: "Taalcafé",
    description: "Samen Nederlands oefenen in een ontspannen sfeer, met koffie en thee.",
    forWhom: "Anderstaligen die Nederlands willen oefenen.",
    howToRefer: ["walkIn"],
    districts: ["WK999903"],
    languages: ["nl"],
    openingHours: "Donderdag 19.00–21.00 uur in buurthuis Oosterpark",
  },
  {
    org: "buurtkamer",
    name: "Inloop en samen eten",
    description: "Binnenlopen voor koffie, een praatje of hulp bij een formulier. Op dinsdag eten we samen.",
    forWhom: "Iedereen uit De Akkers en omgeving.",
    conditions: "Samen eten kost € 3,50; met de stadspas gratis.",
    howToRefer: ["walkIn"],
    districts: ["WK999902"],
    languages: ["nl"],
    openingHours: "Maandag tot en met donderdag 10.00–16.00 uur",
  },
  {
    org: "vc",
    name: "Vrijwilligerswerk vinden",
    description: "Wij zoeken samen met u vrijwilligerswerk dat bij u past, ook als opstap naar betaald werk.",
    forWhom: "Iedereen die iets voor een ander wil doen.",
    howToRefer: ["inzet", "phone", "walkIn"],
    languages: ["nl", "en"],
    openingHours: "Dinsdag en donderdag 9.00–12.00 uur",
    phone: "030 222 33 44",
    website: "https://www.vrijwilligerscentrale.example",
  },
  {
    org: "wi",
    name: "Bijzondere bijstand",
    description: "Een vergoeding voor noodzakelijke kosten die u niet zelf kunt betalen.",
    forWhom: "Inwoners met een laag inkomen.",
    conditions: "Aanvragen bij de gemeente; de klantmanager kijkt naar inkomen en vermogen.",
    howToRefer: ["inzet", "phone"],
    languages: ["nl"],
    openingHours: "Maandag tot en met vrijdag 8.30–17.00 uur",
    phone: "14 0999",
    status: "active",
    checkedMonthsAgo: 8,
  },
];

type DemoReferral = {
  from: string;
  to: string;
  offering: string;
  resident: string;
  contact: string;
  reason: string;
  urgency?: "urgent";
  daysAgo: number;
  steps: { status: ReferralStatus; daysAgo: number; note?: string }[];
  partnerReference?: string;
  /** Days from today, at 10:00 Amsterdam time. */
  intakeInDays?: number;
  intakePlace?: string;
};

/** Shared-step referrals in both directions: the stadsbank and Humanitas, welfare and the food bank. */
const referrals: DemoReferral[] = [
  {
    from: "stadsbank",
    to: "humanitas",
    offering: "Thuisadministratie",
    resident: "Ingrid Peters",
    contact: "06 12 34 56 78",
    reason: "Schuldregeling loopt; mevrouw wil hulp om de post bij te houden.",
    daysAgo: 9,
    steps: [
      { status: "received", daysAgo: 8 },
      { status: "intakePlanned", daysAgo: 6 },
    ],
    partnerReference: "HT-2026-041",
    intakeInDays: 3,
    intakePlace: "Bij mevrouw thuis, Molenwijk",
  },
  {
    from: "humanitas",
    to: "stadsbank",
    offering: "Schuldhulpverlening",
    resident: "Jeroen de Wit",
    contact: "jeroen.dewit@example.org",
    reason: "Achterstand bij huur en energie; meneer wil een schuldregeling.",
    urgency: "urgent",
    daysAgo: 4,
    steps: [{ status: "received", daysAgo: 3 }],
    partnerReference: "SB-88213",
  },
  {
    from: "welzijn",
    to: "voedselbank",
    offering: "Voedselpakket",
    resident: "Familie Öztürk",
    contact: "06 98 76 54 32",
    reason: "Gezin met drie kinderen, na de vaste lasten bijna niets over voor eten.",
    daysAgo: 20,
    steps: [
      { status: "received", daysAgo: 19 },
      { status: "intakePlanned", daysAgo: 17 },
      { status: "inProgress", daysAgo: 12 },
    ],
    partnerReference: "VB-1207",
  },
  {
    from: "wi",
    to: "shm",
    offering: "Maatje bij geldzorgen",
    resident: "Samira Benali",
    contact: "06 11 22 33 44",
    reason: "Nieuwe uitkering; mevrouw wil leren haar geld in te delen.",
    daysAgo: 2,
    steps: [],
  },
];

/** Closed referrals of the past months per pair (from, to, offering, count), so the network view shows pairs. */
const history: [string, string, string, number][] = [
  ["stadsbank", "humanitas", "Thuisadministratie", 9],
  ["humanitas", "stadsbank", "Schuldhulpverlening", 7],
  ["welzijn", "voedselbank", "Voedselpakket", 8],
  ["wi", "shm", "Maatje bij geldzorgen", 6],
  ["sd", "stadsbank", "Schuldhulpverlening", 6],
  ["diaconie", "voedselbank", "Voedselpakket", 3],
  ["vc", "welzijn", "", 2],
];
const closedAs = ["done", "done", "notHelped", "done", "notTakenUp", "done"] as const;
const households = [
  "Familie Jansen",
  "Mevrouw de Vries",
  "Meneer Bakker",
  "Familie Yılmaz",
  "Mevrouw Visser",
];
const pastReferrals = (): DemoReferral[] =>
  history.flatMap(([from, to, offering, count], p) =>
    Array.from({ length: count }, (_, i) => {
      const daysAgo = 25 + ((i * 13 + p * 7) % 90);
      const received = daysAgo - 1 - ((i + p) % 5);
      return {
        from,
        to,
        offering,
        resident: households[(i + p) % households.length]!,
        contact: "",
        reason: "Hulp gevraagd bij het huishouden thuis.",
        daysAgo,
        steps: [
          { status: "received", daysAgo: received },
          { status: closedAs[(i + p) % closedAs.length]!, daysAgo: received - 10 },
        ],
      };
    }),
  );

const monthsAgo = (n: number) => new Date(Date.now() - n * 30.4 * 86_400_000);

/**
 * The sociale kaart of the demo: ten pact members, a dozen offerings across money, food, company,
 * language and work (two of them due for a check), four open referrals between partners at shared steps
 * and some forty closed ones of the past months (the network view and the conference overview).
 * Seeds nothing when the tenant already has offerings (a second run changes nothing).
 */
export async function seedDemoNetwork(tx: DbOrTx, { tenantId, organisationIds, districtIds }: Ids) {
  const existing = await tx.select({ id: offering.id }).from(offering).where(eq(offering.tenantId, tenantId));
  if (existing.length > 0) return;
  const org = (key: string) => organisationIds.get(key)!;
  await tx
    .insert(pactMember)
    .values(
      members.map((m) => ({
        tenantId,
        organisationId: org(m.org),
        signedOn: amsterdamDay(monthsAgo(m.signedMonthsAgo)),
        contactName: m.contactName,
        contactEmail: `pact@${m.org}.example.org`,
        serviceLevelDays: m.days ?? 5,
      })),
    )
    .onConflictDoNothing();
  const rows = await tx
    .insert(offering)
    .values(
      offerings.map(({ org: key, districts = [], checkedMonthsAgo = 1, ...o }) => ({
        ...o,
        tenantId,
        organisationId: org(key),
        districtIds: districts.map((wk) => districtIds.get(wk)!),
        lastCheckedAt: monthsAgo(checkedMonthsAgo),
      })),
    )
    .returning({ id: offering.id, name: offering.name });
  const offeringId = new Map(rows.map((r) => [r.name, r.id]));
  const names = new Map(
    (
      await tx
        .select({ id: organisation.id, name: organisation.name })
        .from(organisation)
        .where(eq(organisation.tenantId, tenantId))
    ).map((o) => [o.id, o.name]),
  );
  const today = amsterdamDay();
  const at = (daysAgo: number) => amsterdamInstant(addDays(today, -daysAgo), "10:00");
  for (const r of [...referrals, ...pastReferrals()]) {
    const last = r.steps.at(-1);
    const [made] = await tx
      .insert(referral)
      .values({
        tenantId,
        source: "intake",
        fromOrganisationId: org(r.from),
        partnerOrganisationId: org(r.to),
        offeringId: offeringId.get(r.offering) ?? null,
        household: r.resident,
        contact: r.contact,
        contactPreference: r.contact.includes("@") ? "email" : "phone",
        reason: r.reason,
        urgency: r.urgency ?? "normal",
        consentText: consentStatement(names.get(org(r.from))!, names.get(org(r.to))!),
        consentAt: at(r.daysAgo),
        status: last?.status ?? "sent",
        notHelpedReason: last?.status === "notHelped" ? "noCapacity" : null,
        partnerReference: r.partnerReference ?? "",
        intakeAt:
          r.intakeInDays === undefined ? null : amsterdamInstant(addDays(today, r.intakeInDays), "10:00"),
        intakePlace: r.intakePlace ?? "",
        createdAt: at(r.daysAgo),
        statusChangedAt: at(last?.daysAgo ?? r.daysAgo),
      })
      .returning({ id: referral.id });
    await tx.insert(referralStatusChange).values(
      [{ status: "sent" as const, daysAgo: r.daysAgo }, ...r.steps].map((s) => ({
        tenantId,
        referralId: made!.id,
        status: s.status,
        note: s.note ?? "",
        changedAt: at(s.daysAgo),
      })),
    );
  }
}
