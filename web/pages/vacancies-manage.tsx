import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ButtonLink, Heading1 } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { vacancyStatuses } from "../../shared/vacancies.ts";
import { hasPermission, meQuery } from "../features/accounts/api.ts";
import { scheduleSummary, vacanciesApi } from "../features/vacancies/api.ts";
import { AppLink } from "../ui/app-link.tsx";
import { DataTable, Pagination } from "../ui/data-table.tsx";
import { SelectField, TextField } from "../ui/form.tsx";
import { ErrorMessage, Loading } from "../ui/status.tsx";

export function VacanciesManagePage() {
  const { t, i18n } = useTranslation();
  const me = useQuery(meQuery).data;
  const [filter, setFilter] = useState({ q: "", status: "", page: 1 });
  const list = useQuery({
    queryKey: ["vacancies", filter],
    queryFn: () => vacanciesApi.list(filter),
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
            setFilter({ q: String(data.get("q") ?? ""), status: String(data.get("status") ?? ""), page: 1 });
          }}
        >
          <TextField name="q" type="search" label={t("common.search")} defaultValue={filter.q} />
          <SelectField
            name="status"
            label={t("vacancies.form.status")}
            emptyLabel={t("common.all")}
            options={vacancyStatuses.map((s) => ({ value: s, label: t(`vacancies.statuses.${s}`) }))}
          />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("common.filter")}
            </button>
          </div>
        </form>
      </search>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : (
        <>
          <DataTable
            caption={t("vacancies.manage.caption")}
            rows={list.data.items}
            rowKey={(row) => row.id}
            empty={t("vacancies.manage.empty")}
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
          <Pagination
            page={filter.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPage={(page) => setFilter({ ...filter, page })}
          />
        </>
      )}
    </>
  );
}
