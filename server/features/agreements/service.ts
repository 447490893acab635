import {
  type AgreementContent,
  agreementProblems,
  diffAgreements,
  type draftInputSchema,
  type signInputSchema,
} from "../../../shared/agreements/agreement.ts";
import {
  type TrajectoryInput,
  type TrajectoryStep,
  timelineOf,
  type trajectoryStatuses,
  trajectorySteps,
} from "../../../shared/agreements/trajectories.ts";
import type { FieldError } from "../../../shared/errors.ts";
import type { z } from "../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { conflict, notFound, validationFailed } from "../../platform/errors.ts";
import { logProcessing } from "../../platform/processing-log.ts";
import { findNodes } from "./mind-map/queries.ts";
import { agreementCan, canManageTrajectory } from "./policy.ts";
import * as queries from "./queries.ts";

type Row = NonNullable<Awaited<ReturnType<typeof queries.findTrajectory>>>;

function present(actor: Actor, row: Row) {
  const t = row.trajectory;
  return {
    id: t.id,
    districtId: t.districtId,
    districtCode: row.districtCode,
    districtName: row.districtName,
    leadOrganisationId: t.leadOrganisationId,
    leadOrganisationName: row.leadOrganisationName,
    leadName: t.leadName,
    goal: t.goal,
    status: t.status,
    currentStep: t.currentStep,
    timeline: timelineOf(t.currentStep, {
      support: t.supportOn,
      agreements: t.agreementsOn,
      execution: t.executionOn,
    }),
    can: { manage: canManageTrajectory(actor) },
  };
}

const logTrajectories = (tx: DbOrTx, actor: Actor, action: "read" | "create" | "update", ids: string[]) =>
  logProcessing(tx, actor, {
    activity: "agreements.manage",
    action,
    subjectType: "trajectory",
    subjectIds: ids,
  });

/** The trajectory of the actor's tenant, or 404; for the sub-concerns too. */
export async function requireTrajectory(db: DbOrTx, actor: Pick<Actor, "tenantId">, id: string) {
  const row = await queries.findTrajectory(db, actor.tenantId, id);
  if (!row) throw notFound();
  return row;
}

export async function listTrajectories(db: Db, actor: Actor) {
  return db.transaction(async (tx) => {
    const rows = await queries.listTrajectories(tx, actor.tenantId);
    await logTrajectories(
      tx,
      actor,
      "read",
      rows.map((r) => r.trajectory.id),
    );
    return { items: rows.map((r) => present(actor, r)) };
  });
}

export async function getTrajectory(db: Db, actor: Actor, id: string) {
  return db.transaction(async (tx) => {
    const row = await requireTrajectory(tx, actor, id);
    await logTrajectories(tx, actor, "read", [id]);
    return present(actor, row);
  });
}

export async function createTrajectory(db: Db, actor: Actor, input: TrajectoryInput) {
  return db.transaction(async (tx) => {
    const problems: FieldError[] = [];
    if (!(await queries.districtExists(tx, actor.tenantId, input.districtId)))
      problems.push({ path: "districtId", code: "unknown_district", message: "Kies een wijk uit de lijst." });
    if (!(await queries.existingOrganisations(tx, actor.tenantId, [input.leadOrganisationId])).size)
      problems.push({
        path: "leadOrganisationId",
        code: "unknown_organisation",
        message: "Kies een organisatie uit de lijst.",
      });
    if (problems.length) throw validationFailed(problems);
    const made = await queries.insertTrajectory(tx, {
      tenantId: actor.tenantId,
      districtId: input.districtId,
      leadOrganisationId: input.leadOrganisationId,
      leadName: input.leadName,
      goal: input.goal,
      supportOn: input.startedOn,
    });
    if (!made) throw conflict("trajectory_exists", "Deze wijk heeft al een wijktraject.");
    await logTrajectories(tx, actor, "create", [made.id]);
    return present(actor, (await queries.findTrajectory(tx, actor.tenantId, made.id))!);
  });
}

const dayColumn: Record<TrajectoryStep, "supportOn" | "agreementsOn" | "executionOn"> = {
  support: "supportOn",
  agreements: "agreementsOn",
  execution: "executionOn",
};

