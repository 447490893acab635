import { addDays, amsterdamDay, weekdayOf } from "../../../../shared/dates.ts";
import {
  type Agreement,
  type AgreementInput,
  agreementActions,
  type DecisionInput,
  decisionProblems,
  type hoursReportSchema,
  type statusChangeSchema,
  submitProblems,
  type submitSchema,
} from "../../../../shared/participation/agreements.ts";
import type { Rule } from "../../../../shared/participation/rules.ts";
import type { ProcessingActivity } from "../../../../shared/privacy.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { AppError, conflict, notFound, validationFailed } from "../../../platform/errors.ts";
import type { Mailer } from "../../../platform/mail.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { organisationExists } from "../../organisations/service.ts";
import { findTenantById } from "../../tenancy/service.ts";
import { type LetterFacts, makeLetter } from "../letters/service.ts";
import * as clientQueries from "../queries.ts";
import { clientInCaseload, ruleOn } from "../service.ts";
import * as queries from "./queries.ts";

/** Who acts on the agreement: the klantmanager (within their caseload) or the client themselves. */
export type Side = "caseworker" | "self";
type ClientRow = clientQueries.ClientRow;

const activity = (side: Side): ProcessingActivity =>
  side === "self" ? "participation.self" : "participation";

async function clientFor(db: DbOrTx, actor: Actor, side: Side, clientId: string | null) {
  if (side === "self") {
    const own = await clientQueries.findClientOfUser(db, actor.tenantId, actor.userId);
    if (!own || (clientId && own.client.id !== clientId)) throw notFound();
    return own;
  }
  return clientInCaseload(db, actor, clientId!);
}

/** The agreement and its client, if the actor may see them; otherwise 404. */
async function agreementFor(db: DbOrTx, actor: Actor, side: Side, id: string) {
  const row = await queries.findAgreement(db, actor.tenantId, id);
  if (!row) throw notFound();
  const client = await clientFor(db, actor, side, row.agreement.clientId);
  return { row, client };
}

export async function presentAgreements(
  db: DbOrTx,
  actor: Actor,
  rows: queries.AgreementRow[],
): Promise<Agreement[]> {
  const ids = rows.map((r) => r.agreement.id);
  const [hours, letters, recent] = await Promise.all([
    queries.hoursOf(db, actor.tenantId, ids),
    queries.lettersOf(db, actor.tenantId, ids),
    queries.recentWeeks(db, actor.tenantId, ids),
  ]);
  return rows.map(({ agreement: a, organisationName }) => {
    const h = hours.get(a.id) ?? { total: 0, weeks: 0, lastWeek: null };
    return {
      id: a.id,
      clientId: a.clientId,
      activity: a.activity,
      foundBy: a.foundBy,
      organisationId: a.organisationId,
      organisationName,
      placeName: a.placeName,
      description: a.description,
      hoursPerWeek: a.hoursPerWeek,
      startDate: a.startDate,
      reviewDate: a.reviewDate,
      endDate: a.endDate,
      goals: a.goals,
      goalKinds: a.goalKinds,
      disclosedToOrganisation: a.disclosedToOrganisation,
      status: a.status,
      assisted: a.assisted,
      regime: a.regime,
      procedure: a.procedure,
      overLimitReason: a.overLimitReason,
      checklist: a.checklist,
      motivation: a.motivation,
      refusalCategory: a.refusalCategory,
      requestedAt: a.requestedAt?.toISOString() ?? null,
      decidedAt: a.decidedAt?.toISOString() ?? null,
      hours: {
        ...h,
        averagePerWeek: h.weeks > 0 ? Math.round((h.total / h.weeks) * 10) / 10 : null,
        recent: recent.get(a.id) ?? [],
      },
      letters: letters
        .filter((l) => l.agreementId === a.id)
        .map((l) => ({
          id: l.id,
          kind: l.kind,
          reference: l.reference,
          delivery: l.delivery,
          createdAt: l.createdAt.toISOString(),
        })),
      can: agreementActions(actor, a),
    };
  });
}

const log = (
  db: DbOrTx,
  actor: Actor,
  side: Side,
  action: "read" | "create" | "update" | "export",
  ids: string[],
) =>
  logProcessing(db, actor, {
    activity: activity(side),
    action,
    subjectType: "participation_client",
    subjectIds: ids,
  });

export async function listAgreements(db: Db, actor: Actor, side: Side, clientId: string | null) {
  const client = await clientFor(db, actor, side, clientId);
  const rows = await queries.listOfClient(db, actor.tenantId, client.client.id);
  if (side === "caseworker") await log(db, actor, side, "read", [client.client.id]);
  return presentAgreements(db, actor, rows);
}

