import { and, eq } from "drizzle-orm";
import { amsterdamInstant } from "../../shared/dates.ts";
import type { DbOrTx } from "./client.ts";
import {
  courseEdition,
  learningTrajectory,
  membership,
  researchFragment,
  researchInterview,
  researchParticipant,
  researchProject,
  researchTheme,
} from "./schema.ts";

/**
 * Demo data for learning (ADR 0022): the Utrecht trajectory, shared with the library; a research project
 * of the client council with three channels at once, three participants (codes only) and two interviews
 * with notes and coded fragments; and a Drijfveren course edition open for sign-up.
 */
export async function seedDemoLearning(tx: DbOrTx, { tenantId }: { tenantId: string }) {
  const [council] = await tx
    .select({ userId: membership.userId })
    .from(membership)
    .where(and(eq(membership.tenantId, tenantId), eq(membership.role, "clientCouncil")));
  const trajectoryId = await seedTrajectory(tx, tenantId);
  await seedResearch(tx, tenantId, trajectoryId, council?.userId ?? null);
  await tx.insert(courseEdition).values({ tenantId, title: "Slim inspelen op drijfveren – voorjaar 2027" });
}

async function seedTrajectory(tx: DbOrTx, tenantId: string) {
  const [trajectory] = await tx
    .insert(learningTrajectory)
    .values({
      tenantId,
      title: "Vrijwilligerswerk vanuit de bijstand",
      themes: ["bijstand", "werving", "regels"],
      sharedAt: new Date(),
      links: [{ label: "Presentatie", url: "https://www.example.nl/presentatie-leertraject" }],
      answers: {
        experienceQuestion:
          "Ervaringen van bijstandsgerechtigden met vrijwilligerswerk en knelpunten door de regels van Werk en Inkomen.",
        howGathered: "8 interviews bij mensen die vooral via-via en in het netwerk zijn geworven.",
        sharedValues: "Respect, begrip, vertrouwen, betrokkenheid, rechtvaardigheid.",
        councilRole:
          "De cliëntenraad hield de interviews; deelnemers wilden liever niemand van de gemeente erbij.",
        municipalityRole: "Opzet en werving samen. Ook medewerkers van Werk en Inkomen zijn geïnterviewd.",
        workedWell: "Meer begrip over en weer; een respectvolle verhouding over een lastig thema.",
        disappointed: "Werven via open kanalen en brieven werkte slecht. Via-via werkte beter.",
        surprised: "Het grote aantal uren vrijwilligerswerk, soms bijna fulltime.",
        result:
          "Mensen doen vrijwilligerswerk om bij te dragen, zich te ontwikkelen en hun kansen op werk te vergroten.",
        lessons: "Zet meerdere wervingskanalen tegelijk in. Persoonlijke benadering werkt het beste.",
        nextSteps: "Presentaties voor gemeente en cliëntenraad.",
      },
    })
    .returning();
  return trajectory!.id;
}

async function seedResearch(tx: DbOrTx, tenantId: string, trajectoryId: string, councilId: string | null) {
  const [project] = await tx
    .insert(researchProject)
    .values({
      tenantId,
      trajectoryId,
      title: "Ervaringen met vrijwilligerswerk in de bijstand",
      question: "Welke regels van Werk en Inkomen zitten mensen in de weg bij vrijwilligerswerk?",
      channels: [
        { code: "via-via", label: "Via via" },
        { code: "wijkcentrum", label: "Wijkcentrum" },
        { code: "nieuwsbrief", label: "Nieuwsbrief" },
      ],
      topics: ["Hoe vond u het vrijwilligerswerk?", "Hoeveel uur doet u het?", "Welke regels merkt u?"],
      nextCode: 4,
      createdByUserId: councilId,
    })
    .returning();
  const consent = {
    consentScope: "Gesprek en aantekeningen",
    consentGivenOn: "2026-11-02",
    consentUntil: "2027-06-30",
  };
  const participants = await tx
    .insert(researchParticipant)
    .values(
      [
        {
          code: "D-001",
          channel: "via-via",
          stage: "interviewed" as const,
          contact: "06 11111111",
          ...consent,
        },
        {
          code: "D-002",
          channel: "wijkcentrum",
          stage: "interviewed" as const,
          contact: "06 22222222",
          ...consent,
        },
        { code: "D-003", channel: "nieuwsbrief", stage: "approached" as const },
      ].map((p) => ({ ...p, tenantId, projectId: project!.id, recruitedByUserId: councilId })),
    )
    .returning();
  const notes = [
    "Ik werk 30 uur per week bij de voedselbank. De regels van W&I zijn onduidelijk. Ik vond het werk zelf.",
    "Ik moest toestemming vragen en dat duurde weken. Het werk geeft me ritme en nieuwe contacten.",
  ];
  const [rules, found] = await tx
    .insert(researchTheme)
    .values([
      { tenantId, label: "Regels W&I" },
      { tenantId, label: "Zelf werk gevonden" },
    ])
    .returning();
  const themes = { rules: rules!.id, found: found!.id };
  await seedInterviews(
    tx,
    { tenantId, projectId: project!.id, topics: project!.topics, councilId, themes },
    participants.map((p) => p.id),
    notes,
  );
}

async function seedInterviews(
  tx: DbOrTx,
  at: {
    tenantId: string;
    projectId: string;
    topics: string[];
    councilId: string | null;
    themes: { rules: string; found: string };
  },
  participantIds: string[],
  notes: string[],
) {
  const { tenantId, projectId, councilId } = at;
  for (const [i, text] of notes.entries()) {
    const [interview] = await tx
      .insert(researchInterview)
      .values({
        tenantId,
        projectId: projectId,
        participantId: participantIds[i]!,
        startsAt: amsterdamInstant(`2026-11-${10 + i}`, "14:00"),
        place: "Bibliotheek",
        topics: at.topics,
        interviewerUserId: councilId,
        interviewerName: "Cliëntenraad",
        held: true,
        notes: text,
      })
      .returning();
    const fragment =
      i === 0 ? "De regels van W&I zijn onduidelijk." : "Ik moest toestemming vragen en dat duurde weken.";
    await tx.insert(researchFragment).values({
      tenantId,
      projectId: projectId,
      interviewId: interview!.id,
      participantId: participantIds[i]!,
      themeId: at.themes.rules,
      text: fragment,
      quote: i === 0,
    });
    if (i === 0)
      await tx.insert(researchFragment).values({
        tenantId,
        projectId: projectId,
        interviewId: interview!.id,
        participantId: participantIds[i]!,
        themeId: at.themes.found,
        text: "Ik vond het werk zelf.",
      });
  }
}
