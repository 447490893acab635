import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../ui/app-link.tsx";
import { Pagination } from "../../ui/data-table.tsx";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { authApi, meQuery } from "../accounts/api.ts";
import { privacyQueries } from "./api.ts";
import { ProcessingTable } from "./processing-table.tsx";

const route = getRouteApi("/app/mijn-gegevens");

export function MyDataPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery).data;
  const search = route.useSearch();
  const page = search.pagina ?? 1;
  const log = useQuery({ ...privacyQueries.mine(page), placeholderData: keepPreviousData });

  return (
    <>
      <Heading1>{t("myData.title")}</Heading1>
      {me && (
        <dl>
          <dt>{t("fields.name")}</dt>
          <dd>{me.user.name}</dd>
          <dt>{t("fields.email")}</dt>
          <dd>{me.user.email}</dd>
          <dt>{t("myData.twoFactor")}</dt>
          <dd>
            {me.user.twoFactorEnabled ? t("common.on") : t("common.off")} –{" "}
            <AppLink to="/tweestapsverificatie">{t("myData.twoFactorLink")}</AppLink>
          </dd>
          <dt>{t("myData.reminders")}</dt>
          <dd>
            {me.user.reminderMails ? t("common.on") : t("common.off")} –{" "}
            <AppLink to="/meldingen">{t("myData.remindersLink")}</AppLink>
          </dd>
        </dl>
      )}
      <Heading2>{t("myData.security")}</Heading2>
      <Paragraph>{t("myData.signOutEverywhereText")}</Paragraph>
      <Button
        appearance="secondary-action-button"
        onClick={async () => {
          await authApi.signOutEverywhere();
          queryClient.clear();
          await navigate({ to: "/inloggen" });
        }}
      >
        {t("myData.signOutEverywhere")}
      </Button>
      <Heading2>{t("myData.whoProcessed")}</Heading2>
      <Paragraph>{t("myData.whoProcessedText")}</Paragraph>
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <ErrorMessage error={log.error} />
      ) : (
        <>
          <ProcessingTable entries={log.data.items} caption={t("myData.whoProcessed")} showSubject={false} />
          <Pagination
            page={page}
            pageSize={log.data.pageSize}
            total={log.data.total}
            onPage={(next) => void navigate({ to: "/mijn-gegevens", search: { pagina: next } })}
          />
        </>
      )}
    </>
  );
}
