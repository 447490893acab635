import {
  type consentInputSchema,
  findingsTable,
  type fragmentInputSchema,
  type interviewInputSchema,
  interviewStart,
  type notesInputSchema,
  type ParticipantStage,
  type participantInputSchema,
  type projectInputSchema,
  type ResearchInterview,
  type ResearchParticipant,
  type ResearchProject,
  researchFunnel,
  type stageInputSchema,
} from "../../../../shared/learning/research.ts";
import { hidesSmallCounts } from "../../../../shared/small-counts.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { conflict, notFound, validationFailed } from "../../../platform/errors.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { canOpenWorkspace, canSeeContact } from "../policy.ts";
import * as trajectories from "../queries.ts";
import * as queries from "./queries.ts";

type In<S extends z.ZodType> = z.output<S>;
type Project = NonNullable<Awaited<ReturnType<typeof queries.findProject>>>;
type Participant = NonNullable<Awaited<ReturnType<typeof queries.findParticipant>>>;
type InterviewRow = NonNullable<Awaited<ReturnType<typeof queries.findInterview>>>;
type FragmentRow = NonNullable<Awaited<ReturnType<typeof queries.findFragment>>>;

/** The wall (ADR 0022): behind it, anyone but the client council finds nothing. */
function wall(actor: Actor) {
  if (!canOpenWorkspace(actor)) throw notFound();
}

/** The ids of rows (or another uuid column of them). */
const ids = <R extends Record<K, string>, K extends string = "id">(rows: R[], key = "id" as K) =>
  rows.map((r) => r[key]);

const log = (tx: DbOrTx, actor: Actor, action: "read" | "create" | "update" | "delete", ids: string[]) =>
  logProcessing(tx, actor, {
    activity: "learning.research",
    action,
    subjectType: "researchParticipant",
    subjectIds: ids,
  });

function presentProject(actor: Actor, p: Project, stages: { channel: string; stage: ParticipantStage }[]) {
  return {
    id: p.id,
    title: p.title,
    question: p.question,
    trajectoryId: p.trajectoryId,
    channels: p.channels,
    topics: p.topics,
    publishedAt: p.publishedAt?.toISOString() ?? null,
    createdAt: p.createdAt.toISOString(),
    funnel: researchFunnel(p.channels, stages, hidesSmallCounts(actor.role)),
  } satisfies ResearchProject;
}

/** A project behind the wall: the council finds it, anyone else gets 404. */
export async function projectInWall(db: DbOrTx, actor: Actor, id: string) {
  wall(actor);
  const project = await queries.findProject(db, actor.tenantId, id);
  if (!project) throw notFound();
  return project;
}

export async function listProjects(db: DbOrTx, actor: Actor) {
  wall(actor);
  const projects = await queries.listProjects(db, actor.tenantId);
  const stages = await queries.stages(db, actor.tenantId, ids(projects));
  const of = (id: string) => stages.filter((s) => s.projectId === id);
  return projects.map((p) => presentProject(actor, p, of(p.id)));
}

export async function getProject(db: DbOrTx, actor: Actor, id: string) {
  const project = await projectInWall(db, actor, id);
  return presentProject(actor, project, await queries.stages(db, actor.tenantId, [id]));
}

export async function createProject(db: DbOrTx, actor: Actor, input: In<typeof projectInputSchema>) {
  wall(actor);
  if (input.trajectoryId && !(await trajectories.findOwn(db, actor.tenantId, input.trajectoryId)))
    throw validationFailed([
      { path: "trajectoryId", code: "unknown_trajectory", message: "Kies een leertraject uit de lijst." },
    ]);
  const project = await queries.insertProject(db, {
    tenantId: actor.tenantId,
    createdByUserId: actor.userId,
    ...input,
  });
  return presentProject(actor, project, []);
}

// --- Participants ---

function presentParticipant(actor: Actor, p: Participant): ResearchParticipant {
  const seeContact = canSeeContact(actor, p);
  return {
    id: p.id,
    code: p.code,
    channel: p.channel,
    stage: p.stage,
    contact: seeContact ? p.contact : null,
    consent:
      p.consentScope && p.consentGivenOn && p.consentUntil
        ? {
            scope: p.consentScope,
            givenOn: p.consentGivenOn,
            until: p.consentUntil,
            withdrawnAt: p.consentWithdrawnAt?.toISOString() ?? null,
          }
        : null,
    recruitedByMe: p.recruitedByUserId === actor.userId,
    can: { seeContact },
  };
}

const consentValues = (consent: In<typeof consentInputSchema> | null | undefined) =>
  consent
    ? { consentScope: consent.scope, consentGivenOn: consent.givenOn, consentUntil: consent.until }
    : {};

