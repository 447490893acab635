import { and, asc, count, desc, eq, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client.ts";
import { escapeLike, uuidArray } from "../../db/sql.ts";
import { inScope, type OrganisationScope } from "../../platform/scope.ts";
import { authUser, membership, person } from "../accounts/schema.ts";
import { organisation } from "../organisations/schema.ts";
import { neighbourhood } from "../tenancy/schema.ts";
import { volunteer } from "../volunteers/schema.ts";
import {
  outreachAddress,
  outreachCampaign,
  outreachShift,
  outreachShiftMember,
  outreachVisit,
  walkList,
} from "./schema.ts";

export type Scope = OrganisationScope;

const campaignScope = (scope: Scope) =>
  and(
    eq(outreachCampaign.tenantId, scope.tenantId),
    scope.organisationId ? eq(outreachCampaign.organisationId, scope.organisationId) : undefined,
  );

const campaignColumns = {
  campaign: outreachCampaign,
  organisationName: organisation.name,
  addresses: sql<number>`(select count(*)::int from ${outreachAddress} where ${outreachAddress.campaignId} = "outreach_campaign"."id")`,
  excluded: sql<number>`(select count(*)::int from ${outreachAddress} where ${outreachAddress.campaignId} = "outreach_campaign"."id" and ${outreachAddress.excludedAt} is not null)`,
  walkLists: sql<number>`(select count(*)::int from ${walkList} where ${walkList.campaignId} = "outreach_campaign"."id")`,
  lettersSent: sql<number>`(select count(*)::int from ${outreachAddress} where ${outreachAddress.campaignId} = "outreach_campaign"."id" and ${outreachAddress.letterSentOn} is not null and ${outreachAddress.excludedAt} is null)`,
};

export function listCampaigns(db: DbOrTx, scope: Scope) {
  return db
    .select(campaignColumns)
    .from(outreachCampaign)
    .innerJoin(organisation, eq(organisation.id, outreachCampaign.organisationId))
    .where(campaignScope(scope))
    .orderBy(desc(outreachCampaign.startsOn), asc(outreachCampaign.name));
}

export async function findCampaign(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await db
    .select(campaignColumns)
    .from(outreachCampaign)
    .innerJoin(organisation, eq(organisation.id, outreachCampaign.organisationId))
    .where(and(campaignScope(scope), eq(outreachCampaign.id, id)));
  return row ?? null;
}

export async function insertCampaign(db: DbOrTx, values: typeof outreachCampaign.$inferInsert) {
  const [row] = await db.insert(outreachCampaign).values(values).returning({ id: outreachCampaign.id });
  return row!;
}

export async function updateCampaign(
  db: DbOrTx,
  scope: Scope,
  id: string,
  values: Partial<typeof outreachCampaign.$inferInsert>,
) {
  const [row] = await db
    .update(outreachCampaign)
    .set({ ...values, updatedAt: new Date() })
    .where(and(campaignScope(scope), eq(outreachCampaign.id, id)))
    .returning({ id: outreachCampaign.id });
  return row ?? null;
}

export async function countNeighbourhoods(db: DbOrTx, tenantId: string, ids: string[]) {
  if (ids.length === 0) return 0;
  const [row] = await db
    .select({ value: count() })
    .from(neighbourhood)
    .where(and(eq(neighbourhood.tenantId, tenantId), inArray(neighbourhood.id, ids)));
  return row?.value ?? 0;
}

/** Professionals (and coordinators) of the tenant who can be on call for a campaign. */
export function listProfessionals(db: DbOrTx, tenantId: string) {
  return db
    .selectDistinct({ userId: authUser.id, name: authUser.name, role: membership.role })
    .from(membership)
    .innerJoin(authUser, eq(authUser.id, membership.userId))
    .where(
      and(
        eq(membership.tenantId, tenantId),
        isNull(membership.endedAt),
        inArray(membership.role, ["professional", "coordinator"]),
      ),
    )
    .orderBy(asc(authUser.name));
}

// --- Addresses ---

export function existingBagIds(db: DbOrTx, campaignId: string) {
  return db
    .select({ bagId: outreachAddress.bagId })
    .from(outreachAddress)
    .where(eq(outreachAddress.campaignId, campaignId));
}

/** Adds addresses; an address already in the campaign (same BAG id) gets the new details. */
export async function upsertAddresses(db: DbOrTx, rows: (typeof outreachAddress.$inferInsert)[]) {
  for (let start = 0; start < rows.length; start += 1000) {
    await db
      .insert(outreachAddress)
      .values(rows.slice(start, start + 1000))
      .onConflictDoUpdate({
        target: [outreachAddress.campaignId, outreachAddress.bagId],
        set: {
          street: sql`excluded.street`,
          houseNumber: sql`excluded.house_number`,
          houseLetter: sql`excluded.house_letter`,
          addition: sql`excluded.addition`,
          postcode: sql`excluded.postcode`,
          city: sql`excluded.city`,
          lat: sql`excluded.lat`,
          lon: sql`excluded.lon`,
          searchText: sql`excluded.search_text`,
        },
      });
  }
}

export async function listAddresses(
  db: DbOrTx,
  campaignId: string,
  filter: { q?: string; state: "all" | "excluded" | "unassigned"; walkListId?: string },
  page: { page: number; pageSize: number },
) {
  const q = filter.q ? escapeLike(filter.q.toLowerCase()) : undefined;
  const where = and(
    eq(outreachAddress.campaignId, campaignId),
    filter.state === "excluded" ? isNotNull(outreachAddress.excludedAt) : undefined,
    filter.state === "unassigned"
      ? and(isNull(outreachAddress.walkListId), isNull(outreachAddress.excludedAt))
      : undefined,
    filter.walkListId ? eq(outreachAddress.walkListId, filter.walkListId) : undefined,
    q ? sql`${outreachAddress.searchText} like ${`%${q}%`}` : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(outreachAddress)
      .where(where)
      .orderBy(
        asc(outreachAddress.street),
        asc(outreachAddress.houseNumber),
        asc(outreachAddress.houseLetter),
        asc(outreachAddress.addition),
      )
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize),
    db.select({ value: count() }).from(outreachAddress).where(where),
  ]);
  return { rows, total: total?.value ?? 0 };
}

