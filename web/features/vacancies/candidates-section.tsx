import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { matchParts } from "../../../shared/matching.ts";
import type { VolunteerSettings } from "../../../shared/volunteers.ts";
import { ApiError } from "../../api.ts";
import { DataTable } from "../../ui/data-table.tsx";
import { formatNumber } from "../../ui/format.ts";
import { ErrorMessage, Loading, Notice } from "../../ui/status.tsx";
import { type Candidates, invalidate, vacanciesApi, vacancyKeys, vacancyQueries } from "./api.ts";

/** Ranked candidates with the parts of their score and what is missing; the coordinator invites. */
export function CandidatesSection({
  vacancyId,
  settings,
}: {
  vacancyId: string;
  settings: VolunteerSettings;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const candidates = useQuery(vacancyQueries.candidates(vacancyId));
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const label = (list: { code: string; label: string }[], code: string) =>
    list.find((x) => x.code === code)?.label ?? code;
  const missing = (c: Candidates["candidates"][number]) =>
    [
      ...c.missing.skills.map((s) => label(settings.skills, s)),
      ...c.missing.slots.map((slot) => {
        const [day, part] = slot.split("-") as [string, string];
        return `${t(`volunteers.days.${day}`)} ${t(`volunteers.parts.${part}`)}`;
      }),
      ...c.missing.goals.map((g) => t(`volunteers.goals.${g}`)),
      ...(c.missing.motivesUnknown ? [t("vacancies.matching.motivesUnknown")] : []),
    ].join(", ") || t("vacancies.matching.nothingMissing");
  return (
    <section aria-labelledby="candidates-title">
      <Heading2 id="candidates-title">{t("vacancies.matching.title")}</Heading2>
      <Paragraph>{t("vacancies.matching.intro")}</Paragraph>
      {message && <Notice>{message}</Notice>}
      {error ? <ErrorMessage error={error} /> : null}
      {candidates.isPending ? (
        <Loading />
      ) : candidates.isError ? (
        <ErrorMessage error={candidates.error} />
      ) : candidates.data.full ? (
        <Paragraph>{t("vacancies.matching.full")}</Paragraph>
      ) : (
        <DataTable
          caption={t("vacancies.matching.caption")}
          rows={candidates.data.candidates}
          rowKey={(row) => row.volunteerId}
          empty={t("vacancies.matching.empty")}
          columns={[
            { header: t("volunteers.fields.name"), cell: (row) => row.name },
            {
              header: t("vacancies.matching.score"),
              cell: (row) => <strong>{Math.round(row.score)}</strong>,
            },
            {
              header: t("vacancies.matching.why"),
              cell: (row) =>
                [
                  ...matchParts.map(
                    (part) => `${t(`vacancies.matching.parts.${part}`)} ${Math.round(row.points[part])}`,
                  ),
                  ...(row.distanceKm === null
                    ? []
                    : [t("vacancies.search.distance", { km: formatNumber(row.distanceKm, i18n.language) })]),
                ].join(" · "),
            },
            { header: t("vacancies.matching.missing"), cell: missing },
            {
              header: t("common.actions"),
              cell: (row) => (
                <Button
                  appearance="secondary-action-button"
                  onClick={async () => {
                    setError(null);
                    try {
                      await vacanciesApi.invite(vacancyId, row.volunteerId);
                      setMessage(t("vacancies.matching.invited", { name: row.name }));
                      await invalidate(queryClient, vacancyKeys.vacancy);
                    } catch (cause) {
                      setError(cause instanceof ApiError ? cause : new Error(String(cause)));
                    }
                  }}
                >
                  {t("vacancies.matching.invite")}
                  <span className="inzet-visually-hidden"> {row.name}</span>
                </Button>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
