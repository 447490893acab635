import { and, eq, sql } from "drizzle-orm";
import { amsterdamDay } from "../../shared/dates.ts";
import { slotsToMask } from "../../shared/volunteers.ts";
import type { DbOrTx } from "./client.ts";
import { application, applicationStatusChange, hoursEntry, person, vacancy, volunteer } from "./schema.ts";

const demo = [
  {
    org: "humanitas",
    title: "Hulp bij de thuisadministratie",
    description:
      "U helpt een bewoner om de post, rekeningen en formulieren op orde te krijgen. Samen maakt u een overzicht en zoekt u uit waar iemand recht op heeft.",
    tasks: "Post sorteren, een overzicht van inkomsten en uitgaven maken, samen bellen met instanties.",
    locationType: "district" as const,
    district: "WK999902",
    scheduleType: "recurring" as const,
    slots: ["tue-evening", "thu-afternoon"],
    hoursPerWeek: 2,
    places: 4,
    skills: ["administratie", "gesprekken"],
    theme: "geldzaken",
    requiredTrainings: ["thuisadministratie"],
    vogProfiles: ["11", "21"],
    motives: ["values", "career"],
    goals: ["workExperience", "useSkills"],
  },
  {
    org: "vc",
    title: "Maatje voor een oudere in Noord",
    description:
      "Eén keer per week op bezoek bij een oudere die weinig mensen ziet: koffie drinken, wandelen, samen boodschappen doen.",
    tasks: "Bezoeken, luisteren, samen iets leuks doen.",
    locationType: "district" as const,
    district: "WK999902",
    scheduleType: "recurring" as const,
    slots: ["wed-afternoon", "sat-morning"],
    hoursPerWeek: 2,
    places: 6,
    skills: ["gesprekken"],
    theme: "ouderen",
    requiredTrainings: [],
    vogProfiles: ["45"],
    motives: ["social", "values"],
    goals: ["socialContact"],
  },
  {
    org: "vc",
    title: "Kok voor de buurtmaaltijd",
    description:
      "Eens per maand koken in het buurthuis voor dertig buurtbewoners. U kookt samen met twee andere vrijwilligers.",
    tasks: "Boodschappen, koken, opruimen.",
    locationType: "address" as const,
    street: "Buurthuis De Schakel, Dorpsstraat 12",
    postcode: "9900 AA",
    city: "Voorbeeld",
    district: "WK999901",
    scheduleType: "flexible" as const,
    slots: [],
    hoursPerWeek: 1,
    places: 3,
    skills: ["koken"],
    theme: "buurt",
    requiredTrainings: [],
    vogProfiles: [],
    motives: ["social", "enhancement"],
    goals: ["socialContact", "giveBack"],
  },
  {
    org: "welzijn",
    title: "Taalmaatje voor nieuwkomers (online)",
    description:
      "Oefen Nederlands met een nieuwkomer via een videogesprek. U hoeft geen docent te zijn: gewoon praten helpt al.",
    tasks: "Elke week een uur praten en oefenen.",
    locationType: "remote" as const,
    district: null,
    scheduleType: "recurring" as const,
    slots: ["mon-evening", "wed-evening"],
    hoursPerWeek: 1,
    places: 10,
    skills: ["taal"],
    theme: "nieuwkomers",
    requiredTrainings: [],
    vogProfiles: [],
    motives: ["values", "understanding"],
    goals: ["learning", "socialContact"],
  },
];

/** Published demo vacancies for "Gemeente Voorbeeld". */
export async function seedDemoVacancies(
  tx: DbOrTx,
  {
    tenantId,
    organisationIds,
    districtIds,
    emailDomain,
  }: {
    tenantId: string;
    organisationIds: Map<string, string>;
    districtIds: Map<string, string>;
    emailDomain: string;
  },
) {
  const rows = await tx
    .insert(vacancy)
    .values(
      demo.map(({ org, district, slots, ...v }) => ({
        tenantId,
        organisationId: organisationIds.get(org)!,
        districtId: district ? districtIds.get(district)! : null,
        slots: slotsToMask(slots),
        status: "published" as const,
        searchText: [v.title, v.tasks, v.description].join(" ").toLowerCase(),
        ...v,
      })),
    )
    .returning({ id: vacancy.id, title: vacancy.title });
  // The point of an address comes from the postcode table, as when a coordinator saves a vacancy.
  await tx.execute(sql`update vacancy set lat = p.lat, lon = p.lon from postcode_neighbourhood p
    where vacancy.tenant_id = ${tenantId} and p.tenant_id = vacancy.tenant_id and p.postcode = vacancy.postcode`);

  // The demo volunteer has been placed as a maatje for a month, with hours to approve.
  const [demoVolunteer] = await tx
    .select({ id: volunteer.id })
    .from(volunteer)
    .innerJoin(person, eq(person.id, volunteer.personId))
    .where(and(eq(volunteer.tenantId, tenantId), eq(person.email, `vrijwilliger@${emailDomain}`)));
  const maatje = rows.find((row) => row.title.startsWith("Maatje"));
  if (!demoVolunteer || !maatje) return;
  const monthAgo = new Date(Date.now() - 30 * 86_400_000);
  const day = (offset: number) => amsterdamDay(new Date(Date.now() + offset * 86_400_000));
  const [placed] = await tx
    .insert(application)
    .values({
      tenantId,
      vacancyId: maatje.id,
      volunteerId: demoVolunteer.id,
      status: "placed",
      createdAt: monthAgo,
      updatedAt: monthAgo,
    })
    .returning();
  await tx.insert(applicationStatusChange).values([
    { tenantId, applicationId: placed!.id, toStatus: "responded", changedAt: monthAgo },
    {
      tenantId,
      applicationId: placed!.id,
      fromStatus: "responded",
      toStatus: "placed",
      changedAt: monthAgo,
    },
  ]);
  await tx.insert(hoursEntry).values([
    {
      tenantId,
      applicationId: placed!.id,
      date: day(-21),
      hours: 2,
      note: "Wandeling in het park",
      status: "approved",
    },
    { tenantId, applicationId: placed!.id, date: day(-7), hours: 2.5, note: "Boodschappen gedaan" },
  ]);
}