/** An address with its campaign, within scope. */
export async function findAddress(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await db
    .select({ address: outreachAddress, campaign: outreachCampaign })
    .from(outreachAddress)
    .innerJoin(outreachCampaign, eq(outreachCampaign.id, outreachAddress.campaignId))
    .where(and(campaignScope(scope), eq(outreachAddress.id, id)));
  return row ?? null;
}

export async function updateAddress(
  db: DbOrTx,
  id: string,
  values: Partial<typeof outreachAddress.$inferInsert>,
) {
  await db.update(outreachAddress).set(values).where(eq(outreachAddress.id, id));
}

/** The doors to visit: not excluded. */
export function visitableAddresses(db: DbOrTx, campaignId: string) {
  return db
    .select({
      id: outreachAddress.id,
      street: outreachAddress.street,
      houseNumber: outreachAddress.houseNumber,
      lat: outreachAddress.lat,
      lon: outreachAddress.lon,
    })
    .from(outreachAddress)
    .where(and(eq(outreachAddress.campaignId, campaignId), isNull(outreachAddress.excludedAt)));
}

/** Addresses to visit, in street order, for letters. */
export function letterAddresses(db: DbOrTx, campaignId: string, onlyUnsent: boolean) {
  return db
    .select()
    .from(outreachAddress)
    .where(
      and(
        eq(outreachAddress.campaignId, campaignId),
        isNull(outreachAddress.excludedAt),
        onlyUnsent ? isNull(outreachAddress.letterSentOn) : undefined,
      ),
    )
    .orderBy(
      asc(outreachAddress.postcode),
      asc(outreachAddress.street),
      asc(outreachAddress.houseNumber),
      asc(outreachAddress.houseLetter),
      asc(outreachAddress.addition),
    );
}

