import { useTranslation } from "react-i18next";
import type { ProcessingLogEntry } from "../../../shared/privacy.ts";
import { DataTable } from "../../ui/data-table.tsx";

export type ProcessingTableProps = { entries: ProcessingLogEntry[]; caption: string; showSubject?: boolean };

export function ProcessingTable({ entries, caption, showSubject = true }: ProcessingTableProps) {
  const { t, i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === "en" ? "en-GB" : "nl-NL", {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return (
    <DataTable
      caption={caption}
      rows={entries}
      rowKey={(row) => row.id}
      empty={t("privacy.empty")}
      columns={[
        { header: t("privacy.when"), cell: (row) => format.format(new Date(row.occurredAt)) },
        {
          header: t("privacy.who"),
          cell: (row) => `${row.actorName ?? "–"}${row.actorRole ? ` (${t(`roles.${row.actorRole}`)})` : ""}`,
        },
        { header: t("privacy.activity"), cell: (row) => row.activityName },
        { header: t("privacy.action"), cell: (row) => t(`privacy.actions.${row.action}`) },
        {
          header: t("privacy.status"),
          cell: (row) =>
            `${t(`privacy.statuses.${row.outcome}`, { defaultValue: row.outcome })}${row.foreignOperation ? ` · ${t("privacy.foreign")}` : ""}`,
        },
        ...(showSubject
          ? [
              {
                header: t("privacy.subject"),
                cell: (row: ProcessingLogEntry) => <span className="inzet-mono">{row.subjectId}</span>,
              },
            ]
          : []),
      ]}
    />
  );
}
