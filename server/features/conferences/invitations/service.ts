import type { Invitations } from "../../../../shared/conferences.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { AppError, notFound } from "../../../platform/errors.ts";
import type { Mailer } from "../../../platform/mail.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { memberContacts } from "../../network/service.ts";
import { findConference } from "../queries.ts";
import * as queries from "./queries.ts";

type Member = Awaited<ReturnType<typeof memberContacts>>[number];
type ConferenceRow = NonNullable<Awaited<ReturnType<typeof findConference>>>["conference"];

const when = (date: Date) =>
  new Intl.DateTimeFormat("nl-NL", {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: "Europe/Amsterdam",
  }).format(date);

async function state(tx: DbOrTx, actor: Actor, id: string) {
  const row = await findConference(tx, actor.tenantId, id);
  if (!row) throw notFound();
  const [members, invited] = await Promise.all([
    memberContacts(tx, actor.tenantId),
    queries.invitationsOf(tx, actor.tenantId, id),
  ]);
  await logProcessing(tx, actor, {
    activity: "conferences.participate",
    action: "read",
    subjectType: "pactMember",
    subjectIds: members.filter((m) => m.contactName || m.contactEmail).map((m) => m.memberId),
  });
  return {
    conference: row.conference,
    members,
    invitedAt: new Map(invited.map((i) => [i.organisationId, i.sentAt])),
  };
}

const present = (members: Member[], invitedAt: Map<string, Date>, sent: number): Invitations => ({
  members: members.map((m) => ({
    organisationId: m.organisationId,
    organisationName: m.organisationName,
    contactName: m.contactName,
    hasEmail: m.contactEmail !== "",
    invitedAt: invitedAt.get(m.organisationId)?.toISOString() ?? null,
  })),
  sent,
});

/** The pact's active members, and which of them were invited. */
export async function listInvitations(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const s = await state(tx, actor, id);
    return present(s.members, s.invitedAt, 0);
  });
}

/**
 * Mails the invitation to the contact person of every active member not yet invited (a member that
 * joined the pact later gets it on the next send). Only while the conference is still planned.
 */
export async function sendInvitations(db: Db, mailer: Mailer, actor: Actor, id: string, publicUrl: string) {
  const { conference, members, recorded, invitedAt } = await db.transaction(async (tx) => {
    const s = await state(tx, actor, id);
    if (s.conference.status !== "planned")
      throw new AppError(
        409,
        "conference_held",
        "Deze conferentie is al gehouden: er gaan geen uitnodigingen meer uit.",
      );
    const due = s.members.filter((m) => m.contactEmail && !s.invitedAt.has(m.organisationId));
    const rows = await queries.insertInvitations(
      tx,
      actor.tenantId,
      id,
      due.map((m) => m.organisationId),
    );
    for (const r of rows) s.invitedAt.set(r.organisationId, r.sentAt);
    return { ...s, recorded: new Set(rows.map((r) => r.organisationId)) };
  });
  const to = members.filter((m) => recorded.has(m.organisationId));
  for (const m of to) await mailer.send(invitation(actor, conference, m, publicUrl));
  return present(members, invitedAt, to.length);
}

function invitation(actor: Actor, c: ConferenceRow, m: Member, publicUrl: string) {
  return {
    tenantId: actor.tenantId,
    to: m.contactEmail,
    subject: `Uitnodiging: ${c.title} op ${when(c.startsAt)}`,
    text: [
      `Beste ${m.contactName || `contactpersoon van ${m.organisationName}`},`,
      "",
      `Als partner in het pact nodigen wij ${m.organisationName} uit voor de ${c.title}.`,
      "",
      `Wanneer: ${when(c.startsAt)}`,
      ...(c.place ? [`Waar: ${c.place}`] : []),
      "",
      `Wilt u iets bespreken? Stel een agendapunt voor tot ${when(c.agendaDeadline)}.`,
      "Meld uw organisatie aan en zeg wie er komen. Namen zien andere organisaties alleen als u dat aanvinkt.",
      "",
      `${publicUrl}/conferenties/${c.id}`,
      "",
      `Met vriendelijke groet,\n${actor.name}`,
    ].join("\n"),
  };
}
