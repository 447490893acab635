import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import {
  Heading1,
  Heading2,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { clientInputSchema, clientLanguages } from "../../../shared/participation/clients.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { DataTable, Pagination } from "../../ui/data-table.tsx";
import {
  CheckboxField,
  ErrorSummary,
  SelectField,
  SubmitButton,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { participationApi, participationQueries } from "./api.ts";
import "./team-strings.ts";

const route = getRouteApi("/app/participatie");

/** The klantmanager's caseload: the worklist first, then every client with filters in the URL. */
export function CaseloadPage() {
  const { t, i18n } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.pagina ?? 1;
  const list = useQuery({
    ...participationQueries.clients({
      q: search.zoek,
      withoutActivity: search.zonderActiviteit ? "true" : undefined,
      page,
    }),
    placeholderData: keepPreviousData,
  });
  return (
    <>
      <Heading1>{t("participation.caseload.title")}</Heading1>
      <Paragraph>{t("participation.caseload.intro")}</Paragraph>
      <Worklist />
      <Filters search={search} onSearch={(next) => void navigate({ search: next })} />
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : (
        <>
          <DataTable
            caption={t("participation.caseload.caption")}
            rows={list.data.items}
            rowKey={(row) => row.id}
            empty={t("participation.caseload.empty")}
            columns={[
              {
                header: t("participation.caseload.name"),
                cell: (row) => (
                  <AppLink
                    to="/participatie/klanten/$id"
                    params={{ id: row.id }}
                  >{`${row.givenName} ${row.familyName}`}</AppLink>
                ),
              },
              { header: t("participation.caseload.clientNumber"), cell: (row) => row.clientNumber },
              { header: t("participation.caseload.age"), cell: (row) => row.allowance.age },
              {
                header: t("participation.caseload.status"),
                cell: (row) =>
                  row.exempt && row.exemptUntil
                    ? t("participation.caseload.exempt", { date: formatDay(row.exemptUntil, i18n.language) })
                    : row.activeAgreement
                      ? t("participation.caseload.hasActivity")
                      : t("participation.caseload.noActivity"),
              },
            ]}
          />
          <Pagination
            page={page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPage={(next) => void navigate({ search: { ...search, pagina: next } })}
          />
        </>
      )}
      <AddClient onAdded={() => void list.refetch()} />
    </>
  );
}

function AddClient({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const [added, setAdded] = useState(false);
  const form = useSchemaForm(clientInputSchema, async (values) => {
    await participationApi.createClient(values);
    setAdded(true);
    onAdded();
  });
  const e = form.errors;
  return (
    <section aria-labelledby="add-client">
      <Heading2 id="add-client">{t("participation.caseload.add")}</Heading2>
      {added && <Notice>{t("participation.caseload.added")}</Notice>}
      <form onSubmit={form.onSubmit} noValidate>
        <ErrorSummary errors={e} formError={form.formError} summaryRef={form.summaryRef} />
        <TextField
          name="clientNumber"
          label={t("participation.caseload.clientNumber")}
          error={e.clientNumber}
        />
        <TextField name="givenName" label={t("participation.caseload.givenName")} error={e.givenName} />
        <TextField name="familyName" label={t("participation.caseload.familyName")} error={e.familyName} />
        <TextField name="email" type="email" label={t("participation.caseload.email")} error={e.email} />
        <TextField name="phone" type="tel" label={t("participation.caseload.phone")} error={e.phone} />
        <TextField
          name="birthDate"
          type="date"
          label={t("participation.caseload.birthDate")}
          error={e.birthDate}
        />
        <SelectField
          name="language"
          label={t("participation.languages.label")}
          description={t("participation.languages.hint")}
          options={clientLanguages.map((value) => ({
            value,
            label: t(`participation.languages.${value}`),
          }))}
          defaultValue="nl"
          error={e.language}
        />
        <SubmitButton busy={form.busy}>{t("participation.caseload.add")}</SubmitButton>
      </form>
    </section>
  );
}

function Worklist() {
  const { t } = useTranslation();
  const worklist = useQuery(participationQueries.worklist());
  return (
    <>
      {worklist.data && (
        <section aria-labelledby="worklist-title" className="inzet-card">
          <Heading2 id="worklist-title">
            {t("participation.caseload.worklist", { weeks: worklist.data.weeks })}
          </Heading2>
          <Paragraph>{t("participation.caseload.worklistIntro")}</Paragraph>
          {worklist.data.items.length === 0 ? (
            <Paragraph>{t("participation.caseload.worklistEmpty")}</Paragraph>
          ) : (
            <UnorderedList>
              {worklist.data.items.map((item) => (
                <UnorderedListItem key={item.clientId}>
                  <AppLink to="/participatie/klanten/$id" params={{ id: item.clientId }}>
                    {item.name}
                  </AppLink>{" "}
                  ({item.clientNumber}, {item.weeks} wk)
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </section>
      )}
    </>
  );
}

type Search = { zoek?: string; zonderActiviteit?: "ja"; pagina?: number };

function Filters({ search, onSearch }: { search: Search; onSearch: (next: Search) => void }) {
  const { t } = useTranslation();
  return (
    <search>
      <form
        className="inzet-filters"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const zoek = String(data.get("zoek") ?? "").trim() || undefined;
          onSearch({ zoek, zonderActiviteit: data.get("zonderActiviteit") === "on" ? "ja" : undefined });
        }}
      >
        <TextField
          name="zoek"
          type="search"
          label={t("participation.caseload.search")}
          defaultValue={search.zoek}
        />
        <CheckboxField
          name="zonderActiviteit"
          label={t("participation.caseload.withoutActivity")}
          defaultChecked={Boolean(search.zonderActiviteit)}
        />
        <div>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {t("common.filter")}
          </button>
        </div>
      </form>
    </search>
  );
}