async function one(db: DbOrTx, actor: Actor, id: string) {
  const row = await queries.findAgreement(db, actor.tenantId, id);
  return (await presentAgreements(db, actor, [row!]))[0]!;
}

/** A new agreement (voorstel). By the klantmanager on the client's behalf it is marked as assisted. */
export async function createAgreement(
  db: Db,
  actor: Actor,
  side: Side,
  clientId: string | null,
  input: AgreementInput,
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const client = await clientFor(tx, actor, side, clientId);
    const rule = await ruleOn(tx, actor.tenantId, amsterdamDay(now));
    if (rule && !rule.countingActivities.includes(input.activity))
      throw validationFailed([
        {
          path: "activity",
          code: "not_counting",
          message: "Deze soort activiteit telt in uw gemeente niet mee.",
        },
      ]);
    if (input.organisationId && !(await organisationExists(tx, actor.tenantId, input.organisationId)))
      throw validationFailed([
        {
          path: "organisationId",
          code: "unknown_organisation",
          message: "Kies een organisatie uit de lijst.",
        },
      ]);
    const id = await queries.insertAgreement(tx, {
      tenantId: actor.tenantId,
      clientId: client.client.id,
      ...input,
      organisationId: input.organisationId ?? null,
      reviewDate: input.reviewDate ?? null,
      endDate: input.endDate ?? null,
      foundBy: side === "self" ? "client" : input.foundBy,
      assisted: side === "caseworker",
      createdByUserId: actor.userId,
    });
    await log(tx, actor, side, "create", [client.client.id]);
    return one(tx, actor, id);
  });
}

function factsOf(client: ClientRow, a: queries.AgreementRow, rule: Rule, note = ""): LetterFacts {
  return {
    tenantId: client.client.tenantId,
    agreementId: a.agreement.id,
    clientNumber: client.client.clientNumber,
    name: `${client.givenName} ${client.familyName}`,
    email: client.email,
    birthDate: client.client.birthDate,
    description: a.agreement.description,
    placeName: a.organisationName ?? a.agreement.placeName,
    hoursPerWeek: a.agreement.hoursPerWeek,
    startDate: a.agreement.startDate,
    regime: a.agreement.regime ?? rule.regime,
    motivation: a.agreement.motivation,
    note,
    language: client.client.language,
  };
}

async function logoOf(db: DbOrTx, tenantId: string) {
  const tenant = await findTenantById(db, tenantId);
  return (tenant?.theme as { logoUrl?: string } | null)?.logoUrl;
}

/** Asks permission or notifies, by the rule in force today; a notification gets its acknowledgement letter. */
export async function submitAgreement(
  db: Db,
  mailer: Mailer,
  actor: Actor,
  side: Side,
  id: string,
  input: z.output<typeof submitSchema>,
  now = new Date(),
) {
  let notify = async () => {};
  const result = await db.transaction(async (tx) => {
    const { row, client } = await agreementFor(tx, actor, side, id);
    if (row.agreement.status !== "proposal")
      throw conflict("invalid_status", "Dit voorstel is al ingestuurd.");
    const rule = await ruleOn(tx, actor.tenantId, amsterdamDay(now));
    if (!rule) throw new AppError(409, "no_rules", "De gemeente heeft nog geen regels voor participatie.");
    const problems = submitProblems(rule, row.agreement, input, side);
    if (problems.length > 0) throw validationFailed(problems);
    const procedure = rule.procedure;
    await queries.updateAgreement(tx, actor.tenantId, id, {
      status: procedure === "permission" ? "permissionRequested" : "notified",
      regime: rule.regime,
      procedure,
      overLimitReason: input.overLimitReason,
      requestedAt: now,
      decidedAt: procedure === "notify" ? now : null,
    });
    if (procedure === "notify") {
      const updated = (await queries.findAgreement(tx, actor.tenantId, id))!;
      const letter = await makeLetter(
        tx,
        mailer,
        rule,
        "acknowledgement",
        factsOf(client, updated, rule),
        input.delivery,
        await logoOf(tx, actor.tenantId),
        now,
      );
      notify = letter.notify;
    }
    await log(tx, actor, side, "update", [client.client.id]);
    return one(tx, actor, id);
  });
  await notify();
  return result;
}

