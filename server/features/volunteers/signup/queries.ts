import { and, count, eq, gte, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { recruitmentCampaign } from "../../recruitment/schema.ts";
import { signupRequest, volunteer } from "../schema.ts";

export async function insertSignupRequest(db: DbOrTx, values: typeof signupRequest.$inferInsert) {
  await db.insert(signupRequest).values(values);
}

export async function findSignupRequest(db: DbOrTx, tokenHash: string) {
  const [row] = await db.select().from(signupRequest).where(eq(signupRequest.tokenHash, tokenHash));
  return row ?? null;
}

/** Marks it confirmed, once: a second confirmation of the same token finds nothing. */
export async function confirmSignupRequest(db: DbOrTx, id: string) {
  const [row] = await db
    .update(signupRequest)
    .set({ confirmedAt: new Date() })
    .where(and(eq(signupRequest.id, id), isNull(signupRequest.confirmedAt)))
    .returning({ id: signupRequest.id });
  return Boolean(row);
}

export async function campaignInTenant(db: DbOrTx, tenantId: string, id: string) {
  const [row] = await db
    .select({ id: recruitmentCampaign.id })
    .from(recruitmentCampaign)
    .where(and(eq(recruitmentCampaign.tenantId, tenantId), eq(recruitmentCampaign.id, id)));
  return Boolean(row);
}

/** Fills only what is still empty, so a duplicate sign-up never overwrites what the volunteer set. */
export async function mergeVolunteerFields(
  db: DbOrTx,
  id: string,
  values: {
    postcode: string | null;
    birthDate: string | null;
    organisationId: string | null;
    channel: string | null;
    motivation: string;
  },
) {
  await db
    .update(volunteer)
    .set({
      postcode: sql`coalesce(${volunteer.postcode}, ${values.postcode})`,
      birthDate: sql`coalesce(${volunteer.birthDate}, ${values.birthDate}::date)`,
      organisationId: sql`coalesce(${volunteer.organisationId}, ${values.organisationId}::uuid)`,
      channel: sql`coalesce(${volunteer.channel}, ${values.channel})`,
      motivation: values.motivation
        ? sql`btrim(${volunteer.motivation} || E'\n\n' || ${values.motivation}, E' \n')`
        : volunteer.motivation,
      updatedAt: new Date(),
    })
    .where(eq(volunteer.id, id));
}

export async function deleteSignupRequests(db: DbOrTx, tenantId: string, email: string) {
  await db
    .delete(signupRequest)
    .where(and(eq(signupRequest.tenantId, tenantId), eq(signupRequest.email, email)));
}

export async function countRecentSignupRequests(db: DbOrTx, tenantId: string, email: string, since: Date) {
  const [row] = await db
    .select({ value: count() })
    .from(signupRequest)
    .where(
      and(
        eq(signupRequest.tenantId, tenantId),
        eq(signupRequest.email, email),
        gte(signupRequest.createdAt, since),
      ),
    );
  return row?.value ?? 0;
}
