import { checkAllowance } from "../../../../shared/allowances.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { AppError, notFound, validationFailed } from "../../../platform/errors.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { organisationScope } from "../../../platform/scope.ts";
import { exportTable } from "../../../platform/table-export.ts";
import { findPersonOfUser } from "../../accounts/service.ts";
import { ageOn, findOwnVolunteerId, findVolunteerContact, isoDay } from "../../volunteers/service.ts";
import * as applicationsQueries from "../applications/queries.ts";
import { getVacancy } from "../manage/service.ts";
import { checkHoursGrouping } from "./policy.ts";
import * as queries from "./queries.ts";

// --- Hours and allowances ---

const HOURS_STATUSES = ["placed", "finished"];

function presentHours(row: Awaited<ReturnType<typeof queries.listHours>>[number]) {
  return {
    id: row.entry.id,
    applicationId: row.applicationId,
    name: `${row.givenName} ${row.familyName}`.trim(),
    date: row.entry.date,
    hours: Number(row.entry.hours),
    note: row.entry.note,
    status: row.entry.status,
  };
}

/** Hours on a date that is a real working day of the placement: not before it started, not in the future. */
async function addHours(
  tx: DbOrTx,
  actor: Actor,
  applicationRow: { id: string; status: string },
  input: { date: string; hours: number; note: string },
) {
  if (!HOURS_STATUSES.includes(applicationRow.status)) {
    throw new AppError(409, "not_placed", "Uren schrijven kan pas als de vrijwilliger geplaatst is.");
  }
  const since = await queries.placedOn(tx, actor.tenantId, applicationRow.id);
  if (since && input.date < since) {
    throw validationFailed([
      {
        path: "date",
        code: "before_placement",
        message: `De plaatsing begon op ${since}; kies een latere datum.`,
      },
    ]);
  }
  if (input.date > isoDay(new Date())) {
    throw validationFailed([
      { path: "date", code: "future", message: "Uren kunnen niet in de toekomst liggen." },
    ]);
  }
  return queries.insertHours(tx, {
    tenantId: actor.tenantId,
    applicationId: applicationRow.id,
    ...input,
    enteredByUserId: actor.userId,
  });
}

export async function logOwnHours(
  db: Db,
  actor: Actor,
  applicationId: string,
  input: { date: string; hours: number; note: string },
) {
  return db.transaction(async (tx) => {
    const volunteerId = await findOwnVolunteerId(tx, actor);
    const row = volunteerId
      ? await applicationsQueries.findApplicationOfVolunteer(tx, actor.tenantId, volunteerId, applicationId)
      : null;
    if (!row) throw notFound();
    const entry = await addHours(tx, actor, row, input);
    const person = await findPersonOfUser(tx, actor.tenantId, actor.userId);
    await logProcessing(tx, actor, {
      activity: "volunteers.self",
      action: "create",
      subjectType: "person",
      subjectIds: person ? [person.id] : [],
    });
    return { id: entry.id, status: entry.status };
  });
}

export async function listOwnHours(db: DbOrTx, actor: Actor, applicationId: string) {
  const volunteerId = await findOwnVolunteerId(db, actor);
  const row = volunteerId
    ? await applicationsQueries.findApplicationOfVolunteer(db, actor.tenantId, volunteerId, applicationId)
    : null;
  if (!row) throw notFound();
  return (await queries.listHours(db, actor.tenantId, { applicationId })).map(presentHours);
}

export async function logHoursFor(
  db: Db,
  actor: Actor,
  vacancyId: string,
  applicationId: string,
  input: { date: string; hours: number; note: string },
) {
  return db.transaction(async (tx) => {
    await getVacancy(tx, actor, vacancyId);
    const row = await applicationsQueries.findApplication(tx, actor.tenantId, vacancyId, applicationId);
    if (!row) throw notFound();
    const entry = await addHours(tx, actor, row, input);
    const contact = await findVolunteerContact(tx, actor.tenantId, row.volunteerId);
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "create",
      subjectType: "person",
      subjectIds: contact ? [contact.personId] : [],
    });
    return { id: entry.id, status: entry.status };
  });
}

export async function listVacancyHours(db: Db, actor: Actor, vacancyId: string) {
  return db.transaction(async (tx) => {
    await getVacancy(tx, actor, vacancyId);
    const rows = await queries.listHours(tx, actor.tenantId, { vacancyId });
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "read",
      subjectType: "person",
      subjectIds: rows.map((r) => r.personId),
    });
    return rows.map(presentHours);
  });
}

export async function decideHours(
  db: Db,
  actor: Actor,
  vacancyId: string,
  entryId: string,
  approve: boolean,
) {
  return db.transaction(async (tx) => {
    await getVacancy(tx, actor, vacancyId);
    const decided = await queries.decideHours(
      tx,
      actor.tenantId,
      vacancyId,
      entryId,
      approve ? "approved" : "rejected",
      actor.userId,
    );
    if (!decided) throw notFound();
    const row = await applicationsQueries.findApplication(
      tx,
      actor.tenantId,
      vacancyId,
      decided.applicationId,
    );
    const contact = row ? await findVolunteerContact(tx, actor.tenantId, row.volunteerId) : null;
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "update",
      subjectType: "person",
      subjectIds: contact ? [contact.personId] : [],
    });
    return { id: entryId, status: approve ? "approved" : "rejected" };
  });
}

