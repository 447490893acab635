import { and, eq } from "drizzle-orm";
import { amsterdamDay } from "../../shared/dates.ts";
import { matchMotiveType, motiveFunctions, motiveItems, scoreMotives } from "../../shared/motives.ts";
import { defaultVolunteerSettings, type VolunteerStatus } from "../../shared/volunteers.ts";
import { nameKeys } from "../features/volunteers/service.ts";
import type { DbOrTx } from "./client.ts";
import {
  checkIn,
  motiveResponse,
  neighbourhood,
  person,
  postcodeNeighbourhood,
  recruitmentAction,
  recruitmentCampaign,
  trainingRecord,
  vogRecord,
  volunteer,
  volunteerSettings,
  volunteerStatusChange,
} from "./schema.ts";

/** A small deterministic random generator, so demo data and benchmarks are the same every run. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], max: number) => [
    ...new Set(Array.from({ length: int(0, max) }, () => pick(list))),
  ];
  return { next, int, pick, some };
}

const day = (offsetDays: number) => amsterdamDay(new Date(Date.now() + offsetDays * 86_400_000));
const settings = defaultVolunteerSettings;
export const demoGivenNames = [
  "Anna",
  "Karim",
  "Ingrid",
  "Joost",
  "Fatma",
  "Piet",
  "Sanne",
  "Wim",
  "Nadia",
  "Henk",
  "Lotte",
  "Omar",
  "Gerda",
  "Ruben",
  "Ayla",
  "Kees",
  "Iris",
  "Hamza",
  "Marloes",
  "Jan",
];
export const demoFamilyNames = [
  "Vermeulen",
  "Kaya",
  "de Wit",
  "Bos",
  "Öztürk",
  "van Leeuwen",
  "Koster",
  "Prins",
  "Amrani",
  "Dijkstra",
  "Willems",
  "Bennani",
  "Kuipers",
  "Post",
  "Huisman",
  "Brouwer",
  "Maas",
  "Hoekstra",
  "van der Meer",
  "Schouten",
];
export const demoStatuses: VolunteerStatus[] = [
  "signedUp",
  "intakePlanned",
  "active",
  "active",
  "active",
  "active",
  "paused",
  "stopped",
];

function randomAnswers(r: ReturnType<typeof random>, bias: string) {
  return Object.fromEntries(
    motiveItems.map((item) => [item.id, Math.min(7, r.int(1, 5) + (item.fn === bias ? 2 : 0))]),
  );
}

type Ids = { tenantId: string; organisationIds: Map<string, string>; emailDomain: string };

/** The vrijwilligerscentrale's recruitment campaign and its action plan. */
async function seedRecruitment(tx: DbOrTx, tenantId: string, vc: string) {
  const [campaign] = await tx
    .insert(recruitmentCampaign)
    .values({
      tenantId,
      organisationId: vc,
      name: "Voorjaarscampagne maatjes",
      goal: "40 nieuwe maatjes voor mensen die eenzaam zijn of geldzorgen hebben.",
      targetSignups: 40,
      startsOn: day(-270),
      endsOn: day(30),
      channels: ["persoonlijk", "social-media", "huis-aan-huisblad", "partner"],
    })
    .returning();
  await tx.insert(recruitmentAction).values([
    {
      tenantId,
      organisationId: vc,
      level: "approach",
      motiveType: "starter",
      title: "Starters benaderen via het jongerenloket",
      owner: "Sanne Jansen",
      dueOn: day(21),
      description: "Bied een getuigschrift en een training met certificaat aan.",
    },
    {
      tenantId,
      organisationId: vc,
      level: "approach",
      motiveType: "actieve-senior",
      title: "Persoonlijk uitnodigen bij de seniorensoos",
      owner: "Sanne Jansen",
      dueOn: day(-7),
      description: "Koffieochtend met ervaren vrijwilligers.",
    },
    {
      tenantId,
      organisationId: vc,
      level: "conditions",
      title: "Vast aanspreekpunt voor elke nieuwe vrijwilliger",
      owner: "Teamleider",
      dueOn: day(45),
      status: "inProgress" as const,
    },
  ]);
  return campaign!;
}

type Postcode = {
  postcode: string;
  neighbourhoodId: string;
  districtId: string | null;
  lat: number;
  lon: number;
};

