import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "@tanstack/react-router";
import { Heading1 } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { hasPermission, meQuery } from "../accounts/api.ts";
import { reportQueries } from "./api.ts";
import { ReportForm } from "./report-form.tsx";

/** Reports of the research: the council sees its drafts too; the municipality only what is published. */
export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const me = useQuery(meQuery);
  const list = useQuery(reportQueries.list());
  return (
    <>
      <Heading1>{t("learning.reports.title")}</Heading1>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : (
        <DataTable
          caption={t("learning.reports.nav")}
          rows={list.data}
          rowKey={(row) => row.id}
          empty={t("learning.reports.none")}
          columns={[
            {
              header: t("learning.titleField"),
              cell: (row) => (
                <AppLink to="/rapporten/$id" params={{ id: row.id }}>
                  {row.title}
                </AppLink>
              ),
            },
            {
              header: t("learning.research.stage"),
              cell: (row) =>
                `${t(`learning.reports.status.${row.status}`)}${row.publishedAt ? ` ${formatDay(row.publishedAt, i18n.language)}` : ""}`,
            },
            {
              header: t("learning.reports.answer"),
              cell: (row) =>
                t("learning.reports.responded", { n: row.responded, total: row.recommendations }),
            },
          ]}
        />
      )}
      {hasPermission(me.data, "reports.write") && (
        <ReportForm onSaved={(id) => void navigate({ to: "/rapporten/$id", params: { id } })} />
      )}
    </>
  );
}
