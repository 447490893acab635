import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DropoutReport } from "../../../shared/recruitment.ts";
import { AppLink } from "../../ui/app-link.tsx";
import { useCountText } from "../../ui/count.tsx";
import { DataTable } from "../../ui/data-table.tsx";
import { TextField } from "../../ui/form.tsx";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { dropoutQuery } from "./api.ts";

const groups = ["byOrganisation", "byReason", "byMotiveType", "byChannel"] as const;

export function DropoutPage() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState({ from: "", to: "" });
  const report = useQuery({
    ...dropoutQuery(period),
    placeholderData: keepPreviousData,
  });
  const text = useCountText();
  return (
    <>
      <Heading1>{t("volunteers.dropout.title")}</Heading1>
      <Paragraph>{t("volunteers.dropout.intro")}</Paragraph>
      <search>
        <form
          className="inzet-filters"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            setPeriod({ from: String(data.get("from") ?? ""), to: String(data.get("to") ?? "") });
          }}
        >
          <TextField
            name="from"
            type="date"
            label={t("volunteers.dropout.from")}
            defaultValue={period.from}
          />
          <TextField name="to" type="date" label={t("volunteers.dropout.to")} defaultValue={period.to} />
          <div>
            <button type="submit" className="utrecht-button utrecht-button--secondary-action">
              {t("volunteers.dropout.show")}
            </button>
          </div>
        </form>
      </search>
      {report.isPending ? (
        <Loading />
      ) : report.isError ? (
        <ErrorMessage error={report.error} />
      ) : (
        <>
          {report.data.suppressedBelow > 0 && <Paragraph>{text.explained}</Paragraph>}
          {groups.map((group) => (
            <section key={group} aria-labelledby={`dropout-${group}`}>
              <Heading2 id={`dropout-${group}`}>{t(`volunteers.dropout.${group}`)}</Heading2>
              <DataTable
                caption={t(`volunteers.dropout.${group}`)}
                rows={(report.data as DropoutReport)[group]}
                rowKey={(row) => row.key}
                footer={group === "byReason" ? undefined : report.data.total}
                empty={t("volunteers.dropout.empty")}
                columns={[
                  {
                    header: t("volunteers.dropout.group"),
                    cell: (row) => (row === report.data.total ? t("volunteers.campaigns.total") : row.label),
                  },
                  {
                    header: t("volunteers.dropout.volunteers"),
                    cell: (row) => text.count(row.volunteers),
                  },
                  {
                    header: t("volunteers.dropout.stopped"),
                    cell: (row) => text.count(row.stopped),
                  },
                  {
                    header: t("volunteers.dropout.rate"),
                    cell: (row) => text.rate(row.rate),
                  },
                ]}
              />
            </section>
          ))}
        </>
      )}
      <Paragraph>
        <AppLink to="/werving">{t("volunteers.campaigns.back")}</AppLink>
      </Paragraph>
    </>
  );
}
