import { type ApplicationStatus, applicationTransitions } from "../../../../shared/vacancies.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { AppError, notFound, validationFailed } from "../../../platform/errors.ts";
import type { Mailer } from "../../../platform/mail.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { findPersonOfUser } from "../../accounts/service.ts";
import {
  findOwnVolunteerId,
  findVolunteerContact,
  isoDay,
  matchProfileOf,
  type OnSignupConfirmed,
} from "../../volunteers/service.ts";
import { getVacancy } from "../manage/service.ts";
import * as searchQueries from "../search/queries.ts";
import * as queries from "./queries.ts";

/** Called when a sign-up is confirmed: turns a remembered vacancy into an application. */
export const applyFromSignup: OnSignupConfirmed = async (tx, { tenantId, volunteerId, traceId, data }) => {
  if (typeof data.vacancyId !== "string") return;
  const created = await queries.insertApplication(tx, {
    tenantId,
    vacancyId: data.vacancyId,
    volunteerId,
    message: String(data.motivation ?? ""),
  });
  // The confirmation itself is logged against the person (volunteers.signup), in this transaction.
  if (created) {
    await queries.insertApplicationChange(tx, {
      tenantId,
      applicationId: created.id,
      toStatus: "responded",
      note: `Gereageerd via de website (${traceId})`,
    });
  }
};

/** A signed-in volunteer reacts to a published vacancy. Reacting twice is refused with a clear message. */
export async function reactAsVolunteer(db: Db, actor: Actor, vacancyId: string, message: string) {
  return db.transaction(async (tx) => {
    const volunteerId = await findOwnVolunteerId(tx, actor);
    if (!volunteerId)
      throw new AppError(
        404,
        "no_volunteer_profile",
        "U heeft nog geen vrijwilligersprofiel in dit werkgebied.",
      );
    const row = await searchQueries.findPublished(tx, actor.tenantId, isoDay(new Date()), vacancyId);
    if (!row) throw notFound();
    const created = await queries.insertApplication(tx, {
      tenantId: actor.tenantId,
      vacancyId,
      volunteerId,
      message,
    });
    if (!created) throw new AppError(409, "already_applied", "U heeft al gereageerd op deze vacature.");
    await queries.insertApplicationChange(tx, {
      tenantId: actor.tenantId,
      applicationId: created.id,
      toStatus: "responded",
      changedByUserId: actor.userId,
    });
    const person = await findPersonOfUser(tx, actor.tenantId, actor.userId);
    await logProcessing(tx, actor, {
      activity: "volunteers.self",
      action: "create",
      subjectType: "person",
      subjectIds: person ? [person.id] : [],
    });
    return { id: created.id, status: created.status };
  });
}

export async function listOwnApplications(db: DbOrTx, actor: Actor) {
  const volunteerId = await findOwnVolunteerId(db, actor);
  if (!volunteerId) return [];
  return (await queries.listApplicationsOfVolunteer(db, actor.tenantId, volunteerId)).map((row) => ({
    id: row.application.id,
    vacancyId: row.application.vacancyId,
    title: row.title,
    organisationName: row.organisationName,
    status: row.application.status,
    createdAt: row.application.createdAt.toISOString(),
  }));
}

/** The volunteer accepts or declines an invitation. */
export async function answerInvitation(db: Db, actor: Actor, applicationId: string, accept: boolean) {
  return db.transaction(async (tx) => {
    const volunteerId = await findOwnVolunteerId(tx, actor);
    const row = volunteerId
      ? await queries.findApplicationOfVolunteer(tx, actor.tenantId, volunteerId, applicationId)
      : null;
    if (!row) throw notFound();
    if (row.status !== "invited")
      throw new AppError(409, "not_invited", "U heeft deze uitnodiging al beantwoord.");
    const status = accept ? "responded" : "stopped";
    await queries.setApplicationStatus(tx, actor.tenantId, applicationId, status);
    await queries.insertApplicationChange(tx, {
      tenantId: actor.tenantId,
      applicationId,
      fromStatus: "invited",
      toStatus: status,
      changedByUserId: actor.userId,
      note: accept ? "Uitnodiging aangenomen" : "Uitnodiging afgewezen",
    });
    const person = await findPersonOfUser(tx, actor.tenantId, actor.userId);
    await logProcessing(tx, actor, {
      activity: "volunteers.self",
      action: "update",
      subjectType: "person",
      subjectIds: person ? [person.id] : [],
    });
    return { id: applicationId, status };
  });
}

// --- Applications and placements (coordinator) ---

