import type {
  Action,
  actionInputSchema,
  Campaign,
  campaignInputSchema,
  DropoutReport,
} from "../../../shared/recruitment.ts";
import {
  type DropoutGroups,
  funnelStages,
  hideDropout,
  hideFunnel,
} from "../../../shared/recruitment-reports.ts";
import { hidesSmallCounts, SMALL_COUNT } from "../../../shared/small-counts.ts";
import type { z } from "../../../shared/zod.ts";
import type { DbOrTx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { notFound, validationFailed } from "../../platform/errors.ts";
import { organisationScope } from "../../platform/scope.ts";
import { organisationExists } from "../organisations/service.ts";
import { getSettings, isoDay } from "../volunteers/service.ts";
import * as queries from "./queries.ts";

const scopeOf = organisationScope;

function presentCampaign(row: NonNullable<Awaited<ReturnType<typeof queries.findCampaign>>>): Campaign {
  const c = row.campaign;
  return {
    id: c.id,
    name: c.name,
    organisationId: c.organisationId,
    organisationName: row.organisationName,
    goal: c.goal,
    targetSignups: c.targetSignups,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    channels: c.channels,
    signups: Number(row.signups),
  };
}

export async function listCampaigns(db: DbOrTx, actor: Actor) {
  return (await queries.listCampaigns(db, scopeOf(actor))).map(presentCampaign);
}

/** Active campaigns as id + name, for the public sign-up page. */
export async function listOpenCampaigns(db: DbOrTx, tenantId: string) {
  const today = isoDay(new Date());
  return (await queries.listCampaigns(db, { tenantId, organisationId: null }))
    .filter((row) => row.campaign.startsOn <= today && (!row.campaign.endsOn || row.campaign.endsOn >= today))
    .map((row) => ({ id: row.campaign.id, name: row.campaign.name, channels: row.campaign.channels }));
}

async function checkCampaign(db: DbOrTx, actor: Actor, input: z.output<typeof campaignInputSchema>) {
  const settings = await getSettings(db, actor.tenantId);
  const known = new Set(settings.channels.map((c) => c.code));
  const errors = [];
  if (input.channels.some((c) => !known.has(c)))
    errors.push({ path: "channels", code: "unknown_code", message: "Kies kanalen uit de lijst." });
  if (input.organisationId && !(await organisationExists(db, actor.tenantId, input.organisationId))) {
    errors.push({
      path: "organisationId",
      code: "unknown_organisation",
      message: "Deze organisatie bestaat niet.",
    });
  }
  if (errors.length) throw validationFailed(errors);
  // A coordinator's campaign always belongs to their own organisation.
  const organisationId =
    actor.role === "coordinator" && actor.organisationId
      ? actor.organisationId
      : (input.organisationId ?? null);
  return {
    name: input.name,
    organisationId,
    goal: input.goal,
    targetSignups: input.targetSignups ?? null,
    startsOn: input.startsOn,
    endsOn: input.endsOn ?? null,
    channels: [...new Set(input.channels)],
  };
}

export async function createCampaign(db: DbOrTx, actor: Actor, input: z.output<typeof campaignInputSchema>) {
  const row = await queries.insertCampaign(db, {
    tenantId: actor.tenantId,
    ...(await checkCampaign(db, actor, input)),
  });
  return getCampaign(db, actor, row.id);
}

export async function updateCampaign(
  db: DbOrTx,
  actor: Actor,
  id: string,
  input: z.output<typeof campaignInputSchema>,
) {
  const row = await queries.updateCampaign(db, scopeOf(actor), id, await checkCampaign(db, actor, input));
  if (!row) throw notFound();
  return getCampaign(db, actor, id);
}

export async function getCampaign(db: DbOrTx, actor: Actor, id: string) {
  const row = await queries.findCampaign(db, scopeOf(actor), id);
  if (!row) throw notFound();
  return presentCampaign(row);
}

/** The funnel per channel of a campaign: every channel of the campaign gets a row, also with 0. */
export async function getFunnel(db: DbOrTx, actor: Actor, id: string) {
  const campaign = await getCampaign(db, actor, id);
  const found = await queries.funnel(db, actor.tenantId, id);
  const channels = [...new Set([...campaign.channels, ...found.map((r) => r.channel)])];
  const rows = channels.map((channel) => {
    const row = found.find((r) => r.channel === channel);
    return { channel, counts: funnelStages.map((s) => Number(row?.[s] ?? 0)) };
  });
  return { campaign, ...hideFunnel(rows, hidesSmallCounts(actor.role)) };
}

/** Dropout per organisation, reason, motive type and channel in a period (small counts hidden by role). */
export async function getDropoutReport(
  db: DbOrTx,
  actor: Actor,
  period: { from?: string; to?: string },
): Promise<DropoutReport> {
  const settings = await getSettings(db, actor.tenantId);
  const range = { from: period.from ?? null, to: period.to ?? null };
  const hide = hidesSmallCounts(actor.role);
  const organisations = await queries.organisationNames(db, actor.tenantId);
  const labels = {
    organisation: (key: string) => organisations.find((o) => o.id === key)?.name ?? "Geen organisatie",
    reason: (key: string) =>
      settings.stopReasons.find((r) => r.code === key)?.label ??
      (key === "gewist" ? "Gegevens gewist" : key || "Onbekend"),
    motiveType: (key: string) =>
      settings.motiveTypes.find((t) => t.code === key)?.name ?? (key || "Drijfveren niet ingevuld"),
    channel: (key: string) => settings.channels.find((c) => c.code === key)?.label ?? (key || "Onbekend"),
  };
  const group = async (by: keyof typeof labels) =>
    (await queries.dropout(db, scopeOf(actor), range, by)).map((row) => ({
      key: row.key,
      label: labels[by](row.key),
      volunteers: Number(row.volunteers),
      stopped: Number(row.stopped),
    }));
  const groups: DropoutGroups = {
    byOrganisation: await group("organisation"),
    byReason: await group("reason"),
    byMotiveType: await group("motiveType"),
    byChannel: await group("channel"),
  };
  return { ...range, suppressedBelow: hide ? SMALL_COUNT : 0, ...hideDropout(groups, hide) };
}

// --- Action plan ---

function presentAction(row: Awaited<ReturnType<typeof queries.listActions>>[number]): Action {
  const a = row.action;
  return {
    id: a.id,
    level: a.level,
    organisationId: a.organisationId,
    organisationName: row.organisationName,
    motiveType: a.motiveType,
    title: a.title,
    description: a.description,
    owner: a.owner,
    dueOn: a.dueOn,
    status: a.status,
    overdue: Boolean(a.dueOn && a.status !== "done" && a.dueOn < isoDay(new Date())),
  };
}

export async function listActions(db: DbOrTx, actor: Actor, organisationId?: string) {
  return (await queries.listActions(db, scopeOf(actor), organisationId)).map(presentAction);
}

async function actionValues(db: DbOrTx, actor: Actor, input: z.output<typeof actionInputSchema>) {
  const settings = await getSettings(db, actor.tenantId);
  const errors = [];
  if (input.motiveType && !settings.motiveTypes.some((t) => t.code === input.motiveType)) {
    errors.push({
      path: "motiveType",
      code: "unknown_code",
      message: "Kies een type vrijwilliger uit de lijst.",
    });
  }
  if (input.organisationId && !(await organisationExists(db, actor.tenantId, input.organisationId))) {
    errors.push({
      path: "organisationId",
      code: "unknown_organisation",
      message: "Deze organisatie bestaat niet.",
    });
  }
  if (errors.length) throw validationFailed(errors);
  return {
    level: input.level,
    organisationId:
      actor.role === "coordinator" && actor.organisationId
        ? actor.organisationId
        : (input.organisationId ?? null),
    motiveType: input.level === "approach" ? (input.motiveType ?? null) : null,
    title: input.title,
    description: input.description,
    owner: input.owner,
    dueOn: input.dueOn ?? null,
    status: input.status,
  };
}

export async function createAction(db: DbOrTx, actor: Actor, input: z.output<typeof actionInputSchema>) {
  const row = await queries.insertAction(db, {
    tenantId: actor.tenantId,
    ...(await actionValues(db, actor, input)),
  });
  return (await listActions(db, actor)).find((a) => a.id === row.id)!;
}

export async function updateAction(
  db: DbOrTx,
  actor: Actor,
  id: string,
  input: z.output<typeof actionInputSchema>,
) {
  const row = await queries.updateAction(db, scopeOf(actor), id, await actionValues(db, actor, input));
  if (!row) throw notFound();
  return (await listActions(db, actor)).find((a) => a.id === id)!;
}

export async function deleteAction(db: DbOrTx, actor: Actor, id: string) {
  if (!(await queries.deleteAction(db, scopeOf(actor), id))) throw notFound();
}
