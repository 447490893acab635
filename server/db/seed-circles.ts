import { and, eq, like } from "drizzle-orm";
import { planSessions } from "../../shared/circles/leaders.ts";
import { budgetkringCurriculum } from "../../shared/circles/programmes.ts";
import { addDays, amsterdamDay, nextWeekday } from "../../shared/dates.ts";
import type { DbOrTx } from "./client.ts";
import {
  circle,
  circleLeader,
  circleParticipant,
  circleProgramme,
  circleSession,
  coachingMeeting,
  coachingTrajectory,
  person,
  trainingRecord,
  volunteer,
} from "./schema.ts";

const residents = [
  ["Fatima", "El Idrissi"],
  ["Ria", "Hermans"],
  ["Jeroen", "Smeets"],
  ["Anna", "Wouters"],
  ["Ibrahim", "Kaya"],
  ["Marleen", "Peeters"],
  ["Sandra", "Claessens"],
];

/**
 * A demo Budgetkring of the vrijwilligerscentrale starting next Monday, led by the demo volunteer and
 * another trained volunteer (gesprekstraining, VOG from the outreach seed), 7 participants and one on
 * the waitlist; and a Thuisadministratie trajectory of the demo volunteer with two meetings.
 */
export async function seedDemoCircles(
  tx: DbOrTx,
  { tenantId, organisationIds }: { tenantId: string; organisationIds: Map<string, string> },
) {
  const organisationId = organisationIds.get("vc")!;
  const trained = await tx
    .selectDistinct({ id: volunteer.id, email: person.email })
    .from(volunteer)
    .innerJoin(person, eq(person.id, volunteer.personId))
    .innerJoin(trainingRecord, eq(trainingRecord.volunteerId, volunteer.id))
    .where(and(eq(volunteer.tenantId, tenantId), eq(trainingRecord.training, "gesprekstraining")));
  const leaders = [...trained]
    .sort(
      (a, b) => Number(!a.email?.startsWith("vrijwilliger@")) - Number(!b.email?.startsWith("vrijwilliger@")),
    )
    .slice(0, 2);
  if (leaders.length === 0) return;
  const [programme] = await tx
    .insert(circleProgramme)
    .values({
      tenantId,
      organisationId,
      name: "Budgetkring",
      kind: "budgetkring",
      curriculum: budgetkringCurriculum.map((c) => ({ ...c })),
      sessionCount: 16,
      targetSize: 7,
      maxSize: 7,
      requiredTrainings: ["gesprekstraining"],
      vogProfiles: ["45"],
    })
    .returning();
  const startsOn = nextWeekday(addDays(amsterdamDay(), 1), 0);
  const [season] = await tx
    .insert(circle)
    .values({
      tenantId,
      organisationId,
      programmeId: programme!.id,
      name: "Budgetkring De Brink",
      place: "Buurthuis De Brink, Kerklaan 12",
      startsOn,
      startTime: "19:00",
      endTime: "21:00",
      maxSize: 7,
    })
    .returning();
  await tx
    .insert(circleLeader)
    .values(leaders.map((l) => ({ tenantId, circleId: season!.id, volunteerId: l.id })));
  await tx.insert(circleSession).values(
    planSessions(startsOn, 16, budgetkringCurriculum).map((s) => ({
      tenantId,
      circleId: season!.id,
      ...s,
      startTime: "19:00",
      endTime: "21:00",
    })),
  );
  await seedParticipants(tx, tenantId, season!.id);
  await seedCoaching(tx, tenantId, organisationId, leaders[0]!.id);
}

async function seedParticipants(tx: DbOrTx, tenantId: string, circleId: string) {
  // The demo participant (deelnemer@) takes part too, so their own goals page has a circle.
  const [demoParticipant] = await tx
    .select({ id: person.id })
    .from(person)
    .where(and(eq(person.tenantId, tenantId), like(person.email, "deelnemer@%")));
  if (demoParticipant) {
    await tx.insert(circleParticipant).values({
      tenantId,
      circleId,
      personId: demoParticipant.id,
      status: "active",
      source: "public",
      signedUpAt: new Date(Date.now() - 12 * 3_600_000),
    });
  }
  for (const [index, [givenName, familyName]] of residents.entries()) {
    const [p] = await tx
      .insert(person)
      .values({
        tenantId,
        givenName: givenName!,
        familyName: familyName!,
        email: `${givenName!.toLowerCase()}@voorbeeld.nl`,
      })
      .returning();
    await tx.insert(circleParticipant).values({
      tenantId,
      circleId: circleId,
      personId: p!.id,
      status: index < 6 ? "active" : "waitlisted",
      source: index % 3 === 0 ? "coordinator" : "public",
      signedUpAt: new Date(Date.now() - (10 - index) * 3_600_000),
    });
  }
}

async function seedCoaching(tx: DbOrTx, tenantId: string, organisationId: string, coachVolunteerId: string) {
  const started = addDays(amsterdamDay(), -45);
  const [trajectory] = await tx
    .insert(coachingTrajectory)
    .values({
      tenantId,
      organisationId,
      coachVolunteerId,
      household: "Familie Hendriks",
      contact: "06 23456789",
      startsOn: started,
      maxEndOn: addDays(started, 364),
      frequency: "biweekly",
    })
    .returning();
  await tx.insert(coachingMeeting).values([
    {
      tenantId,
      trajectoryId: trajectory!.id,
      heldOn: addDays(started, 2),
      minutes: 90,
      topics: ["post", "budget"],
      note: "Post uitgezocht, map gemaakt.",
    },
    {
      tenantId,
      trajectoryId: trajectory!.id,
      heldOn: addDays(started, 16),
      minutes: 60,
      topics: ["allowances"],
      note: "Huurtoeslag aangevraagd.",
    },
  ]);
}
