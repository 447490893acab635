import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { ButtonLink, Heading1, Link, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { availabilitySlots, screeningFilters, volunteerStatuses } from "../../../shared/volunteers.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable, Pagination } from "../../ui/data-table.tsx";
import { SelectField, TextField } from "../../ui/form.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { hasPermission, meQuery } from "../accounts/api.ts";
import { useOrganisationOptions } from "../organisations/index.ts";
import { districtsQuery } from "../tenancy/api.ts";
import { labelOf, volunteerListQuery, volunteerSettingsQuery, volunteersApi } from "./api.ts";
import { volunteersSearchSchema } from "./search.ts";
import { StatusBadge } from "./status-badge.tsx";

const filterKeys = [
  "q",
  "status",
  "organisationId",
  "skill",
  "districtId",
  "motiveType",
  "available",
  "screening",
  "sort",
] as const;
type Filter = Record<(typeof filterKeys)[number], string> & { page: number };

const route = getRouteApi("/app/vrijwilligers");

/** The list's filters and page live in the URL; the form reads and writes them as strings. */
function useFilter() {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const filter: Filter = {
    ...(Object.fromEntries(filterKeys.map((k) => [k, search[k] ?? ""])) as Record<
      (typeof filterKeys)[number],
      string
    >),
    sort: search.sort ?? "name",
    page: search.pagina ?? 1,
  };
  // The URL holds only what is set; values that do not fit are dropped by the schema.
  const setFilter = ({ page, ...next }: Filter) =>
    void navigate({
      search: volunteersSearchSchema({
        ...Object.fromEntries(Object.entries(next).filter(([, value]) => value !== "")),
        sort: next.sort === "name" ? undefined : next.sort,
        pagina: page > 1 ? page : undefined,
      }),
    });
  const { pagina, ...rest } = search;
  return { filter, setFilter, query: { ...rest, page: pagina ?? 1 } };
}

export function VolunteersPage() {
  const { t, i18n } = useTranslation();
  const me = useQuery(meQuery).data;
  const settings = useQuery(volunteerSettingsQuery).data;
  const districts = useQuery(districtsQuery).data ?? [];
  const organisations = useOrganisationOptions();
  const { filter, setFilter, query } = useFilter();
  const list = useQuery({
    ...volunteerListQuery(query),
    placeholderData: keepPreviousData,
  });
  const terms = (items: { code: string; label: string }[] = []) =>
    items.map((x) => ({ value: x.code, label: x.label }));
  const { page: _, ...exportQuery } = filter;
  return (
    <>
      <Heading1>{t("volunteers.list.title")}</Heading1>
      {hasPermission(me, "volunteers.manage") && (
        <p>
          <ButtonLink appearance="primary-action-button" href="/vrijwilligers/nieuw">
            {t("volunteers.list.new")}
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
              ...(Object.fromEntries(filterKeys.map((k) => [k, String(data.get(k) ?? "")])) as Record<
                (typeof filterKeys)[number],
                string
              >),
              page: 1,
            });
          }}
        >
          <TextField
            name="q"
            type="search"
            label={t("common.search")}
            description={t("volunteers.list.searchHelp")}
            defaultValue={filter.q}
          />
          <SelectField
            name="status"
            label={t("volunteers.fields.status")}
            emptyLabel={t("common.all")}
            options={volunteerStatuses.map((s) => ({ value: s, label: t(`volunteers.statuses.${s}`) }))}
          />
          {organisations.length > 1 && (
            <SelectField
              name="organisationId"
              label={t("volunteers.fields.organisation")}
              emptyLabel={t("common.all")}
              options={organisations}
            />
          )}
          <SelectField
            name="skill"
            label={t("volunteers.fields.skills")}
            emptyLabel={t("common.all")}
            options={terms(settings?.skills)}
          />
          <SelectField
            name="districtId"
            label={t("volunteers.fields.district")}
            emptyLabel={t("common.all")}
            options={districts.map((d) => ({ value: d.id, label: d.name }))}
          />
          <SelectField
            name="motiveType"
            label={t("volunteers.fields.type")}
            emptyLabel={t("common.all")}
            options={(settings?.motiveTypes ?? []).map((m) => ({ value: m.code, label: m.name }))}
          />
          <SelectField
            name="available"
            label={t("volunteers.fields.availableOn")}
            emptyLabel={t("common.all")}
            options={availabilitySlots.map((slot) => {
              const [day, part] = slot.split("-") as [string, string];
              return {
                value: slot,
                label: `${t(`volunteers.days.${day}`)} ${t(`volunteers.parts.${part}`)}`,
              };
            })}
          />
          <SelectField
            name="screening"
            label={t("volunteers.fields.screening")}
            emptyLabel={t("common.all")}
            options={screeningFilters.map((s) => ({ value: s, label: t(`volunteers.screening.${s}`) }))}
          />
          <SelectField
            name="sort"
            label={t("volunteers.fields.sort")}
            defaultValue={filter.sort}
            options={(["name", "signedUpAt", "-signedUpAt", "status"] as const).map((s) => ({
              value: s,
              label: t(`volunteers.sort.${s}`),
            }))}
          />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("common.filter")}
            </button>
          </div>
        </form>
      </search>
      <Paragraph>
        <Link href={volunteersApi.exportUrl(exportQuery)} download>
          {t("volunteers.list.export")}
        </Link>{" "}
        ·{" "}
        <Link href={volunteersApi.exportUrl({ ...exportQuery, format: "xlsx" })} download>
          {t("volunteers.list.exportXlsx")}
        </Link>{" "}
        ({t("volunteers.list.exportHelp")})
      </Paragraph>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : (
        <>
          <DataTable
            caption={t("volunteers.list.caption")}
            rows={list.data.items}
            rowKey={(row) => row.id}
            empty={t("volunteers.list.empty")}
            columns={[
              {
                header: t("volunteers.fields.name"),
                cell: (row) => (
                  <AppLink to="/vrijwilligers/$id" params={{ id: row.id }}>
                    {row.name}
                  </AppLink>
                ),
              },
              {
                header: t("volunteers.fields.status"),
                cell: (row) => (
                  <>
                    <StatusBadge status={row.status} />
                    {row.needsContact && <> {t("volunteers.list.needsContact")}</>}
                  </>
                ),
              },
              { header: t("volunteers.fields.organisation"), cell: (row) => row.organisationName ?? "–" },
              { header: t("volunteers.fields.neighbourhood"), cell: (row) => row.neighbourhoodName ?? "–" },
              {
                header: t("volunteers.fields.type"),
                cell: (row) => settings?.motiveTypes.find((m) => m.code === row.motiveType)?.name ?? "–",
              },
              {
                header: t("volunteers.fields.skillsShort"),
                cell: (row) => row.skills.map((s) => labelOf(settings?.skills ?? [], s)).join(", ") || "–",
              },
              {
                header: t("volunteers.fields.signedUpAt"),
                cell: (row) => formatDay(row.signedUpAt, i18n.language),
              },
            ]}
          />
          <Pagination
            page={filter.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            totalCapped={list.data.totalCapped}
            itemCount={list.data.items.length}
            onPage={(page) => setFilter({ ...filter, page })}
          />
        </>
      )}
    </>
  );
}