export async function markLettersSent(db: DbOrTx, ids: string[], on: string) {
  for (let start = 0; start < ids.length; start += 5000)
    await db
      .update(outreachAddress)
      .set({ letterSentOn: on })
      .where(inArray(outreachAddress.id, ids.slice(start, start + 5000)));
}

// --- Walk lists ---

export async function replaceWalkLists(
  db: DbOrTx,
  campaignId: string,
  lists: { routeMetres: number; addressIds: string[] }[],
) {
  await db
    .update(outreachAddress)
    .set({ walkListId: null, walkOrder: null })
    .where(eq(outreachAddress.campaignId, campaignId));
  await db.delete(walkList).where(and(eq(walkList.campaignId, campaignId), eq(walkList.kind, "first")));
  await addWalkLists(db, campaignId, "first", lists);
}

/** New lists of a kind, numbered after the campaign's existing lists of that kind. */
export async function addWalkLists(
  db: DbOrTx,
  campaignId: string,
  kind: "first" | "followUp",
  lists: { routeMetres: number; addressIds: string[] }[],
) {
  if (lists.length === 0) return;
  const [last] = await db
    .select({ number: sql<number>`coalesce(max(${walkList.number}), 0)::int` })
    .from(walkList)
    .where(and(eq(walkList.campaignId, campaignId), eq(walkList.kind, kind)));
  const first = (last?.number ?? 0) + 1;
  const inserted = await db
    .insert(walkList)
    .values(lists.map((list, i) => ({ campaignId, kind, number: first + i, routeMetres: list.routeMetres })))
    .returning({ id: walkList.id, number: walkList.number });
  const idOf = new Map(inserted.map((row) => [row.number, row.id]));
  const assignments = lists.flatMap((list, i) =>
    list.addressIds.map((addressId, order) => ({ addressId, listId: idOf.get(first + i)!, order })),
  );
  await setWalkOrder(db, assignments, kind);
}

/** Sets list and position of many addresses in a few statements. */
export async function setWalkOrder(
  db: DbOrTx,
  assignments: { addressId: string; listId: string; order: number }[],
  kind: "first" | "followUp" = "first",
) {
  const [list, order] =
    kind === "first" ? ["walk_list_id", "walk_order"] : ["follow_up_list_id", "follow_up_order"];
  for (let start = 0; start < assignments.length; start += 2000) {
    const chunk = assignments.slice(start, start + 2000);
    await db.execute(sql`update outreach_address a set ${sql.raw(list!)} = v.list_id::uuid, ${sql.raw(order!)} = v.walk_order::int
      from (values ${sql.join(
        chunk.map((a) => sql`(${a.addressId}::uuid, ${a.listId}, ${a.order})`),
        sql`, `,
      )}) as v(id, list_id, walk_order) where a.id = v.id`);
  }
}

export function listWalkLists(db: DbOrTx, campaignId: string) {
  return db.select().from(walkList).where(eq(walkList.campaignId, campaignId)).orderBy(asc(walkList.number));
}

export function addressesOnLists(db: DbOrTx, campaignId: string) {
  return db
    .select()
    .from(outreachAddress)
    .where(
      and(
        eq(outreachAddress.campaignId, campaignId),
        or(isNotNull(outreachAddress.walkListId), isNotNull(outreachAddress.followUpListId)),
      ),
    );
}

/** The addresses of a list (first visits or follow-ups), in walking order. */
const onList = (listId: string) =>
  or(eq(outreachAddress.walkListId, listId), eq(outreachAddress.followUpListId, listId));
const listOrder = (listId: string) =>
  sql`case when ${outreachAddress.walkListId} = ${listId}::uuid then ${outreachAddress.walkOrder} else ${outreachAddress.followUpOrder} end`;

