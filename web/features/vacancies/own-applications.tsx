import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { invalidate, vacanciesApi, vacancyKeys, vacancyQueries } from "./api.ts";
import { OwnHours } from "./own-hours.tsx";

/** A volunteer's reactions and invitations; an invitation is answered here. */
export function OwnApplications() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mine = useQuery(vacancyQueries.mine());
  const answer = async (id: string, accept: boolean) => {
    await vacanciesApi.answer(id, accept);
    await invalidate(queryClient, vacancyKeys.mine);
  };
  return (
    <section aria-labelledby="applications-title">
      <Heading2 id="applications-title">{t("vacancies.mine.title")}</Heading2>
      {mine.isPending ? (
        <Loading />
      ) : mine.isError ? (
        <ErrorMessage error={mine.error} />
      ) : (
        <DataTable
          caption={t("vacancies.mine.caption")}
          rows={mine.data}
          rowKey={(row) => row.id}
          empty={t("vacancies.mine.empty")}
          columns={[
            {
              header: t("vacancies.mine.vacancy"),
              cell: (row) => (
                <AppLink to="/vacatures/$id" params={{ id: row.vacancyId }}>
                  {row.title}
                </AppLink>
              ),
            },
            { header: t("volunteers.fields.organisation"), cell: (row) => row.organisationName },
            { header: t("vacancies.mine.status"), cell: (row) => t(`vacancies.mine.statuses.${row.status}`) },
            {
              header: t("common.actions"),
              cell: (row) =>
                row.status === "invited" ? (
                  <>
                    <Button appearance="primary-action-button" onClick={() => void answer(row.id, true)}>
                      {t("vacancies.mine.accept")}
                      <span className="inzet-visually-hidden"> {row.title}</span>
                    </Button>{" "}
                    <Button appearance="secondary-action-button" onClick={() => void answer(row.id, false)}>
                      {t("vacancies.mine.decline")}
                      <span className="inzet-visually-hidden"> {row.title}</span>
                    </Button>
                  </>
                ) : (
                  "–"
                ),
            },
          ]}
        />
      )}
      <Paragraph>
        <AppLink to="/vacatures">{t("vacancies.mine.find")}</AppLink>
      </Paragraph>
      {mine.data && <OwnHours placements={mine.data.filter((a) => a.status === "placed")} />}
    </section>
  );
}
