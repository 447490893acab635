import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "../../../db/client.ts";
import { escapeLike, uuidArray } from "../../../db/sql.ts";
import { inScope, type OrganisationScope } from "../../../platform/scope.ts";
import { authUser, person } from "../../accounts/schema.ts";
import { volunteer } from "../../volunteers/schema.ts";
import { campaignScope, type Scope } from "../campaigns/queries.ts";
import { outreachCampaign, outreachShift, outreachShiftMember, walkList } from "../schema.ts";

/**
 * What a shift needs to know of volunteers, checked at the shift's date: name and contact, whether
 * they are active, have the required training and a VOG valid that day, and walked a shift before it.
 */
/** `scope`: who may be put on a shift (the planner's organisation scope) or, for mails, the tenant. */
export async function shiftFitness(
  db: DbOrTx,
  scope: OrganisationScope,
  volunteerIds: string[],
  training: string,
  day: string,
  exceptShiftId: string | null,
) {
  if (volunteerIds.length === 0) return [];
  return (
    (await db.execute(sql`
      select v.id, p.id as person_id, p.given_name, p.family_name, p.email, p.user_id, v.status,
        (${training} = '' or exists (select 1 from training_record t where t.volunteer_id = v.id
          and t.training = ${training} and (t.expires_on is null or t.expires_on >= ${day}::date))) as trained,
        exists (select 1 from vog_record r where r.volunteer_id = v.id and r.issued_on is not null
          and r.renewal_due >= ${day}::date) as screened,
        exists (select 1 from outreach_shift_member m join outreach_shift s on s.id = m.shift_id
          where m.tenant_id = v.tenant_id and m.volunteer_id = v.id and s.date < ${day}::date
          and (${exceptShiftId}::uuid is null or s.id <> ${exceptShiftId}::uuid)) as experienced
      from volunteer v join person p on p.id = v.person_id
      where ${inScope(scope, { tenant: sql`v.tenant_id`, organisation: sql`v.organisation_id` })}
        and v.erased_at is null and v.id = any(${uuidArray(volunteerIds)})`)) as unknown as {
      rows: {
        id: string;
        person_id: string;
        given_name: string;
        family_name: string;
        email: string | null;
        user_id: string | null;
        status: string;
        trained: boolean;
        screened: boolean;
        experienced: boolean;
      }[];
    }
  ).rows;
}

/** Active volunteers in scope who have the training and a valid VOG today (for choosing a pair). */
export async function eligibleVolunteers(
  db: DbOrTx,
  scope: OrganisationScope,
  training: string,
  q: string | undefined,
) {
  const like = q ? `%${escapeLike(q.toLowerCase())}%` : null;
  return (
    (await db.execute(sql`
      select v.id, v.person_id, p.given_name, p.family_name,
        exists (select 1 from outreach_shift_member m join outreach_shift s on s.id = m.shift_id
          where m.tenant_id = v.tenant_id and m.volunteer_id = v.id and s.date < current_date) as experienced
      from volunteer v join person p on p.id = v.person_id
      where ${inScope(scope, { tenant: sql`v.tenant_id`, organisation: sql`v.organisation_id` })}
        and v.erased_at is null and v.status = 'active'
        and (${training} = '' or exists (select 1 from training_record t where t.volunteer_id = v.id
          and t.training = ${training} and (t.expires_on is null or t.expires_on >= current_date)))
        and exists (select 1 from vog_record r where r.volunteer_id = v.id and r.issued_on is not null
          and r.renewal_due >= current_date)
        and (${like}::text is null or v.search_key like ${like})
      order by v.sort_key, v.id
      limit 200`)) as unknown as {
      rows: {
        id: string;
        person_id: string;
        given_name: string;
        family_name: string;
        experienced: boolean;
      }[];
    }
  ).rows;
}

export async function insertShift(db: DbOrTx, values: typeof outreachShift.$inferInsert) {
  const [row] = await db.insert(outreachShift).values(values).returning({ id: outreachShift.id });
  return row!;
}

export async function updateShift(
  db: DbOrTx,
  tenantId: string,
  id: string,
  values: Partial<typeof outreachShift.$inferInsert>,
) {
  await db
    .update(outreachShift)
    .set(values)
    .where(and(eq(outreachShift.tenantId, tenantId), eq(outreachShift.id, id)));
}

