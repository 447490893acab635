import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ButtonLink, Heading1 } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { organisationTypes } from "../../shared/organisations.ts";
import { hasPermission, meQuery } from "../features/accounts/api.ts";
import { organisationsApi } from "../features/organisations/api.ts";
import { districtsQuery } from "../features/tenancy/api.ts";
import { AppLink } from "../ui/app-link.tsx";
import { DataTable, Pagination } from "../ui/data-table.tsx";
import { SelectField, TextField } from "../ui/form.tsx";
import { ErrorMessage, Loading } from "../ui/status.tsx";

export function OrganisationsPage() {
  const { t } = useTranslation();
  const me = useQuery(meQuery).data;
  const districts = useQuery(districtsQuery).data ?? [];
  const [filter, setFilter] = useState({ q: "", type: "", districtId: "", page: 1 });
  const list = useQuery({
    queryKey: ["organisations", filter],
    queryFn: () => organisationsApi.list(filter),
    placeholderData: keepPreviousData,
  });
  const canManage = hasPermission(me, "organisations.manage");

  return (
    <>
      <Heading1>{t("organisations.title")}</Heading1>
      {canManage && (
        <p>
          <ButtonLink appearance="primary-action-button" href="/beheer/organisaties/nieuw">
            {t("organisations.new")}
          </ButtonLink>
        </p>
      )}
      <search>
        <form
          className="inzet-filters"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            setFilter({
              q: String(data.get("q") ?? ""),
              type: String(data.get("type") ?? ""),
              districtId: String(data.get("districtId") ?? ""),
              page: 1,
            });
          }}
        >
          <TextField name="q" type="search" label={t("common.search")} defaultValue={filter.q} />
          <SelectField
            name="type"
            label={t("fields.organisationType")}
            emptyLabel={t("common.all")}
            options={organisationTypes.map((type) => ({
              value: type,
              label: t(`organisationTypes.${type}`),
            }))}
          />
          <SelectField
            name="districtId"
            label={t("fields.district")}
            emptyLabel={t("common.all")}
            options={districts.map((d) => ({ value: d.id, label: d.name }))}
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
            caption={t("organisations.caption")}
            rows={list.data.items}
            rowKey={(row) => row.id}
            empty={t("organisations.empty")}
            columns={[
              {
                header: t("fields.name"),
                cell: (row) => (
                  <AppLink to="/beheer/organisaties/$id" params={{ id: row.id }}>
                    {row.name}
                  </AppLink>
                ),
              },
              { header: t("fields.organisationType"), cell: (row) => t(`organisationTypes.${row.type}`) },
              { header: t("fields.city"), cell: (row) => row.city ?? "–" },
              {
                header: t("fields.districtsServed"),
                cell: (row) =>
                  row.districtIds
                    .map((id) => districts.find((d) => d.id === id)?.name)
                    .filter(Boolean)
                    .join(", ") || t("organisations.wholeArea"),
              },
              {
                header: t("fields.status"),
                cell: (row) => (row.active ? t("common.active") : t("common.inactive")),
              },
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
