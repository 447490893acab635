import type { Actor } from "./actor.ts";

/** What part of a tenant an actor works in: the whole tenant, or (a coordinator) one organisation. */
export type OrganisationScope = { tenantId: string; organisationId: string | null };

/** A coordinator of an organisation sees that organisation's records; other roles the whole tenant. */
export function organisationScope(actor: Actor): OrganisationScope {
  return {
    tenantId: actor.tenantId,
    organisationId: actor.role === "coordinator" ? actor.organisationId : null,
  };
}