export async function listParticipants(db: Db, actor: Actor, projectId: string) {
  return db.transaction(async (tx) => {
    await projectInWall(tx, actor, projectId);
    const rows = await queries.listParticipants(tx, actor.tenantId, projectId);
    await log(tx, actor, "read", ids(rows));
    return rows.map((r) => presentParticipant(actor, r));
  });
}

export async function addParticipant(
  db: Db,
  actor: Actor,
  projectId: string,
  input: In<typeof participantInputSchema>,
) {
  return db.transaction(async (tx) => {
    const project = await projectInWall(tx, actor, projectId);
    if (!project.channels.some((c) => c.code === input.channel))
      throw validationFailed([
        { path: "channel", code: "unknown_channel", message: "Kies een kanaal van dit onderzoek." },
      ]);
    const number = await queries.takeCode(tx, actor.tenantId, projectId);
    const row = await queries.insertParticipant(tx, {
      tenantId: actor.tenantId,
      projectId,
      code: `D-${String(number).padStart(3, "0")}`,
      channel: input.channel,
      stage: input.stage,
      contact: input.contact,
      recruitedByUserId: actor.userId,
      ...consentValues(input.consent),
    });
    await log(tx, actor, "create", [row.id]);
    return presentParticipant(actor, row);
  });
}

async function participantInWall(tx: DbOrTx, actor: Actor, id: string) {
  wall(actor);
  const row = await queries.findParticipant(tx, actor.tenantId, id);
  if (!row) throw notFound();
  return row;
}

const consentRequired = () =>
  validationFailed([
    {
      path: "consent",
      code: "consent_required",
      message: "Leg eerst de toestemming vast; zonder toestemming geen gesprek.",
    },
  ]);
const consentWithdrawn = () =>
  conflict("consent_withdrawn", "Deze deelnemer heeft de toestemming ingetrokken. Er kan niets meer bij.");

export async function setStage(db: Db, actor: Actor, id: string, input: In<typeof stageInputSchema>) {
  return db.transaction(async (tx) => {
    const row = await participantInWall(tx, actor, id);
    if (row.consentWithdrawnAt) throw consentWithdrawn();
    const hasConsent = Boolean(row.consentScope) || Boolean(input.consent);
    if ((input.stage === "agreed" || input.stage === "interviewed") && !hasConsent) throw consentRequired();
    const updated = await queries.updateParticipant(tx, actor.tenantId, id, {
      stage: input.stage,
      ...consentValues(input.consent),
    });
    await log(tx, actor, "update", [id]);
    return presentParticipant(actor, updated);
  });
}

/** Consent withdrawn: contact, notes and fragment texts are erased; the counts are kept (ADR 0022). */
export async function withdrawConsent(db: Db, actor: Actor, id: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const row = await participantInWall(tx, actor, id);
    if (row.consentWithdrawnAt) return presentParticipant(actor, row);
    await queries.eraseContent(tx, actor.tenantId, id);
    const updated = await queries.updateParticipant(tx, actor.tenantId, id, {
      contact: "",
      consentWithdrawnAt: now,
    });
    await log(tx, actor, "delete", [id]);
    return presentParticipant(actor, updated);
  });
}

// --- Interviews ---

const presentInterview = ({ interview: i, participantCode }: InterviewRow): ResearchInterview => ({
  id: i.id,
  participantId: i.participantId,
  participantCode,
  startsAt: i.startsAt.toISOString(),
  place: i.place,
  topics: i.topics,
  interviewerName: i.interviewerName,
  held: i.held,
  notes: i.notes,
});

export async function listInterviews(db: Db, actor: Actor, projectId: string) {
  return db.transaction(async (tx) => {
    await projectInWall(tx, actor, projectId);
    const rows = await queries.listInterviews(tx, actor.tenantId, projectId);
    await log(
      tx,
      actor,
      "read",
      ids(
        rows.map((r) => r.interview),
        "participantId",
      ),
    );
    return rows.map(presentInterview);
  });
}

export async function scheduleInterview(
  db: Db,
  actor: Actor,
  projectId: string,
  input: In<typeof interviewInputSchema>,
) {
  return db.transaction(async (tx) => {
    const project = await projectInWall(tx, actor, projectId);
    const participant = await queries.findParticipant(tx, actor.tenantId, input.participantId);
    if (!participant || participant.projectId !== projectId)
      throw validationFailed([
        {
          path: "participantId",
          code: "unknown_participant",
          message: "Kies een deelnemer van dit onderzoek.",
        },
      ]);
    if (participant.consentWithdrawnAt) throw consentWithdrawn();
    if (!participant.consentScope) throw consentRequired();
    const { id } = await queries.insertInterview(tx, {
      tenantId: actor.tenantId,
      projectId,
      participantId: participant.id,
      startsAt: interviewStart(input),
      place: input.place,
      topics: input.topics?.length ? input.topics : project.topics,
      interviewerUserId: actor.userId,
      interviewerName: actor.name,
    });
    await log(tx, actor, "create", [participant.id]);
    return presentInterview((await queries.findInterview(tx, actor.tenantId, id))!);
  });
}

