import { addDays, amsterdamDay } from "../../shared/dates.ts";
import type { DbOrTx } from "./client.ts";
import {
  agreement,
  agreementIdea,
  agreementMeeting,
  agreementNode,
  agreementNodeEvent,
  agreementSignature,
  agreementTrajectory,
  agreementVersion,
} from "./schema.ts";

/**
 * A demo wijktraject in Noord, in step 2: a residents' meeting, ideas on the board (one waiting for
 * moderation), a mind map with two chosen solutions, and a signed prestatieafspraak with two activities.
 */
export async function seedDemoAgreements(
  tx: DbOrTx,
  {
    tenantId,
    organisationIds,
    districtIds,
  }: { tenantId: string; organisationIds: Map<string, string>; districtIds: Map<string, string> },
) {
  const today = amsterdamDay();
  const municipality = organisationIds.get("sd")!;
  const welfare = organisationIds.get("welzijn")!;
  const [trajectory] = await tx
    .insert(agreementTrajectory)
    .values({
      tenantId,
      districtId: districtIds.get("WK999902")!,
      leadOrganisationId: municipality,
      leadName: "Fatima el Idrissi",
      goal: "Minder eenzaamheid en meer ontmoeting in Noord, met bewoners samen.",
      currentStep: "agreements",
      supportOn: addDays(today, -90),
      agreementsOn: addDays(today, -20),
    })
    .returning();
  const trajectoryId = trajectory!.id;
  await tx.insert(agreementMeeting).values({
    tenantId,
    trajectoryId,
    heldOn: addDays(today, -60),
    place: "Buurthuis De Schakel",
    organisationId: welfare,
    residentCount: 23,
    notes: "Bewoners missen een plek om elkaar te ontmoeten. Ouderen voelen zich vaak alleen.",
  });
  const { coffee, visits } = await seedMindMap(tx, tenantId, trajectoryId);
  await seedAgreement(tx, { tenantId, trajectoryId, municipality, welfare, coffee, visits });
}

/** The signed prestatieafspraak of the demo wijk: two activities, three parties. */
async function seedAgreement(
  tx: DbOrTx,
  ids: {
    tenantId: string;
    trajectoryId: string;
    municipality: string;
    welfare: string;
    coffee: string;
    visits: string;
  },
) {
  const { tenantId, trajectoryId, municipality, welfare, coffee, visits } = ids;
  const today = amsterdamDay();
  const [made] = await tx.insert(agreement).values({ tenantId, trajectoryId }).returning();
  const activity = (key: string, title: string, solutionNodeId: string, cost: number, counted = false) => ({
    key,
    title,
    solutionNodeId,
    supplierPartyKey: "welzijn",
    ownerPartyKey: "welzijn",
    cost,
    budget: [
      { partyKey: "gemeente", amount: cost - 200 },
      { partyKey: "bewoners", amount: 200 },
    ],
    volunteerHoursPerMonth: 20,
    professionalHoursPerMonth: 6,
    vacancyIds: [],
    indicators: [
      { key: "uren", name: "Vrijwilligersuren in Noord", source: "volunteerHours" as const, target: 20 },
      { key: "gesprekken", name: "Gesprekken", source: "outreachConversations" as const, target: 10 },
      ...(counted
        ? [{ key: "bezoekers", name: "Bezoekers (geteld)", source: "manual" as const, target: 25 }]
        : []),
    ],
    professionalSupport: "De opbouwwerker begeleidt de vrijwilligers één keer per maand.",
  });
  const [version] = await tx
    .insert(agreementVersion)
    .values({
      tenantId,
      agreementId: made!.id,
      number: 1,
      status: "active",
      activatedAt: new Date(),
      content: {
        title: "Prestatieafspraken Noord 2026–2027",
        validFrom: `${addDays(today, -40).slice(0, 7)}-01`,
        validUntil: addDays(today, 330),
        parties: [
          { key: "gemeente", kind: "municipality", organisationId: municipality, name: "Gemeente" },
          { key: "welzijn", kind: "organisation", organisationId: welfare, name: "Welzijn Noord" },
          { key: "bewoners", kind: "residents", organisationId: null, name: "Bewonersgroep Noord" },
        ],
        activities: [
          activity("koffie", "Koffieochtend", coffee, 1200, true),
          activity("bezoek", "Huisbezoeken bij ouderen", visits, 2400),
        ],
        reviewDates: [addDays(today, 70)],
      },
    })
    .returning();
  await tx.insert(agreementSignature).values(
    [
      ["gemeente", "Fatima el Idrissi"],
      ["welzijn", "Jan de Boer"],
      ["bewoners", "Marian Visser"],
    ].map(([partyKey, signerName]) => ({
      tenantId,
      versionId: version!.id,
      partyKey: partyKey!,
      signerName: signerName!,
      signedOn: addDays(today, -14),
    })),
  );
}

/** Mind map of the demo wijk and ideas on its board (one waiting for moderation). */
async function seedMindMap(tx: DbOrTx, tenantId: string, trajectoryId: string) {
  const node = async (values: Omit<typeof agreementNode.$inferInsert, "tenantId" | "trajectoryId">) => {
    const [row] = await tx
      .insert(agreementNode)
      .values({ tenantId, trajectoryId, ...values })
      .returning();
    await tx
      .insert(agreementNodeEvent)
      .values({ tenantId, nodeId: row!.id, kind: "created", toStage: "raised" });
    return row!.id;
  };
  const need = await node({ kind: "need", title: "Minder eenzaamheid bij ouderen" });
  const coffee = await node({
    kind: "solution",
    parentId: need,
    title: "Wekelijkse koffieochtend in het buurthuis",
    stage: "chosen",
    reason: "Haalbaar met vrijwilligers; ruimte is er.",
    cost: 1200,
    who: "Welzijn Noord",
    performer: "mixed",
  });
  const visits = await node({
    kind: "solution",
    parentId: need,
    title: "Huisbezoeken bij ouderen die alleen wonen",
    stage: "chosen",
    cost: 2400,
    who: "Welzijn Noord",
    performer: "mixed",
  });
  await node({
    kind: "solution",
    parentId: need,
    title: "Een eigen buurtbus",
    stage: "notChosen",
    reason: "Te duur voor nu.",
  });
  await node({ kind: "condition", parentId: coffee, title: "Vaste ruimte op dinsdagochtend" });
  await tx.insert(agreementIdea).values([
    {
      tenantId,
      trajectoryId,
      kind: "idea",
      title: "Koffieochtend voor ouderen",
      body: "Elke week, in het buurthuis.",
      authorKind: "resident",
      status: "published",
      supportCount: 12,
      nodeId: coffee,
    },
    {
      tenantId,
      trajectoryId,
      kind: "need",
      title: "Een bankje bij de bushalte",
      authorKind: "resident",
      status: "published",
      supportCount: 4,
    },
    {
      tenantId,
      trajectoryId,
      kind: "idea",
      title: "Samen koken op vrijdag",
      body: "Met de buurvrouw van nummer 12 erbij.",
      authorKind: "resident",
      status: "pending",
    },
  ]);
  return { coffee, visits };
}
