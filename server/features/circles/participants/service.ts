import { createHash, randomBytes } from "node:crypto";
import {
  OFFER_REPLY_DAYS,
  type PublicSignup,
  type participantInputSchema,
} from "../../../../shared/circles/participants.ts";
import { amsterdamDay, amsterdamTime } from "../../../../shared/dates.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { AppError, conflict, notFound } from "../../../platform/errors.ts";
import type { Mailer, MailInput } from "../../../platform/mail.ts";
import { type LogActor, logProcessing } from "../../../platform/processing-log.ts";
import { circleScope } from "../policy.ts";
import * as circleQueries from "../queries.ts";
import { presentParticipants } from "../service.ts";
import * as queries from "./queries.ts";

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
const ACTIVE = ["active", "offered", "waitlisted"];

type Context = { publicUrl: string; now?: Date };

/**
 * Fills open places from the waitlist, first come first served: each gets an offer with a secret link
 * and a reply deadline. Inside the caller's transaction (with the circle locked); the mails are
 * returned and sent after the commit.
 */
async function offerOpenPlaces(
  tx: DbOrTx,
  log: LogActor,
  circleId: string,
  { publicUrl, now = new Date() }: Context,
) {
  const circle = await queries.findPublicCircle(tx, circleId);
  if (!circle) return [];
  const mails: MailInput[] = [];
  while ((await queries.placesTaken(tx, log.tenantId, circleId)) < circle.circle.maxSize) {
    const next = await queries.firstWaiting(tx, log.tenantId, circleId);
    if (!next) break;
    const token = randomBytes(24).toString("base64url");
    const expiresAt = new Date(now.getTime() + OFFER_REPLY_DAYS * 86_400_000);
    await queries.setStatus(tx, log.tenantId, next.participant.id, "offered", {
      tokenHash: hash(token),
      expiresAt,
    });
    await logProcessing(tx, log, {
      activity: "circles.signup",
      action: "update",
      subjectType: "person",
      subjectIds: [next.person.id],
    });
    if (!next.person.email) continue;
    const link = `${publicUrl}/kring-plek?token=${token}`;
    mails.push({
      tenantId: log.tenantId,
      to: next.person.email,
      secret: true,
      subject: `Er is een plek vrij in ${circle.circle.name}`,
      text: [
        `Beste ${next.person.givenName},`,
        "",
        `U stond op de wachtlijst voor ${circle.circle.name} (${circle.programme.name}). Er is nu een plek voor u.`,
        `Wilt u meedoen? Laat het ons weten vóór ${amsterdamDay(expiresAt)} om ${amsterdamTime(expiresAt)} uur.`,
        "Daarna gaat de plek naar de volgende op de lijst.",
        "",
        `Ja of nee zeggen: ${link}`,
      ].join("\n"),
    });
  }
  return mails;
}

async function sendAll(mailer: Mailer, mails: MailInput[]) {
  for (const mail of mails) await mailer.send(mail);
}

/** The coordinator adds someone: a place if there is one, otherwise the waitlist. */
export async function addParticipant(
  db: Db,
  actor: Actor,
  circleId: string,
  input: z.output<typeof participantInputSchema>,
) {
  return db.transaction(async (tx) => {
    if (!(await circleQueries.findCircle(tx, circleScope(actor), circleId))) throw notFound();
    await queries.lockCircle(tx, actor.tenantId, circleId);
    await refuseDouble(tx, actor.tenantId, circleId, input.email ?? null);
    const personId = await queries.insertPerson(tx, {
      tenantId: actor.tenantId,
      givenName: input.givenName,
      familyName: input.familyName,
      email: input.email ?? null,
      phone: input.phone ?? null,
    });
    const id = await place(tx, actor.tenantId, circleId, personId, "coordinator", actor.userId);
    await logProcessing(tx, actor, {
      activity: "circles.participants",
      action: "create",
      subjectType: "person",
      subjectIds: [personId],
    });
    return presentOne(tx, actor.tenantId, circleId, id);
  });
}

async function refuseDouble(
  tx: DbOrTx,
  tenantId: string,
  circleId: string,
  email: string | null,
  personId?: string,
) {
  const rows = await queries.participantsOf(tx, tenantId, circleId);
  const double = rows.some(
    (r) =>
      ACTIVE.includes(r.participant.status) &&
      ((email && r.person.email?.toLowerCase() === email) || r.person.id === personId),
  );
  if (double) throw conflict("already_signed_up", "U staat al op de lijst van deze kring.");
}

