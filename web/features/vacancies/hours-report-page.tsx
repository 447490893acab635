import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { SelectField, TextField } from "../../ui/form.tsx";
import { formatNumber } from "../../ui/format.ts";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { hasPermission, meQuery } from "../accounts/api.ts";
import { type HoursReportQuery, hoursReportUrl, vacancyQueries } from "./api.ts";

const groups = ["month", "volunteer", "organisation", "vacancy", "district"] as const;

/** Approved hours per month, volunteer, organisation, vacancy or district, with CSV and XLSX downloads. */
export function HoursReportPage() {
  const { t, i18n } = useTranslation();
  const me = useQuery(meQuery).data;
  // Per volunteer names people: only for those who may see the volunteer list.
  const shown = groups.filter((g) => g !== "volunteer" || hasPermission(me, "volunteers.read"));
  const [query, setQuery] = useState<{ groupBy: (typeof groups)[number]; from: string; to: string }>({
    groupBy: "month",
    from: "",
    to: "",
  });
  const input: HoursReportQuery = {
    groupBy: query.groupBy,
    from: query.from || undefined,
    to: query.to || undefined,
  };
  const report = useQuery({ ...vacancyQueries.hoursReport(input), placeholderData: keepPreviousData });
  const total = (report.data ?? []).reduce((sum, row) => sum + row.hours, 0);
  return (
    <>
      <Heading1>{t("vacancies.report.title")}</Heading1>
      <Paragraph>{t("vacancies.report.intro")}</Paragraph>
      <search>
        <form
          className="inzet-filters"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            setQuery({
              groupBy: groups.find((g) => g === data.get("groupBy")) ?? "month",
              from: String(data.get("from") ?? ""),
              to: String(data.get("to") ?? ""),
            });
          }}
        >
          <SelectField
            name="groupBy"
            label={t("vacancies.report.groupBy")}
            defaultValue={query.groupBy}
            options={shown.map((g) => ({ value: g, label: t(`vacancies.report.groups.${g}`) }))}
          />
          <TextField name="from" type="date" label={t("volunteers.dropout.from")} defaultValue={query.from} />
          <TextField name="to" type="date" label={t("volunteers.dropout.to")} defaultValue={query.to} />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("volunteers.dropout.show")}
            </button>
          </div>
        </form>
      </search>
      <ReportDownloads input={input} />
      {report.isPending ? (
        <Loading />
      ) : report.isError ? (
        <ErrorMessage error={report.error} />
      ) : (
        <>
          <DataTable
            caption={t("vacancies.report.caption", { group: t(`vacancies.report.groups.${query.groupBy}`) })}
            rows={report.data}
            rowKey={(row) => row.key}
            empty={t("vacancies.report.empty")}
            columns={[
              { header: t("vacancies.report.group"), cell: (row) => row.key },
              { header: t("vacancies.hours.hours"), cell: (row) => formatNumber(row.hours, i18n.language) },
              { header: t("vacancies.report.entries"), cell: (row) => row.entries },
            ]}
          />
          <Paragraph>{t("vacancies.report.total", { hours: formatNumber(total, i18n.language) })}</Paragraph>
        </>
      )}
      <Paragraph>
        <AppLink to="/vacaturebeheer">{t("vacancies.manage.back")}</AppLink>
      </Paragraph>
    </>
  );
}

/** The same report as CSV or XLSX. */
function ReportDownloads({ input }: { input: HoursReportQuery }) {
  const { t } = useTranslation();
  return (
    <Paragraph>
      <Link href={hoursReportUrl(input, "csv")} download>
        {t("volunteers.list.export")}
      </Link>{" "}
      ·{" "}
      <Link href={hoursReportUrl(input, "xlsx")} download>
        {t("volunteers.list.exportXlsx")}
      </Link>
    </Paragraph>
  );
}
