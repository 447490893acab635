import type { FieldError } from "../../../../shared/errors.ts";
import {
  defaultLetterTemplate,
  type OutreachCampaign,
  type OutreachCampaignInput,
  type OutreachCampaignPatch,
  outreachCampaignInputSchema,
} from "../../../../shared/outreach.ts";
import type { Db, DbOrTx } from "../../../db/client.ts";
import type { Actor } from "../../../platform/actor.ts";
import { notFound, validationFailed } from "../../../platform/errors.ts";
import { applyPatch } from "../../../platform/patch.ts";
import { logProcessing } from "../../../platform/processing-log.ts";
import { organisationScope } from "../../../platform/scope.ts";
import { organisationExists } from "../../organisations/service.ts";
import { mayOpenCampaign } from "../policy.ts";
import * as queries from "./queries.ts";

export type CampaignRow = NonNullable<Awaited<ReturnType<typeof queries.findCampaign>>>;

export function presentCampaign(row: CampaignRow): OutreachCampaign {
  const c = row.campaign;
  return {
    id: c.id,
    name: c.name,
    programme: c.programme,
    organisationId: c.organisationId,
    organisationName: row.organisationName,
    neighbourhoodIds: c.neighbourhoodIds,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    goal: c.goal,
    topics: c.topics,
    incentive: c.incentive,
    followUpWeeks: c.followUpWeeks,
    letterLeadDays: c.letterLeadDays,
    walkListSize: c.walkListSize,
    retentionMonths: c.retentionMonths,
    professionalUserIds: c.professionalUserIds,
    optOutContact: c.optOutContact,
    signatoryName: c.signatoryName,
    signatoryRole: c.signatoryRole,
    letterTemplate: c.letterTemplate || defaultLetterTemplate,
    requiredTraining: c.requiredTraining,
    status: c.status,
    lettersSent: Number(row.lettersSent),
    addresses: Number(row.addresses),
    excluded: Number(row.excluded),
    walkLists: Number(row.walkLists),
  };
}

export async function listCampaigns(db: DbOrTx, actor: Actor) {
  return (await queries.listCampaigns(db, organisationScope(actor)))
    .filter((row) => mayOpenCampaign(actor, row.campaign))
    .map(presentCampaign);
}

/** A campaign in the actor's scope (organisation; a professional's: on call, see policy.ts), or 404. */
export async function campaignRow(db: DbOrTx, actor: Actor, id: string) {
  const row = await queries.findCampaign(db, organisationScope(actor), id);
  if (!row || !mayOpenCampaign(actor, row.campaign)) throw notFound();
  return row;
}

export async function getCampaign(db: DbOrTx, actor: Actor, id: string) {
  return presentCampaign(await campaignRow(db, actor, id));
}

/** The organisation (a coordinator's own), neighbourhoods and professionals must belong to the tenant. */
async function checkCampaign(db: DbOrTx, actor: Actor, input: OutreachCampaignInput) {
  const errors: FieldError[] = [];
  const organisationId =
    actor.role === "coordinator" && actor.organisationId ? actor.organisationId : input.organisationId;
  if (!organisationId)
    errors.push({ path: "organisationId", code: "required", message: "Kies een organisatie." });
  else if (!(await organisationExists(db, actor.tenantId, organisationId)))
    errors.push({
      path: "organisationId",
      code: "unknown_organisation",
      message: "Deze organisatie bestaat niet.",
    });
  const neighbourhoods = [...new Set(input.neighbourhoodIds)];
  if ((await queries.countNeighbourhoods(db, actor.tenantId, neighbourhoods)) !== neighbourhoods.length)
    errors.push({
      path: "neighbourhoodIds",
      code: "unknown_neighbourhood",
      message: "Kies buurten uit de lijst.",
    });
  const professionals = new Set((await queries.listProfessionals(db, actor.tenantId)).map((p) => p.userId));
  if (input.professionalUserIds.some((id) => !professionals.has(id)))
    errors.push({
      path: "professionalUserIds",
      code: "unknown_professional",
      message: "Kies professionals uit de lijst.",
    });
  if (errors.length) throw validationFailed(errors);
  return {
    organisationId: organisationId!,
    programme: input.programme,
    name: input.name,
    neighbourhoodIds: neighbourhoods,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    goal: input.goal,
    topics: input.topics,
    incentive: input.incentive,
    followUpWeeks: input.followUpWeeks,
    letterLeadDays: input.letterLeadDays,
    walkListSize: input.walkListSize,
    retentionMonths: input.retentionMonths,
    professionalUserIds: [...new Set(input.professionalUserIds)],
    optOutContact: input.optOutContact,
    signatoryName: input.signatoryName,
    signatoryRole: input.signatoryRole,
    letterTemplate: input.letterTemplate,
    requiredTraining: input.requiredTraining,
    status: input.status,
  };
}

export async function createCampaign(db: Db, actor: Actor, input: OutreachCampaignInput) {
  return db.transaction(async (tx) => {
    const values = await checkCampaign(tx, actor, input);
    const { id } = await queries.insertCampaign(tx, { tenantId: actor.tenantId, ...values });
    return getCampaign(tx, actor, id);
  });
}

/** A partial update: what is left out (status, professionals, letter…) keeps its value. */
export async function updateCampaign(db: Db, actor: Actor, id: string, patch: OutreachCampaignPatch) {
  return db.transaction(async (tx) => {
    const current = presentCampaign(await campaignRow(tx, actor, id));
    const input = applyPatch(outreachCampaignInputSchema, current, patch);
    const values = await checkCampaign(tx, actor, input);
    await queries.updateCampaign(tx, organisationScope(actor), id, values);
    return getCampaign(tx, actor, id);
  });
}

/** Who can be on call for a campaign: the tenant's professionals and coordinators. */
export async function listProfessionals(db: DbOrTx, actor: Actor) {
  const rows = await queries.listProfessionals(db, actor.tenantId);
  const seen = new Set<string>();
  const professionals = rows
    .filter((row) => !seen.has(row.userId) && seen.add(row.userId))
    .map((row) => ({ userId: row.userId, name: row.name }));
  await logProcessing(db, actor, {
    activity: "outreach.manage",
    action: "read",
    subjectType: "user",
    subjectIds: professionals.map((p) => p.userId),
  });
  return professionals;
}
