import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import type { Findings, ResearchProject } from "../../../shared/learning/research.ts";
import { useCountText } from "../../ui/count.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { researchQueries } from "./api.ts";
import { InterviewsSection } from "./interviews-section.tsx";
import { ParticipantsSection } from "./participants-section.tsx";

const route = getRouteApi("/app/ervaringsonderzoek/$id");

/** One research project: recruitment per channel, participants, interviews with coding, findings. */
export function ProjectPage() {
  const { id } = route.useParams();
  const project = useQuery(researchQueries.project(id));
  if (project.isPending) return <Loading />;
  if (project.isError) return <ErrorMessage error={project.error} />;
  return (
    <>
      <Heading1>{project.data.title}</Heading1>
      <Paragraph>{project.data.question}</Paragraph>
      <FunnelTable project={project.data} />
      <ParticipantsSection project={project.data} />
      <InterviewsSection project={project.data} />
      <FindingsSection projectId={id} />
    </>
  );
}

function FunnelTable({ project }: { project: ResearchProject }) {
  const { t } = useTranslation();
  const { count, explained } = useCountText();
  type Row = ResearchProject["funnel"]["total"];
  return (
    <>
      <Heading2>{t("learning.research.funnel")}</Heading2>
      <Paragraph>{explained}</Paragraph>
      <DataTable<Row>
        caption={t("learning.research.funnel")}
        rows={project.funnel.rows}
        footer={project.funnel.total}
        rowKey={(row) => row.channel}
        empty={t("learning.research.none")}
        columns={[
          { header: t("learning.research.channelHeader"), cell: (row) => row.label },
          { header: t("learning.research.stages.approached"), cell: (row) => count(row.approached) },
          { header: t("learning.research.stages.agreed"), cell: (row) => count(row.agreed) },
          { header: t("learning.research.stages.interviewed"), cell: (row) => count(row.interviewed) },
        ]}
      />
    </>
  );
}

function FindingsSection({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const { count } = useCountText();
  const findings = useQuery(researchQueries.findings(projectId));
  if (findings.isPending) return <Loading />;
  if (findings.isError) return <ErrorMessage error={findings.error} />;
  type Row = Findings["rows"][number];
  return (
    <section>
      <Heading2>{t("learning.research.findings")}</Heading2>
      <Paragraph>
        {t("learning.research.interviewedCount", { n: count(findings.data.interviewed) })}
      </Paragraph>
      <DataTable<Row>
        caption={t("learning.research.findings")}
        rows={findings.data.rows}
        rowKey={(row) => row.theme}
        empty={t("learning.research.noFindings")}
        columns={[
          { header: t("learning.theme"), cell: (row) => row.theme },
          { header: t("learning.research.mentionedBy"), cell: (row) => count(row.participants) },
          {
            header: t("learning.research.quotes"),
            cell: (row) => row.quotes.map((q) => <q key={q.id}>{q.text} </q>),
          },
        ]}
      />
    </section>
  );
}