/** The limits a payment would exceed, counting what the volunteer got from every organisation. */
async function allowanceWarnings(
  tx: DbOrTx,
  actor: Actor,
  vacancyId: string,
  applicationId: string,
  input: { paidOn: string; amount: number; hours?: number },
) {
  await getVacancy(tx, actor, vacancyId);
  const row = await applicationsQueries.findApplication(tx, actor.tenantId, vacancyId, applicationId);
  if (!row) throw notFound();
  const contact = await findVolunteerContact(tx, actor.tenantId, row.volunteerId);
  const month = input.paidOn.slice(0, 7);
  const monthEnd = isoDay(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)));
  const [paidThisMonth, paidThisYear] = await Promise.all([
    queries.paidBetween(tx, row.volunteerId, `${month}-01`, monthEnd),
    queries.paidBetween(
      tx,
      row.volunteerId,
      `${input.paidOn.slice(0, 4)}-01-01`,
      `${input.paidOn.slice(0, 4)}-12-31`,
    ),
  ]);
  const warnings = checkAllowance({
    paidOn: input.paidOn,
    amount: input.amount,
    hours: input.hours ?? null,
    age: ageOn(contact?.birthDate ?? null, input.paidOn),
    paidThisMonth,
    paidThisYear,
  });
  return { row, contact, warnings, paidThisMonth, paidThisYear };
}

export async function checkAllowanceFor(
  db: Db,
  actor: Actor,
  vacancyId: string,
  applicationId: string,
  input: { paidOn: string; amount: number; hours?: number },
) {
  return db.transaction(async (tx) => {
    const { contact, warnings, paidThisMonth, paidThisYear } = await allowanceWarnings(
      tx,
      actor,
      vacancyId,
      applicationId,
      input,
    );
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "read",
      subjectType: "person",
      subjectIds: contact ? [contact.personId] : [],
    });
    return { warnings, paidThisMonth, paidThisYear };
  });
}

/**
 * Records an allowance payment. When it would exceed a limit the coordinator is told which one and
 * nothing is stored, unless they confirm (`acceptWarnings`); the warnings are then kept with it.
 */
export async function payAllowance(
  db: Db,
  actor: Actor,
  vacancyId: string,
  applicationId: string,
  input: { paidOn: string; amount: number; hours?: number; acceptWarnings: boolean },
) {
  return db.transaction(async (tx) => {
    const { row, contact, warnings } = await allowanceWarnings(tx, actor, vacancyId, applicationId, input);
    if (warnings.length > 0 && !input.acceptWarnings) {
      throw new AppError(
        409,
        "allowance_limit",
        "Deze vergoeding gaat over een grens; boven een grens is het hele bedrag belast.",
        warnings.map((w) => ({ path: "amount", code: w.code, message: w.message })),
      );
    }
    const payment = await queries.insertPayment(tx, {
      tenantId: actor.tenantId,
      applicationId,
      volunteerId: row.volunteerId,
      paidOn: input.paidOn,
      amount: input.amount,
      hours: input.hours ?? null,
      warnings: warnings.map((w) => w.code),
      paidByUserId: actor.userId,
    });
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "create",
      subjectType: "person",
      subjectIds: contact ? [contact.personId] : [],
    });
    return { id: payment.id, warnings };
  });
}

/** Approved hours per volunteer, organisation, vacancy, district or month; as rows, CSV or XLSX. */
export async function hoursReport(
  db: Db,
  actor: Actor,
  query: { groupBy: (typeof queries.hoursGroups)[number]; from?: string; to?: string },
) {
  checkHoursGrouping(actor, query.groupBy);
  return db.transaction(async (tx) => {
    const rows = await queries.hoursReport(tx, organisationScope(actor), query.groupBy, query);
    // Per volunteer the report names people (the key carries the person id): a logged read.
    const split = rows.map((row) => {
      const [label, personId] = query.groupBy === "volunteer" ? row.key.split("|") : [row.key, undefined];
      return { key: label ?? row.key, personId, hours: Number(row.hours), entries: row.entries };
    });
    await logProcessing(tx, actor, {
      activity: "volunteers.manage",
      action: "read",
      subjectType: "person",
      subjectIds: split.flatMap((row) => (row.personId ? [row.personId] : [])),
    });
    return split.map(({ personId: _, ...row }) => row);
  });
}

export async function hoursReportFile(
  db: Db,
  actor: Actor,
  query: { groupBy: (typeof queries.hoursGroups)[number]; from?: string; to?: string },
  format: "csv" | "xlsx",
) {
  const rows = await hoursReport(db, actor, query);
  const table: (string | number)[][] = [
    ["Groep", "Uren", "Regels"],
    ...rows.map((r) => [r.key, r.hours, r.entries]),
  ];
  return exportTable(table, format);
}
