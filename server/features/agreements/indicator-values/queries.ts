import { and, asc, desc, eq, gte, lte } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { authUser } from "../../accounts/schema.ts";
import { agreementIndicatorValue } from "../monitoring/schema.ts";

export type IndicatorValueRow = typeof agreementIndicatorValue.$inferInsert;

/** A value for the month; it counts instead of earlier ones for that month, which stay as history. */
export async function saveIndicatorValue(db: DbOrTx, row: IndicatorValueRow) {
  const [saved] = await db.insert(agreementIndicatorValue).values(row).returning();
  return saved!;
}

/** The values entered by hand for one indicator of one agreement, per month: the latest entry counts. */
export function indicatorValuesByMonth(
  db: DbOrTx,
  tenantId: string,
  key: { agreementId: string; activityKey: string; indicatorKey: string },
  fromMonth: string,
  toMonth: string,
) {
  return db
    .selectDistinctOn([agreementIndicatorValue.month], {
      month: agreementIndicatorValue.month,
      value: agreementIndicatorValue.value,
    })
    .from(agreementIndicatorValue)
    .where(
      and(
        eq(agreementIndicatorValue.tenantId, tenantId),
        eq(agreementIndicatorValue.agreementId, key.agreementId),
        eq(agreementIndicatorValue.activityKey, key.activityKey),
        eq(agreementIndicatorValue.indicatorKey, key.indicatorKey),
        gte(agreementIndicatorValue.month, fromMonth),
        lte(agreementIndicatorValue.month, toMonth),
      ),
    )
    .orderBy(asc(agreementIndicatorValue.month), desc(agreementIndicatorValue.recordedAt));
}

/** Every value entered by hand for an agreement, newest first, with the name of who entered it. */
export function indicatorValueHistory(db: DbOrTx, tenantId: string, agreementId: string) {
  return db
    .select({
      id: agreementIndicatorValue.id,
      activityKey: agreementIndicatorValue.activityKey,
      indicatorKey: agreementIndicatorValue.indicatorKey,
      month: agreementIndicatorValue.month,
      value: agreementIndicatorValue.value,
      note: agreementIndicatorValue.note,
      recordedByUserId: agreementIndicatorValue.recordedByUserId,
      recordedByName: authUser.name,
      recordedAt: agreementIndicatorValue.recordedAt,
    })
    .from(agreementIndicatorValue)
    .leftJoin(authUser, eq(authUser.id, agreementIndicatorValue.recordedByUserId))
    .where(
      and(
        eq(agreementIndicatorValue.tenantId, tenantId),
        eq(agreementIndicatorValue.agreementId, agreementId),
      ),
    )
    .orderBy(desc(agreementIndicatorValue.recordedAt), desc(agreementIndicatorValue.id));
}