/** Follow-ups due by a day that are not on a follow-up list yet and were not visited again. */
export function dueFollowUps(db: DbOrTx, campaignId: string, dueBy: string) {
  return db
    .select({
      id: outreachAddress.id,
      street: outreachAddress.street,
      houseNumber: outreachAddress.houseNumber,
      lat: outreachAddress.lat,
      lon: outreachAddress.lon,
    })
    .from(outreachAddress)
    .where(
      and(
        eq(outreachAddress.campaignId, campaignId),
        isNull(outreachAddress.excludedAt),
        isNull(outreachAddress.followUpListId),
        sql`${outreachAddress.followUpDue} <= ${dueBy}::date`,
        sql`not exists (select 1 from ${outreachVisit} v where v.address_id = ${outreachAddress.id} and v.kind = 'followUp')`,
      ),
    );
}

export async function findWalkList(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await db
    .select({ list: walkList, campaign: outreachCampaign })
    .from(walkList)
    .innerJoin(outreachCampaign, eq(outreachCampaign.id, walkList.campaignId))
    .where(and(campaignScope(scope), eq(walkList.id, id)));
  return row ?? null;
}

export function addressesOfList(db: DbOrTx, listId: string) {
  return db
    .select({
      id: outreachAddress.id,
      street: outreachAddress.street,
      houseNumber: outreachAddress.houseNumber,
      lat: outreachAddress.lat,
      lon: outreachAddress.lon,
    })
    .from(outreachAddress)
    .where(onList(listId))
    .orderBy(listOrder(listId));
}

export async function setRouteMetres(db: DbOrTx, listId: string, routeMetres: number) {
  await db.update(walkList).set({ routeMetres }).where(eq(walkList.id, listId));
}

// --- Shifts ---

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
          where m.volunteer_id = v.id and s.date < ${day}::date
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
          where m.volunteer_id = v.id and s.date < current_date) as experienced
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

export async function userNames(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: authUser.id, name: authUser.name, email: authUser.email })
    .from(authUser)
    .where(inArray(authUser.id, ids));
}

/** The latest letter date on a walk list, and whether any address to visit on it had no letter. */
export async function lettersOfList(db: DbOrTx, listId: string) {
  const [row] = await db
    .select({
      latest: sql<string | null>`max(${outreachAddress.letterSentOn})::text`,
      missing: sql<number>`count(*) filter (where ${outreachAddress.letterSentOn} is null)::int`,
    })
    .from(outreachAddress)
    .where(and(onList(listId), isNull(outreachAddress.excludedAt)));
  return row ?? { latest: null, missing: 0 };
}

export async function insertShift(db: DbOrTx, values: typeof outreachShift.$inferInsert) {
  const [row] = await db.insert(outreachShift).values(values).returning({ id: outreachShift.id });
  return row!;
}

export async function updateShift(
  db: DbOrTx,
  id: string,
  values: Partial<typeof outreachShift.$inferInsert>,
) {
  await db.update(outreachShift).set(values).where(eq(outreachShift.id, id));
}

export async function deleteShift(db: DbOrTx, id: string) {
  await db.delete(outreachShift).where(eq(outreachShift.id, id));
}

export async function findShift(db: DbOrTx, scope: Scope, id: string) {
  const [row] = await db
    .select({ shift: outreachShift, campaign: outreachCampaign })
    .from(outreachShift)
    .innerJoin(outreachCampaign, eq(outreachCampaign.id, outreachShift.campaignId))
    .where(and(campaignScope(scope), eq(outreachShift.id, id)));
  return row ?? null;
}

export function membersOf(db: DbOrTx, shiftId: string) {
  return db.select().from(outreachShiftMember).where(eq(outreachShiftMember.shiftId, shiftId));
}

