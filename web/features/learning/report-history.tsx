import { useQueryClient } from "@tanstack/react-query";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { useTranslation } from "react-i18next";
import { type Report, reopenInputSchema } from "../../../shared/learning/reports.ts";
import { ErrorSummary, SubmitButton, TextAreaField, useSchemaForm } from "../../ui/form.tsx";
import { formatDay } from "../../ui/format.ts";
import { reportKeys, reportsApi } from "./api.ts";

/** The council reopens a signed-off report, with the reason; it needs a new sign-off afterwards. */
export function ReopenForm({ report }: { report: Report }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useSchemaForm(
    reopenInputSchema,
    async (values) => {
      await reportsApi.reopen(report.id, values);
      await Promise.all(reportKeys.map((queryKey) => client.invalidateQueries({ queryKey })));
    },
    (data) => ({ reason: data.get("reason") }),
  );
  return (
    <section>
      <Heading2>{t("learning.reports.reopen")}</Heading2>
      <Paragraph>{t("learning.reports.reopenHelp")}</Paragraph>
      <form onSubmit={(event) => void form.onSubmit(event)} noValidate>
        <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
        <TextAreaField name="reason" label={t("learning.reports.reopenReason")} error={form.errors.reason} />
        <SubmitButton busy={form.busy}>{t("learning.reports.reopenSend")}</SubmitButton>
      </form>
    </section>
  );
}

/** The audit trail: who drafted, signed off, reopened (and why) and published the report, and when. */
export function ReportHistory({ report }: { report: Report }) {
  const { t, i18n } = useTranslation();
  if (report.history.length === 0) return null;
  return (
    <section>
      <Heading2>{t("learning.reports.history")}</Heading2>
      <ul className="utrecht-unordered-list">
        {report.history.map((h) => (
          <li key={`${h.action}-${h.at}`} className="utrecht-unordered-list__item">
            {t(`learning.reports.events.${h.action}`)} · {h.byName} · {formatDay(h.at, i18n.language)}
            {h.reason && ` · ${t("learning.reports.why")}: ${h.reason}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
