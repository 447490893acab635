import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Role } from "../../../../shared/roles.ts";
import type { DbOrTx } from "../../../db/client.ts";
import { authUser, membership } from "../../../db/schema.ts";
import { district } from "../../tenancy/schema.ts";
import { agreement, agreementTrajectory, agreementVersion } from "../schema.ts";
import { agreementOffTrackNotice } from "./schema.ts";

/** The versions in force of every tenant, with the wijk they are about. */
export function agreementsInForce(db: DbOrTx) {
  return db
    .select({
      agreementId: agreement.id,
      tenantId: agreement.tenantId,
      districtId: agreementTrajectory.districtId,
      districtName: district.name,
      leadOrganisationId: agreementTrajectory.leadOrganisationId,
      content: agreementVersion.content,
    })
    .from(agreementVersion)
    .innerJoin(agreement, eq(agreement.id, agreementVersion.agreementId))
    .innerJoin(agreementTrajectory, eq(agreementTrajectory.id, agreement.trajectoryId))
    .innerJoin(district, eq(district.id, agreementTrajectory.districtId))
    .where(eq(agreementVersion.status, "active"));
}

/** Active staff with these roles, of one organisation or (without one) of the whole tenant. */
export function staff(db: DbOrTx, tenantId: string, roles: Role[], organisationId: string | null) {
  return db
    .selectDistinct({ id: authUser.id, name: authUser.name, email: authUser.email })
    .from(membership)
    .innerJoin(authUser, eq(authUser.id, membership.userId))
    .where(
      and(
        eq(membership.tenantId, tenantId),
        inArray(membership.role, roles),
        isNull(membership.endedAt),
        organisationId ? eq(membership.organisationId, organisationId) : undefined,
      ),
    );
}

/** Claims the signal of one activity and month; false when it was sent before. */
export async function claimNotice(
  db: DbOrTx,
  values: { tenantId: string; agreementId: string; activityKey: string; month: string; recipients: number },
) {
  const rows = await db.insert(agreementOffTrackNotice).values(values).onConflictDoNothing().returning();
  return rows.length > 0;
}

/** The signals sent for an agreement, for the monitoring page. */
export function noticesOf(db: DbOrTx, tenantId: string, agreementId: string) {
  return db
    .select()
    .from(agreementOffTrackNotice)
    .where(
      and(
        eq(agreementOffTrackNotice.tenantId, tenantId),
        eq(agreementOffTrackNotice.agreementId, agreementId),
      ),
    );
}
