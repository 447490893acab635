import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ButtonLink, Heading1 } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { roles } from "../../shared/roles.ts";
import { hasPermission, meQuery, usersApi } from "../features/accounts/api.ts";
import { AppLink } from "../ui/app-link.tsx";
import { DataTable, Pagination } from "../ui/data-table.tsx";
import { SelectField, TextField } from "../ui/form.tsx";
import { ErrorMessage, Loading } from "../ui/status.tsx";

export function UsersPage() {
  const { t } = useTranslation();
  const me = useQuery(meQuery).data;
  const [filter, setFilter] = useState({ q: "", role: "", page: 1 });
  const list = useQuery({
    queryKey: ["users", filter],
    queryFn: () => usersApi.list(filter),
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
            setFilter({ q: String(data.get("q") ?? ""), role: String(data.get("role") ?? ""), page: 1 });
          }}
        >
          <TextField name="q" type="search" label={t("users.search")} defaultValue={filter.q} />
          <SelectField
            name="role"
            label={t("fields.role")}
            emptyLabel={t("common.all")}
            options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
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
            caption={t("users.caption")}
            rows={list.data.items}
            rowKey={(row) => row.userId}
            empty={t("users.empty")}
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
                    .map(
                      (m) => `${t(`roles.${m.role}`)}${m.organisationName ? ` – ${m.organisationName}` : ""}`,
                    )
                    .join("; "),
              },
              {
                header: t("myData.twoFactor"),
                cell: (row) => (row.twoFactorEnabled ? t("common.on") : t("common.off")),
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
