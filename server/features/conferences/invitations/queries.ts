import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { conferenceInvitation } from "../schema.ts";

export function invitationsOf(db: DbOrTx, tenantId: string, conferenceId: string) {
  return db
    .select({ organisationId: conferenceInvitation.organisationId, sentAt: conferenceInvitation.sentAt })
    .from(conferenceInvitation)
    .where(
      and(eq(conferenceInvitation.tenantId, tenantId), eq(conferenceInvitation.conferenceId, conferenceId)),
    );
}

/** Records the invitations; an organisation already invited (a request at the same time) is skipped. */
export async function insertInvitations(
  db: DbOrTx,
  tenantId: string,
  conferenceId: string,
  organisationIds: string[],
) {
  if (organisationIds.length === 0) return [];
  return db
    .insert(conferenceInvitation)
    .values(organisationIds.map((organisationId) => ({ tenantId, conferenceId, organisationId })))
    .onConflictDoNothing()
    .returning({ organisationId: conferenceInvitation.organisationId, sentAt: conferenceInvitation.sentAt });
}
