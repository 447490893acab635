import { and, eq } from "drizzle-orm";
import { amsterdamDay } from "../../../shared/dates.ts";
import type {
  Client,
  ClientInput,
  clientExemptionSchema,
  clientQuerySchema,
} from "../../../shared/participation/clients.ts";
import {
  allowanceNote,
  type Rule,
  type RuleInput,
  ruleInForce,
} from "../../../shared/participation/rules.ts";
import type { z } from "../../../shared/zod.ts";
import type { Db, DbOrTx } from "../../db/client.ts";
import type { Actor } from "../../platform/actor.ts";
import { notFound, validationFailed } from "../../platform/errors.ts";
import { logProcessing } from "../../platform/processing-log.ts";
import { person } from "../accounts/schema.ts";
import { type CaseloadScope, caseloadScope } from "./policy.ts";
import * as queries from "./queries.ts";
import { participationClient } from "./schema.ts";

// --- Rules (dated data, ADR 0018) ---

type RuleRow = Awaited<ReturnType<typeof queries.listRules>>[number];
export const presentRule = (row: RuleRow): Rule => ({
  id: row.id,
  validFrom: row.validFrom,
  regime: row.regime,
  procedure: row.procedure,
  maxHoursPerWeek: row.maxHoursPerWeek,
  countingActivities: row.countingActivities,
  extraChecklist: row.extraChecklist,
  noActivityWeeks: row.noActivityWeeks,
  sender: row.sender,
  createdAt: row.createdAt.toISOString(),
});

/** The tenant's rules, newest first. */
export async function rulesOf(db: DbOrTx, tenantId: string) {
  return (await queries.listRules(db, tenantId)).map(presentRule);
}

/** The rule in force on a day (Europe/Amsterdam), or null before the first. */
export async function ruleOn(db: DbOrTx, tenantId: string, day: string) {
  return ruleInForce(await rulesOf(db, tenantId), day);
}

export async function listRules(db: Db, actor: Actor, now = new Date()) {
  const items = await rulesOf(db, actor.tenantId);
  return { items, inForce: ruleInForce(items, amsterdamDay(now)) };
}

/** Adds the rules from a date; a second rule on the same date replaces the first. */
export async function createRule(db: Db, actor: Actor, input: RuleInput) {
  return presentRule(await queries.insertRule(db, { tenantId: actor.tenantId, ...input }));
}

// --- Clients (the caseload) ---

export function presentClient(row: queries.ClientRow, rule: Rule | null, now = new Date()): Client {
  const c = row.client;
  return {
    id: c.id,
    personId: c.personId,
    clientNumber: c.clientNumber,
    givenName: row.givenName,
    familyName: row.familyName,
    email: row.email,
    phone: row.phone,
    birthDate: c.birthDate,
    caseworkerName: row.caseworkerName,
    caseworkerUserId: c.caseworkerUserId,
    exempt: c.exempt,
    exemptUntil: c.exemptUntil,
    language: c.language,
    regime: rule?.regime ?? null,
    allowance: allowanceNote(c.birthDate, amsterdamDay(now)),
    isVolunteer: row.isVolunteer,
    agreementCount: row.agreementCount,
    activeAgreement: row.activeAgreement,
    createdAt: c.createdAt.toISOString(),
  };
}

const logClients = (db: DbOrTx, actor: Actor, action: "read" | "create" | "update", ids: string[]) =>
  logProcessing(db, actor, {
    activity: "participation",
    action,
    subjectType: "participation_client",
    subjectIds: ids,
  });

/** A client in the actor's caseload, or 404 (logged as denied by the route). */
export async function clientInCaseload(db: DbOrTx, actor: Actor, id: string, scope?: CaseloadScope) {
  const row = await queries.findClient(db, scope ?? (await caseloadScope(db, actor)), id);
  if (!row) throw notFound();
  return row;
}

