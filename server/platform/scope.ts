import { type SQL, sql } from "drizzle-orm";
import type { Actor } from "./actor.ts";

/** What part of a tenant an actor works in: the whole tenant, or (a coordinator) one organisation. */
export type OrganisationScope = { tenantId: string; organisationId: string | null };

/**
 * A coordinator of an organisation sees that organisation's records; other roles the whole tenant.
 * The one rule for every read of, and every action on, a record that belongs to an organisation
 * (a volunteer, a vacancy, a campaign): an id outside it is "not found", like an id that does not exist.
 */
export function organisationScope(actor: Actor): OrganisationScope {
  return {
    tenantId: actor.tenantId,
    organisationId: actor.role === "coordinator" ? actor.organisationId : null,
  };
}

/** The whole tenant: for the system's own reads (mails to people already on a record), not for choosing. */
export function tenantWide(actor: Pick<Actor, "tenantId">): OrganisationScope {
  return { tenantId: actor.tenantId, organisationId: null };
}

/**
 * The scope as a condition on a raw-SQL row: `<tenant> = tenantId` and, for an organisation scope,
 * `<organisation> = organisationId`. For queries written in SQL rather than with the query builder.
 */
export function inScope(scope: OrganisationScope, columns: { tenant: SQL; organisation: SQL }): SQL {
  return scope.organisationId
    ? sql`(${columns.tenant} = ${scope.tenantId}::uuid and ${columns.organisation} = ${scope.organisationId}::uuid)`
    : sql`${columns.tenant} = ${scope.tenantId}::uuid`;
}
