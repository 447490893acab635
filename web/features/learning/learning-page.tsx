import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable, Pagination } from "../../ui/data-table.tsx";
import { SelectField, TextField } from "../../ui/form.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { useMe } from "../accounts/api.ts";
import { trajectoryQueries } from "./api.ts";
import { TrajectoryForm } from "./trajectory-form.tsx";

const route = getRouteApi("/app/leren");

/** Learning trajectories of this werkgebied, and the library that werkgebieden share (ADR 0022). */
export function LearningPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const library = search.bron === "bibliotheek";
  const query = { theme: search.thema || undefined, q: search.zoek || undefined, page: search.pagina ?? 1 };
  const list = useQuery({
    ...(library ? trajectoryQueries.library(query) : trajectoryQueries.list(query)),
    placeholderData: keepPreviousData,
  });
  const canWrite = me.data?.permissions.includes("learning.manage");
  return (
    <>
      <Heading1>{t("learning.title")}</Heading1>
      <Paragraph>{t("learning.intro")}</Paragraph>
      {me.data?.activeMembership?.role === "clientCouncil" && (
        <Paragraph>
          <AppLink to="/ervaringsonderzoek">{t("learning.research.open")}</AppLink>
        </Paragraph>
      )}
      <LearningFilters />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : (
        <>
          <DataTable
            caption={library ? t("learning.library") : t("learning.own")}
            rows={list.data.items}
            rowKey={(row) => row.id}
            empty={t("learning.empty")}
            columns={[
              {
                header: t("learning.titleField"),
                cell: (row) => (
                  <AppLink to="/leren/$id" params={{ id: row.id }}>
                    {row.title}
                  </AppLink>
                ),
              },
              { header: t("learning.themes"), cell: (row) => row.themes.join(", ") || "–" },
              { header: t("learning.werkgebied"), cell: (row) => row.tenantName },
              {
                header: t("learning.shared"),
                cell: (row) =>
                  row.sharedAt ? formatDay(row.sharedAt, i18n.language) : t("learning.notShared"),
              },
            ]}
          />
          <Pagination
            page={query.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPage={(page) => void navigate({ search: { ...search, pagina: page } })}
          />
        </>
      )}
      {canWrite && !library && (
        <>
          <Heading2>{t("learning.new")}</Heading2>
          <TrajectoryForm onSaved={() => void list.refetch()} />
        </>
      )}
    </>
  );
}

/** Own trajectories or the library, theme and text: kept in the URL. */
function LearningFilters() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const library = search.bron === "bibliotheek";
  return (
    <search>
      <form
        className="inzet-filters"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          void navigate({
            search: {
              bron: data.get("bron") === "bibliotheek" ? "bibliotheek" : undefined,
              thema: String(data.get("thema") ?? "") || undefined,
              zoek: String(data.get("zoek") ?? "") || undefined,
            },
          });
        }}
      >
        <SelectField
          name="bron"
          label={t("learning.source")}
          defaultValue={library ? "bibliotheek" : "eigen"}
          options={[
            { value: "eigen", label: t("learning.own") },
            { value: "bibliotheek", label: t("learning.library") },
          ]}
        />
        <TextField name="thema" label={t("learning.theme")} defaultValue={search.thema} />
        <TextField name="zoek" type="search" label={t("learning.search")} defaultValue={search.zoek} />
        <div>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t("common.filter")}
          </button>
        </div>
      </form>
    </search>
  );
}
