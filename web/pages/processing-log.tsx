import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Heading1, Heading2, Link, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { privacyApi } from "../features/privacy/api.ts";
import { ProcessingTable } from "../features/privacy/processing-table.tsx";
import { DataTable, Pagination } from "../ui/data-table.tsx";
import { SelectField, TextField } from "../ui/form.tsx";
import { ErrorMessage, Loading } from "../ui/status.tsx";

export function ProcessingLogPage() {
  const { t } = useTranslation();
  const [filter, setFilter] = useState({ subjectId: "", activity: "", from: "", to: "", page: 1 });
  const activities = useQuery({ queryKey: ["processing-activities"], queryFn: privacyApi.activities });
  const log = useQuery({
    queryKey: ["processing-log", filter],
    queryFn: () => privacyApi.search(filter),
    placeholderData: keepPreviousData,
  });
  const { page: _, ...exportFilter } = filter;
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
            const get = (key: string) => String(data.get(key) ?? "");
            setFilter({
              subjectId: get("subjectId"),
              activity: get("activity"),
              from: get("from"),
              to: get("to"),
              page: 1,
            });
          }}
        >
          <TextField name="subjectId" label={t("privacy.subject")} defaultValue={filter.subjectId} />
          <SelectField
            name="activity"
            label={t("privacy.activity")}
            emptyLabel={t("common.all")}
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
        <Link href={privacyApi.exportUrl(exportFilter)} download>
          {t("privacy.export")}
        </Link>
      </Paragraph>
      {log.isPending ? (
        <Loading />
      ) : log.isError ? (
        <ErrorMessage error={log.error} />
      ) : (
        <>
          <ProcessingTable entries={log.data.items} caption={t("privacy.caption")} />
          <Pagination
            page={filter.page}
            pageSize={log.data.pageSize}
            total={log.data.total}
            onPage={(page) => setFilter({ ...filter, page })}
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
          { header: t("privacy.purpose"), cell: (a) => a.purpose },
          { header: t("privacy.legalGround"), cell: (a) => a.legalGround },
        ]}
      />
    </>
  );
}
