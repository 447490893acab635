import { useQuery } from "@tanstack/react-query";
import {
  Heading2,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import type { Count } from "../../../shared/small-counts.ts";
import { DataTable } from "../../ui/data-table.tsx";
import { formatNumber } from "../../ui/format.ts";
import { ErrorMessage, Loading } from "../../ui/status.tsx";
import { circleQueries } from "./api.ts";
import "./progress-strings.ts";

/** The coordinator's summary of a circle's evaluations: counts per score, small counts hidden. */
export function EvaluationSummary({ circleId }: { circleId: string }) {
  const { t, i18n } = useTranslation();
  const summary = useQuery(circleQueries.evaluations(circleId));
  const shown = (c: Count) =>
    "shown" in c
      ? String(c.shown)
      : t(c.hidden === "small" ? "circles.evaluations.hidden" : "circles.evaluations.derivable");
  return (
    <section aria-labelledby="evaluations">
      <Heading2 id="evaluations">{t("circles.evaluations.title")}</Heading2>
      <Paragraph>{t("circles.evaluations.intro")}</Paragraph>
      {summary.isPending ? (
        <Loading />
      ) : summary.isError ? (
        <ErrorMessage error={summary.error} />
      ) : (
        <>
          <Paragraph>
            {t("circles.evaluations.responses", {
              responses: shown(summary.data.responses),
              participants: summary.data.participants,
            })}
          </Paragraph>
          <DataTable
            caption={t("circles.evaluations.caption")}
            rows={summary.data.scores}
            rowKey={(s) => String(s.score)}
            empty="–"
            columns={[
              { header: t("circles.evaluations.score"), cell: (s) => s.score },
              { header: t("circles.evaluations.count"), cell: (s) => shown(s.count) },
            ]}
          />
          {summary.data.mean !== null && (
            <Paragraph>
              {t("circles.evaluations.mean", { mean: formatNumber(summary.data.mean, i18n.language) })}
            </Paragraph>
          )}
          {summary.data.comments.length > 0 && (
            <>
              <Heading3>{t("circles.evaluations.comments")}</Heading3>
              <UnorderedList>
                {summary.data.comments.map((comment, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: anonymous answers have no id; the list is not reordered
                  <UnorderedListItem key={i}>{comment}</UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          )}
        </>
      )}
    </section>
  );
}
