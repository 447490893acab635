import { useQuery } from "@tanstack/react-query";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { matchParts } from "../../../shared/matching.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { vacancyQueries } from "./api.ts";

/** The best-fitting published vacancies for a volunteer (own, or one a coordinator looks at). */
export function VacancyMatches({ volunteerId }: { volunteerId?: string }) {
  const { t } = useTranslation();
  const matches = useQuery(vacancyQueries.matches(volunteerId));
  return (
    <section aria-labelledby="matches-title">
      <Heading2 id="matches-title">
        {volunteerId ? t("vacancies.matches.titleFor") : t("vacancies.matches.title")}
      </Heading2>
      <Paragraph>{t("vacancies.matches.intro")}</Paragraph>
      {matches.isPending ? (
        <Loading />
      ) : matches.isError ? (
        <ErrorMessage error={matches.error} />
      ) : (
        <DataTable
          caption={t("vacancies.matches.caption")}
          rows={matches.data}
          rowKey={(row) => row.vacancyId}
          empty={t("vacancies.matches.empty")}
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
            { header: t("vacancies.matching.score"), cell: (row) => Math.round(row.score) },
            {
              header: t("vacancies.matching.why"),
              cell: (row) =>
                matchParts
                  .map((part) => `${t(`vacancies.matching.parts.${part}`)} ${Math.round(row.points[part])}`)
                  .join(" · "),
            },
          ]}
        />
      )}
    </section>
  );
}