export async function listClients(db: Db, actor: Actor, query: z.output<typeof clientQuerySchema>) {
  const scope = await caseloadScope(db, actor);
  const { items, total } = await queries.listClients(db, scope, query);
  const rule = await ruleOn(db, actor.tenantId, amsterdamDay());
  await logClients(
    db,
    actor,
    "read",
    items.map((r) => r.client.id),
  );
  return {
    items: items.map((r) => presentClient(r, rule)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getClient(db: Db, actor: Actor, id: string) {
  const row = await clientInCaseload(db, actor, id);
  await logClients(db, actor, "read", [id]);
  return presentClient(row, await ruleOn(db, actor.tenantId, amsterdamDay()));
}

/**
 * Adds a client by hand (into the actor's own caseload unless another klantmanager is named). A person
 * already known in the tenant by this e-mail address (a volunteer, say) is linked, not copied.
 */
export async function createClient(db: Db, actor: Actor, input: ClientInput) {
  const made = await db.transaction(async (tx) => {
    let caseworkerUserId = actor.userId;
    if (input.caseworkerEmail) {
      const found = (await queries.caseworkersByEmail(tx, actor.tenantId)).get(input.caseworkerEmail);
      if (!found)
        throw validationFailed([
          {
            path: "caseworkerEmail",
            code: "unknown_caseworker",
            message: "Geen klantmanager met dit e-mailadres.",
          },
        ]);
      caseworkerUserId = found;
    }
    if (await queries.findClientByNumber(tx, actor.tenantId, input.clientNumber))
      throw validationFailed([
        { path: "clientNumber", code: "duplicate", message: "Er is al een klant met dit klantnummer." },
      ]);
    const personId = await personFor(tx, actor.tenantId, input);
    const [row] = await tx
      .insert(participationClient)
      .values({
        tenantId: actor.tenantId,
        personId,
        clientNumber: input.clientNumber,
        birthDate: input.birthDate,
        caseworkerUserId,
        exempt: input.exempt,
        exemptUntil: input.exempt ? (input.exemptUntil ?? null) : null,
        language: input.language,
      })
      .returning({ id: participationClient.id });
    await logClients(tx, actor, "create", [row!.id]);
    return { id: row!.id, caseworkerUserId };
  });
  // As entered, also when it went into another klantmanager's caseload.
  const scope = { tenantId: actor.tenantId, userId: made.caseworkerUserId, team: null };
  const row = await queries.findClient(db, scope, made.id);
  return presentClient(row!, await ruleOn(db, actor.tenantId, amsterdamDay()));
}

/** The one person of the tenant with this e-mail address, or a new one. */
export async function personFor(
  tx: DbOrTx,
  tenantId: string,
  input: { givenName: string; familyName: string; email?: string; phone?: string },
) {
  const existing = input.email ? await queries.findPersonByEmail(tx, tenantId, input.email) : null;
  if (existing) {
    const inUse = await tx
      .select({ id: participationClient.id })
      .from(participationClient)
      .where(and(eq(participationClient.tenantId, tenantId), eq(participationClient.personId, existing.id)));
    if (inUse.length > 0)
      throw validationFailed([
        { path: "email", code: "duplicate", message: "Deze persoon staat al als klant in Inzet." },
      ]);
    return existing.id;
  }
  const [row] = await tx
    .insert(person)
    .values({
      tenantId,
      givenName: input.givenName,
      familyName: input.familyName,
      email: input.email ?? null,
      phone: input.phone ?? null,
    })
    .returning({ id: person.id });
  return row!.id;
}

/** Records that there is an exemption and until when; never why. */
export async function setExemption(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof clientExemptionSchema>,
) {
  await db.transaction(async (tx) => {
    await clientInCaseload(tx, actor, id);
    await tx
      .update(participationClient)
      .set({
        exempt: input.exempt,
        exemptUntil: input.exempt ? (input.exemptUntil ?? null) : null,
        updatedAt: new Date(),
      })
      .where(and(eq(participationClient.tenantId, actor.tenantId), eq(participationClient.id, id)));
    await logClients(tx, actor, "update", [id]);
  });
  return getClient(db, actor, id);
}

/** Clients without an activity after the tenant's N weeks: offer the vrijwilligerswinkel or a voortraject. */
export async function worklist(db: Db, actor: Actor, now = new Date()) {
  const day = amsterdamDay(now);
  const weeks = (await ruleOn(db, actor.tenantId, day))?.noActivityWeeks ?? 8;
  const rows = await queries.worklist(
    db,
    await caseloadScope(db, actor),
    new Date(now.getTime() - weeks * 7 * 86_400_000),
    day,
  );
  await logClients(
    db,
    actor,
    "read",
    rows.map((r) => r.client.id),
  );
  return {
    weeks,
    items: rows.map((r) => ({
      clientId: r.client.id,
      clientNumber: r.client.clientNumber,
      name: `${r.givenName} ${r.familyName}`,
      since: r.client.createdAt.toISOString(),
      weeks: Math.floor((now.getTime() - r.client.createdAt.getTime()) / (7 * 86_400_000)),
    })),
  };
}
