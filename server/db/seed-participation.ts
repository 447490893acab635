import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "./client.ts";
import {
  authUser,
  participationAgreement,
  participationClient,
  participationObstacle,
  participationRule,
  person,
} from "./schema.ts";

const sender = {
  name: "Gemeente Voorbeeld, Werk en Inkomen",
  street: "Stadhuisplein 1",
  postcode: "9900 AA",
  city: "Voorbeeld",
  phone: "14 0999",
  email: "participatie@voorbeeld.nl",
  signatoryName: "K. Manager",
  signatoryRole: "Klantmanager Werk en Inkomen",
};
const counting = [
  "volunteerWork",
  "placement",
  "neighbourHelp",
  "informalCare",
  "course",
  "preTrajectory",
] as const;

/**
 * Demo participation (ADR 0018): tegenprestatie with prior permission and 20 hours a week now, the
 * switch to maatschappelijke participatie on 2027-01-01; the demo klantmanager's caseload with the demo
 * participant (a proposal of their own), three more clients and two obstacles.
 */
export async function seedDemoParticipation(
  tx: DbOrTx,
  { tenantId, emailDomain }: { tenantId: string; emailDomain: string },
) {
  const base = {
    tenantId,
    procedure: "permission" as const,
    maxHoursPerWeek: 20,
    countingActivities: [...counting],
    sender,
  };
  await tx.insert(participationRule).values([
    { ...base, validFrom: "2025-01-01", regime: "tegenprestatie" },
    { ...base, validFrom: "2027-01-01", regime: "participatie" },
  ]);
  const byEmail = (address: string) =>
    tx
      .select({ userId: authUser.id, personId: person.id })
      .from(authUser)
      .innerJoin(person, and(eq(person.userId, authUser.id), eq(person.tenantId, tenantId)))
      .where(eq(authUser.email, address));
  const [km] = await tx
    .select({ id: authUser.id })
    .from(authUser)
    .where(eq(authUser.email, `klantmanager@${emailDomain}`));
  const [participant] = await byEmail(`deelnemer@${emailDomain}`);
  if (!km) return;
  const clients = await demoClients(tx, tenantId, km.id, participant?.personId ?? null);
  const byNumber = new Map(clients.map((c) => [c.number, c.id]));
  await tx.insert(participationAgreement).values(demoAgreements(tenantId, byNumber));
  await tx.insert(participationObstacle).values([
    {
      tenantId,
      category: "permissionSlow",
      text: "Het duurde zes weken voor ik toestemming kreeg.",
      reporterRole: "participant",
    },
    {
      tenantId,
      category: "travelCosts",
      text: "De reiskosten naar de vrijwilligersplek worden niet vergoed.",
      reporterRole: "caseworker",
    },
  ]);
}

/** An active agreement after permission, and the demo participant's own proposal. */
function demoAgreements(tenantId: string, byNumber: Map<string, string>) {
  const agreements: (typeof participationAgreement.$inferInsert)[] = [
    {
      tenantId,
      clientId: byNumber.get("W-10002")!,
      activity: "volunteerWork",
      foundBy: "client",
      placeName: "Voedselbank Voorbeeld",
      description: "Pakketten inpakken op dinsdag en donderdag",
      hoursPerWeek: 8,
      startDate: "2026-10-01",
      status: "active",
      regime: "tegenprestatie",
      procedure: "permission",
      requestedAt: new Date("2026-09-10T09:00:00Z"),
      decidedAt: new Date("2026-09-24T09:00:00Z"),
      checklist: { usuallyUnpaid: true, charity: true, volunteersOnly: true, noVacancy: true },
    },
  ];
  if (byNumber.has("W-10001"))
    agreements.push({
      tenantId,
      clientId: byNumber.get("W-10001")!,
      activity: "neighbourHelp",
      foundBy: "client",
      placeName: "",
      description: "Boodschappen doen voor mijn buurvrouw",
      hoursPerWeek: 3,
      startDate: "2026-12-14",
      goals: "Iets betekenen voor iemand in de straat",
    });
  return agreements;
}

/** The demo participant (their own record) and three more clients: one active, one waiting long, one exempt. */
async function demoClients(tx: DbOrTx, tenantId: string, kmId: string, participantPersonId: string | null) {
  const people = await tx
    .insert(person)
    .values([
      { tenantId, givenName: "Fatima", familyName: "El Amrani", phone: "06 12345678" },
      { tenantId, givenName: "Kees", familyName: "Visser" },
      { tenantId, givenName: "Noah", familyName: "de Boer", email: "noah.deboer@voorbeeld.nl" },
    ])
    .returning({ id: person.id });
  return tx
    .insert(participationClient)
    .values([
      ...(participantPersonId
        ? [
            {
              tenantId,
              personId: participantPersonId,
              clientNumber: "W-10001",
              birthDate: "2001-06-15",
              caseworkerUserId: kmId,
            },
          ]
        : []),
      {
        tenantId,
        personId: people[0]!.id,
        clientNumber: "W-10002",
        birthDate: "1979-02-11",
        caseworkerUserId: kmId,
      },
      {
        tenantId,
        personId: people[1]!.id,
        clientNumber: "W-10003",
        birthDate: "1966-09-30",
        caseworkerUserId: kmId,
        createdAt: new Date(Date.now() - 70 * 86_400_000),
      },
      {
        tenantId,
        personId: people[2]!.id,
        clientNumber: "W-10004",
        birthDate: "1990-12-01",
        caseworkerUserId: kmId,
        exempt: true,
        exemptUntil: "2027-06-30",
      },
    ])
    .returning({ id: participationClient.id, number: participationClient.clientNumber });
}
