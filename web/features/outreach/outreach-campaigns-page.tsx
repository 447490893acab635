import { useQuery } from "@tanstack/react-query";
import { ButtonLink, Heading1, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { hasPermission, meQuery } from "../accounts/api.ts";
import { outreachQueries } from "./api.ts";

/** Achter de Voordeur: the campaigns in the user's scope. */
export function OutreachCampaignsPage() {
  const { t, i18n } = useTranslation();
  const me = useQuery(meQuery).data;
  const campaigns = useQuery(outreachQueries.campaigns());
  const day = (iso: string) => formatDay(iso, i18n.language);
  return (
    <>
      <Heading1>{t("outreach.list.title")}</Heading1>
      <Paragraph>{t("outreach.list.intro")}</Paragraph>
      {hasPermission(me, "outreach.manage") && (
        <p>
          <ButtonLink appearance="primary-action-button" href="/huisbezoeken/nieuw">
            {t("outreach.list.new")}
          </ButtonLink>
        </p>
      )}
      {campaigns.isPending ? (
        <Loading />
      ) : campaigns.isError ? (
        <ErrorMessage error={campaigns.error} />
      ) : (
        <DataTable
          caption={t("outreach.list.caption")}
          rows={campaigns.data}
          rowKey={(row) => row.id}
          empty={t("outreach.list.empty")}
          columns={[
            {
              header: t("outreach.form.name"),
              cell: (row) => (
                <AppLink to="/huisbezoeken/$id" params={{ id: row.id }}>
                  {row.name}
                </AppLink>
              ),
            },
            { header: t("outreach.form.programme"), cell: (row) => row.programme },
            { header: t("outreach.detail.organisation"), cell: (row) => row.organisationName },
            { header: t("outreach.list.period"), cell: (row) => `${day(row.startsOn)} – ${day(row.endsOn)}` },
            { header: t("outreach.list.addresses"), cell: (row) => row.addresses },
            { header: t("outreach.list.walkLists"), cell: (row) => row.walkLists },
            { header: t("outreach.form.status"), cell: (row) => t(`outreach.statuses.${row.status}`) },
          ]}
        />
      )}
    </>
  );
}
