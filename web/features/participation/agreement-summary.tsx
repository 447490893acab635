import { Heading3, Paragraph } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Agreement } from "../../../shared/participation/agreements.ts";
import { formatDay } from "../../ui/format.ts";
import { ReportedWeeks } from "./reported-weeks.tsx";

export type AgreementSummaryProps = {
  agreement: Agreement;
  onLetter: (letterId: string) => void;
  children?: ReactNode;
};

/** One agreement: what, where, how many hours, its status, the hours reported and its letters. */
export function AgreementSummary({ agreement: a, onLetter, children }: AgreementSummaryProps) {
  const { t, i18n } = useTranslation();
  return (
    <section className="inzet-card" aria-labelledby={`agreement-${a.id}`}>
      <Heading3 id={`agreement-${a.id}`}>
        {t(`participation.activities.${a.activity}`)}
        {(a.organisationName ?? a.placeName) && ` – ${a.organisationName ?? a.placeName}`}
      </Heading3>
      <Paragraph>
        <strong>{t(`participation.statuses.${a.status}`)}</strong> · {a.description} ·{" "}
        {t("participation.agreement.hoursPerWeek")}: {a.hoursPerWeek} ·{" "}
        {t("participation.agreement.startDate")} {formatDay(a.startDate, i18n.language)}
        {a.assisted && ` · ${t("participation.agreement.assisted")}`}
      </Paragraph>
      {a.motivation && (
        <Paragraph>
          {t("participation.agreement.motivation")}: {a.motivation}
        </Paragraph>
      )}
      <Paragraph>
        {a.hours.weeks > 0
          ? t("participation.agreement.hours", {
              total: a.hours.total,
              weeks: a.hours.weeks,
              average: a.hours.averagePerWeek,
              agreed: a.hoursPerWeek,
            })
          : t("participation.agreement.noHours")}
        {a.hours.lastWeek &&
          ` ${t("participation.agreement.lastWeek", { week: formatDay(a.hours.lastWeek, i18n.language) })}`}
      </Paragraph>
      {a.hours.recent.length > 0 && (
        <ReportedWeeks name={t(`participation.activities.${a.activity}`)} weeks={a.hours.recent} />
      )}
      {a.letters.length > 0 && (
        <Paragraph>
          {t("participation.agreement.letters")}:{" "}
          {a.letters.map((l) => (
            <button
              key={l.id}
              type="button"
              className="utrecht-button utrecht-button--subtle inzet-inline-button"
              onClick={() => onLetter(l.id)}
            >
              {t(`participation.letterKinds.${l.kind}`)} ({t(`participation.deliveries.${l.delivery}`)},{" "}
              {l.reference})
            </button>
          ))}
        </Paragraph>
      )}
      {children}
    </section>
  );
}
