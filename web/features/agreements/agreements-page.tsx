import { useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { amsterdamDay } from "../../../shared/dates.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { hasPermission, meQuery } from "../accounts/api.ts";
import { AgreementEditor, emptyContent } from "./agreement-editor.tsx";
import { agreementKeys, agreementQueries, agreementsApi } from "./api.ts";
import { TrajectoryNav } from "./timeline.tsx";

const route = getRouteApi("/app/wijkaanpak/$id/afspraken");

/** The prestatieafspraken of a wijk, and a form for a new one (version 1, draft). */
export function AgreementsPage() {
  const { t } = useTranslation();
  const { id } = route.useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const list = useQuery(agreementQueries.agreements(id));
  const manage = hasPermission(useQuery(meQuery).data, "agreements.manage");
  return (
    <>
      <Heading1>{t("agreements.list.title")}</Heading1>
      <TrajectoryNav id={id} />
      <Paragraph>{t("agreements.list.intro")}</Paragraph>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : (
        <DataTable
          caption={t("agreements.list.caption")}
          rows={list.data.items}
          rowKey={(a) => a.id}
          empty={t("agreements.list.empty")}
          columns={[
            {
              header: t("agreements.list.name"),
              cell: (a) => (
                <AppLink to="/afspraken/$id" params={{ id: a.id }}>
                  {a.title}
                </AppLink>
              ),
            },
            {
              header: t("agreements.list.version"),
              cell: (a) => `${a.latestVersion} · ${t(`agreements.versionStatuses.${a.latestStatus}`)}`,
            },
            {
              header: t("agreements.list.monitoring"),
              cell: (a) =>
                a.activeVersion ? (
                  <AppLink to="/afspraken/$id/monitoring" params={{ id: a.id }}>
                    {t("agreements.list.toMonitoring")}
                  </AppLink>
                ) : (
                  "–"
                ),
            },
          ]}
        />
      )}
      {manage && (
        <AgreementEditor
          trajectoryId={id}
          initial={emptyContent(amsterdamDay())}
          needsNote={false}
          onSave={async (body) => {
            const made = await agreementsApi.createAgreement(id, body);
            await queryClient.invalidateQueries({ queryKey: agreementKeys.agreements });
            await navigate({ to: "/afspraken/$id", params: { id: made.id } });
          }}
        />
      )}
    </>
  );
}