export async function deleteShift(db: DbOrTx, tenantId: string, id: string) {
  await db.delete(outreachShift).where(and(eq(outreachShift.tenantId, tenantId), eq(outreachShift.id, id)));
}

export async function findShift(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await db
    .select({ shift: outreachShift, campaign: outreachCampaign })
    .from(outreachShift)
    .innerJoin(outreachCampaign, eq(outreachCampaign.id, outreachShift.campaignId))
    .where(and(campaignScope(scope), eq(outreachShift.tenantId, scope.tenantId), eq(outreachShift.id, id)));
  return row ?? null;
}

export function membersOf(db: DbOrTx, tenantId: string, shiftId: string) {
  return db
    .select()
    .from(outreachShiftMember)
    .where(and(eq(outreachShiftMember.tenantId, tenantId), eq(outreachShiftMember.shiftId, shiftId)));
}

export async function replaceMembers(
  db: DbOrTx,
  tenantId: string,
  shiftId: string,
  members: { volunteerId: string | null; userId: string | null }[],
) {
  const current = await membersOf(db, tenantId, shiftId);
  const key = (m: { volunteerId: string | null; userId: string | null }) => m.volunteerId ?? `u:${m.userId}`;
  const wanted = new Set(members.map(key));
  const gone = current.filter((m) => !wanted.has(key(m)));
  if (gone.length > 0)
    await db.delete(outreachShiftMember).where(
      and(
        eq(outreachShiftMember.tenantId, tenantId),
        inArray(
          outreachShiftMember.id,
          gone.map((m) => m.id),
        ),
      ),
    );
  const have = new Set(current.map(key));
  const added = members.filter((m) => !have.has(key(m)));
  if (added.length > 0)
    await db.insert(outreachShiftMember).values(added.map((m) => ({ tenantId, shiftId, ...m })));
  return { added, gone };
}

/** Shifts with their members' names: of a campaign, or of one volunteer (from a day on). */
export async function listShifts(
  db: DbOrTx,
  filter: { tenantId: string; campaignId?: string; volunteerId?: string; from?: string },
) {
  const shifts = await db
    .select({
      shift: outreachShift,
      campaignName: outreachCampaign.name,
      walkListNumber: walkList.number,
      walkListKind: walkList.kind,
    })
    .from(outreachShift)
    .innerJoin(outreachCampaign, eq(outreachCampaign.id, outreachShift.campaignId))
    .leftJoin(walkList, eq(walkList.id, outreachShift.walkListId))
    .where(
      and(
        eq(outreachShift.tenantId, filter.tenantId),
        filter.campaignId ? eq(outreachShift.campaignId, filter.campaignId) : undefined,
        filter.volunteerId
          ? sql`exists (select 1 from ${outreachShiftMember} m where m.shift_id = ${outreachShift.id} and m.tenant_id = ${filter.tenantId}::uuid and m.volunteer_id = ${filter.volunteerId}::uuid)`
          : undefined,
        filter.from ? sql`${outreachShift.date} >= ${filter.from}::date` : undefined,
      ),
    )
    .orderBy(asc(outreachShift.date), asc(outreachShift.startTime));
  if (shifts.length === 0) return [];
  const members = await db
    .select({
      member: outreachShiftMember,
      personId: person.id,
      givenName: person.givenName,
      familyName: person.familyName,
      userName: authUser.name,
    })
    .from(outreachShiftMember)
    .leftJoin(volunteer, eq(volunteer.id, outreachShiftMember.volunteerId))
    .leftJoin(person, eq(person.id, volunteer.personId))
    .leftJoin(authUser, eq(authUser.id, outreachShiftMember.userId))
    .where(
      and(
        eq(outreachShiftMember.tenantId, filter.tenantId),
        inArray(
          outreachShiftMember.shiftId,
          shifts.map((s) => s.shift.id),
        ),
      ),
    );
  return shifts.map((s) => ({ ...s, members: members.filter((m) => m.member.shiftId === s.shift.id) }));
}

export async function setCheck(
  db: DbOrTx,
  tenantId: string,
  memberId: string,
  values: { checkedInAt?: Date; checkedOutAt?: Date },
) {
  await db
    .update(outreachShiftMember)
    .set(values)
    .where(and(eq(outreachShiftMember.tenantId, tenantId), eq(outreachShiftMember.id, memberId)));
}
