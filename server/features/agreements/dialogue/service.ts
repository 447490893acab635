import { createHash } from "node:crypto";
import {
  type IdeaInput,
  type ideaQuerySchema,
  MAX_ATTACHMENT_BYTES,
  type MeetingInput,
  personalDataHints,
  REPORTS_TO_HIDE,
} from "../../../../shared/agreements/dialogue.ts";
import type { AttachmentInput } from "../../../../shared/attachments.ts";
import type { z } from "../../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { decodeAttachment } from "../../../platform/attachments.ts";
import { notFound, validationFailed } from "../../../platform/errors.ts";
import { organisationExists } from "../../organisations/service.ts";
import { getPublicTenant } from "../../tenancy/service.ts";
import { outcomesOf } from "../mind-map/service.ts";
import { requireTrajectory } from "../service.ts";
import * as queries from "./queries.ts";

// --- Meetings ---

async function presentMeetings(
  tx: DbOrTx,
  tenantId: string,
  rows: Awaited<ReturnType<typeof queries.listMeetings>>,
) {
  const attachments = await queries.attachmentsOf(
    tx,
    tenantId,
    rows.map((r) => r.meeting.id),
  );
  return rows.map(({ meeting: m, organisationName }) => ({
    id: m.id,
    heldOn: m.heldOn,
    place: m.place,
    organisationId: m.organisationId,
    organisationName,
    residentCount: m.residentCount,
    notes: m.notes,
    attachments: attachments
      .filter((a) => a.meetingId === m.id)
      .map(({ id, name, contentType, size }) => ({ id, name, contentType, size })),
  }));
}

export async function listMeetings(db: DbOrTx, actor: Actor, trajectoryId: string) {
  await requireTrajectory(db, actor, trajectoryId);
  return {
    items: await presentMeetings(
      db,
      actor.tenantId,
      await queries.listMeetings(db, actor.tenantId, trajectoryId),
    ),
  };
}

export async function addMeeting(db: Db, actor: Actor, trajectoryId: string, input: MeetingInput) {
  return db.transaction(async (tx) => {
    await requireTrajectory(tx, actor, trajectoryId);
    if (!(await organisationExists(tx, actor.tenantId, input.organisationId)))
      throw validationFailed([
        {
          path: "organisationId",
          code: "unknown_organisation",
          message: "Kies een organisatie uit de lijst.",
        },
      ]);
    const { id } = await queries.insertMeeting(tx, {
      tenantId: actor.tenantId,
      trajectoryId,
      ...input,
      createdByUserId: actor.userId,
    });
    const [meeting] = await presentMeetings(tx, actor.tenantId, [
      (await queries.findMeeting(tx, actor.tenantId, id))!,
    ]);
    return meeting!;
  });
}

export async function addAttachment(db: Db, actor: Actor, meetingId: string, input: AttachmentInput) {
  return db.transaction(async (tx) => {
    const row = await queries.findMeeting(tx, actor.tenantId, meetingId);
    if (!row) throw notFound();
    const bytes = decodeAttachment(input, MAX_ATTACHMENT_BYTES);
    await queries.insertAttachment(tx, {
      tenantId: actor.tenantId,
      meetingId,
      name: input.name,
      contentType: input.contentType,
      size: bytes.length,
      data: bytes,
    });
    const [meeting] = await presentMeetings(tx, actor.tenantId, [row]);
    return meeting!;
  });
}

export async function attachmentFile(db: DbOrTx, actor: Actor, id: string) {
  const row = await queries.findAttachment(db, actor.tenantId, id);
  if (!row) throw notFound();
  return row;
}

// --- Ideas board ---

type IdeaRow = NonNullable<Awaited<ReturnType<typeof queries.findIdea>>>;
type Outcome = Awaited<ReturnType<typeof outcomesOf>>;

const presentIdea = (row: IdeaRow, outcome: Outcome) => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  authorKind: row.authorKind,
  status: row.status,
  flags: row.flags,
  reports: row.reports,
  supportCount: row.supportCount,
  createdAt: row.createdAt.toISOString(),
  nodeId: row.nodeId,
  outcome: outcome(row.nodeId),
});

