import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { ButtonLink, Heading1 } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { organisationTypes } from "../../../shared/organisations.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { SelectField, TextField } from "../../ui/form.tsx";
import { QueryTable } from "../../ui/query-table.tsx";
import { hasPermission, meQuery } from "../accounts/api.ts";
import { districtsQuery } from "../tenancy/api.ts";
import { organisationQueries } from "./api.ts";

const route = getRouteApi("/app/beheer/organisaties");

export function OrganisationsPage() {
  const { t } = useTranslation();
  const me = useQuery(meQuery).data;
  const districts = useQuery(districtsQuery).data ?? [];
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.pagina ?? 1;
  const list = useQuery({
    ...organisationQueries.list({ q: search.q, type: search.soort, districtId: search.wijk, page }),
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
            const text = (name: string) => String(data.get(name) ?? "") || undefined;
            void navigate({
              search: {
                q: text("q"),
                soort: organisationTypes.find((type) => type === data.get("type")),
                wijk: text("districtId"),
              },
            });
          }}
        >
          <TextField name="q" type="search" label={t("common.search")} defaultValue={search.q ?? ""} />
          <SelectField
            name="type"
            label={t("fields.organisationType")}
            emptyLabel={t("common.all")}
            defaultValue={search.soort ?? ""}
            options={organisationTypes.map((type) => ({
              value: type,
              label: t(`organisationTypes.${type}`),
            }))}
          />
          <SelectField
            name="districtId"
            label={t("fields.district")}
            emptyLabel={t("common.all")}
            defaultValue={search.wijk ?? ""}
            options={districts.map((d) => ({ value: d.id, label: d.name }))}
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
        caption={t("organisations.caption")}
        rowKey={(row) => row.id}
        empty={t("organisations.empty")}
        page={page}
        onPage={(next) => void navigate({ search: { ...search, pagina: next } })}
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
    </>
  );
}