/** The demo volunteer account gets a profile with the organisation it works for. */
async function seedOwnProfile(tx: DbOrTx, { tenantId, organisationIds, emailDomain }: Ids, pc: Postcode) {
  const [demoPerson] = await tx
    .select()
    .from(person)
    .where(and(eq(person.tenantId, tenantId), eq(person.email, `vrijwilliger@${emailDomain}`)));
  if (demoPerson) {
    const [v] = await tx
      .insert(volunteer)
      .values({
        tenantId,
        personId: demoPerson.id,
        organisationId: organisationIds.get("humanitas")!,
        status: "active",
        signedUpAt: new Date(Date.now() - 200 * 86_400_000),
        firstContactAt: new Date(Date.now() - 195 * 86_400_000),
        activeSince: day(-180),
        nextCheckInOn: day(10),
        channel: "vrijwilligerscentrale",
        postcode: pc.postcode,
        neighbourhoodId: pc.neighbourhoodId,
        districtId: pc.districtId,
        lat: pc.lat,
        lon: pc.lon,
        ...nameKeys(demoPerson.givenName, demoPerson.familyName, demoPerson.email),
        birthDate: "1988-04-12",
        skills: ["administratie", "gesprekken"],
        interests: ["geldzaken"],
        languages: ["nl", "en"],
        availability: 0b000_000_010_000_010,
        hoursPerWeek: 4,
        commitment: "regular",
        goals: ["useSkills", "giveBack"],
      })
      .returning();
    await tx.insert(volunteerStatusChange).values([
      { volunteerId: v!.id, toStatus: "signedUp", effectiveOn: day(-200), note: "Aangemeld via de website" },
      { volunteerId: v!.id, fromStatus: "signedUp", toStatus: "active", effectiveOn: day(-180), note: "" },
    ]);
  }
}

type Demo = {
  tenantId: string;
  vc: string;
  campaign: { id: string; channels: string[] };
  emailDomain: string;
  postcodes: Postcode[];
};

/** Demo volunteer number i (a person and their volunteer record), drawn from `r` in a fixed order. */
async function seedDemoVolunteer(tx: DbOrTx, r: ReturnType<typeof random>, i: number, d: Demo) {
  const { tenantId, vc, campaign, emailDomain, postcodes } = d;
  const status = demoStatuses[i % demoStatuses.length]!;
  const signedUpDaysAgo = status === "signedUp" ? r.int(1, 20) : r.int(30, 400);
  const [p] = await tx
    .insert(person)
    .values({
      tenantId,
      givenName: demoGivenNames[i % demoGivenNames.length]!,
      familyName: demoFamilyNames[(i * 7 + Math.floor(i / demoGivenNames.length)) % demoFamilyNames.length]!,
      email: `vrijwilliger${i + 1}@${emailDomain}`,
      phone: `06 ${String(10000000 + i * 7919).slice(0, 8)}`,
    })
    .returning();
  const pc = r.pick(postcodes);
  const activeSince = ["active", "paused", "stopped"].includes(status) ? day(-signedUpDaysAgo + 14) : null;
  const bias = r.pick(motiveFunctions);
  const answers = randomAnswers(r, bias);
  const scores = scoreMotives(answers);
  const birthYear = r.int(1950, 2004);
  const age = new Date().getUTCFullYear() - birthYear;
  const type = matchMotiveType(scores, settings.motiveTypes, age);
  const [v] = await tx
    .insert(volunteer)
    .values({
      tenantId,
      personId: p!.id,
      organisationId: vc,
      status,
      signedUpAt: new Date(Date.now() - signedUpDaysAgo * 86_400_000),
      firstContactAt:
        status === "signedUp" && i % 2 === 0
          ? null
          : new Date(Date.now() - (signedUpDaysAgo - 2) * 86_400_000),
      activeSince,
      stoppedOn: status === "stopped" ? day(-r.int(1, 20)) : null,
      stopReason: status === "stopped" ? r.pick(settings.stopReasons).code : null,
      channel: r.pick(campaign.channels),
      campaignId: i % 3 === 0 ? null : campaign.id,
      postcode: pc.postcode,
      neighbourhoodId: pc.neighbourhoodId,
      districtId: pc.districtId,
      lat: pc.lat,
      lon: pc.lon,
      ...nameKeys(p!.givenName, p!.familyName, p!.email),
      birthDate: `${birthYear}-0${r.int(1, 9)}-1${r.int(0, 9)}`,
      skills: r.some(
        settings.skills.map((s) => s.code),
        3,
      ),
      interests: r.some(
        settings.interests.map((s) => s.code),
        2,
      ),
      languages: [
        "nl",
        ...r.some(
          settings.languages.map((s) => s.code),
          1,
        ),
      ],
      availability: r.int(0, (1 << 21) - 1) & r.int(0, (1 << 21) - 1),
      hoursPerWeek: r.int(2, 12),
      commitment: r.pick(["regular", "occasional", "oneOff"]),
      motiveType: i % 6 === 5 ? null : (type?.code ?? null),
      motiveScores: i % 6 === 5 ? null : scores,
      nextCheckInOn: activeSince ? day(r.int(-40, 80)) : null,
    })
    .returning();
  return { v: v!, status, signedUpDaysAgo, activeSince, answers, scores, type };
}