/** Moves a trajectory one or more steps forward, on a day not before the current step started. */
export async function moveStep(
  db: Db,
  actor: Actor,
  id: string,
  input: { step: TrajectoryStep; on: string },
) {
  return db.transaction(async (tx) => {
    const row = await requireTrajectory(tx, actor, id);
    const t = row.trajectory;
    const from = trajectorySteps.indexOf(t.currentStep);
    const to = trajectorySteps.indexOf(input.step);
    if (to <= from)
      throw validationFailed([
        {
          path: "step",
          code: "not_forward",
          message: "Een traject gaat alleen vooruit; kies een volgende stap.",
        },
      ]);
    const started = t[dayColumn[t.currentStep]];
    if (started && input.on < started)
      throw validationFailed([
        {
          path: "on",
          code: "before_previous",
          message: "Deze datum ligt voor het begin van de vorige stap.",
        },
      ]);
    const days: Partial<Record<"agreementsOn" | "executionOn", string>> = {};
    for (const step of trajectorySteps.slice(from + 1, to + 1))
      if (step !== "support") days[dayColumn[step] as "agreementsOn" | "executionOn"] = input.on;
    await queries.updateTrajectory(tx, actor.tenantId, id, { currentStep: input.step, ...days });
    await logTrajectories(tx, actor, "update", [id]);
    return present(actor, (await queries.findTrajectory(tx, actor.tenantId, id))!);
  });
}

export async function setStatus(
  db: Db,
  actor: Actor,
  id: string,
  input: { status: (typeof trajectoryStatuses)[number] },
) {
  return db.transaction(async (tx) => {
    await requireTrajectory(tx, actor, id);
    await queries.updateTrajectory(tx, actor.tenantId, id, { status: input.status });
    await logTrajectories(tx, actor, "update", [id]);
    return present(actor, (await queries.findTrajectory(tx, actor.tenantId, id))!);
  });
}

// --- Prestatieafspraken ---

/** The shape rules (shared) and the references: organisations, vacancies and chosen solutions of this wijk. */
async function checkContent(tx: DbOrTx, actor: Actor, trajectoryId: string, content: AgreementContent) {
  const problems = agreementProblems(content).map((p) => ({ ...p, path: `content.${p.path}` }));
  const orgIds = content.parties.flatMap((p) => (p.organisationId ? [p.organisationId] : []));
  const orgs = await queries.existingOrganisations(tx, actor.tenantId, orgIds);
  content.parties.forEach((p, i) => {
    if (p.organisationId && !orgs.has(p.organisationId))
      problems.push({
        path: `content.parties.${i}.organisationId`,
        code: "unknown_organisation",
        message: "Kies een organisatie uit de lijst.",
      });
  });
  const vacancies = await queries.existingVacancies(
    tx,
    actor.tenantId,
    content.activities.flatMap((a) => a.vacancyIds),
  );
  const nodes = new Map(
    (
      await findNodes(
        tx,
        actor.tenantId,
        trajectoryId,
        content.activities.map((a) => a.solutionNodeId),
      )
    ).map((n) => [n.id, n]),
  );
  content.activities.forEach((a, i) => {
    const node = nodes.get(a.solutionNodeId);
    if (node?.kind !== "solution" || node.stage !== "chosen")
      problems.push({
        path: `content.activities.${i}.solutionNodeId`,
        code: "not_chosen",
        message: "Kies een oplossing uit de mindmap van deze wijk die gekozen is.",
      });
    a.vacancyIds.forEach((v, j) => {
      if (!vacancies.has(v))
        problems.push({
          path: `content.activities.${i}.vacancyIds.${j}`,
          code: "unknown_vacancy",
          message: "Kies een taak uit de lijst.",
        });
    });
  });
  if (problems.length) throw validationFailed(problems);
}

export async function presentAgreement(tx: DbOrTx, actor: Actor, id: string) {
  const found = await queries.findAgreement(tx, actor.tenantId, id);
  if (!found) throw notFound();
  const versions = await queries.versionsOf(tx, actor.tenantId, [id]);
  const signatures = await queries.signaturesOf(
    tx,
    actor.tenantId,
    versions.map((v) => v.id),
  );
  await logProcessing(tx, actor, {
    activity: "agreements.manage",
    action: "read",
    subjectType: "agreement",
    subjectIds: [id],
  });
  const latest = versions.at(-1)!;
  return {
    id,
    trajectoryId: found.trajectoryId,
    versions: versions.map((v, i) => {
      const signed = signatures.filter((s) => s.versionId === v.id);
      return {
        number: v.number,
        status: v.status,
        content: v.content,
        changeNote: v.changeNote,
        createdAt: v.createdAt.toISOString(),
        signatures: signed.map((s) => ({
          partyKey: s.partyKey,
          signerName: s.signerName,
          signedOn: s.signedOn,
        })),
        unsigned: v.content.parties.map((p) => p.key).filter((k) => !signed.some((s) => s.partyKey === k)),
        changes: i === 0 ? [] : diffAgreements(versions[i - 1]!.content, v.content),
      };
    }),
    can: agreementCan(actor, latest.status),
  };
}

