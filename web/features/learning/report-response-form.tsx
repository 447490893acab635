import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { type Report, responseDecisions, responseInputSchema } from "../../../shared/learning/reports.ts";
import {
  ErrorSummary,
  RadioGroupField,
  SubmitButton,
  TextAreaField,
  TextField,
  useSchemaForm,
} from "../../ui/form.tsx";
import { reportKeys, reportsApi } from "./api.ts";

export type ResponseFormProps = { recommendation: Report["recommendationItems"][number]; onDone: () => void };

/** The municipality (beleid) answers one recommendation: adopt, partly or not, why, and when it reports back. */
export function ResponseForm({ recommendation, onDone }: ResponseFormProps) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const current = recommendation.response;
  const form = useSchemaForm(
    responseInputSchema,
    async (values) => {
      await reportsApi.respond(recommendation.id, values);
      await Promise.all(reportKeys.map((queryKey) => client.invalidateQueries({ queryKey })));
      onDone();
    },
    (data) => ({
      decision: data.get("decision") ?? undefined,
      reasoning: data.get("reasoning"),
      followUpOn: data.get("followUpOn") || null,
    }),
  );
  return (
    <form onSubmit={(event) => void form.onSubmit(event)} noValidate>
      <ErrorSummary errors={form.errors} formError={form.formError} summaryRef={form.summaryRef} />
      <RadioGroupField
        name="decision"
        legend={t("learning.reports.answer")}
        error={form.errors.decision}
        defaultValue={current?.decision}
        options={responseDecisions.map((d) => ({ value: d, label: t(`learning.reports.decision.${d}`) }))}
      />
      <TextAreaField
        name="reasoning"
        label={t("learning.reports.reasoning")}
        error={form.errors.reasoning}
        defaultValue={current?.reasoning}
      />
      <TextField
        name="followUpOn"
        type="date"
        label={t("learning.reports.followUp")}
        error={form.errors.followUpOn}
        defaultValue={current?.followUpOn}
      />
      <SubmitButton busy={form.busy}>{t("learning.reports.send")}</SubmitButton>
    </form>
  );
}