/** Places the person: active while there is room, otherwise on the waitlist. The circle is locked. */
async function place(
  tx: DbOrTx,
  tenantId: string,
  circleId: string,
  personId: string,
  source: "public" | "coordinator",
  userId: string | null,
) {
  const circle = (await queries.findPublicCircle(tx, circleId))!;
  const waiting = await queries.firstWaiting(tx, tenantId, circleId);
  const room = (await queries.placesTaken(tx, tenantId, circleId)) < circle.circle.maxSize && !waiting;
  return queries.insertParticipant(tx, {
    tenantId,
    circleId,
    personId,
    source,
    status: room ? "active" : "waitlisted",
    addedByUserId: userId,
  });
}

async function presentOne(tx: DbOrTx, tenantId: string, circleId: string, id: string) {
  const all = presentParticipants(await queries.participantsOf(tx, tenantId, circleId));
  return all.find((p) => p.id === id)!;
}

/** A participant stops; the open place is offered to the first on the waitlist. */
export async function leave(db: Db, mailer: Mailer, actor: Actor, id: string, context: Context) {
  const result = await db.transaction(async (tx) => {
    const row = await queries.findParticipant(tx, actor.tenantId, id);
    if (!row || !(await circleQueries.findCircle(tx, circleScope(actor), row.participant.circleId)))
      throw notFound();
    const circleId = row.participant.circleId;
    await queries.lockCircle(tx, actor.tenantId, circleId);
    if (!ACTIVE.includes(row.participant.status))
      throw conflict("not_on_list", "Deze deelnemer staat niet (meer) op de lijst.");
    await queries.setStatus(tx, actor.tenantId, id, "left");
    await logProcessing(tx, actor, {
      activity: "circles.participants",
      action: "update",
      subjectType: "person",
      subjectIds: [row.person.id],
    });
    const mails = await offerOpenPlaces(tx, actor, circleId, context);
    return { participant: await presentOne(tx, actor.tenantId, circleId, id), mails };
  });
  await sendAll(mailer, result.mails);
  return result.participant;
}

/** The public page of a circle open for sign-up (404 otherwise). */
export async function publicCircle(db: DbOrTx, id: string) {
  const row = await queries.findPublicCircle(db, id);
  if (!row?.circle.publicSignup) throw notFound();
  const themes = await queries.sessionThemes(db, row.circle.tenantId, id);
  const taken = await queries.placesTaken(db, row.circle.tenantId, id);
  const waiting = await queries.firstWaiting(db, row.circle.tenantId, id);
  return {
    id,
    name: row.circle.name,
    programmeName: row.programme.name,
    kind: row.programme.kind,
    organisationName: row.organisationName,
    place: row.circle.place,
    startsOn: row.circle.startsOn,
    startTime: row.circle.startTime,
    endTime: row.circle.endTime,
    sessionCount: themes.length,
    themes: themes.map((t) => ({ number: t.number, theme: t.theme })),
    full: taken >= row.circle.maxSize || waiting !== null,
  };
}

/**
 * A resident signs up on the public page (rate limited: permission "public"). Signed in within the
 * circle's tenant, their own person is used; otherwise a person without an account is made.
 */
