import { useQuery } from "@tanstack/react-query";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { expiringQuery, volunteerListQuery, volunteerSettingsQuery } from "./api.ts";

/** The coordinator's worklist: new sign-ups waiting for contact, and expiring VOGs and certificates. */
export function VolunteersAttentionPage() {
  const { t, i18n } = useTranslation();
  const settings = useQuery(volunteerSettingsQuery).data;
  const queue = useQuery(volunteerListQuery({ status: "signedUp", sort: "signedUpAt", pageSize: 200 }));
  const expiring = useQuery(expiringQuery);
  const link = (id: string, name: string) => (
    <AppLink to="/vrijwilligers/$id" params={{ id }}>
      {name}
    </AppLink>
  );
  return (
    <>
      <Heading1>{t("volunteers.attention.title")}</Heading1>
      <Heading2>{t("volunteers.attention.queue")}</Heading2>
      <Paragraph>{t("volunteers.attention.queueText", { days: settings?.signupStaleDays ?? 7 })}</Paragraph>
      {queue.isPending ? (
        <Loading />
      ) : queue.isError ? (
        <ErrorMessage error={queue.error} />
      ) : (
        <DataTable
          caption={t("volunteers.attention.queueCaption")}
          rows={queue.data.items}
          rowKey={(row) => row.id}
          empty={t("volunteers.attention.queueEmpty")}
          columns={[
            { header: t("volunteers.fields.name"), cell: (row) => link(row.id, row.name) },
            { header: t("volunteers.fields.organisation"), cell: (row) => row.organisationName ?? "–" },
            {
              header: t("volunteers.fields.signedUpAt"),
              cell: (row) => formatDay(row.signedUpAt, i18n.language),
            },
            { header: t("volunteers.fields.daysWaiting"), cell: (row) => row.daysWaiting },
            {
              header: t("volunteers.fields.status"),
              cell: (row) =>
                row.needsContact ? (
                  <span className="inzet-badge inzet-badge--high">{t("volunteers.list.needsContact")}</span>
                ) : row.assisted ? (
                  t("volunteers.list.assisted")
                ) : (
                  t("volunteers.statuses.signedUp")
                ),
            },
          ]}
        />
      )}
      <Heading2>{t("volunteers.attention.expiring")}</Heading2>
      {expiring.isPending ? (
        <Loading />
      ) : expiring.isError ? (
        <ErrorMessage error={expiring.error} />
      ) : (
        <DataTable
          caption={t("volunteers.attention.expiringCaption", { days: settings?.expiryWarningDays ?? 60 })}
          rows={expiring.data}
          rowKey={(row) => row.kind + row.volunteerId + row.dueOn + row.label}
          empty={t("volunteers.attention.expiringEmpty")}
          columns={[
            { header: t("volunteers.fields.name"), cell: (row) => link(row.volunteerId, row.volunteerName) },
            { header: t("volunteers.attention.what"), cell: (row) => row.label },
            {
              header: t("volunteers.attention.due"),
              cell: (row) => formatDay(row.dueOn, i18n.language),
            },
            { header: t("volunteers.attention.daysLeft"), cell: (row) => row.daysLeft },
          ]}
        />
      )}
    </>
  );
}