export async function listAgreements(db: Db, actor: Actor, trajectoryId: string) {
  await requireTrajectory(db, actor, trajectoryId);
  const rows = await queries.listAgreementsOf(db, actor.tenantId, trajectoryId);
  const versions = await queries.versionsOf(
    db,
    actor.tenantId,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => {
      const own = versions.filter((v) => v.agreementId === r.id);
      const latest = own.at(-1)!;
      return {
        id: r.id,
        title: latest.content.title,
        latestVersion: latest.number,
        latestStatus: latest.status,
        activeVersion: own.find((v) => v.status === "active")?.number ?? null,
      };
    }),
  };
}

type DraftInput = z.output<typeof draftInputSchema>;

export async function createAgreement(db: Db, actor: Actor, trajectoryId: string, input: DraftInput) {
  return db.transaction(async (tx) => {
    await requireTrajectory(tx, actor, trajectoryId);
    await checkContent(tx, actor, trajectoryId, input.content);
    const made = await queries.insertAgreement(tx, actor.tenantId, trajectoryId);
    await queries.insertVersion(tx, {
      tenantId: actor.tenantId,
      agreementId: made.id,
      number: 1,
      content: input.content,
      changeNote: input.changeNote,
      createdByUserId: actor.userId,
    });
    return presentAgreement(tx, actor, made.id);
  });
}

export async function getAgreement(db: Db, actor: Actor, id: string) {
  return db.transaction((tx) => presentAgreement(tx, actor, id));
}

/**
 * Changes the open draft (its sign-offs are cleared: they were for the old text), or, when the latest
 * version is in force, starts the next version. A signed version never changes.
 */
export async function saveDraft(db: Db, actor: Actor, id: string, input: DraftInput) {
  return db.transaction(async (tx) => {
    const found = await queries.findAgreement(tx, actor.tenantId, id);
    if (!found) throw notFound();
    await checkContent(tx, actor, found.trajectoryId, input.content);
    const latest = (await queries.versionsOf(tx, actor.tenantId, [id])).at(-1)!;
    const next = latest.status === "draft" ? latest.number : latest.number + 1;
    if (next > 1 && input.changeNote.length < 3)
      throw validationFailed([
        { path: "changeNote", code: "required", message: "Schrijf kort wat er verandert en waarom." },
      ]);
    if (latest.status === "draft") {
      await queries.updateVersion(tx, actor.tenantId, latest.id, {
        content: input.content,
        changeNote: input.changeNote,
      });
      await queries.deleteSignatures(tx, actor.tenantId, latest.id);
    } else
      await queries.insertVersion(tx, {
        tenantId: actor.tenantId,
        agreementId: id,
        number: next,
        content: input.content,
        changeNote: input.changeNote,
        createdByUserId: actor.userId,
      });
    return presentAgreement(tx, actor, id);
  });
}

/** A party signs the draft; when the last party has signed, it is in force and the previous one superseded. */
export async function signVersion(
  db: Db,
  actor: Actor,
  params: { id: string; number: number },
  input: z.output<typeof signInputSchema>,
) {
  return db.transaction(async (tx) => {
    const found = await queries.findAgreement(tx, actor.tenantId, params.id);
    if (!found) throw notFound();
    const versions = await queries.versionsOf(tx, actor.tenantId, [params.id]);
    const version = versions.find((v) => v.number === params.number);
    if (!version) throw notFound();
    if (version.status !== "draft")
      throw conflict(
        "not_draft",
        "Deze versie is al getekend of vervangen; er kan niet meer op getekend worden.",
      );
    if (!version.content.parties.some((p) => p.key === input.partyKey))
      throw validationFailed([
        {
          path: "partyKey",
          code: "unknown_party",
          message: "Deze partij staat niet in deze versie van de afspraak.",
        },
      ]);
    const signed = await queries.insertSignature(tx, {
      tenantId: actor.tenantId,
      versionId: version.id,
      partyKey: input.partyKey,
      signerName: input.signerName,
      signedOn: input.signedOn,
      recordedByUserId: actor.userId,
    });
    if (!signed) throw conflict("already_signed", "Deze partij heeft deze versie al getekend.");
    const all = await queries.signaturesOf(tx, actor.tenantId, [version.id]);
    if (version.content.parties.every((p) => all.some((s) => s.partyKey === p.key))) {
      for (const v of versions.filter((v) => v.status === "active"))
        await queries.updateVersion(tx, actor.tenantId, v.id, { status: "superseded" });
      await queries.updateVersion(tx, actor.tenantId, version.id, {
        status: "active",
        activatedAt: new Date(),
      });
    }
    await logProcessing(tx, actor, {
      activity: "agreements.manage",
      action: "update",
      subjectType: "agreement",
      subjectIds: [params.id],
    });
    return presentAgreement(tx, actor, params.id);
  });
}
