import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Heading2 } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type ApplicationStatus, applicationTransitions } from "../../../shared/vacancies.ts";
import { ApiError } from "../../api.ts";
import { DataTable } from "../../ui/data-table.tsx";
import { formatDay } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { invalidate, vacanciesApi, vacancyKeys, vacancyQueries } from "./api.ts";

/** Reactions and placements of a vacancy; each row moves one step at a time. */
export function ApplicationsSection({ vacancyId }: { vacancyId: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const list = useQuery(vacancyQueries.applications(vacancyId));
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const move = async (id: string, name: string, status: ApplicationStatus) => {
    setError(null);
    try {
      await vacanciesApi.changeApplication(vacancyId, id, status);
      setMessage(t("vacancies.pipeline.moved", { name, status: t(`vacancies.mine.statuses.${status}`) }));
      await invalidate(queryClient, vacancyKeys.vacancy);
    } catch (cause) {
      setError(cause instanceof ApiError ? cause : new Error(String(cause)));
    }
  };
  return (
    <section aria-labelledby="pipeline-title">
      <Heading2 id="pipeline-title">{t("vacancies.pipeline.title")}</Heading2>
      {message && <Notice>{message}</Notice>}
      {error ? <ErrorMessage error={error} /> : null}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorMessage error={list.error} />
      ) : (
        <DataTable
          caption={t("vacancies.pipeline.caption")}
          rows={list.data}
          rowKey={(row) => row.id}
          empty={t("vacancies.pipeline.empty")}
          columns={[
            { header: t("volunteers.fields.name"), cell: (row) => row.name },
            { header: t("vacancies.mine.status"), cell: (row) => t(`vacancies.mine.statuses.${row.status}`) },
            {
              header: t("vacancies.pipeline.since"),
              cell: (row) => formatDay(row.updatedAt, i18n.language),
            },
            { header: t("vacancies.detail.message"), cell: (row) => row.message || "–" },
            {
              header: t("vacancies.pipeline.next"),
              cell: (row) =>
                applicationTransitions[row.status].map((next) => (
                  <button
                    key={next}
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action inzet-inline-button"
                    onClick={() => void move(row.id, row.name, next)}
                  >
                    {t(`vacancies.pipeline.to.${next}`)}
                    <span className="inzet-visually-hidden"> {row.name}</span>
                  </button>
                )),
            },
          ]}
        />
      )}
    </section>
  );
}
