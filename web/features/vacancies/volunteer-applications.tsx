import { useQuery } from "@tanstack/react-query";
import { Heading2 } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { vacancyQueries } from "./api.ts";

/** A volunteer's reactions, invitations and placements, for the coordinator (newest first). */
export function VolunteerApplications({ volunteerId }: { volunteerId: string }) {
  const { t, i18n } = useTranslation();
  const applications = useQuery(vacancyQueries.ofVolunteer(volunteerId));
  return (
    <section aria-labelledby="applications-title">
      <Heading2 id="applications-title">{t("vacancies.ofVolunteer.title")}</Heading2>
      {applications.isPending ? (
        <Loading />
      ) : applications.isError ? (
        <ErrorMessage error={applications.error} />
      ) : (
        <DataTable
          caption={t("vacancies.ofVolunteer.caption")}
          rows={applications.data}
          rowKey={(a) => a.id}
          empty={t("vacancies.ofVolunteer.empty")}
          columns={[
            {
              header: t("vacancies.mine.vacancy"),
              cell: (a) => (
                <AppLink to="/vacaturebeheer/$id" params={{ id: a.vacancyId }}>
                  {a.title}
                </AppLink>
              ),
            },
            { header: t("volunteers.fields.organisation"), cell: (a) => a.organisationName },
            { header: t("vacancies.mine.status"), cell: (a) => t(`vacancies.mine.statuses.${a.status}`) },
            { header: t("vacancies.ofVolunteer.since"), cell: (a) => formatDay(a.updatedAt, i18n.language) },
          ]}
        />
      )}
    </section>
  );
}
