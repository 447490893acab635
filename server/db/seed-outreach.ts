import { and, eq } from "drizzle-orm";
import { amsterdamDay } from "../../shared/dates.ts";
import { addressLine, defaultTopics } from "../../shared/outreach.ts";
import { upsertAddresses } from "../features/outreach/addresses/queries.ts";
import { markLettersSent } from "../features/outreach/letters/queries.ts";
import { cutWalkLists, walkOrder } from "../features/outreach/turf-cutting/service.ts";
import { listWalkLists, replaceWalkLists } from "../features/outreach/walk-lists/queries.ts";
import type { DbOrTx } from "./client.ts";
import {
  membership,
  neighbourhood,
  outreachCampaign,
  outreachShift,
  outreachShiftMember,
  person,
  postcodeNeighbourhood,
  trainingRecord,
  vogRecord,
  volunteer,
} from "./schema.ts";

const streets = ["Dorpsstraat", "Kerklaan", "Molenweg", "Schoolstraat"];

/**
 * A demo Achter de Voordeur campaign of the vrijwilligerscentrale, running now: 160 doors on four
 * streets of the made-up town (odd numbers on one side, even on the other), cut into walk lists of 40,
 * letters sent ten days ago, and shifts today and in three days for the demo volunteer (with the
 * gesprekstraining and a VOG), another volunteer and the demo professional.
 */
export async function seedDemoOutreach(
  tx: DbOrTx,
  { tenantId, organisationIds }: { tenantId: string; organisationIds: Map<string, string> },
) {
  const buurten = await tx.select().from(neighbourhood).where(eq(neighbourhood.tenantId, tenantId));
  const professionals = await tx
    .select({ userId: membership.userId })
    .from(membership)
    .where(and(eq(membership.tenantId, tenantId), eq(membership.role, "professional")));
  const day = (offset: number) => amsterdamDay(new Date(Date.now() + offset * 86_400_000));
  const [campaign] = await tx
    .insert(outreachCampaign)
    .values({
      tenantId,
      organisationId: organisationIds.get("vc")!,
      programme: "Vroegsignalering geldzorgen",
      name: "Achter de Voordeur Centrum",
      neighbourhoodIds: buurten.slice(0, 2).map((b) => b.id),
      startsOn: day(-14),
      endsOn: day(90),
      goal: "Huishoudens met geldzorgen vroeg bereiken en samen een plan maken.",
      topics: defaultTopics,
      incentive: "een bon voor gratis activiteiten in het buurthuis, voor kinderen en volwassenen",
      optOutContact: "Bel 14 0999 of mail adv@voorbeeld.nl.",
      professionalUserIds: professionals.map((p) => p.userId),
      status: "active",
    })
    .returning({ id: outreachCampaign.id });
  // Each street in its own buurt, so the monitor shows neighbourhoods.
  const postcodes = await tx
    .select({ postcode: postcodeNeighbourhood.postcode })
    .from(postcodeNeighbourhood)
    .where(eq(postcodeNeighbourhood.tenantId, tenantId))
    .orderBy(postcodeNeighbourhood.postcode)
    .limit(streets.length);
  const addresses = streets.flatMap((street, s) =>
    Array.from({ length: 40 }, (_, i) => {
      const houseNumber = i + 1;
      const side = houseNumber % 2 === 0 ? 0.00014 : 0;
      const row = {
        campaignId: campaign!.id,
        bagId: `9999200000${String(s * 100 + houseNumber).padStart(6, "0")}`,
        street,
        houseNumber,
        houseLetter: "",
        addition: "",
        postcode: postcodes[s % postcodes.length]?.postcode ?? "9900 AA",
        city: "Voorbeeld",
        lat: 52.1545 + s * 0.0011 + side,
        lon: 5.3835 + Math.floor(i / 2) * 0.00035,
      };
      return { ...row, tenantId, searchText: `${addressLine(row)} ${row.postcode}`.toLowerCase() };
    }),
  );
  await upsertAddresses(tx, addresses);
  const stored = await tx.query.outreachAddress.findMany({
    where: (a, { eq }) => eq(a.campaignId, campaign!.id),
    columns: { id: true, street: true, houseNumber: true, lat: true, lon: true },
  });
  const byId = new Map(stored.map((a) => [a.id, a]));
  await replaceWalkLists(
    tx,
    tenantId,
    campaign!.id,
    cutWalkLists(stored, 40).map((ids) => {
      const route = walkOrder(ids.map((id) => byId.get(id)!));
      return { routeMetres: Math.round(route.metres), addressIds: route.order.map((i) => ids[i]!) };
    }),
  );
  await markLettersSent(
    tx,
    tenantId,
    stored.map((a) => a.id),
    day(-10),
  );

  // The demo volunteer walks with the first other active volunteer, the professional along.
  const pair = await tx
    .select({ id: volunteer.id, email: person.email })
    .from(volunteer)
    .innerJoin(person, eq(person.id, volunteer.personId))
    .where(and(eq(volunteer.tenantId, tenantId), eq(volunteer.status, "active")))
    .orderBy(volunteer.sortKey)
    .limit(40);
  const demo = pair.find((p) => p.email?.startsWith("vrijwilliger@"));
  const partner = pair.find((p) => p !== demo);
  if (!demo || !partner) return;
  for (const id of [demo.id, partner.id]) {
    await tx
      .insert(trainingRecord)
      .values({ volunteerId: id, training: "gesprekstraining", completedOn: day(-40) });
    await tx
      .insert(vogRecord)
      .values({ volunteerId: id, issuedOn: day(-60), renewalDue: day(1000), profileCodes: ["45"] });
  }
  const members = [demo.id, partner.id].map((volunteerId) => ({ volunteerId, userId: null }));
  const on = professionals.slice(0, 1).map((p) => ({ volunteerId: null, userId: p.userId }));
  await seedShifts(tx, tenantId, campaign!.id, [...members, ...on], day);
}

/** Shifts today and in three days on the first two walk lists, with the given members. */
async function seedShifts(
  tx: DbOrTx,
  tenantId: string,
  campaignId: string,
  members: { volunteerId: string | null; userId: string | null }[],
  day: (offset: number) => string,
) {
  const lists = await listWalkLists(tx, tenantId, campaignId);
  for (const [offset, list] of [
    [0, lists[0]],
    [3, lists[1]],
  ] as const) {
    const [shift] = await tx
      .insert(outreachShift)
      .values({
        tenantId,
        campaignId: campaignId,
        walkListId: list!.id,
        date: day(offset),
        startTime: "14:00",
        endTime: "16:30",
      })
      .returning({ id: outreachShift.id });
    await tx.insert(outreachShiftMember).values(members.map((m) => ({ tenantId, shiftId: shift!.id, ...m })));
  }
}
