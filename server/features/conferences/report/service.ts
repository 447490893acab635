import type { ConferenceAction, ConferenceOverview } from "../../../../shared/conferences.ts";
import { amsterdamDay, longDay } from "../../../../shared/dates.ts";
import { countCell } from "../../../../shared/small-counts.ts";
import type { Db } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { type DocumentBlock, renderDocument } from "../../../platform/document-pdf.ts";
import { getConference, overview } from "../service.ts";

const zone = "Europe/Amsterdam";
/** A day (yyyy-mm-dd) or an instant, as its Amsterdam day in words. */
const day = (iso: string) => longDay(iso.length === 10 ? iso : amsterdamDay(new Date(iso)));
const dateTime = (iso: string) =>
  new Intl.DateTimeFormat("nl-NL", { dateStyle: "full", timeStyle: "short", timeZone: zone }).format(
    new Date(iso),
  );
const cell = (c: Parameters<typeof countCell>[0]) => String(countCell(c));
const statusText = { open: "Open", done: "Klaar", dropped: "Vervallen" } as const;

const actionTable = (actions: ConferenceAction[], withConference: boolean): DocumentBlock => ({
  kind: "table",
  header: ["Actie", "Wie pakt het op", "Klaar op", "Stand"],
  widths: [6, 3, 2.4, 2],
  rows: actions.map((a) => [
    [a.title, a.note && `(${a.note})`, withConference && `Afgesproken op de ${a.conferenceTitle}`]
      .filter(Boolean)
      .join("\n"),
    a.ownerName,
    day(a.dueOn),
    a.overdue ? "Open, te laat" : statusText[a.status],
  ]),
});

/** The overview since the previous conference, with small counts hidden as on screen. */
const overviewBlocks = (o: ConferenceOverview): DocumentBlock[] => [
  { kind: "heading", text: `Doorverwijzingen van ${day(o.since)} tot en met ${day(o.until)}` },
  {
    kind: "table",
    header: ["Van → naar", "Totaal", "Geholpen", "Mediaan oppakken (werkdagen)"],
    widths: [6, 2, 2, 3],
    rows: [
      ...o.referrals.map((r) => [
        `${r.fromOrganisationName} → ${r.toOrganisationName}`,
        cell(r.total),
        cell(r.outcomes[1]!),
        r.medianPickUpDays === null ? "–" : String(r.medianPickUpDays).replace(".", ","),
      ]),
      ...(o.otherReferrals
        ? [
            [
              `Overige organisaties samen (${o.otherReferrals.pairs} ${o.otherReferrals.pairs === 1 ? "paar" : "paren"})`,
              cell(o.otherReferrals.total),
              cell(o.otherReferrals.outcomes[1]!),
              "–",
            ],
          ]
        : []),
      ["Alle doorverwijzingen", cell(o.referralTotal), "", ""],
    ],
  },
  {
    kind: "small",
    text: "Aantallen van 1 tot 4 staan er als 'minder dan 5', zodat niemand herkenbaar is. Paren met minder dan 5 doorverwijzingen staan samen bij 'Overige'.",
  },
  {
    kind: "paragraph",
    text: `Nieuwe partners: ${o.newPartners.map((p) => `${p.organisationName} (${day(p.signedOn)})`).join(", ") || "geen"}.`,
  },
  {
    kind: "paragraph",
    text: `Aanbod dat lang niet is nagekeken: ${o.staleOfferings}.`,
  },
];

/**
 * The conference as a document to send round or print: date and place, what happened to earlier actions,
 * the agenda, who came, the agreed actions, the minutes, and the overview of referrals (small counts
 * always hidden, as on screen). Attendee names only where the reader may see them (as on screen).
 */
export async function conferenceReport(db: Db, actor: Actor, id: string) {
  const c = await getConference(db, actor, id);
  const blocks: DocumentBlock[] = [
    { kind: "title", text: c.title },
    { kind: "paragraph", text: [dateTime(c.startsAt), c.place].filter(Boolean).join(" · ") },
    { kind: "small", text: c.status === "held" ? "Gehouden" : "Gepland" },
    { kind: "heading", text: "Wat er gebeurde met acties van eerder" },
    c.carriedActions.length === 0
      ? { kind: "paragraph", text: "Er staan geen acties van eerdere conferenties meer open." }
      : actionTable(c.carriedActions, true),
    { kind: "heading", text: "Agenda" },
  ];
  if (c.agenda.length === 0) blocks.push({ kind: "paragraph", text: "Er zijn geen agendapunten." });
  c.agenda.forEach((item, i) => {
    blocks.push({ kind: "paragraph", bold: true, text: `${i + 1}. ${item.title}` });
    blocks.push({
      kind: "paragraph",
      text: `${[item.organisationName, item.presenter].filter(Boolean).join(", ")}: ${item.why}`,
    });
  });
  blocks.push(
    { kind: "heading", text: "Aanmeldingen" },
    c.registrations.length === 0
      ? { kind: "paragraph", text: "Er zijn geen aanmeldingen." }
      : {
          kind: "table",
          header: ["Organisatie", "Wie", "Aanwezig"],
          widths: [3, 5, 2],
          rows: c.registrations.map((r) => [
            r.organisationName,
            r.attendees.length > 0
              ? r.attendees.join(", ")
              : `${r.attendeeCount} ${r.attendeeCount === 1 ? "persoon" : "personen"}`,
            r.attended === null ? "–" : r.attended ? "Ja" : "Nee",
          ]),
        },
    { kind: "heading", text: "Afgesproken acties" },
    c.actions.length === 0
      ? { kind: "paragraph", text: "Er zijn (nog) geen acties afgesproken." }
      : actionTable(c.actions, false),
    { kind: "heading", text: "Verslag" },
    ...(c.minutes
      ? c.minutes.split(/\n{2,}/).map((text) => ({ kind: "paragraph" as const, text }))
      : [{ kind: "paragraph" as const, text: "Er is nog geen verslag." }]),
    ...overviewBlocks(await overview(db, actor, id)),
  );
  return renderDocument(blocks, {
    title: c.title,
    author: "Inzet",
    footer: `${c.title} · ${day(c.startsAt)}`,
  });
}
