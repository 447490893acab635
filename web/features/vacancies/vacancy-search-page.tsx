import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import type { PublicVacancy } from "../../../shared/vacancies.ts";
import { availabilitySlots } from "../../../shared/volunteers.ts";
import { ApiError } from "../../api.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { Pagination } from "../../ui/data-table.tsx";
import { useDocumentHead } from "../../ui/document-head.ts";
import { CheckboxField, SelectField, TextField } from "../../ui/form.tsx";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { scheduleSummary, type VacancyFilters, vacancyQueries } from "./api.ts";
import type { VacancySearch } from "./search.ts";

const route = getRouteApi("/vacatures");

/** The public vacancy search: every filter is in the URL, so a search can be shared. */
export function VacancySearchPage() {
  const { t } = useTranslation();
  useDocumentHead(`${t("vacancies.search.title")} – Inzet`, t("vacancies.search.metaDescription"));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const filters = useQuery(vacancyQueries.publicFilters(search.werkgebied));
  const query = {
    slug: search.werkgebied,
    q: search.q,
    districtId: search.wijk,
    slot: search.dagdeel,
    schedule: search.soort,
    theme: search.thema,
    remote: search.afstand === "ja" ? ("true" as const) : undefined,
    near: search.postcode,
    km: search.postcode ? search.km : undefined,
    page: search.pagina ?? 1,
  };
  const results = useQuery({ ...vacancyQueries.search(query), placeholderData: keepPreviousData });
  const go = (next: VacancySearch) => void navigate({ search: next });
  const fieldError = (path: string) =>
    results.error instanceof ApiError
      ? results.error.fields.find((f) => f.path === path)?.message
      : undefined;
  return (
    <>
      <Heading1>{t("vacancies.search.title")}</Heading1>
      <Paragraph>{t("vacancies.search.intro")}</Paragraph>
      <SearchForm search={search} filters={filters.data} fieldError={fieldError} onSearch={go} />
      {results.isPending ? (
        <Loading />
      ) : results.isError ? (
        <ErrorMessage error={results.error} />
      ) : (
        <>
          <Paragraph aria-live="polite">
            {t("vacancies.search.results", { count: results.data.total })}
          </Paragraph>
          {results.data.items.length === 0 && <Paragraph>{t("vacancies.search.empty")}</Paragraph>}
          <ResultCards items={results.data.items} werkgebied={search.werkgebied} />
          <Pagination
            page={query.page}
            pageSize={results.data.pageSize}
            total={results.data.total}
            onPage={(page) => go({ ...search, pagina: page })}
          />
        </>
      )}
    </>
  );
}

/** The filters; submitting puts them in the URL. */
function SearchForm({
  search,
  filters,
  fieldError,
  onSearch,
}: {
  search: VacancySearch;
  filters: VacancyFilters | undefined;
  fieldError: (path: string) => string | undefined;
  onSearch: (next: VacancySearch) => void;
}) {
  const { t } = useTranslation();
  return (
    <search>
      <form
        className="inzet-filters"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const value = (key: string) => String(data.get(key) ?? "") || undefined;
          onSearch({
            werkgebied: search.werkgebied,
            q: value("q"),
            wijk: value("wijk"),
            dagdeel: availabilitySlots.find((slot) => slot === value("dagdeel")),
            soort:
              value("soort") === "oneOff" ? "oneOff" : value("soort") === "regular" ? "regular" : undefined,
            thema: value("thema"),
            afstand: data.get("afstand") === "on" ? "ja" : undefined,
            postcode: value("postcode"),
            km: value("km"),
          });
        }}
      >
        <TextField
          name="q"
          type="search"
          label={t("vacancies.search.q")}
          description={t("vacancies.search.qHelp")}
          defaultValue={search.q}
        />
        <SelectField
          name="wijk"
          label={t("vacancies.search.district")}
          emptyLabel={t("common.all")}
          defaultValue={search.wijk}
          options={(filters?.districts ?? []).map((d) => ({ value: d.id, label: d.name }))}
        />
        <WhenFields search={search} />
        <SelectField
          name="thema"
          label={t("vacancies.search.theme")}
          emptyLabel={t("common.all")}
          defaultValue={search.thema}
          options={(filters?.themes ?? []).map((x) => ({ value: x.code, label: x.label }))}
        />
        <NearFields search={search} fieldError={fieldError} />
        <CheckboxField
          name="afstand"
          label={t("vacancies.search.remote")}
          defaultChecked={search.afstand === "ja"}
        />
        <div>
          <button type="submit" className="utrecht-button utrecht-button--primary-action">
            {t("vacancies.search.submit")}
          </button>
        </div>
      </form>
    </search>
  );
}

/** One card per vacancy found. */
function ResultCards({ items, werkgebied }: { items: PublicVacancy[]; werkgebied?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="inzet-cards">
      {items.map((v) => (
        <li key={v.id} className="inzet-card">
          <Heading2>
            <AppLink to="/vacatures/$id" params={{ id: v.id }} search={{ werkgebied }}>
              {v.title}
            </AppLink>
          </Heading2>
          <Paragraph>
            {v.organisationName} ·{" "}
            {v.locationType === "remote" ? t("vacancies.location.remote") : (v.districtName ?? v.city ?? "")}{" "}
            · {scheduleSummary(v, t, i18n.language)}
            {v.full ? ` · ${t("vacancies.search.full")}` : ""}
          </Paragraph>
          <Paragraph>
            {v.description.length > 180 ? `${v.description.slice(0, 180)}…` : v.description}
          </Paragraph>
        </li>
      ))}
    </ul>
  );
}

/** Day part and kind of work. */
function WhenFields({ search }: { search: VacancySearch }) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        name="dagdeel"
        label={t("vacancies.search.slot")}
        emptyLabel={t("common.all")}
        defaultValue={search.dagdeel}
        options={availabilitySlots.map((slot) => {
          const [day, part] = slot.split("-") as [string, string];
          return {
            value: slot,
            label: `${t(`volunteers.days.${day}`)} ${t(`volunteers.parts.${part}`)}`,
          };
        })}
      />
      <SelectField
        name="soort"
        label={t("vacancies.search.schedule")}
        emptyLabel={t("common.all")}
        defaultValue={search.soort}
        options={[
          { value: "regular", label: t("vacancies.search.regular") },
          { value: "oneOff", label: t("vacancies.search.oneOff") },
        ]}
      />
    </>
  );
}

/** Near a postcode, within a distance. */
function NearFields({
  search,
  fieldError,
}: {
  search: VacancySearch;
  fieldError: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="postcode"
        label={t("vacancies.search.near")}
        description={t("vacancies.search.nearHelp")}
        autoComplete="postal-code"
        defaultValue={search.postcode}
        error={fieldError("near")}
      />
      <SelectField
        name="km"
        label={t("vacancies.search.km")}
        defaultValue={search.km ?? "5"}
        error={fieldError("km")}
        options={["1", "2", "5", "10", "25"].map((km) => ({
          value: km,
          label: t("vacancies.search.kmOption", { count: Number(km) }),
        }))}
      />
    </>
  );
}
