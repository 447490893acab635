import { eq } from "drizzle-orm";
import { addDays, amsterdamDay, amsterdamInstant } from "../../../../shared/dates.ts";
import type { DbOrTx } from "../../../db/client.ts";
import { conference, conferenceAction, conferenceAgendaItem, conferenceRegistration } from "../schema.ts";

type Ids = { tenantId: string; organisationIds: Map<string, string> };

/**
 * The demo's conferences: one held ten weeks ago (agenda, who came, minutes, three actions: one done,
 * one late, one still running) and the next one, open for agenda items. Seeds nothing when the tenant
 * already has a conference.
 */
export async function seedDemoConferences(tx: DbOrTx, { tenantId, organisationIds }: Ids) {
  const existing = await tx
    .select({ id: conference.id })
    .from(conference)
    .where(eq(conference.tenantId, tenantId));
  if (existing.length > 0) return;
  const org = (key: string) => organisationIds.get(key)!;
  const today = amsterdamDay();
  const day = (offset: number) => addDays(today, offset);
  const [held, next] = await tx
    .insert(conference)
    .values([
      {
        tenantId,
        title: "Solidariteitsconferentie najaar",
        startsAt: amsterdamInstant(day(-70), "19:30"),
        place: "Stadhuis, raadzaal",
        agendaDeadline: amsterdamInstant(day(-80), "17:00"),
        status: "held",
        minutes: [
          "Humanitas en de stadsbank vertelden hoe de warme overdracht nu gaat: de vrijwilliger gaat mee naar de intake, en dat helpt. Wel duurt het soms lang voor de stadsbank een doorverwijzing oppakt.",
          "De voedselbank ziet meer aanvragen van werkende gezinnen. Afgesproken: samen met Werk en Inkomen een vaste route maken.",
        ].join("\n\n"),
      },
      {
        tenantId,
        title: "Solidariteitsconferentie voorjaar",
        startsAt: amsterdamInstant(day(40), "19:30"),
        place: "Wijkcentrum De Molen",
        agendaDeadline: amsterdamInstant(day(18), "17:00"),
      },
    ])
    .returning({ id: conference.id });
  await seedProgramme(tx, tenantId, org, held!.id, next!.id, day);
}

/** The agenda, registrations and actions of the two demo conferences. */
async function seedProgramme(
  tx: DbOrTx,
  tenantId: string,
  org: (key: string) => string,
  held: string,
  next: string,
  day: (offset: number) => string,
) {
  await tx.insert(conferenceAgendaItem).values([
    {
      tenantId,
      conferenceId: held,
      organisationId: org("humanitas"),
      title: "Warme overdracht naar de stadsbank",
      why: "Inwoners haken af als ze na de doorverwijzing lang niets horen.",
      presenter: "Kees van Dijk",
      position: 0,
    },
    {
      tenantId,
      conferenceId: held,
      organisationId: org("voedselbank"),
      title: "Meer aanvragen van werkende gezinnen",
      why: "Sinds de zomer komen er gezinnen met werk die toch niet rondkomen.",
      presenter: "Ahmed Ouali",
      position: 1,
    },
    {
      tenantId,
      conferenceId: next,
      organisationId: org("diaconie"),
      title: "Eenzaamheid rond de feestdagen",
      why: "Wie is er alleen in december, en wie kan er langsgaan?",
      presenter: "Ds. Willem de Graaf",
      position: 0,
    },
  ]);
  const registration = (
    conferenceId: string,
    key: string,
    attendees: string[],
    showNames: boolean,
    attended: boolean | null,
  ) => ({
    tenantId,
    conferenceId,
    organisationId: org(key),
    attendees,
    showNames,
    attended,
  });
  await tx
    .insert(conferenceRegistration)
    .values([
      registration(held, "humanitas", ["Kees van Dijk"], true, true),
      registration(held, "stadsbank", ["Lotte de Boer", "Ruud Kramer"], false, true),
      registration(held, "voedselbank", ["Ahmed Ouali"], true, true),
      registration(held, "welzijn", ["Peter Bakker", "Anouk Vermeer"], false, false),
      registration(next, "humanitas", ["Kees van Dijk"], true, null),
    ]);
  await tx.insert(conferenceAction).values(demoActions(tenantId, org, held, day));
}

const demoActions = (
  tenantId: string,
  org: (key: string) => string,
  held: string,
  day: (offset: number) => string,
) => [
  {
    tenantId,
    conferenceId: held,
    title: "Een vaste contactpersoon voor doorverwijzingen van Humanitas",
    ownerOrganisationId: org("stadsbank"),
    dueOn: day(-30),
    status: "done" as const,
    note: "Lotte de Boer is het aanspreekpunt.",
  },
  {
    tenantId,
    conferenceId: held,
    title: "Folder over de sociale kaart in drie talen",
    ownerOrganisationId: org("welzijn"),
    dueOn: day(-10),
  },
  {
    tenantId,
    conferenceId: held,
    title: "Vaste route voedselbank en Werk en Inkomen uitwerken",
    ownerOrganisationId: org("wi"),
    dueOn: day(20),
  },
];
