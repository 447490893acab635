import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { availabilitySlots } from "../../shared/volunteers.ts";
import { ApiError } from "../api.ts";
import { scheduleSummary, vacanciesApi } from "../features/vacancies/api.ts";
import { AppLink } from "../ui/app-link.tsx";
import { Pagination } from "../ui/data-table.tsx";
import { useDocumentHead } from "../ui/document-head.ts";
import { CheckboxField, SelectField, TextField } from "../ui/form.tsx";
import { ErrorMessage, Loading } from "../ui/status.tsx";

export type VacancySearch = {
  werkgebied?: string;
  q?: string;
  wijk?: string;
  dagdeel?: string;
  soort?: "oneOff" | "regular";
  thema?: string;
  afstand?: "ja";
  postcode?: string;
  km?: string;
  pagina?: number;
};

/** The public vacancy search: every filter is in the URL, so a search can be shared. */
export function VacancySearchPage() {
  const { t, i18n } = useTranslation();
  useDocumentHead(`${t("vacancies.search.title")} – Inzet`, t("vacancies.search.metaDescription"));
  const search = useSearch({ strict: false }) as VacancySearch;
  const navigate = useNavigate();
  const filters = useQuery({
    queryKey: ["vacancy-filters", search.werkgebied],
    queryFn: () => vacanciesApi.filters(search.werkgebied),
  });
  const query = {
    slug: search.werkgebied,
    q: search.q,
    districtId: search.wijk,
    slot: search.dagdeel,
    schedule: search.soort,
    theme: search.thema,
    remote: search.afstand === "ja" ? "true" : undefined,
    near: search.postcode,
    km: search.postcode ? search.km : undefined,
    page: search.pagina ?? 1,
  };
  const results = useQuery({
    queryKey: ["vacancy-search", query],
    queryFn: () => vacanciesApi.search(query),
    placeholderData: keepPreviousData,
  });
  const go = (next: VacancySearch) => void navigate({ to: "/vacatures", search: next as never });
  const fieldError = (path: string) =>
    results.error instanceof ApiError
      ? results.error.fields.find((f) => f.path === path)?.message
      : undefined;
  return (
    <>
      <Heading1>{t("vacancies.search.title")}</Heading1>
      <Paragraph>{t("vacancies.search.intro")}</Paragraph>
      <search>
        <form
          className="inzet-filters"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const value = (key: string) => String(data.get(key) ?? "") || undefined;
            go({
              werkgebied: search.werkgebied,
              q: value("q"),
              wijk: value("wijk"),
              dagdeel: value("dagdeel"),
              soort: value("soort") as VacancySearch["soort"],
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
            options={(filters.data?.districts ?? []).map((d) => ({ value: d.id, label: d.name }))}
          />
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
          <SelectField
            name="thema"
            label={t("vacancies.search.theme")}
            emptyLabel={t("common.all")}
            defaultValue={search.thema}
            options={(filters.data?.themes ?? []).map((x) => ({ value: x.code, label: x.label }))}
          />
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
          <ul className="inzet-cards">
            {results.data.items.map((v) => (
              <li key={v.id} className="inzet-card">
                <Heading2>
                  <AppLink
                    to="/vacatures/$id"
                    params={{ id: v.id }}
                    search={{ werkgebied: search.werkgebied }}
                  >
                    {v.title}
                  </AppLink>
                </Heading2>
                <Paragraph>
                  {v.organisationName} ·{" "}
                  {v.locationType === "remote"
                    ? t("vacancies.location.remote")
                    : (v.districtName ?? v.city ?? "")}{" "}
                  · {scheduleSummary(v, t, i18n.language)}
                  {v.full ? ` · ${t("vacancies.search.full")}` : ""}
                </Paragraph>
                <Paragraph>
                  {v.description.length > 180 ? `${v.description.slice(0, 180)}…` : v.description}
                </Paragraph>
              </li>
            ))}
          </ul>
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
