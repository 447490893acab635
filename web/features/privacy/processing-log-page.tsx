import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { Heading1, Heading2, Link, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { DataTable, Pagination } from "../../ui/data-table.tsx";
import { SelectField, TextField } from "../../ui/form.tsx";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { privacyLinks, privacyQueries } from "./api.ts";
import { ProcessingTable } from "./processing-table.tsx";

const route = getRouteApi("/app/beheer/verwerkingslog");
type ProcessingLogSearch = ReturnType<typeof route.useSearch>;

export function ProcessingLogPage() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const go = (next: ProcessingLogSearch) => void navigate({ search: next });
  const filter = {
    subjectId: search.betrokkene ?? "",
    activity: search.activiteit ?? "",
    from: search.vanaf ?? "",
    to: search.tot ?? "",
  };
  const page = search.pagina ?? 1;
  const activities = useQuery(privacyQueries.activities());
  const log = useQuery({ ...privacyQueries.search({ ...filter, page }), placeholderData: keepPreviousData });
  const logboek = { subject: filter.subjectId, from: filter.from, to: filter.to };
  const logboekPossible = Boolean(filter.subjectId || (filter.from && filter.to));
  return (
    <>
      <Heading1>{t("privacy.title")}</Heading1>
      <Paragraph>{t("privacy.intro")}</Paragraph>
      <search>
        <form
          className="inzet-filters"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const value = (key: string) => String(data.get(key) ?? "").trim() || undefined;
            go({
              betrokkene: value("subjectId"),
              activiteit: value("activity"),
              vanaf: value("from"),
              tot: value("to"),
            });
          }}
        >
          <TextField name="subjectId" label={t("privacy.subject")} defaultValue={filter.subjectId} />
          <SelectField
            name="activity"
            label={t("privacy.activity")}
            emptyLabel={t("common.all")}
            defaultValue={filter.activity}
            options={(activities.data ?? []).map((a) => ({ value: a.code, label: a.name }))}
          />
          <TextField
            name="from"
            label={t("privacy.from")}
            description="2026-01-31"
            defaultValue={filter.from}
          />
          <TextField name="to" label={t("privacy.to")} description="2026-12-31" defaultValue={filter.to} />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("common.filter")}
            </button>
          </div>
        </form>
      </search>
      <Paragraph>
        <Link href={privacyLinks.export(filter)} download>
          {t("privacy.export")}
        </Link>
      </Paragraph>
      <Heading2>{t("privacy.logboek")}</Heading2>
      <Paragraph>{t("privacy.logboekIntro")}</Paragraph>
      {logboekPossible ? (
        <Paragraph>
          <Link href={privacyLinks.logboek({ ...logboek, format: "json" })} download>
            {t("privacy.logboekJson")}
          </Link>
          {" · "}
          <Link href={privacyLinks.logboek({ ...logboek, format: "csv" })} download>
            {t("privacy.logboekCsv")}
          </Link>
        </Paragraph>
      ) : (
        <Paragraph>{t("privacy.logboekNeeds")}</Paragraph>
      )}
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <ErrorMessage error={log.error} />
      ) : (
        <>
          <ProcessingTable entries={log.data.items} caption={t("privacy.caption")} />
          <Pagination
            page={page}
            pageSize={log.data.pageSize}
            total={log.data.total}
            onPage={(next) => go({ ...search, pagina: next })}
          />
        </>
      )}
      <Heading2>{t("privacy.register")}</Heading2>
      <DataTable
        caption={t("privacy.register")}
        rows={activities.data ?? []}
        rowKey={(a) => a.code}
        empty={t("common.none")}
        columns={[
          { header: t("privacy.activity"), cell: (a) => a.name },
          { header: t("privacy.code"), cell: (a) => <span className="inzet-mono">{a.code}</span> },
          { header: t("privacy.purpose"), cell: (a) => a.purpose },
          { header: t("privacy.legalGround"), cell: (a) => a.legalGround },
        ]}
      />
    </>
  );
}
