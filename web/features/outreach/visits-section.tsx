import { useQuery } from "@tanstack/react-query";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import type { OutreachCampaign, Visit } from "../../../shared/outreach.ts";
import { DataTable } from "../../ui/data-table.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { outreachQueries } from "./api.ts";

/** The campaign's visits. Signals, notes and plans only reach who may see them (the server decides). */
export function VisitsSection({ campaign }: { campaign: OutreachCampaign }) {
  const { t, i18n } = useTranslation();
  const visits = useQuery({
    ...outreachQueries.visits(campaign.id),
  });
  const topic = (code: string) => campaign.topics.find((x) => x.code === code)?.label ?? code;
  const details = (v: Visit) => {
    if (v.signals === null) return t("outreach.visits.hidden");
    const parts = Object.entries(v.signals).map(
      ([code, level]) => `${topic(code)}: ${t(`outreach.signals.${level}`)}`,
    );
    return [parts.join(", "), v.note].filter(Boolean).join(" · ") || "–";
  };
  return (
    <section aria-labelledby="visits-title">
      <Heading2 id="visits-title">{t("outreach.visits.title")}</Heading2>
      <Paragraph>{t("outreach.visits.intro")}</Paragraph>
      {visits.isPending ? (
        <Loading />
      ) : visits.isError ? (
        <ErrorMessage error={visits.error} />
      ) : (
        <DataTable
          caption={t("outreach.visits.caption")}
          rows={visits.data}
          rowKey={(row) => row.id}
          empty={t("outreach.visits.empty")}
          columns={[
            {
              header: t("outreach.visits.when"),
              cell: (row) => formatDateTime(row.visitedAt, i18n.language),
            },
            { header: t("outreach.addresses.address"), cell: (row) => row.addressLine },
            {
              header: t("outreach.visits.what"),
              cell: (row) =>
                `${t(`outreach.visits.kinds.${row.kind}`)}: ${t(`outreach.outcomes.${row.outcome}`)}${row.incentiveGiven ? ` · ${t("outreach.visits.incentive")}` : ""}`,
            },
            { header: t("outreach.visits.signals"), cell: details },
            {
              header: t("outreach.visits.plan"),
              cell: (row) =>
                row.plan
                  ? `${row.plan.goals} (${t("outreach.visits.actions", { count: row.plan.actions.length })})`
                  : "–",
            },
            { header: t("outreach.visits.by"), cell: (row) => row.recordedBy },
          ]}
        />
      )}
    </section>
  );
}