async function interviewInWall(tx: DbOrTx, actor: Actor, id: string) {
  wall(actor);
  const row = await queries.findInterview(tx, actor.tenantId, id);
  if (!row) throw notFound();
  return row;
}

/** Notes of an interview; a held interview moves its participant to "interviewed". */
export async function saveNotes(db: Db, actor: Actor, id: string, input: In<typeof notesInputSchema>) {
  return db.transaction(async (tx) => {
    const row = await interviewInWall(tx, actor, id);
    if (row.interview.notes === null) throw consentWithdrawn();
    await queries.updateInterview(tx, actor.tenantId, id, { notes: input.notes, held: input.held });
    if (input.held)
      await queries.updateParticipant(tx, actor.tenantId, row.interview.participantId, {
        stage: "interviewed",
      });
    await log(tx, actor, "update", [row.interview.participantId]);
    return presentInterview((await queries.findInterview(tx, actor.tenantId, id))!);
  });
}

// --- Coding and findings ---

const presentFragment = ({ fragment: f, theme, participantCode }: FragmentRow) => ({
  id: f.id,
  interviewId: f.interviewId,
  participantCode,
  theme,
  text: f.text,
  quote: f.quote,
});

const squash = (value: string) => value.replace(/\s+/g, " ").trim().toLowerCase();

export async function addFragment(
  db: Db,
  actor: Actor,
  interviewId: string,
  input: In<typeof fragmentInputSchema>,
) {
  return db.transaction(async (tx) => {
    const { interview } = await interviewInWall(tx, actor, interviewId);
    if (interview.notes === null) throw consentWithdrawn();
    if (!squash(interview.notes).includes(squash(input.text)))
      throw validationFailed([
        {
          path: "text",
          code: "not_in_notes",
          message: "Dit stuk staat niet in de aantekeningen van het gesprek.",
        },
      ]);
    const { id } = await queries.insertFragment(tx, {
      tenantId: actor.tenantId,
      projectId: interview.projectId,
      interviewId,
      participantId: interview.participantId,
      themeId: await queries.themeId(tx, actor.tenantId, input.theme),
      text: input.text,
      quote: input.quote,
    });
    await log(tx, actor, "create", [interview.participantId]);
    return presentFragment((await queries.findFragment(tx, actor.tenantId, id))!);
  });
}

export async function listFragments(db: Db, actor: Actor, projectId: string) {
  return db.transaction(async (tx) => {
    await projectInWall(tx, actor, projectId);
    const rows = await queries.listFragments(tx, actor.tenantId, projectId);
    const withText = rows.filter((r) => r.fragment.text !== null).map((r) => r.fragment);
    await log(tx, actor, "read", ids(withText, "participantId"));
    return rows.map(presentFragment);
  });
}

export async function setQuote(db: Db, actor: Actor, id: string, quote: boolean) {
  return db.transaction(async (tx) => {
    wall(actor);
    const row = await queries.findFragment(tx, actor.tenantId, id);
    if (!row) throw notFound();
    if (row.fragment.text === null) throw consentWithdrawn();
    await queries.setQuote(tx, actor.tenantId, id, quote);
    await log(tx, actor, "update", [row.fragment.participantId]);
    return presentFragment((await queries.findFragment(tx, actor.tenantId, id))!);
  });
}

/** Per theme: how many participants mentioned it (small-count rule), with the selected quotes. */
export async function getFindings(db: Db, actor: Actor, projectId: string) {
  return db.transaction(async (tx) => {
    await projectInWall(tx, actor, projectId);
    const [counts, selected, interviewed] = await Promise.all([
      queries.themeCounts(tx, actor.tenantId, projectId),
      queries.quotes(tx, actor.tenantId, projectId),
      queries.interviewedCount(tx, actor.tenantId, projectId),
    ]);
    await log(tx, actor, "read", ids(selected, "participantId"));
    return findingsTable(counts, selected, interviewed, hidesSmallCounts(actor.role));
  });
}

export async function listThemes(db: DbOrTx, actor: Actor) {
  wall(actor);
  return (await queries.listThemes(db, actor.tenantId)).map((t) => t.label);
}
