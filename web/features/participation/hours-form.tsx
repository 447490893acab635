import { useTranslation } from "react-i18next";
import { hoursReportSchema } from "../../../shared/participation/agreements.ts";
import type { z } from "../../../shared/zod.ts";
import { ErrorSummary, SubmitButton, TextField, useSchemaForm } from "../../ui/form.tsx";

export type HoursFormProps = {
  onSubmit: (values: z.output<typeof hoursReportSchema>) => Promise<unknown>;
};

/** Hours of one week. */
export function HoursForm({ onSubmit }: HoursFormProps) {
  const { t } = useTranslation();
  const form = useSchemaForm(hoursReportSchema, onSubmit);
  return (
    <form onSubmit={form.onSubmit} noValidate aria-label={t("participation.agreement.reportHours")}>
      <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
      <TextField name="week" type="date" label={t("participation.agreement.week")} error={form.errors.week} />
      <TextField
        name="hours"
        inputMode="numeric"
        label={t("participation.agreement.hoursField")}
        error={form.errors.hours}
      />
      <SubmitButton busy={form.busy}>{t("participation.agreement.reportHours")}</SubmitButton>
    </form>
  );
}