export async function publicSignup(
  db: Db,
  mailer: Mailer,
  signedIn: Actor | null,
  id: string,
  input: PublicSignup,
  request: { traceId: string; spanId?: string },
) {
  const result = await db.transaction(async (tx) => {
    const row = await queries.findPublicCircle(tx, id);
    if (!row?.circle.publicSignup) throw notFound();
    const tenantId = row.circle.tenantId;
    await queries.lockCircle(tx, tenantId, id);
    const own =
      signedIn?.tenantId === tenantId ? await queries.findPersonOfUser(tx, tenantId, signedIn.userId) : null;
    await refuseDouble(tx, tenantId, id, input.email, own ?? undefined);
    const personId =
      own ??
      (await queries.insertPerson(tx, {
        tenantId,
        givenName: input.givenName,
        familyName: input.familyName,
        email: input.email,
        phone: input.phone ?? null,
      }));
    const participantId = await place(tx, tenantId, id, personId, "public", own ? signedIn!.userId : null);
    const log: LogActor = {
      tenantId,
      traceId: request.traceId,
      spanId: request.spanId,
      userId: own ? signedIn!.userId : null,
      role: own ? signedIn!.role : null,
    };
    await logProcessing(tx, log, {
      activity: "circles.signup",
      action: "create",
      subjectType: "person",
      subjectIds: [personId],
    });
    const me = await presentOne(tx, tenantId, id, participantId);
    return { me, row, tenantId };
  });
  const waitlisted = result.me.status === "waitlisted";
  await mailer.send({
    tenantId: result.tenantId,
    to: input.email,
    subject: waitlisted
      ? `U staat op de wachtlijst voor ${result.row.circle.name}`
      : `U doet mee met ${result.row.circle.name}`,
    text: [
      `Beste ${input.givenName},`,
      "",
      waitlisted
        ? `De kring ${result.row.circle.name} is vol. U staat op de wachtlijst (nummer ${result.me.waitlistPosition}). Komt er een plek vrij, dan krijgt u een e-mail.`
        : `Fijn dat u meedoet met ${result.row.circle.name}. De eerste keer is op ${result.row.circle.startsOn} om ${result.row.circle.startTime} uur, in ${result.row.circle.place}.`,
      "",
      `Wilt u toch niet meedoen, of kunt u een keer niet? Laat het ${result.row.organisationName} weten.`,
    ].join("\n"),
  });
  return { status: result.me.status, waitlistPosition: result.me.waitlistPosition };
}

/** Yes or no to an offered place, before the deadline; no (or too late) offers it to the next. */
export async function replyOffer(
  db: Db,
  mailer: Mailer,
  input: { token: string; accept: boolean },
  request: { traceId: string; spanId?: string },
  context: Context,
) {
  const now = context.now ?? new Date();
  const result = await db.transaction(async (tx) => {
    const row = await queries.findParticipantByOfferToken(tx, hash(input.token));
    if (row?.participant.status !== "offered")
      throw new AppError(400, "invalid_token", "Deze link is ongeldig of al gebruikt.");
    const { tenantId, circleId } = row.participant;
    await queries.lockCircle(tx, tenantId, circleId);
    const log: LogActor = {
      tenantId,
      traceId: request.traceId,
      spanId: request.spanId,
      userId: null,
      role: null,
    };
    const late = !row.participant.offerExpiresAt || row.participant.offerExpiresAt < now;
    await queries.setStatus(tx, tenantId, row.participant.id, input.accept && !late ? "active" : "declined");
    await logProcessing(tx, log, {
      activity: "circles.signup",
      action: "update",
      subjectType: "person",
      subjectIds: [row.person.id],
    });
    const mails = await offerOpenPlaces(tx, log, circleId, context);
    return { late, mails, participant: await presentOne(tx, tenantId, circleId, row.participant.id) };
  });
  await sendAll(mailer, result.mails);
  if (result.late)
    throw new AppError(
      400,
      "offer_expired",
      "De tijd om te antwoorden is voorbij. De plek is naar de volgende gegaan.",
    );
  return { status: result.participant.status, waitlistPosition: null };
}

/** Job: offers past their deadline are declined and the place goes to the next on the list. */
export async function expireOffers(db: Db, mailer: Mailer, publicUrl: string, now = new Date()) {
  let expired = 0;
  for (const offer of await queries.expiredOffers(db, now)) {
    const mails = await db.transaction(async (tx) => {
      await queries.lockCircle(tx, offer.tenantId, offer.circleId);
      const row = await queries.findParticipant(tx, offer.tenantId, offer.id);
      // Answered in the meantime: nothing to expire.
      if (
        row?.participant.status !== "offered" ||
        !row.participant.offerExpiresAt ||
        row.participant.offerExpiresAt >= now
      )
        return [];
      const log: LogActor = {
        tenantId: offer.tenantId,
        traceId: crypto.randomUUID(),
        userId: null,
        role: null,
      };
      await queries.setStatus(tx, offer.tenantId, offer.id, "declined");
      await logProcessing(tx, log, {
        activity: "circles.signup",
        action: "update",
        subjectType: "person",
        subjectIds: [row.person.id],
      });
      return offerOpenPlaces(tx, log, offer.circleId, { publicUrl, now });
    });
    expired++;
    await sendAll(mailer, mails);
  }
  return expired;
}