export async function replaceMembers(
  db: DbOrTx,
  shiftId: string,
  members: { volunteerId: string | null; userId: string | null }[],
) {
  const current = await membersOf(db, shiftId);
  const key = (m: { volunteerId: string | null; userId: string | null }) => m.volunteerId ?? `u:${m.userId}`;
  const wanted = new Set(members.map(key));
  const gone = current.filter((m) => !wanted.has(key(m)));
  if (gone.length > 0)
    await db.delete(outreachShiftMember).where(
      inArray(
        outreachShiftMember.id,
        gone.map((m) => m.id),
      ),
    );
  const have = new Set(current.map(key));
  const added = members.filter((m) => !have.has(key(m)));
  if (added.length > 0) await db.insert(outreachShiftMember).values(added.map((m) => ({ shiftId, ...m })));
  return { added, gone };
}

/** Shifts with their members' names: of a campaign, or of one volunteer (from a day on). */
export async function listShifts(
  db: DbOrTx,
  filter: { campaignId?: string; volunteerId?: string; from?: string },
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
        filter.campaignId ? eq(outreachShift.campaignId, filter.campaignId) : undefined,
        filter.volunteerId
          ? sql`exists (select 1 from ${outreachShiftMember} m where m.shift_id = ${outreachShift.id} and m.volunteer_id = ${filter.volunteerId}::uuid)`
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
      inArray(
        outreachShiftMember.shiftId,
        shifts.map((s) => s.shift.id),
      ),
    );
  return shifts.map((s) => ({ ...s, members: members.filter((m) => m.member.shiftId === s.shift.id) }));
}

export async function setCheck(
  db: DbOrTx,
  memberId: string,
  values: { checkedInAt?: Date; checkedOutAt?: Date },
) {
  await db.update(outreachShiftMember).set(values).where(eq(outreachShiftMember.id, memberId));
}

// --- Visits ---

export async function findVisit(db: DbOrTx, id: string) {
  const [row] = await db.select().from(outreachVisit).where(eq(outreachVisit.id, id));
  return row ?? null;
}

export async function insertVisit(db: DbOrTx, values: typeof outreachVisit.$inferInsert) {
  await db.insert(outreachVisit).values(values);
}

export async function findAddressById(db: DbOrTx, id: string) {
  const [row] = await db.select().from(outreachAddress).where(eq(outreachAddress.id, id));
  return row ?? null;
}

/** Visits with the address and who recorded them: of a shift, or of a campaign. */
export function listVisits(db: DbOrTx, filter: { shiftId?: string; campaignId?: string }) {
  return db
    .select({
      visit: outreachVisit,
      address: outreachAddress,
      givenName: person.givenName,
      familyName: person.familyName,
      personId: person.id,
    })
    .from(outreachVisit)
    .innerJoin(outreachAddress, eq(outreachAddress.id, outreachVisit.addressId))
    .leftJoin(volunteer, eq(volunteer.id, outreachVisit.recordedByVolunteerId))
    .leftJoin(person, eq(person.id, volunteer.personId))
    .where(
      and(
        filter.shiftId ? eq(outreachVisit.shiftId, filter.shiftId) : undefined,
        filter.campaignId ? eq(outreachVisit.campaignId, filter.campaignId) : undefined,
      ),
    )
    .orderBy(desc(outreachVisit.visitedAt));
}

export function addressesOnList(db: DbOrTx, listId: string) {
  return db
    .select()
    .from(outreachAddress)
    .where(and(onList(listId), isNull(outreachAddress.excludedAt)))
    .orderBy(listOrder(listId));
}

// --- Monitoring ---

/**
 * Per neighbourhood (from the postcode table; "Onbekend" otherwise): doors, visited, reached,
 * conversations, households with a signal per topic, plans, follow-ups done and referrals.
 */
