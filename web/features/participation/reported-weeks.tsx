import { Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { DataTable } from "../../ui/data-table.tsx";
import { formatDay } from "../../ui/format.ts";
import "./placement-strings.ts";

type Week = { week: string; hours: number; reportedBy: "client" | "organisation" | "caseworker" };

/** The weeks reported for an agreement, newest first, with who reported each. */
export function ReportedWeeks({ name, weeks }: { name: string; weeks: Week[] }) {
  const { t, i18n } = useTranslation();
  if (weeks.length === 0) return <Paragraph>{t("participation.placements.noWeeks")}</Paragraph>;
  return (
    <DataTable
      caption={t("participation.placements.weeksCaption", { name })}
      rows={weeks}
      rowKey={(row) => row.week}
      empty={t("participation.placements.noWeeks")}
      columns={[
        { header: t("participation.placements.week"), cell: (row) => formatDay(row.week, i18n.language) },
        {
          header: t("participation.placements.hours"),
          cell: (row) => String(row.hours).replace(".", i18n.language === "nl" ? "," : "."),
        },
        {
          header: t("participation.placements.by"),
          cell: (row) => t(`participation.reporters.${row.reportedBy}`),
        },
      ]}
    />
  );
}