/** The klantmanager's decision on a request for permission: the checklist, a motivation for a refusal, a letter. */
export async function decideAgreement(
  db: Db,
  mailer: Mailer,
  actor: Actor,
  id: string,
  input: DecisionInput,
  now = new Date(),
) {
  let notify = async () => {};
  const result = await db.transaction(async (tx) => {
    const { row, client } = await agreementFor(tx, actor, "caseworker", id);
    const a = row.agreement;
    if (a.procedure === "notify")
      throw validationFailed([
        {
          path: "decision",
          code: "notify_only",
          message: "In deze gemeente is melden genoeg: er is geen toestemming nodig.",
        },
      ]);
    if (a.status !== "permissionRequested")
      throw conflict("invalid_status", "Er is geen verzoek om toestemming open.");
    const rule = await ruleOn(tx, actor.tenantId, amsterdamDay(a.requestedAt ?? now));
    if (!rule) throw new AppError(409, "no_rules", "De gemeente heeft nog geen regels voor participatie.");
    const problems = decisionProblems(rule, input);
    if (problems.length > 0) throw validationFailed(problems);
    await queries.updateAgreement(tx, actor.tenantId, id, {
      status: input.decision === "granted" ? "permitted" : "refused",
      checklist: input.checklist,
      motivation: input.motivation,
      refusalCategory: input.decision === "refused" ? (input.refusalCategory ?? "other") : null,
      decidedAt: now,
    });
    const updated = (await queries.findAgreement(tx, actor.tenantId, id))!;
    const kind = input.decision === "granted" ? "permission" : "refusal";
    const letter = await makeLetter(
      tx,
      mailer,
      rule,
      kind,
      factsOf(client, updated, rule),
      input.delivery,
      await logoOf(tx, actor.tenantId),
      now,
    );
    notify = letter.notify;
    await log(tx, actor, "caseworker", "update", [client.client.id]);
    return one(tx, actor, id);
  });
  await notify();
  return result;
}

/** Start, evaluate or end an agreement; ending makes the end letter. */
export async function changeStatus(
  db: Db,
  mailer: Mailer,
  actor: Actor,
  id: string,
  input: z.output<typeof statusChangeSchema>,
  now = new Date(),
) {
  let notify = async () => {};
  const result = await db.transaction(async (tx) => {
    const { row, client } = await agreementFor(tx, actor, "caseworker", id);
    const can = agreementActions(actor, row.agreement);
    const allowed = { active: can.start, evaluated: can.evaluate, ended: can.end }[input.status];
    if (!allowed) throw conflict("invalid_status", "Deze stap kan nu niet.");
    await queries.updateAgreement(tx, actor.tenantId, id, {
      status: input.status,
      ...(input.status === "ended"
        ? { endedAt: now, endDate: row.agreement.endDate ?? amsterdamDay(now) }
        : {}),
    });
    if (input.status === "ended") {
      const rule = await ruleOn(tx, actor.tenantId, amsterdamDay(now));
      if (rule) {
        const letter = await makeLetter(
          tx,
          mailer,
          rule,
          "end",
          factsOf(client, row, rule, input.note),
          input.delivery,
          await logoOf(tx, actor.tenantId),
          now,
        );
        notify = letter.notify;
      }
    }
    await log(tx, actor, "caseworker", "update", [client.client.id]);
    return one(tx, actor, id);
  });
  await notify();
  return result;
}

/** Hours of one week (stored on its Monday; a second report for the week replaces the first). */
export async function reportHours(
  db: Db,
  actor: Actor,
  side: Side,
  id: string,
  input: z.output<typeof hoursReportSchema>,
) {
  return db.transaction(async (tx) => {
    const { row, client } = await agreementFor(tx, actor, side, id);
    if (!agreementActions(actor, row.agreement).reportHours)
      throw conflict("invalid_status", "Uren doorgeven kan als de afspraak loopt.");
    const monday = addDays(input.week, -weekdayOf(input.week));
    await queries.upsertHours(tx, {
      tenantId: actor.tenantId,
      agreementId: id,
      week: monday,
      hours: input.hours,
      reportedBy: side === "self" ? "client" : "caseworker",
    });
    await log(tx, actor, side, "update", [client.client.id]);
    return one(tx, actor, id);
  });
}

/** A stored letter as PDF. */
export async function letterPdf(db: Db, actor: Actor, side: Side, id: string, letterId: string) {
  const { client } = await agreementFor(db, actor, side, id);
  const letter = await queries.findLetter(db, actor.tenantId, id, letterId);
  if (!letter) throw notFound();
  await log(db, actor, side, "export", [client.client.id]);
  return letter;
}