export async function monitor(db: DbOrTx, tenantId: string, campaignId: string, topics: string[]) {
  const signal = (topic: string) =>
    sql`count(distinct v.address_id) filter (where v.signals ? ${topic})::int`;
  const result = (await db.execute(sql`
    select coalesce(n.name, 'Onbekend') as neighbourhood,
      count(distinct a.id) filter (where a.excluded_at is null)::int as doors,
      count(distinct v.address_id) filter (where v.kind = 'first')::int as visited,
      count(distinct v.address_id) filter (where v.outcome in ('conversation', 'noInterest', 'comeBack'))::int as reached,
      count(distinct v.address_id) filter (where v.outcome = 'conversation')::int as conversations,
      ${
        topics.length
          ? sql.join(
              topics.map((topic, i) => sql`${signal(topic)} as ${sql.raw(`"signal_${i}"`)}`),
              sql`, `,
            )
          : sql`0 as "signal_none"`
      },
      count(distinct v.id) filter (where v.plan is not null)::int as plans,
      count(distinct v.address_id) filter (where v.kind = 'followUp')::int as follow_ups_done,
      count(distinct r.id)::int as referrals,
      count(distinct r.id) filter (where r.status = 'done')::int as referrals_done,
      count(distinct r.id) filter (where r.status = 'notTakenUp')::int as referrals_not_taken_up
    from outreach_address a
      left join postcode_neighbourhood pn on pn.tenant_id = ${tenantId}::uuid and pn.postcode = a.postcode
      left join neighbourhood n on n.id = pn.neighbourhood_id
      left join outreach_visit v on v.address_id = a.id
      left join referral r on r.source = 'outreachVisit' and r.source_id = v.id
    where a.campaign_id = ${campaignId}::uuid
    group by coalesce(n.name, 'Onbekend')
    order by 1`)) as unknown as { rows: Record<string, number | string>[] };
  return result.rows;
}

/** Hours between check-in and check-out, summed over the campaign's shifts. */
export async function walkedHours(db: DbOrTx, campaignId: string) {
  const [row] = await db
    .select({
      hours: sql<number>`coalesce(sum(extract(epoch from (${outreachShiftMember.checkedOutAt} - ${outreachShiftMember.checkedInAt})) / 3600), 0)::float8`,
    })
    .from(outreachShiftMember)
    .innerJoin(outreachShift, eq(outreachShift.id, outreachShiftMember.shiftId))
    .where(and(eq(outreachShift.campaignId, campaignId), isNotNull(outreachShiftMember.checkedOutAt)));
  return Number(row?.hours ?? 0);
}

// --- Retention ---

/** Campaigns whose retention period is over (ended more than retentionMonths ago) and not purged yet. */
export function campaignsToPurge(db: DbOrTx, today: string) {
  return db
    .select()
    .from(outreachCampaign)
    .where(
      and(
        isNull(outreachCampaign.purgedAt),
        sql`${outreachCampaign.endsOn} + make_interval(months => ${outreachCampaign.retentionMonths}::int) < ${today}::date`,
      ),
    );
}

/**
 * Removes a campaign's personal details: what was said at the doors (signals, notes, plans), why a
 * door was skipped, and how a referred household could be reached. Visits, outcomes and statuses stay,
 * so the counts stay right; the monitor as it was is kept with the campaign.
 */
export async function purgeCampaign(db: DbOrTx, campaignId: string, snapshot: unknown) {
  await db
    .update(outreachVisit)
    .set({ signals: {}, note: "", plan: null })
    .where(eq(outreachVisit.campaignId, campaignId));
  await db
    .update(outreachAddress)
    .set({ excludedReason: sql`case when ${outreachAddress.excludedAt} is null then null else '' end` })
    .where(eq(outreachAddress.campaignId, campaignId));
  await db.execute(sql`update referral set contact = '', reason = '', status_note = '', household = split_part(household, ',', 2)
    where source = 'outreachVisit' and source_id in (select id from outreach_visit where campaign_id = ${campaignId}::uuid)`);
  await db
    .update(outreachCampaign)
    .set({ purgedAt: new Date(), monitorSnapshot: snapshot as never })
    .where(eq(outreachCampaign.id, campaignId));
}