/** The volunteer's history: status changes, motives, and for an active one a VOG, a training and a check-in. */
async function seedDemoHistory(
  tx: DbOrTx,
  r: ReturnType<typeof random>,
  i: number,
  seeded: Awaited<ReturnType<typeof seedDemoVolunteer>>,
) {
  const { v, status, signedUpDaysAgo, activeSince, answers, scores, type } = seeded;
  await tx.insert(volunteerStatusChange).values({
    volunteerId: v.id,
    toStatus: "signedUp",
    effectiveOn: day(-signedUpDaysAgo),
    note: "Aangemeld",
  });
  if (status !== "signedUp") {
    await tx.insert(volunteerStatusChange).values({
      volunteerId: v.id,
      fromStatus: "signedUp",
      toStatus: status === "intakePlanned" ? "intakePlanned" : "active",
      effectiveOn: activeSince ?? day(-signedUpDaysAgo + 3),
      note: "",
    });
  }
  if (i % 6 !== 5)
    await tx
      .insert(motiveResponse)
      .values({ volunteerId: v.id, answers, scores, typeCode: type?.code ?? null });
  if (activeSince) {
    const issued = day(-r.int(100, 1100));
    await tx.insert(vogRecord).values({
      volunteerId: v.id,
      requestedOn: issued,
      receivedOn: issued,
      issuedOn: issued,
      profileCodes: ["11", "45"],
      renewalDue: amsterdamDay(new Date(Date.parse(issued) + 3 * 365 * 86_400_000)),
    });
    await tx.insert(trainingRecord).values({
      volunteerId: v.id,
      training: "gesprekstraining",
      completedOn: activeSince,
      expiresOn: i % 4 === 0 ? day(r.int(5, 50)) : null,
    });
    await tx.insert(checkIn).values({
      volunteerId: v.id,
      heldOn: day(-r.int(10, 60)),
      satisfaction: r.int(1, 5),
      roleClarity: r.int(2, 5),
      support: r.int(1, 5),
      coordinatorRelation: r.int(2, 5),
      workload: r.int(2, 5),
      wishToChange: r.next() < 0.2,
      note: "",
    });
  }
}

/**
 * Demo volunteers for "Gemeente Voorbeeld": the demo volunteer's own profile, 36 volunteers of the
 * vrijwilligerscentrale in every status (with motives, VOGs, trainings and check-ins), postcodes per
 * neighbourhood, a recruitment campaign and an action plan.
 */
export async function seedDemoVolunteers(tx: DbOrTx, { tenantId, organisationIds, emailDomain }: Ids) {
  const r = random(42);
  await tx.insert(volunteerSettings).values({ tenantId, settings });
  const buurten = await tx.select().from(neighbourhood).where(eq(neighbourhood.tenantId, tenantId));
  // One postcode per buurt, on a grid about 700 m apart around the middle of the (made-up) town.
  const postcodes = buurten.map((b, i) => ({
    tenantId,
    postcode: `${9900 + i} A${String.fromCharCode(65 + (i % 26))}`,
    neighbourhoodId: b.id,
    districtId: b.districtId,
    lat: 52.155 + Math.floor(i / 4) * 0.0063,
    lon: 5.387 + (i % 4) * 0.0103,
  }));
  await tx.insert(postcodeNeighbourhood).values(postcodes.map(({ districtId: _, ...row }) => row));

  const vc = organisationIds.get("vc")!;
  const campaign = await seedRecruitment(tx, tenantId, vc);
  await seedOwnProfile(tx, { tenantId, organisationIds, emailDomain }, postcodes[0]!);
  for (let i = 0; i < 36; i++) {
    const seeded = await seedDemoVolunteer(tx, r, i, { tenantId, vc, campaign, emailDomain, postcodes });
    await seedDemoHistory(tx, r, i, seeded);
  }
}