export async function listIdeas(
  db: DbOrTx,
  actor: Actor,
  trajectoryId: string,
  query: z.output<typeof ideaQuerySchema>,
) {
  await requireTrajectory(db, actor, trajectoryId);
  const [{ rows, total }, outcome] = await Promise.all([
    queries.listIdeas(db, actor.tenantId, trajectoryId, { status: query.status }, query),
    outcomesOf(db, actor.tenantId, trajectoryId),
  ]);
  return {
    items: rows.map((r) => presentIdea(r, outcome)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** A professional's post: shown at once, but still flagged when it seems to hold personal data. */
export async function addIdea(db: Db, actor: Actor, trajectoryId: string, input: IdeaInput) {
  return db.transaction(async (tx) => {
    await requireTrajectory(tx, actor, trajectoryId);
    const hints = personalDataHints(`${input.title} ${input.body}`);
    const row = await queries.insertIdea(tx, {
      tenantId: actor.tenantId,
      trajectoryId,
      ...input,
      authorKind: "professional",
      authorUserId: actor.userId,
      status: hints.length ? "pending" : "published",
      flags: hints.length ? ["personalData"] : [],
    });
    return presentIdea(row, await outcomesOf(tx, actor.tenantId, trajectoryId));
  });
}

export async function moderateIdea(db: Db, actor: Actor, id: string, decision: "publish" | "hide") {
  return db.transaction(async (tx) => {
    const row = await queries.findIdea(tx, actor.tenantId, id);
    if (!row) throw notFound();
    await queries.updateIdea(tx, actor.tenantId, id, {
      status: decision === "publish" ? "published" : "hidden",
      // A moderator's decision settles the flags and reports so far.
      flags: [],
      reports: 0,
    });
    const updated = (await queries.findIdea(tx, actor.tenantId, id))!;
    return presentIdea(updated, await outcomesOf(tx, actor.tenantId, row.trajectoryId));
  });
}

// --- Public board (no names, pre-moderated) ---

export async function publicTrajectories(db: DbOrTx, slug: string | undefined) {
  const tenant = await getPublicTenant(db, slug);
  return { tenantName: tenant.name, items: await queries.openTrajectories(db, tenant.id) };
}

async function openTrajectory(db: DbOrTx, id: string) {
  const row = await queries.findOpenTrajectory(db, id);
  if (!row) throw notFound();
  return row;
}

export async function publicIdeas(db: DbOrTx, trajectoryId: string) {
  const t = await openTrajectory(db, trajectoryId);
  const [rows, outcome] = await Promise.all([
    queries.publishedIdeas(db, t.id),
    outcomesOf(db, t.tenantId, t.id),
  ]);
  return {
    trajectory: { id: t.id, districtName: t.districtName, goal: t.goal },
    items: rows.map((r) => {
      const {
        id,
        kind,
        title,
        body,
        authorKind,
        supportCount,
        createdAt,
        outcome: o,
      } = presentIdea(r, outcome);
      return { id, kind, title, body, authorKind, supportCount, createdAt, outcome: o };
    }),
  };
}

/** A resident's post (signed in or not) waits for a moderator; hints tell the poster what we noticed. */
export async function postPublicIdea(
  db: Db,
  actorUserId: string | null,
  trajectoryId: string,
  input: IdeaInput,
) {
  const t = await openTrajectory(db, trajectoryId);
  const hints = personalDataHints(`${input.title} ${input.body}`);
  const row = await queries.insertIdea(db, {
    tenantId: t.tenantId,
    trajectoryId,
    ...input,
    authorKind: "resident",
    authorUserId: actorUserId,
    status: "pending",
    flags: hints.length ? ["personalData"] : [],
  });
  return { id: row.id, status: row.status, hints };
}

export async function supportIdea(db: Db, id: string, supporterKey: string) {
  const row = await queries.findPublishedIdea(db, id);
  if (!row) throw notFound();
  const hash = createHash("sha256").update(`${row.id}:${supporterKey}`).digest("hex");
  return { supportCount: await queries.addSupport(db, row.tenantId, row.id, hash) };
}

/** A report puts the post in the moderation queue; after REPORTS_TO_HIDE it is hidden until decided. */
export async function reportIdea(db: Db, id: string) {
  await db.transaction(async (tx) => {
    const row = await queries.findPublishedIdea(tx, id);
    if (!row) throw notFound();
    const reports = await queries.addReport(tx, id);
    if (reports >= REPORTS_TO_HIDE) await queries.updateIdea(tx, row.tenantId, id, { status: "pending" });
  });
}
