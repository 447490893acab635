import { useQuery } from "@tanstack/react-query";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { type Count, countCell } from "../../../shared/small-counts.ts";
import { DataTable } from "../../ui/data-table.tsx";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { participationQueries } from "./api.ts";

type Rows = { rows: { key: string; count: Count }[]; total: Count };

/** The policy report: counts per table, small counts hidden for the policy officer and client council. */
export function ReportPage() {
  const { t } = useTranslation();
  const report = useQuery(participationQueries.report());
  if (report.isPending) return <Loading />;
  if (report.isError) return <ErrorMessage error={report.error} />;
  const r = report.data;
  const table = (title: string, data: Rows, label: (key: string) => string) => (
    <section aria-label={title}>
      <Heading2>{title}</Heading2>
      <DataTable
        caption={title}
        rows={[...data.rows, { key: "__total", count: data.total }]}
        rowKey={(row) => row.key}
        empty="–"
        columns={[
          {
            header: t("participation.report.category"),
            cell: (row) => (row.key === "__total" ? t("participation.report.total") : label(row.key)),
          },
          { header: t("participation.report.count"), cell: (row) => countCell(row.count) },
        ]}
      />
    </section>
  );
  return (
    <>
      <Heading1>{t("participation.report.title")}</Heading1>
      <Paragraph>{t("participation.report.intro")}</Paragraph>
      {table(t("participation.report.byActivity"), r.byActivity, (k) => t(`participation.activities.${k}`))}
      <Paragraph>
        {t("participation.report.foundByClient", {
          count: countCell(r.foundByClient.count),
          of: countCell(r.foundByClient.of),
        })}
      </Paragraph>
      <Paragraph>
        {r.decisionDays.median === null
          ? t("participation.report.decisionDaysHidden")
          : t("participation.report.decisionDays", {
              median: r.decisionDays.median,
              p90: r.decisionDays.p90,
            })}
      </Paragraph>
      {table(t("participation.report.refusals"), r.refusals, (k) =>
        t(`participation.refusalCategories.${k}`),
      )}
      {table(t("participation.report.obstacles"), r.obstacles, (k) =>
        t(`participation.obstacleCategories.${k}`),
      )}
      {table(t("participation.report.hours"), r.hours, (k) => t(`participation.report.hourBands.${k}`))}
    </>
  );
}