const statusMails: Partial<Record<ApplicationStatus, (title: string) => { subject: string; line: string }>> =
  {
    intake: (title) => ({
      subject: `Kennismaking: ${title}`,
      line: `De coördinator wil kennismaken over "${title}". U hoort snel wanneer.`,
    }),
    trial: (title) => ({
      subject: `Proefperiode: ${title}`,
      line: `U begint met een proefperiode bij "${title}".`,
    }),
    placed: (title) => ({ subject: `Geplaatst: ${title}`, line: `U bent geplaatst bij "${title}". Welkom!` }),
    finished: (title) => ({
      subject: `Afgerond: ${title}`,
      line: `Uw inzet bij "${title}" is afgerond. Dank u wel!`,
    }),
    stopped: (title) => ({
      subject: `Gestopt: ${title}`,
      line: `Uw reactie op of inzet bij "${title}" is gestopt.`,
    }),
  };

export async function listApplications(db: Db, actor: Actor, vacancyId: string) {
  return db.transaction(async (tx) => {
    await getVacancy(tx, actor, vacancyId);
    const rows = await queries.listApplicationsOfVacancy(tx, actor.tenantId, vacancyId);
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "read",
      subjectType: "person",
      subjectIds: rows.map((r) => r.personId),
    });
    return rows.map((row) => ({
      id: row.application.id,
      volunteerId: row.application.volunteerId,
      name: `${row.givenName} ${row.familyName}`.trim(),
      status: row.application.status,
      message: row.application.message,
      createdAt: row.application.createdAt.toISOString(),
      updatedAt: row.application.updatedAt.toISOString(),
    }));
  });
}

/** A volunteer's reactions and placements, for a coordinator who may see the volunteer (else 404). */
export async function listApplicationsOfVolunteer(db: Db, actor: Actor, volunteerId: string) {
  return db.transaction(async (tx) => {
    const profile = await matchProfileOf(tx, actor, volunteerId);
    if (!profile) throw notFound();
    const rows = await queries.listApplicationsOfVolunteer(tx, actor.tenantId, volunteerId);
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "read",
      subjectType: "person",
      subjectIds: rows.length > 0 ? [profile.personId] : [],
    });
    return rows.map((row) => ({
      id: row.application.id,
      vacancyId: row.application.vacancyId,
      title: row.title,
      organisationName: row.organisationName,
      status: row.application.status,
      createdAt: row.application.createdAt.toISOString(),
      updatedAt: row.application.updatedAt.toISOString(),
    }));
  });
}

/**
 * Moves an application along the pipeline and mails the volunteer. Placing takes a lock on the
 * vacancy, so two coordinators (or two requests) cannot both fill its last place.
 */
export async function changeApplicationStatus(
  db: Db,
  mailer: Mailer,
  actor: Actor,
  vacancyId: string,
  applicationId: string,
  input: { status: ApplicationStatus; note: string },
) {
  const changed = await db.transaction(async (tx) => {
    const v = await getVacancy(tx, actor, vacancyId);
    if (input.status === "placed") await queries.lockVacancy(tx, actor.tenantId, vacancyId);
    const current = await queries.findApplication(tx, actor.tenantId, vacancyId, applicationId);
    if (!current) throw notFound();
    if (!applicationTransitions[current.status].includes(input.status)) {
      throw validationFailed(
        [{ path: "status", code: "invalid_transition", message: "Deze stap kan nu niet." }],
        "Deze stap kan nu niet.",
      );
    }
    if (input.status === "placed" && (await queries.countPlaced(tx, actor.tenantId, vacancyId)) >= v.places) {
      throw new AppError(409, "vacancy_full", `Alle ${v.places} plekken van "${v.title}" zijn al bezet.`);
    }
    await queries.setApplicationStatus(tx, actor.tenantId, applicationId, input.status);
    await queries.insertApplicationChange(tx, {
      tenantId: actor.tenantId,
      applicationId,
      fromStatus: current.status,
      toStatus: input.status,
      changedByUserId: actor.userId,
      note: input.note,
    });
    const contact = await findVolunteerContact(tx, actor.tenantId, current.volunteerId);
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "update",
      subjectType: "person",
      subjectIds: contact ? [contact.personId] : [],
    });
    return { contact, title: v.title };
  });
  const mail = statusMails[input.status]?.(changed.title);
  if (mail && changed.contact?.email) {
    await mailer.send({
      tenantId: actor.tenantId,
      recipientUserId: changed.contact.userId,
      to: changed.contact.email,
      subject: mail.subject,
      text: [
        `Beste ${changed.contact.name},`,
        "",
        mail.line,
        ...(input.note ? ["", input.note] : []),
        "",
        "Met vriendelijke groet,",
        "Inzet",
      ].join("\n"),
    });
  }
  return { id: applicationId, status: input.status };
}
