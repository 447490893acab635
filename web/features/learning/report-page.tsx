import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import {
  Button,
  ButtonGroup,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Report } from "../../../shared/learning/reports.ts";
import { useCountText } from "../../ui/count.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { reportKeys, reportQueries, reportsApi } from "./api.ts";
import { ReportForm } from "./report-form.tsx";
import { ReopenForm, ReportHistory } from "./report-history.tsx";
import { ResponseForm } from "./report-response-form.tsx";

const route = getRouteApi("/app/rapporten/$id");

/** One report: findings, quotes, recommendations with the municipality's response beside each. */
export function ReportPage() {
  const { t, i18n } = useTranslation();
  const { id } = route.useParams();
  const report = useQuery(reportQueries.one(id));
  if (report.isPending) return <Loading />;
  if (report.isError) return <ErrorMessage error={report.error} />;
  const r = report.data;
  return (
    <>
      <Heading1>{r.title}</Heading1>
      <Paragraph>
        {t(`learning.reports.status.${r.status}`)}
        {r.signedOff &&
          ` · ${t("learning.reports.signedOff", { name: r.signedOff.byName, day: formatDay(r.signedOff.at, i18n.language) })}`}
      </Paragraph>
      <StatusActions report={r} />
      <Paragraph>
        <a className="utrecht-link" href={reportsApi.pdfHref(r.id)} download>
          {t("learning.reports.pdf")}
        </a>
      </Paragraph>
      <Paragraph>{r.summary}</Paragraph>
      <ReportFindings report={r} />
      <Recommendations report={r} />
      {r.can.edit && <ReportForm report={r} />}
      {r.can.reopen && <ReopenForm report={r} />}
      <ReportHistory report={r} />
    </>
  );
}

function StatusActions({ report }: { report: Report }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const run = (action: (id: string) => Promise<unknown>) => async () => {
    setError(null);
    try {
      await action(report.id);
      await Promise.all(reportKeys.map((queryKey) => client.invalidateQueries({ queryKey })));
    } catch (e) {
      setError(e);
    }
  };
  if (!report.can.signOff && !report.can.publish) return null;
  return (
    <>
      {error !== null && <ErrorMessage error={error} />}
      <ButtonGroup>
        {report.can.signOff && (
          <Button appearance="primary-action-button" onClick={() => void run(reportsApi.signOff)()}>
            {t("learning.reports.signOff")}
          </Button>
        )}
        {report.can.publish && (
          <Button appearance="primary-action-button" onClick={() => void run(reportsApi.publish)()}>
            {t("learning.reports.publish")}
          </Button>
        )}
      </ButtonGroup>
    </>
  );
}

function ReportFindings({ report }: { report: Report }) {
  const { t } = useTranslation();
  const { count, explained } = useCountText();
  type Row = Report["findings"]["rows"][number];
  const quotesOf = (theme: string) => report.quotes.filter((q) => q.theme === theme);
  return (
    <section>
      <Heading2>{t("learning.research.findings")}</Heading2>
      <Paragraph>
        {t("learning.research.interviewedCount", { n: count(report.findings.interviewed) })} {explained}
      </Paragraph>
      <DataTable<Row>
        caption={t("learning.research.findings")}
        rows={report.findings.rows}
        rowKey={(row) => row.theme}
        empty={t("learning.research.noFindings")}
        columns={[
          { header: t("learning.theme"), cell: (row) => row.theme },
          { header: t("learning.research.mentionedBy"), cell: (row) => count(row.participants) },
          {
            header: t("learning.research.quotes"),
            cell: (row) => quotesOf(row.theme).map((q) => <q key={q.id}>{q.text} </q>),
          },
        ]}
      />
    </section>
  );
}

function Recommendations({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  const [answering, setAnswering] = useState<string | null>(null);
  return (
    <section>
      <Heading2>{t("learning.reports.recs")}</Heading2>
      {report.recommendationItems.map((rec, i) => (
        <article key={rec.id}>
          <Heading3>
            {i + 1}. {rec.text}
          </Heading3>
          <Paragraph>
            {t("learning.theme")}: {rec.theme || t("learning.reports.generalTheme")}
          </Paragraph>
          {rec.response ? (
            <Paragraph>
              <strong>
                {t("learning.reports.answer")}: {t(`learning.reports.decision.${rec.response.decision}`)}
              </strong>
              . {rec.response.reasoning}
              {rec.response.followUpOn &&
                ` ${t("learning.reports.followUp")} ${formatDay(rec.response.followUpOn, i18n.language)}.`}{" "}
              ({rec.response.respondedByName})
            </Paragraph>
          ) : (
            report.status === "published" && <Paragraph>{t("learning.reports.noAnswer")}</Paragraph>
          )}
          {report.can.respond &&
            (answering === rec.id ? (
              <ResponseForm recommendation={rec} onDone={() => setAnswering(null)} />
            ) : (
              <Button
                appearance="secondary-action-button"
                aria-label={`${t("learning.reports.respond")}: ${rec.text}`}
                onClick={() => setAnswering(rec.id)}
              >
                {t("learning.reports.respond")}
              </Button>
            ))}
        </article>
      ))}
    </section>
  );
}
