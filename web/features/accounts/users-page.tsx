import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { ButtonLink, Heading1 } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { roles } from "../../../shared/roles.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { SelectField, TextField } from "../../ui/form.tsx";
import { QueryTable } from "../../ui/query-table.tsx";
import { hasPermission, meQuery, userQueries } from "./api.ts";

const route = getRouteApi("/app/beheer/gebruikers");

export function UsersPage() {
  const { t } = useTranslation();
  const me = useQuery(meQuery).data;
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.pagina ?? 1;
  const list = useQuery({
    ...userQueries.list({ q: search.q, role: search.rol, page }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <Heading1>{t("users.title")}</Heading1>
      {hasPermission(me, "users.manage") && (
        <p>
          <ButtonLink appearance="primary-action-button" href="/beheer/gebruikers/nieuw">
            {t("users.new")}
          </ButtonLink>
        </p>
      )}
      <search>
        <form
          className="inzet-filters"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            void navigate({
              search: {
                q: String(data.get("q") ?? "") || undefined,
                rol: roles.find((role) => role === data.get("role")),
              },
            });
          }}
        >
          <TextField name="q" type="search" label={t("users.search")} defaultValue={search.q ?? ""} />
          <SelectField
            name="role"
            label={t("fields.role")}
            emptyLabel={t("common.all")}
            defaultValue={search.rol ?? ""}
            options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
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
        caption={t("users.caption")}
        rowKey={(row) => row.userId}
        empty={t("users.empty")}
        page={page}
        onPage={(next) => void navigate({ search: { ...search, pagina: next } })}
        columns={[
          {
            header: t("fields.name"),
            cell: (row) => (
              <AppLink to="/beheer/gebruikers/$userId" params={{ userId: row.userId }}>
                {row.name}
              </AppLink>
            ),
          },
          { header: t("fields.email"), cell: (row) => row.email },
          {
            header: t("users.roles"),
            cell: (row) =>
              row.memberships
                .map((m) => `${t(`roles.${m.role}`)}${m.organisationName ? ` – ${m.organisationName}` : ""}`)
                .join("; "),
          },
          {
            header: t("myData.twoFactor"),
            cell: (row) => (row.twoFactorEnabled ? t("common.on") : t("common.off")),
          },
        ]}
      />
    </>
  );
}
