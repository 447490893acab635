import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { ButtonLink, Heading1 } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { vacancyStatuses } from "../../../shared/vacancies.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { SelectField, TextField } from "../../ui/form.tsx";
import { QueryTable } from "../../ui/query-table.tsx";
import { hasPermission, meQuery } from "../accounts/api.ts";
import { scheduleSummary, vacancyQueries } from "./api.ts";

const route = getRouteApi("/app/vacaturebeheer");

/** The vacancies of the organisation (or the whole tenant); search, status and page are in the URL. */
export function VacanciesManagePage() {
  const { t, i18n } = useTranslation();
  const me = useQuery(meQuery).data;
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const filter = { q: search.q ?? "", status: search.status, page: search.pagina ?? 1 };
  const list = useQuery({
    ...vacancyQueries.list({ q: filter.q || undefined, status: filter.status, page: filter.page }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <Heading1>{t("vacancies.manage.title")}</Heading1>
      {hasPermission(me, "vacancies.manage") && (
        <p>
          <ButtonLink appearance="primary-action-button" href="/vacaturebeheer/nieuw">
            {t("vacancies.manage.new")}
          </ButtonLink>{" "}
          <ButtonLink appearance="secondary-action-button" href="/vacaturebeheer/verdelen">
            {t("vacancies.batch.link")}
          </ButtonLink>{" "}
          <ButtonLink appearance="secondary-action-button" href="/vacaturebeheer/uren">
            {t("vacancies.report.link")}
          </ButtonLink>
        </p>
      )}
      <search>
        <form
          className="inzet-filters"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const status = vacancyStatuses.find((s) => s === data.get("status"));
            void navigate({ search: { q: String(data.get("q") ?? "") || undefined, status } });
          }}
        >
          <TextField name="q" type="search" label={t("common.search")} defaultValue={filter.q} />
          <SelectField
            name="status"
            label={t("vacancies.form.status")}
            emptyLabel={t("common.all")}
            defaultValue={filter.status ?? ""}
            options={vacancyStatuses.map((s) => ({ value: s, label: t(`vacancies.statuses.${s}`) }))}
          />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("common.filter")}
            </button>
          </div>
        </form>
      </search>
      <QueryTable
        query={list}
        caption={t("vacancies.manage.caption")}
        rowKey={(row) => row.id}
        empty={t("vacancies.manage.empty")}
        page={filter.page}
        onPage={(pagina) => void navigate({ search: { ...search, pagina } })}
        columns={[
          {
            header: t("vacancies.form.title"),
            cell: (row) => (
              <AppLink to="/vacaturebeheer/$id" params={{ id: row.id }}>
                {row.title}
              </AppLink>
            ),
          },
          { header: t("vacancies.form.organisation"), cell: (row) => row.organisationName },
          { header: t("vacancies.form.status"), cell: (row) => t(`vacancies.statuses.${row.status}`) },
          {
            header: t("vacancies.detail.when"),
            cell: (row) => scheduleSummary(row, t, i18n.language) || "–",
          },
          { header: t("vacancies.manage.placed"), cell: (row) => `${row.placed} / ${row.places}` },
        ]}
      />
    </>
  );
}
